// The header sentences: authority, inspecting body, unit, dates, recipient, round.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "facts/header/header.hpp"
#include "input/document.hpp"
#include "test_document.hpp"
#include "structure/paragraphs.hpp"

namespace {

using zhenggai::InspectionKind;
using zhenggai::facts::extract_header;
using zhenggai::facts::find_header_paragraph;
using zhenggai::facts::find_round;
using zhenggai::input::Range;

struct Doc : zhenggai::testing::TestDocument {
    using TestDocument::TestDocument;
};

zhenggai::Date ymd(int y, int m, int d) {
    return zhenggai::Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

const char* const kCounty =
    "根据县委统一部署,2023年3月27日至5月26日,县委第二巡察组对秋山县商务局党组进行了常规巡察。"
    "6月27日,县委第二巡察组向秋山县商务局党组反馈了巡察意见。"
    "按照巡察工作有关要求,现将巡察整改进展情况予以公布。";

TEST(Header, FindsTheHeaderParagraph) {
    const Doc d(std::string("中共秋山县商务局党组关于县委巡察整改进展情况的通报\n") + kCounty +
                "\n一、整改工作开展情况\n");
    ASSERT_EQ(d.paras.size(), 3u);
    EXPECT_EQ(find_header_paragraph(d.doc, d.paras), 1u);
}

TEST(Header, NoHeaderParagraph) {
    const Doc d("一、加强党的领导\n持续深化理论学习。\n");
    EXPECT_EQ(find_header_paragraph(d.doc, d.paras), std::string_view::npos);
}

TEST(Header, CountyTemplate) {
    const Doc d(kCounty);
    ASSERT_EQ(d.paras.size(), 1u);
    const auto hf = extract_header(d.doc, d.paras[0]);
    const auto& h = hf.header;
    ASSERT_TRUE(h.authority);
    EXPECT_EQ(h.authority->value, "县委");
    ASSERT_TRUE(h.inspecting_body);
    EXPECT_EQ(h.inspecting_body->value, "县委第二巡察组");
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "秋山县商务局党组");
    ASSERT_TRUE(h.inspection_start);
    EXPECT_EQ(h.inspection_start->value, ymd(2023, 3, 27));
    EXPECT_FALSE(h.inspection_start->year_inferred);
    ASSERT_TRUE(h.inspection_end);
    EXPECT_EQ(h.inspection_end->value, ymd(2023, 5, 26));
    EXPECT_TRUE(h.inspection_end->year_inferred);
    EXPECT_EQ(d.at(h.inspection_end->span), "5月26日");
    ASSERT_TRUE(h.feedback_date);
    EXPECT_EQ(h.feedback_date->value, ymd(2023, 6, 27));
    EXPECT_TRUE(h.feedback_date->year_inferred);
    ASSERT_TRUE(h.feedback_recipient);
    EXPECT_EQ(h.feedback_recipient->value, "秋山县商务局党组");
    ASSERT_TRUE(hf.kind);
    EXPECT_EQ(*hf.kind, InspectionKind::xuncha);
    EXPECT_TRUE(hf.feedback_mentioned);
    EXPECT_EQ(hf.end, d.paras[0].end);  // the announcement closes the header
    for (const auto* t : {&*h.authority, &*h.inspecting_body, &*h.inspected_unit, &*h.feedback_recipient})
        EXPECT_EQ(d.at(t->span), t->value);
    EXPECT_TRUE(d.has_diag("date-year-inferred"));
}

TEST(Header, FullWidthPunctuationGivesSameFacts) {
    std::string wide = kCounty;
    for (std::size_t p; (p = wide.find(',')) != std::string::npos;) wide.replace(p, 1, "，");
    const Doc d(wide);
    const auto h = extract_header(d.doc, d.paras[0]).header;
    ASSERT_TRUE(h.inspecting_body && h.inspected_unit && h.feedback_date && h.inspection_end);
    EXPECT_EQ(h.inspecting_body->value, "县委第二巡察组");
    EXPECT_EQ(h.inspected_unit->value, "秋山县商务局党组");
    EXPECT_EQ(h.inspection_end->value, ymd(2023, 5, 26));
    EXPECT_EQ(h.feedback_date->value, ymd(2023, 6, 27));
    EXPECT_EQ(h.span.begin, 0u);
    EXPECT_EQ(h.span.end, d.src.size());
}

TEST(Header, YuFormAcrossYearWithFeedbackInSameSentence) {
    const Doc d("根据省委统一部署,省委第三巡视组于2023年11月6日至2024年1月12日对秋山市进行了巡视,"
                "并于3月8日反馈了巡视意见。");
    const auto hf = extract_header(d.doc, d.paras[0]);
    const auto& h = hf.header;
    ASSERT_TRUE(h.inspecting_body);
    EXPECT_EQ(h.inspecting_body->value, "省委第三巡视组");
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "秋山市");
    ASSERT_TRUE(h.inspection_start && h.inspection_end && h.feedback_date);
    EXPECT_EQ(h.inspection_start->value, ymd(2023, 11, 6));
    EXPECT_EQ(h.inspection_end->value, ymd(2024, 1, 12));
    EXPECT_FALSE(h.inspection_end->year_inferred);
    EXPECT_EQ(h.feedback_date->value, ymd(2024, 3, 8));
    EXPECT_TRUE(h.feedback_date->year_inferred);
    ASSERT_TRUE(hf.kind);
    EXPECT_EQ(*hf.kind, InspectionKind::xunshi);
}

