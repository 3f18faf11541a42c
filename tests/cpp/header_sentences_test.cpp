// The header sentence grammars, one shape at a time, in both punctuation
// widths and hard-wrapped: each named rule of src/facts/header/grammar_def.hpp (deployment,
// inspection, feedback, announcement, round) is exercised through the
// extractor, and every value's span must cover exactly the words it was read
// from.
#include <gtest/gtest.h>

#include <string>

#include "facts/header/header.hpp"
#include "test_document.hpp"

namespace {

using namespace zhenggai;
using zhenggai::testing::TestDocument;

Date ymd(int y, int m, int d) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

class HeaderWidths : public zhenggai::testing::FormTest {};

facts::HeaderFacts header_of(const TestDocument& d, std::size_t index = 0) {
    return facts::extract_header(d.doc, d.paras, index);
}

// Every value's span covers the words it was read from, as written.
void expect_grounded(const TestDocument& d, const Header& h) {
    for (const auto* t : {&h.authority, &h.inspecting_body, &h.feedback_recipient, &h.round}) {
        if (*t) {
            EXPECT_EQ(d.value_at((*t)->span), (*t)->value);
        }
    }
}

// --- deployment
TEST_P(HeaderWidths, DeploymentAuthorityWithoutItsTailWords) {
    TestDocument d(wrapping(), text("按照青川市委巡察工作统一部署,2024年3月4日至4月26日,市委第三巡察组对青川市档案馆党组进行了巡察。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.authority);
    EXPECT_EQ(h.authority->value, "青川市委");
    expect_grounded(d, h);
}

TEST_P(HeaderWidths, DeploymentAfterAGluedTitle) {
    // A page that runs title and header together without a break.
    TestDocument d(wrapping(), text("核心提示:中共禾浦集团党委关于巡视整改进展情况的通报根据党中央统一部署,"
                        "2023年9月1日至11月20日,中央第九巡视组对禾浦集团党委开展了常规巡视。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.authority);
    EXPECT_EQ(h.authority->value, "党中央");
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "禾浦集团党委");
}

TEST_P(HeaderWidths, DeploymentOfARoundOpensTheReport) {
    // The announcement first; the inspection is told under the first heading.
    TestDocument d(wrapping(), text("根据十三届市委第二轮第一批巡视工作部署要求,现将巡视整改进展情况予以公布。\n"
                        "一、总体情况\n"
                        "2024年3月至5月,市委巡视四组对青川区开展了巡视,并于7月16日反馈了巡视意见。区委高度重视。\n"));
    ASSERT_EQ(facts::find_header_paragraph(d.doc, d.paras), 0u);
    const auto hf = header_of(d);
    const auto& h = hf.header;
    EXPECT_FALSE(h.authority);
    ASSERT_TRUE(h.round);
    EXPECT_EQ(h.round->value, "十三届市委第二轮第一批");
    ASSERT_TRUE(h.inspecting_body);
    EXPECT_EQ(h.inspecting_body->value, "市委巡视四组");
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "青川区");
    // 2024年3月至5月: no day is invented; the feedback takes the year.
    EXPECT_FALSE(h.inspection_start);
    EXPECT_TRUE(d.has_diag("date-imprecise"));
    ASSERT_TRUE(h.feedback_date);
    EXPECT_EQ(h.feedback_date->value, ymd(2024, 7, 16));
    // The header is the announcement paragraph; later sentences keep their own spans.
    EXPECT_EQ(hf.end, d.paras[0].end);
    expect_grounded(d, h);
}

TEST_P(HeaderWidths, CitationIsNoDeployment) {
    TestDocument d(wrapping(), text("按照《中国共产党巡视工作条例》有关规定,现将巡视整改进展情况予以公布。"));
    const auto h = header_of(d).header;
    EXPECT_FALSE(h.authority);
    EXPECT_FALSE(h.round);
}

// --- inspection
TEST_P(HeaderWidths, InspectionBodyBeforeItsDates) {
    TestDocument d(wrapping(), text("根据县委统一部署,县委第一巡察组于2023年10月9日至12月1日对禾浦镇党委开展了常规巡察。"));
    const auto hf = header_of(d);
    const auto& h = hf.header;
    ASSERT_TRUE(h.inspecting_body && h.inspected_unit && h.inspection_start && h.inspection_end);
    EXPECT_EQ(h.inspecting_body->value, "县委第一巡察组");
    EXPECT_EQ(h.inspected_unit->value, "禾浦镇党委");
    EXPECT_EQ(h.inspection_start->value, ymd(2023, 10, 9));
    EXPECT_EQ(h.inspection_end->value, ymd(2023, 12, 1));
    EXPECT_EQ(d.value_at(h.inspection_end->span), "12月1日");
    ASSERT_TRUE(hf.kind);
    EXPECT_EQ(*hf.kind, InspectionKind::xuncha);
}

TEST_P(HeaderWidths, InspectionBySeveralGroupsOfSeveralUnits) {
    TestDocument d(wrapping(), text("根据市委统一部署,2022年4月上旬至6月中旬,市委第一巡察组、第六巡察组分别对青川港务集团有限公司"
                        "(以下简称“港务集团”)、青川物流集团有限公司(以下简称“物流集团”)(两家企业已合并为青川港航集团,"
                        "以下简称“港航集团”)开展了政治巡察,并于2022年8月分别反馈了巡察意见。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.inspecting_body && h.inspected_unit);
    EXPECT_EQ(h.inspecting_body->value, "市委第一巡察组、第六巡察组");
    // The notes that only introduce short names are left out of the value.
    EXPECT_EQ(h.inspected_unit->value, "青川港务集团有限公司、青川物流集团有限公司");
    EXPECT_EQ(d.value_at(h.inspected_unit->span).substr(0, std::string("青川港务集团").size()), "青川港务集团");
}

TEST_P(HeaderWidths, InspectionKeepsAScopeNoteInTheUnit) {
    TestDocument d(wrapping(), text("根据区委巡察工作统一部署,2023年5月8日至7月7日,区委第二巡察组对中共禾浦区文化和旅游局"
                        "(禾浦区文物局,含区文化市场综合执法大队)党组开展了巡察。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, as_written("中共禾浦区文化和旅游局(禾浦区文物局,含区文化市场综合执法大队)党组"));
    EXPECT_EQ(d.value_at(h.inspected_unit->span), h.inspected_unit->value);
}

TEST_P(HeaderWidths, InspectionOfARoundsUnits) {
    // A follow-up visit to the units of an earlier round: the verb phrase
    // (进行了整改落实情况抽查) names no kind of inspection.
    TestDocument d(wrapping(), text("按照禾浦区委部署,2025年9月中旬至10月下旬,区委第二、第五巡察组对八届区委第三轮巡察的区供销社、"
                        "区融媒体中心等5家单位进行了整改落实情况抽查。"));
    const auto hf = header_of(d);
    const auto& h = hf.header;
    ASSERT_TRUE(h.round && h.inspected_unit && h.inspecting_body);
    EXPECT_EQ(h.round->value, "八届区委第三轮");
    EXPECT_EQ(h.inspected_unit->value, "区供销社、区融媒体中心等5家单位");
    EXPECT_EQ(h.inspecting_body->value, "区委第二、第五巡察组");
    // The verb phrase names no kind: the body does.
    ASSERT_TRUE(hf.kind);
    EXPECT_EQ(*hf.kind, InspectionKind::xuncha);
}

TEST_P(HeaderWidths, InspectionInThisYearHasNoYear) {
    TestDocument d(wrapping(), text("今年3月1日至4月30日,中央第七巡视组对禾浦大学党委进行专项巡视。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "禾浦大学党委");
    EXPECT_FALSE(h.inspection_start);
    EXPECT_TRUE(d.has_diag("date-year-unknown"));
}

// --- feedback
TEST_P(HeaderWidths, FeedbackDeliveredByAPerson) {
    TestDocument d(wrapping(), text("根据省委统一部署,2022年3月21日至5月20日,省委第二巡视组对青川市开展了常规巡视。"
                        "2022年7月8日,省委常委、省纪委书记陈某同志带队向青川市委反馈了巡视意见。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.feedback_date && h.feedback_recipient);
    EXPECT_EQ(h.feedback_date->value, ymd(2022, 7, 8));
    EXPECT_EQ(h.feedback_recipient->value, "青川市委");
    EXPECT_EQ(h.inspecting_body->value, "省委第二巡视组");
}

TEST_P(HeaderWidths, FeedbackAtAMeeting) {
    TestDocument d(wrapping(), text("根据四届区委第二轮巡察工作统一部署,2022年3月15日至5月20日,区委专项巡察组对禾浦管理局党组开展专项巡察,"
                        "并于7月5日召开巡察反馈会向禾浦管理局党组反馈了巡察意见。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.feedback_date && h.feedback_recipient && h.round);
    EXPECT_EQ(h.feedback_date->value, ymd(2022, 7, 5));
    EXPECT_EQ(h.feedback_recipient->value, "禾浦管理局党组");
    EXPECT_EQ(h.round->value, "四届区委第二轮");
}

TEST_P(HeaderWidths, FeedbackDateInAnEarlierClause) {
    TestDocument d(wrapping(), text("根据十三届市委第二轮巡视工作部署要求,现将禾浦区城管委党组巡视整改进展情况予以公布。\n"
                        "一、总体情况\n"
                        "2023年12月26日召开了巡视反馈会议,市委巡视二组向委党组反馈了巡视意见。\n"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.feedback_date && h.feedback_recipient && h.inspecting_body);
    EXPECT_EQ(h.feedback_date->value, ymd(2023, 12, 26));
    EXPECT_EQ(h.feedback_recipient->value, "委党组");
    EXPECT_EQ(h.inspecting_body->value, "市委巡视二组");
}

TEST_P(HeaderWidths, FeedbackToSeveralUnitsAtOnce) {
    TestDocument d(wrapping(), text("根据区委统一安排部署,2021年11月8日至12月20日,区委4个巡察组对区民政局等4家单位开展常规巡察。"
                        "2022年1月27日,区委4个巡察组向40家被巡察单位党组织全面反馈巡察情况,移交问题清单。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.feedback_date && h.feedback_recipient);
    EXPECT_EQ(h.feedback_date->value, ymd(2022, 1, 27));
    EXPECT_EQ(h.feedback_recipient->value, "40家被巡察单位党组织");
}

TEST_P(HeaderWidths, FeedbackRecipientMustBeAnOrganisation) {
    TestDocument d(wrapping(), text("根据市委统一部署,2023年4月1日至6月1日,市委第二巡察组对青川市水务局党组进行了巡察。"
                        "7月5日,巡察组向有关方面进一步反馈了巡察意见。"));
    const auto h = header_of(d).header;
    EXPECT_FALSE(h.feedback_recipient);
    EXPECT_TRUE(d.has_diag("feedback-recipient-unclear"));
    // The date is still the feedback date.
    ASSERT_TRUE(h.feedback_date);
    EXPECT_EQ(h.feedback_date->value, ymd(2023, 7, 5));
}

TEST_P(HeaderWidths, MentionOfFeedbackIsNoFeedbackSentence) {
    TestDocument d(wrapping(), text("根据市委统一部署,市委第二巡察组对青川市水务局党组进行了巡察。针对巡察反馈意见,局党组立即研究。"));
    const auto h = header_of(d).header;
    EXPECT_FALSE(h.feedback_date);
    EXPECT_FALSE(h.feedback_recipient);
}

// --- announcement
TEST_P(HeaderWidths, AnnouncementNamesTheReportingUnit) {
    TestDocument d(wrapping(), text("根据中央统一部署,2020年10月10日至12月20日,中央第四巡视组对禾浦省开展了常规巡视,"
                        "同时将青川市委主要负责人纳入巡视监督范围。2021年2月6日,中央第四巡视组向市委反馈了巡视意见。"
                        "按照有关规定,现将青川市巡视整改进展情况予以公布。"));
    const auto hf = header_of(d);
    ASSERT_TRUE(hf.header.inspected_unit);
    EXPECT_EQ(hf.header.inspected_unit->value, "青川市");
    EXPECT_EQ(hf.end, d.paras[0].end);
}

TEST_P(HeaderWidths, AnnouncementShortNameKeepsTheFormalUnit) {
    TestDocument d(wrapping(), text("根据区委统一部署,2022年9月16日至10月18日,区委第二巡察组对中共禾浦区文化和旅游局党组进行了巡察。"
                        "现将禾浦区文化和旅游局巡察整改情况予以公布。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "中共禾浦区文化和旅游局党组");
}

TEST_P(HeaderWidths, AnnouncementInTheFirstPersonNamesNoUnit) {
    TestDocument d(wrapping(), text("根据县委统一部署,县委第三巡察组对禾浦镇党委进行了巡察。现将我镇巡察整改进展情况予以公布。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "禾浦镇党委");
}

TEST_P(HeaderWidths, AnnouncementOfARoundNamesNoUnit) {
    TestDocument d(wrapping(), text("根据市委统一部署,2024年3月18日至5月17日,市委第一至第三巡察组对市财政局、市水利局等6家单位党组织"
                        "开展了常规巡察。现将本轮巡察集中整改进展情况予以公布。"));
    const auto h = header_of(d).header;
    ASSERT_TRUE(h.inspected_unit);
    EXPECT_EQ(h.inspected_unit->value, "市财政局、市水利局等6家单位党组织");
}

TEST_P(HeaderWidths, AnnouncementVariantsCloseTheHeader) {
    for (const char* verb : {"予以公布", "予以通报", "通报如下", "报告如下", "向社会公开"}) {
        TestDocument d(wrapping(), text(std::string("根据县委统一部署,县委第三巡察组对禾浦镇党委进行了巡察。现将有关情况") + verb +
                            "。\n一、整改情况\n"));
        const auto hf = header_of(d);
        EXPECT_EQ(hf.end, d.paras[0].end) << verb;
        ASSERT_TRUE(hf.header.inspected_unit) << verb;
        EXPECT_EQ(hf.header.inspected_unit->value, "禾浦镇党委") << verb;
    }
}

// --- round
TEST_P(HeaderWidths, RoundWithABatch) {
    TestDocument d(wrapping(), text("禾浦区城管委党组关于十三届市委第二轮第一批巡视整改进展情况的通报"));
    const auto r = facts::find_round(d.doc, d.paras[0]);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, "十三届市委第二轮第一批");
    EXPECT_EQ(d.value_at(r->span), r->value);
}

TEST_P(HeaderWidths, RoundNeedsItsCommittee) {
    TestDocument d(wrapping(), text("第二轮整改中,禾浦镇共召开会议5次。"));
    EXPECT_FALSE(facts::find_round(d.doc, d.paras[0]));
}

ZHENGGAI_INSTANTIATE_FORMS(HeaderWidths);

}  // namespace
