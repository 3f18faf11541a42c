// Headings and the section tree: levels inferred per document, inline titles,
// problems quoted in titles.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "input/document.hpp"
#include "test_document.hpp"
#include "structure/paragraphs.hpp"
#include "structure/outline.hpp"
#include "structure/sections.hpp"

namespace {

using zhenggai::Section;
using zhenggai::facts::MarkerKind;
using zhenggai::input::Range;
using zhenggai::structure::build_sections;
using zhenggai::structure::problem_of;
using zhenggai::structure::read_heading;

struct Doc : zhenggai::testing::TestDocument {
    using TestDocument::TestDocument;
    std::vector<Section> sections() const {
        const zhenggai::structure::Outline outline(doc);
        return build_sections(doc, outline, 0, outline.size());
    }
    // The problem quoted in a one-paragraph title.
    std::string problem(std::size_t p = 0) const {
        const auto r = problem_of(doc, paras[p]);
        return r ? std::string(doc.text(*r)) : std::string("<none>");
    }
};

void expect_spans_slice(const Doc& d, const Section& s) {
    EXPECT_EQ(d.at(s.title.span), s.title.value);
    EXPECT_EQ(d.at(s.text.span), s.text.value);
    EXPECT_LE(s.span.begin, s.title.span.begin);
    EXPECT_LE(s.span.end, d.src.size());
    for (const auto& c : s.children) {
        EXPECT_GE(c.span.begin, s.span.begin);
        EXPECT_LE(c.span.end, s.span.end);
        EXPECT_EQ(c.level, s.level + 1);
        expect_spans_slice(d, c);
    }
}

TEST(Sections, ThreeLevelsChineseParenArabic) {
    const Doc d("一、总体情况\n"
                "概述文字。\n"
                "(一)加强组织领导\n"
                "1.成立领导小组\n"
                "小组正文。\n"
                "2.建立工作台账\n"
                "(二)压实整改责任\n"
                "二、具体问题整改\n"
                "(一)关于学习问题\n");
    const auto s = d.sections();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].level, 1);
    EXPECT_EQ(s[0].marker, "一、");
    EXPECT_EQ(s[0].label, "一");
    EXPECT_EQ(s[0].title.value, "总体情况");
    EXPECT_EQ(s[0].text.value, "概述文字。");
    ASSERT_EQ(s[0].children.size(), 2u);
    const Section& one = s[0].children[0];
    EXPECT_EQ(one.level, 2);
    EXPECT_EQ(one.label, "(一)");
    ASSERT_EQ(one.children.size(), 2u);
    EXPECT_EQ(one.children[0].level, 3);
    EXPECT_EQ(one.children[0].ordinal, 1);
    EXPECT_EQ(one.children[0].title.value, "成立领导小组");
    EXPECT_EQ(one.children[0].text.value, "小组正文。");
    EXPECT_EQ(one.children[1].ordinal, 2);
    EXPECT_EQ(s[0].children[1].ordinal, 2);
    EXPECT_TRUE(s[0].children[1].children.empty());
    ASSERT_EQ(s[1].children.size(), 1u);
    EXPECT_EQ(s[1].children[0].ordinal, 1);
    for (const auto& x : s) expect_spans_slice(d, x);
    EXPECT_FALSE(d.has_diag("heading-sequence"));
}

TEST(Sections, ParenTopLevelWithoutChineseEnum) {
    const Doc d("(一)关于责任落实\n"
                "1.明确分工\n"
                "(1)细化清单\n"
                "(2)定期调度\n"
                "2.强化督导\n"
                "(二)关于作风建设\n");
    const auto s = d.sections();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].level, 1);
    ASSERT_EQ(s[0].children.size(), 2u);
    EXPECT_EQ(s[0].children[0].level, 2);
    ASSERT_EQ(s[0].children[0].children.size(), 2u);
    EXPECT_EQ(s[0].children[0].children[1].level, 3);
    EXPECT_EQ(s[0].children[0].children[1].label, "(2)");
    EXPECT_EQ(s[1].level, 1);
    for (const auto& x : s) expect_spans_slice(d, x);
}

TEST(Sections, ChineseEnumThenArabicSkipsParenLevel) {
    const Doc d("一、关于政治建设\n"
                "1.深化学习\n"
                "2.严肃纪律\n"
                "二、关于作风建设\n"
                "1.整治形式主义\n");
    const auto s = d.sections();
    ASSERT_EQ(s.size(), 2u);
    ASSERT_EQ(s[0].children.size(), 2u);
    EXPECT_EQ(s[0].children[1].level, 2);
    EXPECT_EQ(s[0].children[1].marker, "2.");
    EXPECT_EQ(s[0].children[1].label, "2");
    ASSERT_EQ(s[1].children.size(), 1u);
}

