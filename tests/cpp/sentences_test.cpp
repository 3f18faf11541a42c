// The statistics sentence grammars, one shape at a time, in both punctuation
// widths and hard-wrapped: each named rule of src/facts/statistics/grammar_def.hpp is
// exercised through the extractor that uses it, and every value's span must
// cover exactly the words it was read from.
#include <gtest/gtest.h>

#include <string>

#include "facts/statistics/statistics.hpp"
#include "test_document.hpp"

namespace {

using namespace zhenggai;
using zhenggai::testing::TestDocument;

class BothWidths : public zhenggai::testing::FormTest {};

std::vector<Sanction> sanctions_of(const TestDocument& d) { return facts::extract_sanctions(d.doc, d.paras); }
Progress progress_of(const TestDocument& d) { return facts::extract_progress(d.doc, d.paras); }

// --- sanction: label first, with a breakdown
TEST_P(BothWidths, SanctionLabelFirstWithBreakdown) {
    TestDocument d(wrapping(), text("整改期间,给予党纪处分12人(党内警告5人,严重警告4人,开除党籍3人);诫勉谈话共6人。"));
    const auto s = sanctions_of(d);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].label.value, "党纪处分");
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::party_discipline);
    EXPECT_EQ(s[0].count.value, 12);
    ASSERT_EQ(s[0].breakdown.size(), 3u);
    EXPECT_EQ(s[0].breakdown[1].label.value, "严重警告");
    EXPECT_EQ(s[0].breakdown[1].category, zhenggai::SanctionCategory::party_serious_warning);
    EXPECT_EQ(d.value_at(s[0].breakdown[2].count.span), "3人");
    EXPECT_EQ(d.value_at(s[0].span), as_written("党纪处分12人(党内警告5人,严重警告4人,开除党籍3人)"));
    // A filler word between label and count belongs to neither.
    EXPECT_EQ(s[1].label.value, "诫勉谈话");
    EXPECT_EQ(d.value_at(s[1].count.span), "6人");
    EXPECT_FALSE(d.has_diag("breakdown-cut-off"));
}

// --- sanction: count first
TEST_P(BothWidths, SanctionCountFirst) {
    TestDocument d(wrapping(), text("另对5人批评教育、3名干部进行诫勉。"));
    const auto s = sanctions_of(d);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].label.value, "批评教育");
    EXPECT_EQ(d.value_at(s[0].count.span), "5人");
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::admonishment);
    EXPECT_EQ(s[1].count.value, 3);
    EXPECT_EQ(s[1].unit, zhenggai::SanctionUnit::people);
}

// --- sanction: merged categories and case figures
TEST_P(BothWidths, SanctionMergedAndCases) {
    TestDocument d(wrapping(), text("立案审查调查9件,了结7件;谈话提醒、批评教育十余人。"));
    const auto s = sanctions_of(d);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].label.value, "立案审查调查");
    EXPECT_EQ(s[0].unit, zhenggai::SanctionUnit::cases);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::cases_filed);
    EXPECT_EQ(s[1].category, zhenggai::SanctionCategory::cases_closed);
    EXPECT_EQ(s[2].label.value, "谈话提醒、批评教育");
    EXPECT_EQ(s[2].count.value, 10);
    EXPECT_TRUE(s[2].count.approximate);
}

// --- sanction: a breakdown cut off by the end of an excerpt
TEST_P(BothWidths, SanctionBreakdownCutOff) {
    TestDocument d(wrapping(), text("整改中,给予党纪处分7人(党内警告4人,撤销党内职务1人,"));
    const auto s = sanctions_of(d);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].breakdown.size(), 2u);
    EXPECT_TRUE(d.has_diag("breakdown-cut-off"));
}

// --- sanction: counts that are not sanctions
TEST_P(BothWidths, SanctionDistractors) {
    TestDocument d(wrapping(), text("召开专题会议7次,抽调12名骨干力量,走访群众300人次,5人参加培训。"));
    EXPECT_TRUE(sanctions_of(d).empty());
    // 1.5人 is no count, and the scan never restarts inside a number.
    TestDocument half(wrapping(), text("党纪处分1.5人。"));
    EXPECT_TRUE(sanctions_of(half).empty());
}

