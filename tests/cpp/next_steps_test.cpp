// The next-step point grammar (一是 / (一) / 第一,) through inline_points, in
// half and full width.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "structure/next_steps.hpp"
#include "test_document.hpp"

namespace {

using zhenggai::structure::inline_points;
using Doc = zhenggai::testing::TestDocument;

void expect_slices(const Doc& d, const zhenggai::Text& t) { EXPECT_EQ(d.at(t.span), t.value); }

struct Shape {
    const char* half;
    const char* full;
};

TEST(NextStepPoint, ShiMarkersInOneParagraph) {
    for (const char* text : {"下一步,我们将:一是持续压实责任;把整改抓到底。二是深化标本兼治,健全长效机制。",
                             "下一步，我们将：一是持续压实责任；把整改抓到底。二是深化标本兼治，健全长效机制。"}) {
        const Doc d(text);
        const auto steps = inline_points(d.doc, d.paras);
        ASSERT_EQ(steps.size(), 2u) << text;
        EXPECT_EQ(steps[0].marker, "一是");
        EXPECT_EQ(steps[0].ordinal, 1);
        EXPECT_EQ(steps[0].title.value, "持续压实责任");  // up to the first ;
        EXPECT_EQ(steps[1].ordinal, 2);
        EXPECT_TRUE(steps[1].title.value.starts_with("深化标本兼治"));
        // The first point's text runs to the next marker.
        EXPECT_TRUE(steps[0].text.value.ends_with("把整改抓到底。")) << steps[0].text.value;
        for (const auto& s : steps) {
            expect_slices(d, s.title);
            expect_slices(d, s.text);
        }
    }
}

TEST(NextStepPoint, ParenMarkersOnePerLine) {
    for (const Shape& s : {Shape{"(一)坚持不懈抓学习。深入学习党的创新理论。\n(二)从严从实抓整改。对账销号。\n",
                                 "（一）坚持不懈抓学习。深入学习党的创新理论。\n（二）从严从实抓整改。对账销号。\n"}}) {
        for (const char* text : {s.half, s.full}) {
            const Doc d(text);
            const auto steps = inline_points(d.doc, d.paras);
            ASSERT_EQ(steps.size(), 2u) << text;
            EXPECT_EQ(steps[0].ordinal, 1);
            EXPECT_EQ(steps[0].title.value, "坚持不懈抓学习");
            EXPECT_EQ(steps[1].title.value, "从严从实抓整改");
            EXPECT_EQ(steps[0].span.begin, 0u);
            EXPECT_EQ(steps[0].marker, std::string(text).starts_with("(") ? "(一)" : "（一）");  // as written
            expect_slices(d, steps[1].text);
        }
    }
}

TEST(NextStepPoint, DiMarkersNeedTheirComma) {
    for (const char* text : {"第一,第一时间落实整改要求。第二,强化监督检查;推动成果运用。",
                             "第一，第一时间落实整改要求。第二，强化监督检查；推动成果运用。"}) {
        const Doc d(text);
        const auto steps = inline_points(d.doc, d.paras);
        ASSERT_EQ(steps.size(), 2u) << text;
        EXPECT_EQ(steps[0].marker, "第一");  // the comma is neither marker nor title
        EXPECT_EQ(steps[1].marker, "第二");
        EXPECT_EQ(steps[0].title.value, "第一时间落实整改要求");
        EXPECT_EQ(steps[1].title.value, "强化监督检查");
    }
}

TEST(NextStepPoint, TheFirstPointFixesTheForm) {
    // (一) opens the sequence: 一是/二是 inside a point are not steps.
    const Doc d("(一)压实责任。一是明确分工,二是定期调度。(二)健全机制。");
    const auto steps = inline_points(d.doc, d.paras);
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[0].marker, "(一)");
    EXPECT_EQ(steps[1].marker, "(二)");
    EXPECT_TRUE(steps[0].text.value.find("二是定期调度") != std::string::npos);
}

TEST(NextStepPoint, QuotedFullStopDoesNotEndTheTitle) {
    const Doc d("一是落实“两个责任。”要求;健全制度。二是加强督查。");
    const auto steps = inline_points(d.doc, d.paras);
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[0].title.value, "落实“两个责任。”要求");
}

TEST(NextStepPoint, NoMarkerInsideAWordOrOutOfOrder) {
    const Doc d("推动统一是关键。二是不在开头。三是也不算。");
    EXPECT_TRUE(inline_points(d.doc, d.paras).empty());
    const Doc e("一是健全机制。一是重复。二是深化。");
    const auto steps = inline_points(e.doc, e.paras);
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[1].title.value, "深化");
}

TEST(NextStepPoint, TitleStopsAtTheNextPointOnTheSameLine) {
    const Doc d("一是抓学习,二是抓落实。");
    const auto steps = inline_points(d.doc, d.paras);
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[0].title.value, "抓学习,");
    EXPECT_EQ(steps[1].title.value, "抓落实");
}

}  // namespace