TEST(Header, ImpliedEndYearTurnsOver) {
    const Doc d("根据市委统一部署,2022年11月20日至1月15日,市委第一巡察组对秋山街道党工委进行了巡察。"
                "2月10日,巡察组向秋山街道党工委反馈了巡察意见。");
    const auto h = extract_header(d.doc, d.paras[0]).header;
    ASSERT_TRUE(h.inspection_end && h.feedback_date);
    EXPECT_EQ(h.inspection_end->value, ymd(2023, 1, 15));
    EXPECT_EQ(h.feedback_date->value, ymd(2023, 2, 10));
}

TEST(Header, TenDayPeriodGivesNoExactDates) {
    const Doc d("根据县委统一部署,2024年4月上旬至6月中旬,县委第一巡察组对秋山镇党委开展了巡察。"
                "2024年7月3日,县委第一巡察组向秋山镇党委反馈了巡察意见。");
    const auto h = extract_header(d.doc, d.paras[0]).header;
    EXPECT_FALSE(h.inspection_start);
    EXPECT_FALSE(h.inspection_end);
    EXPECT_TRUE(d.has_diag("date-imprecise"));
    ASSERT_TRUE(h.feedback_date);
    EXPECT_EQ(h.feedback_date->value, ymd(2024, 7, 3));
    ASSERT_TRUE(h.inspecting_body);
    EXPECT_EQ(h.inspecting_body->value, "县委第一巡察组");
}

TEST(Header, EndGivenOnlyToTheMonth) {
    const Doc d("根据省委统一部署,2023年3月中旬至5月,省委巡视组对秋山市进行了巡视。"
                "2023年6月2日,巡视组向秋山市委反馈了巡视意见。");
    const auto h = extract_header(d.doc, d.paras[0]).header;
    EXPECT_FALSE(h.inspection_start);
    EXPECT_FALSE(h.inspection_end);
    ASSERT_TRUE(h.feedback_date);
    EXPECT_EQ(h.feedback_date->value, ymd(2023, 6, 2));
    EXPECT_FALSE(h.feedback_date->year_inferred);
    ASSERT_TRUE(h.feedback_recipient);
    EXPECT_EQ(h.feedback_recipient->value, "秋山市委");
}

TEST(Header, InvalidDateIsDiagnosedNotInvented) {
    const Doc d("根据市委统一部署,市委第五巡察组于2023年2月30日至4月28日对秋山市水务局党组进行了巡察。");
    const auto h = extract_header(d.doc, d.paras[0]).header;
    EXPECT_FALSE(h.inspection_start);
    EXPECT_TRUE(d.has_diag("date-invalid"));
}

TEST(Header, ParentheticalNoteDroppedFromUnit) {
    const Doc d("根据市委统一部署,2023年4月1日至6月1日,市委第四巡察组对秋山市文化馆(以下简称“文化馆”)"
                "进行了巡察。7月5日,巡察组向文化馆反馈了巡察意见。");
    const auto h = extract_header(d.doc, d.paras[0]).header;
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "秋山市文化馆");
}

TEST(Header, RoundInTheSentence) {
    const Doc d("根据中央统一部署,2023年4月1日至6月30日,二十届中央第一轮巡视第五巡视组对秋山集团党委进行了巡视。");
    const auto hf = extract_header(d.doc, d.paras[0]);
    ASSERT_TRUE(hf.header.round);
    EXPECT_EQ(hf.header.round->value, "二十届中央第一轮");
    const auto r = find_round(d.doc, d.paras[0]);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, "二十届中央第一轮");
    EXPECT_EQ(d.at(r->span), r->value);
}

TEST(Header, RoundInATitle) {
    const Doc d("中共秋山区委关于七届市委第八轮巡察整改进展情况的通报");
    const auto r = find_round(d.doc, d.paras[0]);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, "七届市委第八轮");
}

TEST(Header, NoRound) {
    const Doc d("根据县委统一部署,县委巡察组对秋山镇进行了巡察。");
    EXPECT_FALSE(find_round(d.doc, d.paras[0]));
}

}  // namespace