TEST(Sections, FullWidthMarkersKeepTheirWrittenForm) {
    const Doc d("（一）关于制度建设\n１．健全制度\n");
    const auto s = d.sections();
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].marker, "（一）");
    EXPECT_EQ(s[0].label, "（一）");
    ASSERT_EQ(s[0].children.size(), 1u);
    EXPECT_EQ(s[0].children[0].marker, "１．");
    EXPECT_EQ(s[0].children[0].label, "１");
    EXPECT_EQ(s[0].children[0].ordinal, 1);
}

TEST(Sections, InlineTitleEndsAtFirstFullStopOutsideQuotes) {
    const Doc d("(一)关于“学习“两个确立”。不深入”问题的整改情况。组织专题学习6次,形成长效机制。\n"
                "后续正文。\n");
    const auto s = d.sections();
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].title.value, "关于“学习“两个确立”。不深入”问题的整改情况");
    ASSERT_TRUE(s[0].problem);
    EXPECT_EQ(s[0].problem->value, "学习“两个确立”。不深入");
    EXPECT_EQ(d.at(s[0].problem->span), s[0].problem->value);
    EXPECT_TRUE(s[0].text.value.starts_with("组织专题学习6次"));
    EXPECT_TRUE(s[0].text.value.ends_with("后续正文。"));
    expect_spans_slice(d, s[0]);
}

TEST(Sections, StandaloneHeadingColonIsNotInTitle) {
    const Doc d("三、整改情况:\n一是开展排查。\n");
    const auto s = d.sections();
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].title.value, "整改情况");
    EXPECT_EQ(s[0].text.value, "一是开展排查。");
}

TEST(Sections, OutOfSequenceNumberIsDiagnosed) {
    const Doc d("一、第一部分\n三、第三部分\n");
    const auto s = d.sections();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[1].ordinal, 3);
    EXPECT_TRUE(d.has_diag("heading-sequence"));
}

TEST(Sections, ParagraphsBeforeTheFirstHeadingBelongToNoSection) {
    const Doc d("开头说明。\n一、正文部分\n正文内容。\n");
    const auto s = d.sections();
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].text.value, "正文内容。");
    EXPECT_EQ(s[0].span.begin, d.src.find("一、"));
}

TEST(Sections, NotHeadings) {
    const Doc d("1.2讲话精神要学深悟透。\n一、\n3.5%的资金已到位。\n");
    for (std::size_t i = 0; i < d.paras.size(); ++i) EXPECT_FALSE(read_heading(d.doc, d.paras[i], i)) << i;
    EXPECT_TRUE(d.sections().empty());
}

TEST(Sections, ReadHeadingRanges) {
    const Doc d("(二)强化监督。对重点岗位开展轮岗。");
    const auto h = read_heading(d.doc, d.paras[0], 0);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->marker.kind, MarkerKind::chinese_paren);
    EXPECT_EQ(h->marker.ordinal, 2);
    EXPECT_EQ(d.doc.text(h->title), "强化监督");
    EXPECT_EQ(d.doc.text(h->body), "对重点岗位开展轮岗。");
}

TEST(Problems, QuotedAfterGuanyu) {
    const Doc d("关于“基层党组织作用发挥不充分”问题的整改情况");
    EXPECT_EQ(d.problem(), "基层党组织作用发挥不充分");
}

TEST(Problems, NestedQuotes) {
    const Doc d("关于“一体推进“三不腐”有差距”问题的整改情况");
    EXPECT_EQ(d.problem(), "一体推进“三不腐”有差距");
}

TEST(Problems, SingleQuotesInside) {
    const Doc d("关于“落实‘放管服’改革不到位”问题的整改情况");
    EXPECT_EQ(d.problem(), "落实‘放管服’改革不到位");
}

TEST(Problems, ZhenduiAndZai) {
    const Doc d("针对“项目审批流程不规范”问题的整改情况\n在“选人用人”方面\n在工作方面\n");
    EXPECT_EQ(d.problem(0), "项目审批流程不规范");
    EXPECT_EQ(d.problem(1), "选人用人");
    EXPECT_EQ(d.problem(2), "<none>");
}

TEST(Problems, UnquotedGuanyuDeWenti) {
    const Doc d("关于干部队伍建设薄弱的问题");
    EXPECT_EQ(d.problem(), "干部队伍建设薄弱");
}

TEST(Problems, DamagedQuotesTakeUpToLastClose) {
    const Doc d("关于“学习“两个维护”不深入问题的整改情况");
    EXPECT_EQ(d.problem(), "学习“两个维护");
}

TEST(Problems, NoProblem) {
    const Doc d("加强组织领导");
    EXPECT_EQ(d.problem(), "<none>");
}

}  // namespace
