// zhenggai::read / read_text / read_bytes / read_file / read_files and
// zhenggai::TextIndex: the document API every front end reads through.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "temp_files.hpp"
#include "zhenggai/document.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"
#include "zhenggai/text_index.hpp"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) { return zhenggai::read_bytes(p).bytes; }

fs::path data(const std::string& name) { return fs::path(ZHENGGAI_SOURCE_DIR) / "tests/data" / name; }

using ReadFiles = zhenggai::testing::TempFiles;

TEST(Read, TextIsTheDecodingAndSpansIndexIt) {
    const std::string bytes = slurp(data("messy/qinglan.gb18030.txt"));
    const zhenggai::Document doc = zhenggai::read(bytes);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.report.encoding, zhenggai::Encoding::gb18030);
    EXPECT_EQ(doc.report.source_size, doc.text.size());
    ASSERT_TRUE(doc.report.title);
    const zhenggai::Span s = doc.report.title->span;
    EXPECT_EQ(doc.text.substr(s.begin, s.end - s.begin), doc.report.title->value);
    // The same facts as the UTF-8 twin, parsed as text.
    const zhenggai::Document twin = zhenggai::read_text(slurp(data("messy/qinglan.txt")));
    EXPECT_EQ(doc.text, twin.text);
    EXPECT_EQ(doc.report.sanctions, twin.report.sanctions);
}

TEST(Read, ParseBytesIsReadsReport) {
    const std::string bytes = slurp(data("sample-report.txt"));
    EXPECT_EQ(zhenggai::parse_bytes(bytes), zhenggai::read(bytes).report);
    EXPECT_EQ(zhenggai::parse(bytes), zhenggai::read_text(bytes).report);
}

TEST_F(ReadFiles, FileAndItsPath) {
    const fs::path p = write("r.txt", slurp(data("sample-report.txt")));
    const zhenggai::Document doc = zhenggai::read_file(p);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.path, p.string());
    EXPECT_TRUE(doc.report.is_report);
    EXPECT_EQ(doc.report, zhenggai::parse_bytes(slurp(p)));
}

TEST_F(ReadFiles, MissingFileIsAnErrorNotAnException) {
    const zhenggai::Document doc = zhenggai::read_file(dir_ / "no-such.txt");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error->kind, zhenggai::ReadError::Kind::cannot_open);
    EXPECT_EQ(doc.error->system_error, ENOENT);
    EXPECT_FALSE(doc.error->message.empty());
    EXPECT_TRUE(doc.text.empty());
    EXPECT_FALSE(doc.report.is_report);
    const zhenggai::FileResult r = zhenggai::parse_file(dir_ / "no-such.txt");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, doc.error->message);
}

TEST_F(ReadFiles, DirectoryIsSaidToBeOne) {
    const zhenggai::Document doc = zhenggai::read_file(dir_);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error->kind, zhenggai::ReadError::Kind::is_directory);
    EXPECT_EQ(doc.error->system_error, EISDIR);
    EXPECT_EQ(doc.error->message, "is a directory");
}

TEST_F(ReadFiles, EmptyFileIsReadAndIsNoReport) {
    const zhenggai::Document doc = zhenggai::read_file(write("empty.txt", ""));
    ASSERT_TRUE(doc.ok());
    EXPECT_FALSE(doc.report.is_report);
    ASSERT_FALSE(doc.report.diagnostics.empty());
}

TEST_F(ReadFiles, ReadBytesIsTheFile) {
    const std::string bytes("\x00\xFF\xFE report \r\n", 13);
    const zhenggai::FileBytes b = zhenggai::read_bytes(write("bin.dat", bytes));
    ASSERT_FALSE(b.error);
    EXPECT_EQ(b.bytes, bytes);
}

TEST(Read, AStreamIsReadToItsEnd) {
    std::FILE* f = std::tmpfile();
    ASSERT_NE(f, nullptr);
    const std::string bytes(200000, 'x');  // more than one read buffer
    ASSERT_EQ(std::fwrite(bytes.data(), 1, bytes.size(), f), bytes.size());
    std::rewind(f);
    const zhenggai::FileBytes b = zhenggai::read_bytes(f);
    std::fclose(f);
    ASSERT_FALSE(b.error);
    EXPECT_EQ(b.bytes, bytes);
}

