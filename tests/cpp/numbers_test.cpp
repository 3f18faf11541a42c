// Numbers as reports write them: Arabic (with exact decimals) and Chinese numerals.
#include <gtest/gtest.h>

#include <string>

#include "facts/numbers/numbers.hpp"

namespace {

using zhenggai::facts::match_arabic;
using zhenggai::facts::match_chinese_numeral;
using zhenggai::facts::match_number;
using zhenggai::facts::parse_integer;

TEST(Numbers, ArabicIntegerStopsAtFirstNonDigit) {
    const auto m = match_number("48人");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->units, 48);
    EXPECT_EQ(m->scale, 0);
    EXPECT_FALSE(m->chinese);
    EXPECT_EQ(m->length, 2u);
}

TEST(Numbers, DecimalIsKeptExactAsUnitsAndScale) {
    const auto m = match_arabic("5005.75万元");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->units, 500575);
    EXPECT_EQ(m->scale, 2);
    EXPECT_EQ(m->length, 7u);

    const auto z = match_arabic("0.05");
    ASSERT_TRUE(z);
    EXPECT_EQ(z->units, 5);
    EXPECT_EQ(z->scale, 2);
}

TEST(Numbers, TrailingDotWithoutDigitsIsNotPartOfTheNumber) {
    const auto m = match_arabic("3.加强");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->units, 3);
    EXPECT_EQ(m->scale, 0);
    EXPECT_EQ(m->length, 1u);
}

TEST(Numbers, ChineseSimpleAndUnitForms) {
    struct Case {
        const char* text;
        long long value;
    } cases[] = {
        {"一", 1},      {"两", 2},        {"〇", 0},          {"十", 10},     {"十五", 15},
        {"二十三", 23}, {"一百", 100},    {"两百", 200},      {"一千零五", 1005},
        {"三千二百", 3200}, {"一万", 10000}, {"十二万三千", 123000},
    };
    for (const auto& c : cases) {
        const auto m = match_chinese_numeral(c.text);
        ASSERT_TRUE(m) << c.text;
        EXPECT_EQ(m->units, c.value) << c.text;
        EXPECT_TRUE(m->chinese) << c.text;
        EXPECT_EQ(m->length, std::string(c.text).size()) << c.text;
    }
}

TEST(Numbers, ChinesePositionalYearDigits) {
    const auto m = match_chinese_numeral("二〇二三年");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->units, 2023);
    EXPECT_EQ(m->length, std::string("二〇二三").size());
}

TEST(Numbers, ChineseNumeralStopsBeforeNonNumeral) {
    const auto m = match_number("九个方面");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->units, 9);
    EXPECT_TRUE(m->chinese);
    EXPECT_EQ(m->length, 3u);
}

TEST(Numbers, MalformedChineseIsRejected) {
    EXPECT_FALSE(match_chinese_numeral("十十"));
    EXPECT_FALSE(match_chinese_numeral("百十百"));
    EXPECT_FALSE(match_chinese_numeral("整改"));
}

TEST(Numbers, NoNumberAtStart) {
    EXPECT_FALSE(match_number(""));
    EXPECT_FALSE(match_number("共48人"));
    EXPECT_FALSE(match_arabic("二十"));
    EXPECT_FALSE(match_arabic(".5"));
}

TEST(Numbers, OverflowGivesNothing) {
    EXPECT_FALSE(match_number(std::string(400, '9')));
    EXPECT_FALSE(match_arabic("9223372036854775808"));  // INT64_MAX + 1
    const auto max = match_arabic("9223372036854775807");
    ASSERT_TRUE(max);
    EXPECT_EQ(max->units, 9223372036854775807LL);
}

TEST(Numbers, ParseIntegerNeedsWholeInput) {
    EXPECT_EQ(parse_integer("226"), 226);
    EXPECT_EQ(parse_integer("二十六"), 26);
    EXPECT_EQ(parse_integer("0"), 0);
    EXPECT_FALSE(parse_integer("226条"));
    EXPECT_FALSE(parse_integer("3.5"));
    EXPECT_FALSE(parse_integer(""));
    EXPECT_FALSE(parse_integer(std::string(400, '1')));
}

}  // namespace
