// Regressions: inputs that once gave wrong answers or crashed. Each test
// names what went wrong.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/contacts/contacts.hpp"
#include "facts/contacts/tokens.hpp"
#include "facts/dates/dates.hpp"
#include "facts/header/header.hpp"
#include "facts/money/money.hpp"
#include "facts/statistics/statistics.hpp"
#include "input/document.hpp"
#include "test_document.hpp"
#include "structure/paragraphs.hpp"
#include "zhenggai/parse.hpp"

namespace {

using namespace zhenggai;

struct Doc : zhenggai::testing::TestDocument {
    using TestDocument::TestDocument;
};

// x3::alnum consulted <cctype> with the bytes of CJK characters and aborted.
TEST(Regression, ContactTokensNextToChineseText) {
    EXPECT_EQ(facts::match_url("www.qiushan.gov.cn网站"), 18u);
    EXPECT_EQ(facts::match_url("http://x.cn。"), 11u);
    EXPECT_FALSE(facts::match_email("秋山"));
    EXPECT_EQ(facts::match_email("jw@qiushan.cn欢迎"), 13u);
    EXPECT_TRUE(facts::has_contact_item("电子信箱:swj@qiushan.gov.cn。"));
    const Report r = parse("根据市委统一部署,市委巡察组对秋山县开展了巡察。\n电子邮箱:暂无\n");
    EXPECT_TRUE(r.contacts == std::nullopt || r.contacts->emails.empty());
}

// 按照省委巡视工作部署: the authority is 省委, not 省委巡视.
TEST(Regression, AuthorityWithoutInspectionWord) {
    Doc d("按照省委巡视工作部署,省委第三巡视组于2023年3月1日至5月1日对秋山市进行了巡视。");
    const auto h = facts::extract_header(d.doc, d.paras[0]);
    ASSERT_TRUE(h.header.authority);
    EXPECT_EQ(h.header.authority->value, "省委");
    Doc e("按照市委巡察工作安排,2023年3月1日至5月1日,市委第一巡察组对秋山区开展了巡察。");
    const auto g = facts::extract_header(e.doc, e.paras[0]);
    ASSERT_TRUE(g.header.authority);
    EXPECT_EQ(g.header.authority->value, "市委");
}

// 中 of 中央 was read as a "middle of the month" period.
TEST(Regression, MonthFollowedByZhongyangIsNotAPeriod) {
    const auto m = facts::match_date("2023年3月中央第一巡视组");
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->period.empty());
    EXPECT_EQ(m->length, std::string("2023年3月").size());
    const auto c = facts::match_date("3月初步完成");
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->period.empty());
}

// 已整改完成35个 and a 整改完成率 before 已完成整改44个 were missed.
TEST(Regression, ProblemsCompletedAfterOtherMatches) {
    {
        Doc d("巡察反馈问题40个,已整改完成35个。");
        const Progress p = facts::extract_progress(d.doc, d.paras);
        ASSERT_TRUE(p.problems_completed);
        EXPECT_EQ(p.problems_completed->value, 35);
    }
    {
        Doc d("巡察反馈问题46个,整改完成率95%,已完成整改44个。");
        const Progress p = facts::extract_progress(d.doc, d.paras);
        ASSERT_TRUE(p.problems_completed);
        EXPECT_EQ(p.problems_completed->value, 44);
        ASSERT_TRUE(p.completion_rate);
        EXPECT_EQ(p.completion_rate->value.units, 95);
    }
}

// Completed tasks were taken for planned measures.
TEST(Regression, CompletedTasksAreNotPlannedMeasures) {
    Doc d("巡视反馈问题30个,目前已完成整改任务20项。");
    const Progress p = facts::extract_progress(d.doc, d.paras);
    EXPECT_FALSE(p.measures_planned);
}

// An oversized or over-precise amount was reported as "not money".
TEST(Regression, MoneyFailuresSayWhy) {
    facts::MoneyFailure f = facts::MoneyFailure::none;
    EXPECT_FALSE(facts::match_money("100000000000000000000元", &f));
    EXPECT_EQ(f, facts::MoneyFailure::too_large);
    EXPECT_FALSE(facts::match_money(std::string(400, '9') + "元", &f));
    EXPECT_EQ(f, facts::MoneyFailure::too_large);
    EXPECT_FALSE(facts::match_money("1.2345678万元", &f));
    EXPECT_EQ(f, facts::MoneyFailure::not_exact);
}

// A feedback date without a year after a ten-day period took no year.
TEST(Regression, FeedbackYearFromMonthLevelPeriod) {
    Doc d("根据市委统一部署,2024年4月上旬至6月中旬,市委第二巡察组对秋山镇党委开展了巡察。7月3日,巡察组向秋山镇党委反馈了巡察意见。");
    const auto h = facts::extract_header(d.doc, d.paras[0]);
    EXPECT_FALSE(h.header.inspection_start);
    EXPECT_FALSE(h.header.inspection_end);
    ASSERT_TRUE(h.header.feedback_date);
    EXPECT_EQ(h.header.feedback_date->value, Date(2024, 7, 3));
    EXPECT_TRUE(h.header.feedback_date->year_inferred);
}

// Number-first sanctions with a noun phrase between count and category.
TEST(Regression, NumberFirstSanctionWithNoun) {
    Doc d("整改期间,对3名干部进行诫勉谈话。");
    const auto scope = facts::statistics_scope(d.doc, {{d.paras[0], false}});
    const auto s = facts::extract_sanctions(d.doc, scope);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].label.value, "诫勉谈话");
    EXPECT_EQ(s[0].count.value, 3);
    EXPECT_EQ(s[0].category, zhenggai::SanctionCategory::admonishment);
}

// 100 000 repeated headings: each diagnostic code is capped, not flooded.
TEST(Regression, RepeatedDiagnosticsAreCapped) {
    std::string text = "根据市委统一部署,市委巡察组对秋山县开展了巡察。\n";
    for (int i = 0; i < 2000; ++i) text += "一、标题。正文\n";
    const Report r = parse(text);
    std::size_t sequence = 0;
    for (const auto& d : r.diagnostics) sequence += d.code == "heading-sequence";
    EXPECT_LE(sequence, input::Document::kMaxPerCode + 1);
    EXPECT_EQ(r.sections.size(), 2000u);
}

}  // namespace

namespace {

// Unclassified text kept the pinyin insertions the normaliser drops, so its
// value was not the source minus those insertions (found by fuzz_properties).
TEST(Regression, UnclassifiedTextDropsPinyinLikeEveryValue) {
    const std::string text =
        "根据市委统一部署,市委第一巡察组对某县开展了常规巡察,并于2024年6月1日反馈了巡察意见。\n"
        "中共某县委\n(此件公(gōng)开发布)\n2024年11月26日\n";
    const zhenggai::Report r = zhenggai::parse(text);
    ASSERT_TRUE(r.signatory);
    ASSERT_EQ(r.unclassified.size(), 1u);
    EXPECT_EQ(r.unclassified[0].value, "(此件公开发布)");
    EXPECT_EQ(text.substr(r.unclassified[0].span.begin, r.unclassified[0].span.size()), "(此件公(gōng)开发布)");
}

}  // namespace
