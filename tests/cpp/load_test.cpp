// zhenggai::load: encoding detection and decoding, on the messy-input
// fixtures of tests/data/messy/ (made by scripts/make-messy-fixtures) and on
// small hand-made inputs.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "zhenggai/load.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

fs::path messy(const std::string& name) { return fs::path(ZHENGGAI_SOURCE_DIR) / "tests/data/messy" / name; }

std::string clean_twin() { return read_file(messy("qinglan.txt")); }
std::string traditional_twin() { return read_file(messy("qinglan.traditional-utf8.txt")); }

std::size_t count_code(const zhenggai::LoadedText& l, const std::string& code) {
    return static_cast<std::size_t>(std::count_if(l.diagnostics.begin(), l.diagnostics.end(),
                                                  [&](const zhenggai::Diagnostic& d) { return d.code == code; }));
}

struct Case {
    const char* file;
    const char* encoding;
    bool traditional;
};

class LoadFixture : public ::testing::TestWithParam<Case> {};

TEST_P(LoadFixture, DecodesToTheTwin) {
    const Case c = GetParam();
    const std::string bytes = read_file(messy(c.file));
    ASSERT_FALSE(bytes.empty()) << c.file;
    const zhenggai::LoadedText l = zhenggai::load(bytes);
    EXPECT_EQ(l.encoding, c.encoding) << c.file;
    EXPECT_EQ(l.text, c.traditional ? traditional_twin() : clean_twin()) << c.file;
    EXPECT_TRUE(l.diagnostics.empty()) << c.file << ": " << l.diagnostics.front().message;
}

INSTANTIATE_TEST_SUITE_P(Messy, LoadFixture,
                         ::testing::Values(Case{"qinglan.txt", "utf-8", false},
                                           Case{"qinglan.gb18030.txt", "gb18030", false},
                                           Case{"qinglan.utf16le-bom.txt", "utf-16le", false},
                                           Case{"qinglan.big5.txt", "big5", true},
                                           Case{"qinglan.traditional-utf8.txt", "utf-8", true}));

// A UTF-8 BOM stays in the text (parse() skips it), so spans index the
// file's bytes exactly; the facts are those of the text without it.
TEST(Load, Utf8BomIsKeptAndSkippedByParse) {
    const std::string text = clean_twin();
    const zhenggai::LoadedText l = zhenggai::load("\xEF\xBB\xBF" + text);
    EXPECT_EQ(l.encoding, "utf-8-bom");
    EXPECT_EQ(l.text, "\xEF\xBB\xBF" + text);
    EXPECT_TRUE(l.diagnostics.empty());
    const zhenggai::Report with = zhenggai::parse(l.text);
    const zhenggai::Report without = zhenggai::parse(text);
    ASSERT_TRUE(with.header.inspected_unit && without.header.inspected_unit);
    EXPECT_EQ(with.header.inspected_unit->value, without.header.inspected_unit->value);
    EXPECT_EQ(with.header.inspected_unit->span.begin, without.header.inspected_unit->span.begin + 3);
}

TEST(Load, Utf16BigEndianWithBom) {
    // "巡察整改" in UTF-16BE after a BOM.
    const std::string bytes("\xFE\xFF\x5D\xE1\x5B\xDF\x65\x74\x65\x39", 10);
    const zhenggai::LoadedText l = zhenggai::load(bytes);
    EXPECT_EQ(l.encoding, "utf-16be");
    EXPECT_EQ(l.text, "巡察整改");
    EXPECT_TRUE(l.diagnostics.empty());
}

TEST(Load, Utf16LittleEndianWithoutBom) {
    // ASCII-heavy UTF-16LE without a BOM is recognised by its NUL bytes.
    std::string bytes;
    for (const char c : std::string("2024-11-26 report abc")) {
        bytes.push_back(c);
        bytes.push_back('\0');
    }
    const zhenggai::LoadedText l = zhenggai::load(bytes);
    EXPECT_EQ(l.encoding, "utf-16le");
    EXPECT_EQ(l.text, "2024-11-26 report abc");
}

TEST(Load, EmptyInput) {
    const zhenggai::LoadedText l = zhenggai::load("");
    EXPECT_EQ(l.encoding, "utf-8");
    EXPECT_TRUE(l.text.empty());
    EXPECT_TRUE(l.diagnostics.empty());
    const zhenggai::Report r = zhenggai::parse_bytes("");
    EXPECT_EQ(r.encoding, zhenggai::Encoding::utf8);
    EXPECT_EQ(r.source_size, 0u);
}

