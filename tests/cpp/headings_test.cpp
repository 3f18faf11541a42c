// Heading markers at the start of a paragraph, and inline 一是/二是 points.
#include <gtest/gtest.h>

#include <string>

#include "facts/headings/headings.hpp"

namespace {

using zhenggai::facts::MarkerKind;
using zhenggai::facts::match_heading_marker;
using zhenggai::facts::match_inline_point;

struct MarkerCase {
    const char* text;
    MarkerKind kind;
    int ordinal;
    const char* marker;
    const char* label;
};

TEST(Headings, EveryMarkerKind) {
    const MarkerCase cases[] = {
        {"一、加强领导", MarkerKind::chinese_enum, 1, "一、", "一"},
        {"十二、其他", MarkerKind::chinese_enum, 12, "十二、", "十二"},
        {"(三)关于落实", MarkerKind::chinese_paren, 3, "(三)", "(三)"},
        {"1.压实责任", MarkerKind::arabic_enum, 1, "1.", "1"},
        {"2、健全制度", MarkerKind::arabic_enum, 2, "2、", "2"},
        {"12.持续推进", MarkerKind::arabic_enum, 12, "12.", "12"},
        {"(4)完善台账", MarkerKind::arabic_paren, 4, "(4)", "(4)"},
        {"①开展排查", MarkerKind::circled, 1, "①", "①"},
        {"⑳收尾", MarkerKind::circled, 20, "⑳", "⑳"},
    };
    for (const auto& c : cases) {
        const auto m = match_heading_marker(c.text);
        ASSERT_TRUE(m) << c.text;
        EXPECT_EQ(m->kind, c.kind) << c.text;
        EXPECT_EQ(m->ordinal, c.ordinal) << c.text;
        EXPECT_EQ(m->length, std::string(c.marker).size()) << c.text;
        EXPECT_EQ(m->label_length, std::string(c.label).size()) << c.text;
    }
}

TEST(Headings, DecimalsAreNotMarkers) {
    EXPECT_FALSE(match_heading_marker("1.2万元资金已退回"));
    EXPECT_FALSE(match_heading_marker("3.5%"));
}

TEST(Headings, YearsAreNotMarkers) {
    EXPECT_FALSE(match_heading_marker("2023年3月,市委巡察组"));
    EXPECT_FALSE(match_heading_marker("2023.11.20"));
}

TEST(Headings, PlainTextIsNotAMarker) {
    EXPECT_FALSE(match_heading_marker(""));
    EXPECT_FALSE(match_heading_marker("一是加强学习"));
    EXPECT_FALSE(match_heading_marker("整改工作"));
    EXPECT_FALSE(match_heading_marker("()空括号"));
    EXPECT_FALSE(match_heading_marker("(一"));
}

TEST(Headings, InlinePoints) {
    const auto one = match_inline_point("一是强化学习");
    ASSERT_TRUE(one);
    EXPECT_EQ(one->ordinal, 1);
    EXPECT_EQ(one->length, std::string("一是").size());
    const auto eleven = match_inline_point("十一是完善机制");
    ASSERT_TRUE(eleven);
    EXPECT_EQ(eleven->ordinal, 11);
    EXPECT_FALSE(match_inline_point("是一个"));
    EXPECT_FALSE(match_inline_point("一、"));
    EXPECT_FALSE(match_inline_point(""));
}

}  // namespace
