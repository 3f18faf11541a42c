// Counted quantities, percentages, and the report-level statistics read from
// sentence shapes: sanctions with breakdowns, progress counts, rules.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/statistics/counts.hpp"
#include "facts/statistics/statistics.hpp"
#include "input/document.hpp"
#include "test_document.hpp"
#include "structure/paragraphs.hpp"

namespace {

using zhenggai::facts::extract_progress;
using zhenggai::facts::extract_rules;
using zhenggai::facts::extract_sanctions;
using zhenggai::facts::match_count;
using zhenggai::facts::match_percent;
using zhenggai::facts::ScopedParagraph;
using zhenggai::facts::statistics_scope;
using zhenggai::input::Range;

// A parsed text with its paragraphs. Not copyable: the Document views `src`.
struct Doc : zhenggai::testing::TestDocument {
    using TestDocument::TestDocument;
    std::vector<zhenggai::Sanction> sanctions() const { return extract_sanctions(doc, paras); }
};

// ------------------------------------------------------------------ counts ---

TEST(Counts, PeopleCasesAndItems) {
    const auto p = match_count("48人,");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->value, 48);
    EXPECT_EQ(p->unit, "人");
    EXPECT_FALSE(p->approximate);
    EXPECT_EQ(p->length, std::string("48人").size());

    const auto c = match_count("11件");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->value, 11);
    EXPECT_EQ(c->unit, "件");
}

TEST(Counts, ApproximateWithYu) {
    const auto m = match_count("40余项制度");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->value, 40);
    EXPECT_TRUE(m->approximate);
    EXPECT_EQ(m->unit, "项");
    EXPECT_EQ(m->length, std::string("40余项").size());
}

TEST(Counts, RenciBeforeRen) {
    const auto m = match_count("360人次");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->unit, "人次");
    EXPECT_EQ(m->length, std::string("360人次").size());
}

TEST(Counts, ChineseNumeralCounts) {
    const auto m = match_count("九个方面");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->value, 9);
    EXPECT_EQ(m->unit, "个");
    const auto approx = match_count("十余人");
    ASSERT_TRUE(approx);
    EXPECT_EQ(approx->value, 10);
    EXPECT_TRUE(approx->approximate);
}

TEST(Counts, NotCounts) {
    EXPECT_FALSE(match_count("1.5人"));
    EXPECT_FALSE(match_count("48"));
    EXPECT_FALSE(match_count("48万元"));
    EXPECT_FALSE(match_count("人48"));
}

TEST(Counts, Percentages) {
    const auto m = match_percent("93.48%,");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->units, 9348);
    EXPECT_EQ(m->scale, 2);
    EXPECT_EQ(m->length, 6u);
    const auto whole = match_percent("100%");
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->units, 100);
    EXPECT_EQ(whole->scale, 0);
    const auto wide = match_percent("80％");
    ASSERT_TRUE(wide);
    EXPECT_EQ(wide->length, 2u + std::string("％").size());
    EXPECT_FALSE(match_percent("百分之八十"));
    EXPECT_FALSE(match_percent("80个"));
}

// --------------------------------------------------------------- sanctions ---

const char* const kZhejiangHalf =
    "整改期间,全县共给予党纪处分48人(党内警告20人,党内严重警告10人,撤销党内职务3人,留党察看5人,开除党籍10人);"
    "政务处分12人(警告4人、记过5人、撤职3人);组织处理9人(调离岗位6人、免职3人);诫勉15人,教育提醒30人。";

const char* const kZhejiangFull =
    "整改期间，全县共给予党纪处分48人（党内警告20人，党内严重警告10人，撤销党内职务3人，留党察看5人，开除党籍10人）；"
    "政务处分12人（警告4人、记过5人、撤职3人）；组织处理9人（调离岗位6人、免职3人）；诫勉15人，教育提醒30人。";