// --- findings: a cue word and the problems count of its clause
TEST_P(BothWidths, FindingsAtEveryLevel) {
    TestDocument d(wrapping(), text("对照巡视反馈的4个方面13类30个具体问题,逐项研究明确115项整改细化举措。"));
    const Progress p = progress_of(d);
    ASSERT_TRUE(p.problems_reported);
    EXPECT_EQ(p.problems_reported->value, 30);
    EXPECT_EQ(d.value_at(p.problems_reported->span), "30个");
    ASSERT_TRUE(p.measures_planned);
    EXPECT_EQ(p.measures_planned->value, 115);
}

TEST_P(BothWidths, FindingsNounFirst) {
    TestDocument d(wrapping(), text("巡察共反馈面上问题741个,已完成整改662个。"));
    const Progress p = progress_of(d);
    ASSERT_TRUE(p.problems_reported);
    EXPECT_EQ(p.problems_reported->value, 741);
    ASSERT_TRUE(p.problems_completed);
    EXPECT_EQ(p.problems_completed->value, 662);
}

// --- ledger: problems and measures counted in one sentence, no cue word
TEST_P(BothWidths, LedgerWithoutCue) {
    TestDocument d(wrapping(), text("研究制定包括61项具体问题、278项整改举措的整改方案。"));
    const Progress p = progress_of(d);
    ASSERT_TRUE(p.problems_reported);
    EXPECT_EQ(p.problems_reported->value, 61);
    EXPECT_EQ(p.measures_planned->value, 278);
    // A problems count alone, without measures in its sentence, is no ledger.
    TestDocument alone(wrapping(), text("重点推进9项民生问题整改。"));
    EXPECT_FALSE(progress_of(alone).problems_reported);
}

// --- completion: count after the verb, count before it, and what it counts
TEST_P(BothWidths, CompletionShapes) {
    TestDocument after(wrapping(), text("梳理出46个具体问题,制定整改措施175条。46个具体问题已完成整改43个,整改完成率93.48%。"));
    Progress p = progress_of(after);
    EXPECT_EQ(p.problems_completed->value, 43);
    EXPECT_EQ(after.at(p.completion_rate->span), "93.48%");

    TestDocument before(wrapping(), text("反馈问题20个,其中18个问题已整改到位。"));
    p = progress_of(before);
    ASSERT_TRUE(p.problems_completed);
    EXPECT_EQ(p.problems_completed->value, 18);

    // 已完成88项 after 96项整改措施 counts measures, not problems.
    TestDocument tasks(wrapping(), text("针对反馈的20个问题,96项整改措施中已完成88项。"));
    p = progress_of(tasks);
    EXPECT_EQ(p.measures_planned->value, 96);
    EXPECT_FALSE(p.problems_completed);
}

// --- rules established, noun first and count first
TEST_P(BothWidths, RulesBothOrders) {
    TestDocument noun(wrapping(), text("整改期间,建立完善制度机制32项。"));
    auto r = facts::extract_rules(noun.doc, noun.paras, noun.paras);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 32);
    EXPECT_EQ(noun.at(r->span), "32项");
    TestDocument count(wrapping(), text("新建完善23项管理制度。"));
    r = facts::extract_rules(count.doc, count.paras, count.paras);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value, 23);
    TestDocument none(wrapping(), text("建立3项工作机制。"));
    EXPECT_FALSE(facts::extract_rules(none.doc, none.paras, none.paras));
}

// --- traditional characters are folded before matching
TEST(Sentences, TraditionalFoldedBeforeMatching) {
    TestDocument d("整改期間,給予黨紀處分3人(黨內警告2人,嚴重警告1人)。");
    const auto s = sanctions_of(d);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].label.value, "黨紀處分");  // as written
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::party_discipline);
    ASSERT_EQ(s[0].breakdown.size(), 2u);
}

ZHENGGAI_INSTANTIATE_FORMS(BothWidths);

}  // namespace
