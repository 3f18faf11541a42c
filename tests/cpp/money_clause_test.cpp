// The money clause grammar through extract_money: each shape in half and full
// width, the verb's category, several amounts in one sentence.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "facts/money/recovered.hpp"
#include "test_document.hpp"

namespace {

using zhenggai::MoneyCategory;
using zhenggai::facts::extract_money;
using Doc = zhenggai::testing::TestDocument;

struct Case {
    const char* half;
    const char* full;
    MoneyCategory category;
    const char* label;
    std::int64_t fen;
    bool approximate;
};

TEST(MoneyClause, ShapesAndCategories) {
    const Case cases[] = {
        {"清退违规发放津补贴16.29万元。", "清退违规发放津补贴16.29万元。", MoneyCategory::refunded, "清退违规发放津补贴", 16290000, false},
        {"追回违规资金8640元;", "追回违规资金8640元；", MoneyCategory::recovered, "追回违规资金", 864000, false},
        {"追缴资金1.074亿元,", "追缴资金1.074亿元，", MoneyCategory::recovered, "追缴资金", 10740000000, false},
        {"收缴违纪款项3万元", "收缴违纪款项3万元", MoneyCategory::recovered, "收缴违纪款项", 3000000, false},
        {"收回闲置资金5005.75万元", "收回闲置资金5005.75万元", MoneyCategory::recovered, "收回闲置资金", 5005750000, false},
        {"挽回其他经济损失320万余元。", "挽回其他经济损失320万余元。", MoneyCategory::losses_recovered, "挽回其他经济损失", 320000000, true},
        {"挽回经济损失4.8亿元", "挽回经济损失4.8亿元", MoneyCategory::losses_recovered, "挽回经济损失", 48000000000, false},
        {"核减工程结算款1.2亿元", "核减工程结算款1.2亿元", MoneyCategory::reduced, "核减工程结算款", 12000000000, false},
        {"补发拖欠农民工工资86万元", "补发拖欠农民工工资86万元", MoneyCategory::paid_back, "补发拖欠农民工工资", 86000000, false},
        {"补缴社保费用300余万元", "补缴社保费用300余万元", MoneyCategory::paid_back, "补缴社保费用", 300000000, true},
    };
    for (const Case& c : cases) {
        for (const std::string& text : {std::string("整改期间,") + c.half, std::string("整改期间，") + c.full}) {
            const Doc d(text);
            const auto m = extract_money(d.doc, d.paras);
            ASSERT_EQ(m.size(), 1u) << text;
            EXPECT_EQ(m[0].category, c.category) << text;
            EXPECT_EQ(m[0].label.value, c.label) << text;
            EXPECT_EQ(m[0].amount_fen, c.fen) << text;
            EXPECT_EQ(m[0].approximate, c.approximate) << text;
            EXPECT_EQ(d.at(m[0].label.span), m[0].label.value);
            EXPECT_EQ(d.at(m[0].text.span), m[0].text.value);
            EXPECT_EQ(m[0].span.begin, m[0].label.span.begin);
            EXPECT_EQ(m[0].span.end, m[0].text.span.end);
        }
    }
}

TEST(MoneyClause, SeveralAmountsInOneSentence) {
    for (const char* text : {"清退违规资金12.5万元、追回补贴资金3万元,挽回经济损失80万元和核减结算款2亿元。",
                             "清退违规资金12.5万元、追回补贴资金3万元，挽回经济损失80万元和核减结算款2亿元。"}) {
        const Doc d(text);
        const auto m = extract_money(d.doc, d.paras);
        ASSERT_EQ(m.size(), 4u) << text;
        EXPECT_EQ(m[0].category, MoneyCategory::refunded);
        EXPECT_EQ(m[1].category, MoneyCategory::recovered);
        EXPECT_EQ(m[2].category, MoneyCategory::losses_recovered);
        // 和 does not end a clause, but the amount before it does end the first one.
        EXPECT_EQ(m[3].category, MoneyCategory::reduced);
        EXPECT_EQ(m[3].label.value, "核减结算款");
        EXPECT_EQ(m[3].amount_fen, 20000000000);
    }
}

TEST(MoneyClause, NoRecoveryVerbNoMoney) {
    const Doc d("项目总投资783亿元,完成投资5.6亿元;追回,共计3人。");
    EXPECT_TRUE(extract_money(d.doc, d.paras).empty());
}

TEST(MoneyClause, TheClauseEndsAtItsSeparator) {
    // The verb's clause ends at the comma: the amount after it is not recovered.
    const Doc d("督促追回,项目投资500万元。");
    EXPECT_TRUE(extract_money(d.doc, d.paras).empty());
}

TEST(MoneyClause, ForeignCurrencyIsDiagnosedNotConverted) {
    for (const auto& [text, amount] : {std::pair{"追回境外资金50万美元。", "50万美元"}, std::pair{"追回境外资金５０万美元。", "５０万美元"}}) {
        const Doc d(text);
        EXPECT_TRUE(extract_money(d.doc, d.paras).empty());
        ASSERT_TRUE(d.has_diag("money-unit-unknown"));
        for (const auto& g : d.diags) {
            if (g.code == "money-unit-unknown") {
                EXPECT_EQ(d.at(g.span), amount);
            }
        }
    }
}

TEST(MoneyClause, RefusedAmountIsDiagnosedWithItsExtent) {
    const Doc d("追回违规资金12.345元。");
    EXPECT_TRUE(extract_money(d.doc, d.paras).empty());
    ASSERT_TRUE(d.has_diag("money-not-exact"));
    for (const auto& g : d.diags) {
        if (g.code == "money-not-exact") {
            EXPECT_EQ(d.at(g.span), "12.345元");
        }
    }
}

}  // namespace