void expect_zhejiang(const Doc& d) {
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 5u);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::party_discipline);
    EXPECT_EQ(s[0].label.value, "党纪处分");
    EXPECT_EQ(s[0].count.value, 48);
    EXPECT_EQ(s[0].unit, zhenggai::SanctionUnit::people);
    ASSERT_EQ(s[0].breakdown.size(), 5u);
    EXPECT_EQ(s[0].breakdown[0].category, zhenggai::SanctionCategory::party_warning);
    EXPECT_EQ(s[0].breakdown[0].count.value, 20);
    EXPECT_EQ(s[0].breakdown[1].category, zhenggai::SanctionCategory::party_serious_warning);
    EXPECT_EQ(s[0].breakdown[1].label.value, "党内严重警告");
    EXPECT_EQ(s[0].breakdown[2].category, zhenggai::SanctionCategory::removal_from_party_post);
    EXPECT_EQ(s[0].breakdown[3].category, zhenggai::SanctionCategory::party_probation);
    EXPECT_EQ(s[0].breakdown[4].category, zhenggai::SanctionCategory::expulsion_from_party);
    EXPECT_EQ(s[0].breakdown[4].count.value, 10);

    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::government_sanction);
    EXPECT_EQ(s[1].count.value, 12);
    ASSERT_EQ(s[1].breakdown.size(), 3u);
    EXPECT_EQ(s[1].breakdown[0].category, zhenggai::SanctionCategory::warning);
    EXPECT_EQ(s[1].breakdown[1].category, zhenggai::SanctionCategory::demerit);
    EXPECT_EQ(s[1].breakdown[2].category, zhenggai::SanctionCategory::dismissal);

    EXPECT_EQ(s[2].category, zhenggai::SanctionCategory::organizational_handling);
    EXPECT_EQ(s[2].count.value, 9);
    ASSERT_EQ(s[2].breakdown.size(), 2u);
    EXPECT_EQ(s[2].breakdown[0].category, zhenggai::SanctionCategory::reassignment);
    EXPECT_EQ(s[2].breakdown[1].category, zhenggai::SanctionCategory::removal_from_post);

    EXPECT_EQ(s[3].category, zhenggai::SanctionCategory::admonishment);
    EXPECT_EQ(s[3].count.value, 15);
    EXPECT_EQ(s[4].category, zhenggai::SanctionCategory::education_reminder);
    EXPECT_EQ(s[4].count.value, 30);

    // Every label, count and span slices the source as written.
    for (const auto& sn : s) {
        EXPECT_EQ(d.at(sn.label.span), sn.label.value);
        EXPECT_LE(sn.span.begin, sn.label.span.begin);
        EXPECT_GE(sn.span.end, sn.count.span.end);
        EXPECT_LE(sn.span.end, d.src.size());
        for (const auto& det : sn.breakdown) {
            EXPECT_EQ(d.at(det.label.span), det.label.value);
            EXPECT_GE(det.span.begin, sn.span.begin);
            EXPECT_LE(det.span.end, sn.span.end);
        }
    }
}

TEST(Sanctions, ZhejiangTemplateHalfWidth) {
    const Doc d(kZhejiangHalf);
    expect_zhejiang(d);
    const auto s = d.sanctions();
    ASSERT_FALSE(s.empty());
    EXPECT_EQ(d.at(s[0].count.span), "48人");
    EXPECT_EQ(d.at(s[0].span), "党纪处分48人(党内警告20人,党内严重警告10人,撤销党内职务3人,留党察看5人,开除党籍10人)");
}

TEST(Sanctions, ZhejiangTemplateFullWidthGivesSameFacts) {
    const Doc d(kZhejiangFull);
    expect_zhejiang(d);
    const auto s = d.sanctions();
    ASSERT_FALSE(s.empty());
    // Spans point at the full-width source: the closing bracket is U+FF09.
    EXPECT_TRUE(d.at(s[0].span).ends_with("）"));
    EXPECT_TRUE(d.at(s[0].span).starts_with("党纪处分48人（"));
}

TEST(Sanctions, MergedCategoryWithEnumComma) {
    const Doc d("整改期间,谈话提醒、批评教育7人。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].label.value, "谈话提醒、批评教育");
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::reminder_talk);
    EXPECT_EQ(s[0].count.value, 7);
}

TEST(Sanctions, MergedPartyAndGovernment) {
    const Doc d("共给予党纪政务处分21人,问责4人。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::party_and_government_sanction);
    EXPECT_EQ(s[0].label.value, "党纪政务处分");
    EXPECT_EQ(s[0].count.value, 21);
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::accountability);
    EXPECT_EQ(s[1].count.value, 4);
}

TEST(Sanctions, NumberFirst) {
    const Doc d("给予诫勉3人,另对5人批评教育。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::admonishment);
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::criticism_education);
    EXPECT_EQ(s[1].label.value, "批评教育");
    EXPECT_EQ(s[1].count.value, 5);
    EXPECT_EQ(d.at(s[1].count.span), "5人");
}

TEST(Sanctions, CaseCountsInJian) {
    const Doc d("整改以来,立案23件,结案19件,党纪政务处分21人。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::cases_filed);
    EXPECT_EQ(s[0].unit, zhenggai::SanctionUnit::cases);
    EXPECT_EQ(s[0].count.value, 23);
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::cases_closed);
    EXPECT_EQ(s[1].unit, zhenggai::SanctionUnit::cases);
    EXPECT_EQ(s[1].count.value, 19);
    EXPECT_EQ(s[2].unit, zhenggai::SanctionUnit::people);
}