TEST(Load, InvalidBytesInGb18030) {
    const std::string gb = read_file(messy("qinglan.gb18030.txt"));
    // Insert a byte that is never valid in GB18030 after the first line.
    const std::size_t at = gb.find('\n') + 1;
    ASSERT_GT(at, 1u);
    const std::string bytes = gb.substr(0, at) + "\xFF" + gb.substr(at);
    const zhenggai::LoadedText l = zhenggai::load(bytes);
    EXPECT_EQ(l.encoding, "gb18030");
    ASSERT_EQ(count_code(l, "invalid-bytes"), 1u);
    const zhenggai::Diagnostic& d = l.diagnostics.front();
    EXPECT_EQ(d.severity, zhenggai::Severity::warning);
    EXPECT_NE(d.message.find("0xFF"), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("offset " + std::to_string(at)), std::string::npos) << d.message;
    // The span is the U+FFFD written in place of the bad byte, in the decoded text.
    ASSERT_LE(d.span.end, l.text.size());
    EXPECT_EQ(l.text.substr(d.span.begin, d.span.size()), "\xEF\xBF\xBD");
    const std::string twin = clean_twin();
    const std::size_t line = twin.find('\n') + 1;
    EXPECT_EQ(d.span.begin, line);
    EXPECT_EQ(l.text, twin.substr(0, line) + "\xEF\xBF\xBD" + twin.substr(line));

    // parse_bytes keeps the diagnostic, first, with the same span.
    const zhenggai::Report r = zhenggai::parse_bytes(bytes);
    EXPECT_EQ(r.encoding, zhenggai::Encoding::gb18030);
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_EQ(r.diagnostics.front().code, "invalid-bytes");
    EXPECT_EQ(r.diagnostics.front().span, d.span);
}

TEST(Load, Utf16OddLength) {
    const std::string u16 = read_file(messy("qinglan.utf16le-bom.txt"));
    const std::string bytes = u16 + "\x41";  // half a code unit at the end
    const zhenggai::LoadedText l = zhenggai::load(bytes);
    EXPECT_EQ(l.encoding, "utf-16le");
    const std::string twin = clean_twin();
    ASSERT_GE(l.text.size(), twin.size());
    EXPECT_EQ(l.text.substr(0, twin.size()), twin);
    // The dangling byte is reported with its offset and read as U+FFFD.
    ASSERT_EQ(count_code(l, "invalid-bytes"), 1u);
    const zhenggai::Diagnostic& d = l.diagnostics.front();
    EXPECT_NE(d.message.find("offset " + std::to_string(bytes.size() - 1)), std::string::npos) << d.message;
    EXPECT_EQ(l.text.substr(d.span.begin, d.span.size()), "\xEF\xBF\xBD");
    EXPECT_EQ(l.text, twin + "\xEF\xBF\xBD");
}

TEST(Load, LoadAsUnknownEncodingIsAnError) {
    const zhenggai::LoadedText l = zhenggai::load_as("abc", "no-such-encoding");
    ASSERT_EQ(count_code(l, "unknown-encoding"), 1u);
    EXPECT_EQ(l.diagnostics.front().severity, zhenggai::Severity::error);
}

TEST(Load, LoadAsNamedEncoding) {
    const zhenggai::LoadedText l = zhenggai::load_as(read_file(messy("qinglan.big5.txt")), "Big5");
    EXPECT_EQ(l.encoding, "big5");
    EXPECT_EQ(l.text, traditional_twin());
}

// UTF-8 text with a stray bad byte is still UTF-8: parse() reports the byte
// as invalid-utf8 where it is. Decoding it as Big5 or GB18030 garbles the
// whole text.
TEST(LoadDetect, StrayByteInUtf8StaysUtf8) {
    for (const std::string& bytes : {std::string("a\xFF" "b"), std::string("\xFF"),
                                    std::string("\xFF之后😀"), std::string("整改\xFF情况")}) {
        const zhenggai::LoadedText l = zhenggai::load(bytes);
        EXPECT_EQ(l.encoding, "utf-8") << bytes;
        EXPECT_TRUE(l.text == bytes) << "decoded as " << l.encoding;
    }
}

TEST(LoadDetect, MostlyUtf8StaysUtf8) {
    std::string bytes = clean_twin();
    bytes.insert(bytes.find('\n') + 1, "\xFF");
    const zhenggai::LoadedText l = zhenggai::load(bytes);
    EXPECT_EQ(l.encoding, "utf-8");
    EXPECT_TRUE(l.text == bytes) << "decoded as " << l.encoding;
}

}  // namespace
