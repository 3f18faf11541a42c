// Coverage of the body by the structural elements (report::leaf_spans): on
// every tests/data/**/*.txt and, when present, ../shared/corpus/*.txt and
// ../shared/seeds/*.txt (decoded with zhenggai::load),
//   (a) no two leaves overlap,
//   (b) every non-blank byte between the first and the last leaf is covered
//       by a leaf (blank: ASCII space, tab, CR, LF and U+3000),
//   (c) every unclassified text has an `unclassified-text` diagnostic with
//       the same span.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "report/derive.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<fs::path> txt_files(const fs::path& dir, bool recursive) {
    std::vector<fs::path> out;
    if (!fs::is_directory(dir)) return out;
    const auto take = [&](const fs::directory_entry& e) {
        if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(e.path());
    };
    if (recursive) {
        for (const auto& e : fs::recursive_directory_iterator(dir)) take(e);
    } else {
        for (const auto& e : fs::directory_iterator(dir)) take(e);
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// Length of the blank at text[i] (ASCII space/tab/CR/LF or U+3000), or 0.
std::size_t blank_at(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (text.substr(i, 3) == "\xE3\x80\x80") return 3;
    return 0;
}

std::string excerpt(std::string_view text, std::size_t begin, std::size_t end) {
    // Widen to character boundaries so the message stays valid UTF-8.
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    std::string s(text.substr(begin, std::min<std::size_t>(end - begin, 90)));
    return "[" + std::to_string(begin) + "," + std::to_string(end) + ") \"" + s + "\"";
}

/// Every way the coverage of `r` over `text` is broken; empty if none.
std::vector<std::string> coverage_problems(const zhenggai::Report& r, std::string_view text) {
    std::vector<std::string> problems;
    std::vector<zhenggai::Span> leaves = zhenggai::report::leaf_spans(r);
    std::erase_if(leaves, [](zhenggai::Span s) { return s.empty(); });
    std::sort(leaves.begin(), leaves.end(),
              [](zhenggai::Span a, zhenggai::Span b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
    for (const zhenggai::Span s : leaves) {
        if (s.end > text.size() || s.begin > s.end) problems.push_back("leaf out of range " + excerpt(text, 0, 0));
    }
    if (!problems.empty()) return problems;
    for (std::size_t k = 1; k < leaves.size(); ++k) {
        const zhenggai::Span a = leaves[k - 1], b = leaves[k];
        if (b.begin < a.end) {
            problems.push_back("(a) leaves overlap: " + excerpt(text, a.begin, a.end) + " and " +
                               excerpt(text, b.begin, b.end));
        }
    }
    // (b) the gaps between consecutive leaves hold only blanks.
    std::size_t covered_to = leaves.empty() ? 0 : leaves.front().end;
    for (std::size_t k = 1; k < leaves.size(); ++k) {
        const zhenggai::Span b = leaves[k];
        for (std::size_t i = covered_to; i < b.begin;) {
            const std::size_t n = blank_at(text, i);
            if (n == 0) {
                std::size_t j = i;
                while (j < b.begin && blank_at(text, j) == 0) ++j;
                problems.push_back("(b) not covered: " + excerpt(text, i, j));
                i = j;
            } else {
                i += n;
            }
        }
        covered_to = std::max<std::size_t>(covered_to, b.end);
    }
    // (c) each unclassified text has its diagnostic.
    for (const zhenggai::Text& t : r.unclassified) {
        const bool found = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const zhenggai::Diagnostic& d) {
            return d.code == "unclassified-text" && d.span == t.span;
        });
        if (!found) problems.push_back("(c) no unclassified-text diagnostic for " + excerpt(text, t.span.begin, t.span.end));
    }
    return problems;
}

void check_files(const std::vector<fs::path>& files) {
    for (const fs::path& p : files) {
        const zhenggai::LoadedText loaded = zhenggai::load(read_file(p));
        const zhenggai::Report r = zhenggai::parse(loaded.text);
        const std::vector<std::string> problems = coverage_problems(r, loaded.text);
        std::string all;
        for (const std::string& s : problems) all += "\n  " + s;
        EXPECT_TRUE(problems.empty()) << p.string() << " (" << loaded.encoding << "):" << all;
    }
}

const fs::path source_dir(ZHENGGAI_SOURCE_DIR);

TEST(Coverage, EveryFixture) {
    const std::vector<fs::path> files = txt_files(source_dir / "tests/data", true);
    ASSERT_GE(files.size(), 10u);
    check_files(files);
}

TEST(Coverage, SharedCorpus) {
    const fs::path shared = source_dir.parent_path() / "shared";
    std::vector<fs::path> files = txt_files(shared / "corpus", false);
    const std::vector<fs::path> seeds = txt_files(shared / "seeds", false);
    files.insert(files.end(), seeds.begin(), seeds.end());
    if (files.empty()) GTEST_SKIP() << "no ../shared corpus next to the repository";
    check_files(files);
}

}  // namespace