TEST(Sanctions, ApproximateCount) {
    const Doc d("问责20余人。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].count.value, 20);
    EXPECT_TRUE(s[0].count.approximate);
}

TEST(Sanctions, DistractorsAreNotSanctions) {
    const Doc d("召开专题会议7次,抽调12名骨干力量,印发文件60余份,走访群众300人次。");
    EXPECT_TRUE(d.sanctions().empty());
}

TEST(Sanctions, UnknownCategoryKeyIsOther) {
    EXPECT_EQ(zhenggai::facts::sanction_category("党内严重警告"), zhenggai::SanctionCategory::party_serious_warning);
    EXPECT_EQ(zhenggai::facts::sanction_category("党纪政务处分"), zhenggai::SanctionCategory::party_and_government_sanction);
    EXPECT_EQ(zhenggai::facts::sanction_category("谈话提醒、批评教育"), zhenggai::SanctionCategory::reminder_talk);
    EXPECT_EQ(zhenggai::facts::sanction_category("召开会议"), zhenggai::SanctionCategory::other);
}

TEST(Sanctions, BreakdownWithQiZhong) {
    const Doc d("整改期间,给予党纪处分3人(其中开除党籍1人),政务处分2人。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 2u);
    ASSERT_EQ(s[0].breakdown.size(), 1u);
    EXPECT_EQ(s[0].breakdown[0].category, zhenggai::SanctionCategory::expulsion_from_party);
    EXPECT_EQ(s[0].breakdown[0].count.value, 1);
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::government_sanction);
    EXPECT_TRUE(s[1].breakdown.empty());
}

TEST(Sanctions, ZeroCountIsKept) {
    const Doc d("组织处理11人,诫勉0人。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::admonishment);
    EXPECT_EQ(s[1].count.value, 0);
}

TEST(Sanctions, NonStandardCategories) {
    const Doc d("移送司法机关2人,交由纪委调查3人,批评帮助6人。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::transferred_to_judiciary);
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::transferred_to_discipline_commission);
    EXPECT_EQ(s[2].category, zhenggai::SanctionCategory::criticism_education);
    EXPECT_EQ(s[2].label.value, "批评帮助");
}

TEST(Sanctions, CaseLabelBeforeCount) {
    const Doc d("全县共立案审查调查53件,给予党纪政务处分48人次。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::cases_filed);
    EXPECT_EQ(s[0].unit, zhenggai::SanctionUnit::cases);
    EXPECT_EQ(s[1].unit, zhenggai::SanctionUnit::people);
}

TEST(Sanctions, BreakdownFollowedByEnumComma) {
    const Doc d("给予党纪处分12人(党内警告5人,党内严重警告7人)、政务处分4人。");
    const auto s = d.sanctions();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].breakdown.size(), 2u);
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::government_sanction);
    EXPECT_EQ(s[1].count.value, 4);
}

// ------------------------------------------------------------------- scope ---

TEST(Scope, OverviewWholeBodyOnlyFromScopePhrase) {
    const Doc d("市委高度重视巡察整改。\n"
                "一、关于责任落实\n"
                "开展专项行动,共查办案件35件,党纪政务处分17人。在巡察整改工作中,全市给予党纪处分6人。\n"
                "组织培训4次。\n");
    ASSERT_EQ(d.paras.size(), 4u);
    std::vector<ScopedParagraph> scoped{{d.paras[0], true}, {d.paras[2], false}, {d.paras[3], false}};
    const auto scope = statistics_scope(d.doc, scoped);
    ASSERT_EQ(scope.size(), 2u);
    EXPECT_EQ(d.doc.text(scope[0]), "市委高度重视巡察整改。");
    EXPECT_TRUE(d.doc.text(scope[1]).starts_with("在巡察整改工作中"));

    // Only the report-level figure is taken, not the campaign's 17.
    const auto s = extract_sanctions(d.doc, scope);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::party_discipline);
    EXPECT_EQ(s[0].count.value, 6);
}

// ---------------------------------------------------------------- progress ---

TEST(Progress, ProblemsAndMeasures) {
    const Doc d("针对反馈的38个问题,制定226条整改举措,明确责任单位。");
    const auto p = extract_progress(d.doc, d.paras);
    ASSERT_TRUE(p.problems_reported);
    EXPECT_EQ(p.problems_reported->value, 38);
    EXPECT_EQ(d.at(p.problems_reported->span), "38个");
    ASSERT_TRUE(p.measures_planned);
    EXPECT_EQ(p.measures_planned->value, 226);
    EXPECT_EQ(d.at(p.measures_planned->span), "226条");
    EXPECT_FALSE(p.problems_completed);
    EXPECT_FALSE(p.completion_rate);
}

