// HTML pages as input (src/input/html.cpp through zhenggai::load / read):
// recognition by content, the declared charset, the text a reader sees and
// where each run of it is in the page.
#include <gtest/gtest.h>

#include <string>

#include "input/html.hpp"
#include "zhenggai/document.hpp"
#include "zhenggai/load.hpp"

namespace {

using zhenggai::input::declared_charset;
using zhenggai::input::html_to_text;
using zhenggai::input::looks_like_html;

TEST(HtmlInput, RecognisedByContentNotByAStrayAngleBracket) {
    EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html><body><p>正文</p></body></html>"));
    EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF  \n<HTML><HEAD><META charset=gbk></HEAD>"));
    EXPECT_TRUE(looks_like_html("<div class=\"article\">正文</div>"));
    EXPECT_TRUE(looks_like_html("<!-- saved page --><html>"));
    EXPECT_FALSE(looks_like_html("中共某县委关于巡察整改进展情况的通报\n<附件>"));
    EXPECT_FALSE(looks_like_html("<附件1>整改台账"));
    EXPECT_FALSE(looks_like_html("<!-- a comment alone -->"));
    EXPECT_FALSE(looks_like_html(""));
}

TEST(HtmlInput, DeclaredCharset) {
    EXPECT_EQ(declared_charset("<html><head><meta charset=\"gb2312\">"), "GB18030");
    EXPECT_EQ(declared_charset("<META http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">"), "GB18030");
    EXPECT_EQ(declared_charset("<meta charset='big5'>"), "Big5");
    EXPECT_EQ(declared_charset("<meta charset=utf-8>"), "UTF-8");
    EXPECT_EQ(declared_charset("<p>charset=gbk is not a declaration</p>"), std::nullopt);
    EXPECT_EQ(declared_charset("<html><body>no meta</body></html>"), std::nullopt);
}

TEST(HtmlInput, BlocksAreLinesAndHiddenContentVanishes) {
    const auto t = html_to_text(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<script>var a = '<p>x</p>';</script><div>第一行</div><p>第二<b>行</b></p>"
        "甲<br>乙<!-- comment --><table><tr><td>索引号:</td><td>A-1</td></tr></table></body></html>");
    EXPECT_EQ(t.text, "第一行\n第二行\n甲\n乙\n索引号: A-1\n");
}

TEST(HtmlInput, EntitiesAreDecodedAndWhiteSpaceCollapsed) {
    const auto t = html_to_text("<p>&ldquo;四风&rdquo;&nbsp;问题 &amp;  整改\n  进展&#65288;一&#65289;</p><p>处分15\n人</p>");
    EXPECT_EQ(t.text, "“四风”\u00A0问题 & 整改进展（一）\n处分15人\n");
}

TEST(HtmlInput, EveryRunKnowsItsPlaceInThePage) {
    const std::string page = "<html><body><p>巡察整改</p>\n<p>a &amp; b</p></body></html>";
    const auto t = html_to_text(page);
    ASSERT_EQ(t.runs.size(), 2u);
    const auto& first = t.runs[0];
    EXPECT_EQ(t.text.substr(first.span.begin, first.span.end - first.span.begin), "巡察整改");
    EXPECT_EQ(page.substr(first.source_offset, 12), "巡察整改");
    EXPECT_EQ(page.substr(t.runs[1].source_offset, 3), "a &");
}

TEST(HtmlInput, DeepNestingDoesNotExhaustTheStack) {
    std::string page = "<html><body>";
    for (int i = 0; i < 20000; ++i) page += "<div><span>";
    page += "整改&amp;<script>x()</script>进展<br>下一步";
    const auto t = html_to_text(page);
    EXPECT_GT(t.flattened_depth, 40000u);  // read tag by tag: a tree would take time quadratic in the depth
    EXPECT_EQ(t.text, "整改&进展\n下一步\n");
}

TEST(HtmlInput, GbkPageIsDecodedByItsDeclaration) {
    // 通报 in GBK inside a page that declares gb2312.
    const std::string page = "<html><head><meta charset=\"gb2312\"></head><body><p>\xCD\xA8\xB1\xA8</p></body></html>";
    const zhenggai::LoadedText l = zhenggai::load(page);
    EXPECT_TRUE(l.html);
    EXPECT_EQ(l.encoding, "gb18030");
    EXPECT_EQ(l.text, "通报\n");
    // The run's offset is in the page's own bytes, where the GBK 通 starts.
    ASSERT_EQ(l.runs.size(), 1u);
    EXPECT_EQ(l.runs[0].source_offset, page.find("\xCD\xA8"));
}

TEST(HtmlInput, Utf16PageOffsetsAreInItsBytes) {
    const std::u16string page = u"\uFEFF<html><body><p>\u6574\u6539</p></body></html>";  // 整改
    std::string bytes;
    for (const char16_t c : page) {
        bytes += static_cast<char>(c & 0xFF);
        bytes += static_cast<char>(c >> 8);
    }
    const zhenggai::LoadedText l = zhenggai::load(bytes);
    EXPECT_TRUE(l.html);
    EXPECT_EQ(l.text, "整改\n");
    ASSERT_EQ(l.runs.size(), 1u);
    EXPECT_EQ(l.runs[0].source_offset, 2u * 16);  // after the BOM and 15 characters of markup
}

TEST(HtmlInput, PlainTextIsNotTouched) {
    const zhenggai::LoadedText l = zhenggai::load("中共某县委关于巡察整改进展情况的通报\n正文 <b>不是标记</b>\n");
    EXPECT_FALSE(l.html);
    EXPECT_TRUE(l.runs.empty());
    EXPECT_EQ(l.text, "中共某县委关于巡察整改进展情况的通报\n正文 <b>不是标记</b>\n");
}

TEST(HtmlInput, ReadReportsThePageAndItsRuns) {
    const zhenggai::Document d = zhenggai::read("<html><body><h1>中共某县委关于巡察整改进展情况的通报</h1></body></html>");
    EXPECT_TRUE(d.report.html);
    ASSERT_FALSE(d.report.source_runs.empty());
    EXPECT_EQ(d.report.source_runs[0].source_offset, 16u);
    EXPECT_EQ(d.text.substr(0, 6), "中共");
}

}  // namespace
