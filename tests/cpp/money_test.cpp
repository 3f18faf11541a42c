// Money amounts, exact in fen; inexact or oversized amounts are refused.
#include <gtest/gtest.h>

#include <string>

#include "facts/money/money.hpp"

namespace {

using zhenggai::facts::match_money;
using zhenggai::facts::MoneyFailure;

TEST(Money, TenThousandsWithDecimals) {
    MoneyFailure f = MoneyFailure::not_money;
    const std::string s = "16.29万元,";
    const auto m = match_money(s, &f);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->fen, 16290000);  // 162900 yuan
    EXPECT_FALSE(m->approximate);
    EXPECT_EQ(m->length, std::string("16.29万元").size());
    EXPECT_EQ(f, MoneyFailure::none);
}

TEST(Money, PlainYuan) {
    const auto m = match_money("8640元");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->fen, 864000);
    EXPECT_EQ(m->length, std::string("8640元").size());

    const auto cents = match_money("71320.5元");
    ASSERT_TRUE(cents);
    EXPECT_EQ(cents->fen, 7132050);
}

TEST(Money, HundredMillions) {
    const auto m = match_money("1.074亿元");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->fen, 10740000000LL);  // 107,400,000 yuan
}

TEST(Money, ThreeDecimalTenThousands) {
    const auto m = match_money("5.123万元");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->fen, 5123000);
}

TEST(Money, ApproximateAfterMagnitude) {
    const auto m = match_money("320万余元");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->fen, 320000000);
    EXPECT_TRUE(m->approximate);
    EXPECT_EQ(m->length, std::string("320万余元").size());
}

TEST(Money, ApproximateBeforeMagnitude) {
    const auto m = match_money("300余万元");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->fen, 300000000);
    EXPECT_TRUE(m->approximate);

    const auto duo = match_money("20多万元");
    ASSERT_TRUE(duo);
    EXPECT_EQ(duo->fen, 20000000);
    EXPECT_TRUE(duo->approximate);
}

TEST(Money, ChineseNumeralAmount) {
    const auto m = match_money("三万元");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->fen, 3000000);
    const auto n = match_money("两千万元");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->fen, 2000000000LL);
}

TEST(Money, FractionOfAFenIsNotExact) {
    MoneyFailure f = MoneyFailure::none;
    EXPECT_FALSE(match_money("5.123元", &f));
    EXPECT_EQ(f, MoneyFailure::not_exact);
}

TEST(Money, TooLargeForSixtyFourBits) {
    MoneyFailure f = MoneyFailure::none;
    // Fits in int64 as a number, but not once scaled to fen.
    EXPECT_FALSE(match_money("900000000000000亿元", &f));
    EXPECT_EQ(f, MoneyFailure::too_large);
}

TEST(Money, MissingYuanIsNotMoney) {
    MoneyFailure f = MoneyFailure::none;
    EXPECT_FALSE(match_money("16.29万", &f));
    EXPECT_EQ(f, MoneyFailure::not_money);
    f = MoneyFailure::none;
    EXPECT_FALSE(match_money("48人", &f));
    EXPECT_EQ(f, MoneyFailure::not_money);
    f = MoneyFailure::none;
    EXPECT_FALSE(match_money("资金16万元", &f));
    EXPECT_EQ(f, MoneyFailure::not_money);
    EXPECT_FALSE(match_money(""));
}

TEST(Money, FailurePointerIsOptional) {
    EXPECT_FALSE(match_money("5.123元"));
    EXPECT_TRUE(match_money("1元"));
}

}  // namespace