TEST(Progress, HierarchicalCountsTakeTheConcreteProblems) {
    const Doc d("对巡视反馈的5个方面12类46个具体问题,逐条制定整改措施。");
    const auto p = extract_progress(d.doc, d.paras);
    ASSERT_TRUE(p.problems_reported);
    EXPECT_EQ(p.problems_reported->value, 46);
}

TEST(Progress, CompletedAndRate) {
    const Doc d("巡察反馈问题46个,已完成整改43个,正在整改3个,整改完成率93.48%。");
    const auto p = extract_progress(d.doc, d.paras);
    ASSERT_TRUE(p.problems_reported);
    EXPECT_EQ(p.problems_reported->value, 46);
    ASSERT_TRUE(p.problems_completed);
    EXPECT_EQ(p.problems_completed->value, 43);
    ASSERT_TRUE(p.completion_rate);
    EXPECT_EQ(p.completion_rate->value, (zhenggai::Decimal{9348, 2}));
    EXPECT_EQ(d.at(p.completion_rate->span), "93.48%");
}

TEST(Progress, ChineseNumeralLevelsBeforeTheCount) {
    const Doc d("针对巡察反馈的九个方面37个问题,制定整改措施118条。");
    const auto p = extract_progress(d.doc, d.paras);
    ASSERT_TRUE(p.problems_reported && p.measures_planned);
    EXPECT_EQ(p.problems_reported->value, 37);
    EXPECT_EQ(p.measures_planned->value, 118);
}

TEST(Progress, NounFirstCounts) {
    const Doc d("对照反馈意见,梳理出问题28个,整改措施96项。");
    const auto p = extract_progress(d.doc, d.paras);
    ASSERT_TRUE(p.problems_reported && p.measures_planned);
    EXPECT_EQ(p.problems_reported->value, 28);
    EXPECT_EQ(d.at(p.problems_reported->span), "28个");
    EXPECT_EQ(p.measures_planned->value, 96);
}

TEST(Progress, CompletedInTheNextSentenceAndRateWithFiller) {
    const Doc d("反馈问题40个。已完成整改36个,整改完成率达90%。");
    const auto p = extract_progress(d.doc, d.paras);
    ASSERT_TRUE(p.problems_completed && p.completion_rate);
    EXPECT_EQ(p.problems_completed->value, 36);
    EXPECT_EQ(p.completion_rate->value, (zhenggai::Decimal{90, 0}));
}

TEST(Progress, ClosureRateIsNotACompletionRate) {
    const Doc d("巡察反馈问题20个。群众信访件办结率100%。");
    const auto p = extract_progress(d.doc, d.paras);
    EXPECT_FALSE(p.completion_rate);
    ASSERT_TRUE(p.problems_reported);
    EXPECT_EQ(p.problems_reported->value, 20);
}

TEST(Progress, MeasuresCompletedAreNotProblemsCompleted) {
    const Doc d("巡察反馈问题40个,制定整改措施120条,已完成整改措施100条。");
    const auto p = extract_progress(d.doc, d.paras);
    ASSERT_TRUE(p.problems_reported);
    EXPECT_EQ(p.problems_reported->value, 40);
    ASSERT_TRUE(p.measures_planned);
    EXPECT_EQ(p.measures_planned->value, 120);
    EXPECT_FALSE(p.problems_completed);
}

TEST(Progress, ProblemsWithoutFeedbackContextAreIgnored) {
    const Doc d("排查风险问题15个,整改到位。");
    const auto p = extract_progress(d.doc, d.paras);
    EXPECT_FALSE(p.problems_reported);
}

// ------------------------------------------------------------------- rules ---

TEST(Rules, RulesInScope) {
    const Doc d("整改期间,建立完善制度96项,形成长效机制。");
    const auto r = extract_rules(d.doc, d.paras, d.paras);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 96);
    EXPECT_FALSE(r->approximate);
    EXPECT_EQ(d.at(r->span), "96项");
}

TEST(Rules, ApproximateRulesWithMechanism) {
    const Doc d("完善和新建制度机制40余个。");
    const auto r = extract_rules(d.doc, d.paras, d.paras);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 40);
    EXPECT_TRUE(r->approximate);
}

TEST(Rules, ScopeIsPreferredOverTheBody) {
    const Doc d("修订制度3项。\n整改期间,制定及修改完善制度52项。");
    ASSERT_EQ(d.paras.size(), 2u);
    const auto r = extract_rules(d.doc, {d.paras[1]}, d.paras);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 52);
}

TEST(Rules, RulesWithoutAVerbAreNotCounted) {
    const Doc d("梳理涉及制度12项。");
    EXPECT_FALSE(extract_rules(d.doc, d.paras, d.paras));
}

}  // namespace
