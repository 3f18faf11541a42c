// Input normalisation and the offset map back to the source bytes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "input/document.hpp"
#include "input/normalized_text.hpp"
#include "input/text.hpp"
#include "piece_texts.hpp"
#include "structure/paragraphs.hpp"

namespace {

using zhenggai::Diagnostic;
using zhenggai::input::Document;
using zhenggai::input::NormalizedText;
using zhenggai::input::Range;

std::size_t count_code(const std::vector<Diagnostic>& d, const std::string& code) {
    return static_cast<std::size_t>(std::count_if(d.begin(), d.end(), [&](const Diagnostic& x) { return x.code == code; }));
}

// Every character of the normalised text maps back to a source piece that
// normalises to that same character: the offset map is exact.
void expect_exact_map(const std::string& src) {
    std::vector<Diagnostic> diags;
    const NormalizedText n = NormalizedText::from_source(src, diags);
    const std::string_view t = n.text();
    EXPECT_EQ(n.to_source(static_cast<std::uint32_t>(t.size())), src.size());
    std::uint32_t prev_end = n.to_source(0);
    for (std::size_t i = 0; i < t.size();) {
        std::size_t len = 1;
        const auto c = static_cast<unsigned char>(t[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        const auto b = static_cast<std::uint32_t>(i), e = static_cast<std::uint32_t>(i + len);
        const zhenggai::Span sp = n.to_source(b, e);
        EXPECT_LE(sp.begin, sp.end);
        EXPECT_LE(sp.end, src.size());
        EXPECT_GE(sp.begin, prev_end) << "at " << i;  // monotone, no overlap
        prev_end = sp.end;
        std::vector<Diagnostic> d2;
        const NormalizedText again = NormalizedText::from_source(n.source_text(b, e), d2);
        EXPECT_EQ(again.text(), t.substr(i, len)) << "at " << i;
        i += len;
    }
}

TEST(Input, FullWidthPunctuationBecomesAscii) {
    std::vector<Diagnostic> diags;
    const std::string src = "（一）给予处分５人，其中：警告３人；记过２人！";
    const NormalizedText n = NormalizedText::from_source(src, diags);
    EXPECT_EQ(n.text(), "(一)给予处分5人,其中:警告3人;记过2人!");
    EXPECT_TRUE(diags.empty());
    expect_exact_map(src);
}

TEST(Input, IdeographicSpaceAndTabsBecomeSpaces) {
    std::vector<Diagnostic> diags;
    const NormalizedText n = NormalizedText::from_source("\xE3\x80\x80\xE3\x80\x80一、总体\t情况", diags);
    EXPECT_EQ(n.text(), "  一、总体 情况");
    EXPECT_EQ(n.to_source(2), 6u);  // after the two U+3000
}

TEST(Input, EnumCommaAndFullStopStay) {
    std::vector<Diagnostic> diags;
    const NormalizedText n = NormalizedText::from_source("一、整改。", diags);
    EXPECT_EQ(n.text(), "一、整改。");
    EXPECT_EQ(n.to_source(6), 6u);
}

TEST(Input, CrlfAndLoneCrBecomeNewlines) {
    std::vector<Diagnostic> diags;
    const std::string src = "第一行\r\n第二行\r第三行\n";
    const NormalizedText n = NormalizedText::from_source(src, diags);
    EXPECT_EQ(n.text(), "第一行\n第二行\n第三行\n");
    const auto second = n.text().find("第二行");
    EXPECT_EQ(n.source_text(static_cast<std::uint32_t>(second), static_cast<std::uint32_t>(second + 9)), "第二行");
    expect_exact_map(src);
}

TEST(Input, BomIsDroppedButOffsetsStaySourceOffsets) {
    std::vector<Diagnostic> diags;
    const std::string src = "\xEF\xBB\xBF通报";
    const NormalizedText n = NormalizedText::from_source(src, diags);
    EXPECT_EQ(n.text(), "通报");
    EXPECT_EQ(n.to_source(0), 3u);
    EXPECT_EQ(n.source_text(0, 6), "通报");
    EXPECT_TRUE(diags.empty());
}

TEST(Input, InvalidUtf8BecomesReplacementWithDiagnostic) {
    std::vector<Diagnostic> diags;
    const std::string src = std::string("整改") + "\xFF" + "完成";
    const NormalizedText n = NormalizedText::from_source(src, diags);
    EXPECT_EQ(n.text(), "整改\xEF\xBF\xBD完成");
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(count_code(diags, "invalid-utf8"), 1u);
    EXPECT_EQ(diags[0].span.begin, 6u);
    EXPECT_EQ(diags[0].span.end, 7u);
    // The replacement character maps back to the one bad byte.
    EXPECT_EQ(n.source_text(6, 9), "\xFF");
    EXPECT_EQ(n.source_text(9, 15), "完成");
}

TEST(Input, TruncatedOverlongAndSurrogateSequencesAreInvalid) {
    for (const std::string& bad : {std::string("\xE6\x95"), std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                                  std::string("\xF5\x80\x80\x80")}) {
        std::vector<Diagnostic> diags;
        const std::string src = "a" + bad + "b";
        const NormalizedText n = NormalizedText::from_source(src, diags);
        EXPECT_GE(diags.size(), 1u);
        EXPECT_TRUE(n.text().starts_with("a\xEF\xBF\xBD"));
        EXPECT_TRUE(n.text().ends_with("b"));
        EXPECT_EQ(n.to_source(static_cast<std::uint32_t>(n.text().size())), src.size());
        for (const auto& d : diags) EXPECT_LE(d.span.end, src.size());
    }
}

TEST(Input, InvalidDiagnosticsAreCapped) {
    std::vector<Diagnostic> diags;
    const std::string src(1000, '\x80');
    const NormalizedText n = NormalizedText::from_source(src, diags);
    EXPECT_EQ(n.text().size(), 3000u);
    EXPECT_EQ(diags.size(), 33u);  // 32 listed, then one "further sequences not listed"
    EXPECT_EQ(count_code(diags, "invalid-utf8"), 33u);
}

TEST(Input, NulBecomesSpace) {
    std::vector<Diagnostic> diags;
    const NormalizedText n = NormalizedText::from_source(std::string("a\0b", 3), diags);
    EXPECT_EQ(n.text(), "a b");
}

TEST(Input, MixedTextMapsExactly) {
    expect_exact_map("\xEF\xBB\xBF\xE3\x80\x80（二）关于“问题”的整改，完成率９３．４８％。\r\n"
                     "联系电话：０５７１－８６０９１２３４\xFE\x80；邮编：310012\r\n");
}

TEST(Input, DocumentRangesSliceTheOriginal) {
    std::vector<Diagnostic> diags;
    const std::string src = "\xE3\x80\x80\xE3\x80\x80（一）加强领导，压实责任。\r\n\r\n  1．健全制度；\r\n";
    const Document doc(src, diags);
    const auto paras = zhenggai::structure::split_paragraphs(doc.text());
    ASSERT_EQ(paras.size(), 2u);
    EXPECT_EQ(doc.text(paras[0]), "(一)加强领导,压实责任。");
    EXPECT_EQ(doc.text(paras[1]), "1.健全制度;");
    const zhenggai::Text first = doc.text_value(paras[0]);
    EXPECT_EQ(first.value, "（一）加强领导，压实责任。");
    EXPECT_EQ(src.substr(first.span.begin, first.span.size()), first.value);
    EXPECT_EQ(first.span.begin, 6u);
    const zhenggai::Text second = doc.text_value(paras[1]);
    EXPECT_EQ(second.value, "1．健全制度；");
    EXPECT_EQ(src.substr(second.span.begin, second.span.size()), second.value);
}

TEST(Input, DocumentDiagnoseUsesSourceSpans) {
    std::vector<Diagnostic> diags;
    const std::string src = "（一）标题";
    const Document doc(src, diags);
    doc.diagnose<zhenggai::DiagnosticCode::header_missing>(Range{5, 11});  // 标题 in the normalised text
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(src.substr(diags[0].span.begin, diags[0].span.size()), "标题");
}

TEST(Input, ParagraphsAreTrimmedAndBlankLinesSkipped) {
    const auto p = zhenggai::structure::split_paragraphs("  甲  \n\n \n乙\n");
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0].begin, 2u);
    EXPECT_EQ(p[0].end, 5u);
    EXPECT_EQ(p[1].begin, 11u);
    EXPECT_EQ(p[1].end, 14u);
    EXPECT_TRUE(zhenggai::structure::split_paragraphs("").empty());
    EXPECT_TRUE(zhenggai::structure::split_paragraphs(" \n\t\n").empty());
}

}  // namespace

// fast_find is the keyword search of every stage: it must find what
// std::string_view::find finds, from every start, for words of one, two and
// more characters, with the word at the ends of the text, in the sixteen-byte
// blocks and in the last step after them, in texts shorter than one step.
TEST(Text, FastFindFindsWhatFindFinds) {
    static constexpr std::string_view pieces[] = {"整改", "问题", "巡察", "巡", "察", "改", "a", ",", "(", "。",
                                                  "\xE6\x95\xB4", "\xE6\x94", "整改问题", " "};
    static constexpr std::string_view words[] = {"整改", "巡察", "问题", "改", "整改问题", "讯(", "察组", "。", "a,",
                                                  "整改问题整改问题整改问题整改问题整改"};  // over 48 bytes
    zhenggai::testing::PieceTexts texts(0x2545F4914F6CDD1DULL);
    for (int round = 0; round < 400; ++round) {
        const std::string text = texts.next(pieces, 40);
        const std::string_view s = text;
        for (const std::string_view w : words)
            for (std::size_t from = 0; from <= s.size() + 1; ++from)
                ASSERT_EQ(zhenggai::text::fast_find(s, w, from), s.find(w, from))
                    << "text " << text << ", word " << w << ", from " << from;
    }
}