TEST_F(ReadFiles, InOrderWithErrorsInTheirPlace) {
    const std::string report = slurp(data("sample-report.txt"));
    std::vector<fs::path> paths;
    for (int i = 0; i < 9; ++i) {
        paths.push_back(i % 3 == 1 ? dir_ / ("missing" + std::to_string(i))
                                   : write("r" + std::to_string(i) + ".txt", report.substr(0, 300 + 40 * i)));
    }
    const std::vector<zhenggai::Document> docs = zhenggai::read_files(paths, 2);
    ASSERT_EQ(docs.size(), paths.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(docs[i].path, paths[i].string());
        EXPECT_EQ(docs[i].ok(), i % 3 != 1);
        if (docs[i].ok()) {
            EXPECT_EQ(docs[i].text, report.substr(0, 300 + 40 * i));
        }
    }
}

// ---- TextIndex

TEST(TextIndex, AsciiIsTheIdentity) {
    const zhenggai::TextIndex ix("ab\ncd");
    EXPECT_EQ(ix.code_points(), 5u);
    EXPECT_EQ(ix.code_point(3), 3u);
    EXPECT_EQ(ix.code_point(99), 5u);
    EXPECT_EQ(ix.lines(), 2u);
    EXPECT_EQ(ix.position(0), (zhenggai::TextIndex::Position{1, 1}));
    EXPECT_EQ(ix.position(2), (zhenggai::TextIndex::Position{1, 3}));  // the line break itself
    EXPECT_EQ(ix.position(4), (zhenggai::TextIndex::Position{2, 2}));
    EXPECT_EQ(ix.position(5), (zhenggai::TextIndex::Position{2, 3}));  // the end
}

TEST(TextIndex, CodePointsOfChineseText) {
    const std::string t = "一、问题\n(一)整改";  // 3-byte characters and ASCII parentheses
    const zhenggai::TextIndex ix(t);
    EXPECT_EQ(ix.code_points(), 10u);
    EXPECT_EQ(ix.code_point(3), 1u);             // 、
    EXPECT_EQ(ix.code_point(4), 1u);             // inside 、: that character
    EXPECT_EQ(ix.code_point_after(4), 2u);       // the next one
    EXPECT_EQ(ix.position(t.find("整")), (zhenggai::TextIndex::Position{2, 4}));
}

TEST(TextIndex, LineEndsCrLfLoneCrAndLf) {
    const std::string t = "a\r\nb\rc\nd";
    const zhenggai::TextIndex ix(t);
    EXPECT_EQ(ix.lines(), 4u);
    EXPECT_EQ(ix.position(t.find('b')), (zhenggai::TextIndex::Position{2, 1}));
    EXPECT_EQ(ix.position(t.find('c')), (zhenggai::TextIndex::Position{3, 1}));
    EXPECT_EQ(ix.position(t.find('d')), (zhenggai::TextIndex::Position{4, 1}));
    EXPECT_EQ(ix.position(2), (zhenggai::TextIndex::Position{1, 3}));  // between CR and LF: still line 1
}

TEST(TextIndex, BomIsNoColumnButIsACodePoint) {
    const std::string t = "\xEF\xBB\xBF"
                          "通报";
    const zhenggai::TextIndex ix(t);
    EXPECT_EQ(ix.code_point(3), 1u);  // Python's str keeps U+FEFF
    EXPECT_EQ(ix.position(3), (zhenggai::TextIndex::Position{1, 1}));
    EXPECT_EQ(ix.position(6), (zhenggai::TextIndex::Position{1, 2}));
}

TEST(TextIndex, InvalidSequencesCountAsPythonReplaceReadsThem) {
    // E4 B8 is a truncated three-byte character (one U+FFFD), FF one more.
    const std::string t = "a\xE4\xB8"
                          "b\xFF"
                          "c";
    const zhenggai::TextIndex ix(t);
    EXPECT_EQ(ix.code_points(), 5u);  // a, U+FFFD, b, U+FFFD, c
    EXPECT_EQ(ix.code_point(t.find('b')), 2u);
    EXPECT_EQ(ix.code_point(t.find('c')), 4u);
}

}  // namespace
