// from_json: the JSON form reads back into an equal Report (every fixture,
// the shared corpus, hand-built reports with every compact form in use), and
// malformed or foreign documents give an error with its position, never a
// crash or an exception.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "full_report.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/parse.hpp"
#include "zhenggai/report.hpp"

namespace {

namespace fs = std::filesystem;
// Keys keep their order, as in the writer's documents (the order of
// money_yuan_by_category is the order of Derived::money_by_category).
using json = nlohmann::ordered_json;
using zhenggai::JsonError;
using zhenggai::Text;
using zhenggai::fixtures::fully_populated_report;

const fs::path source_dir(ZHENGGAI_SOURCE_DIR);

std::vector<fs::path> txt_files(const fs::path& dir) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) return files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

/// The first line where two pretty-printed documents differ, to show what a
/// failed round trip lost.
std::string first_difference(const zhenggai::Report& a, const zhenggai::Report& b) {
    const std::string x = zhenggai::to_json(a, {.indent = 1}), y = zhenggai::to_json(b, {.indent = 1});
    std::size_t i = 0;
    while (i < x.size() && i < y.size() && x[i] == y[i]) ++i;
    const std::size_t line = x.rfind('\n', i) == std::string::npos ? 0 : x.rfind('\n', i) + 1;
    return x.substr(line, x.find('\n', i) - line) + "  vs  " + y.substr(line, y.find('\n', i) - line);
}

void expect_round_trip(const zhenggai::Report& original, const std::string& what) {
    const std::string text = zhenggai::to_json(original);
    const zhenggai::JsonResult back = zhenggai::from_json(text);
    ASSERT_TRUE(back) << what << ": " << back.error().message << " at " << back.error().pointer;
    EXPECT_TRUE(back.value() == original) << what << ": " << first_difference(original, back.value());
    EXPECT_EQ(zhenggai::to_json(back.value()), text) << what;
}

void expect_files_round_trip(const std::vector<fs::path>& files) {
    for (const fs::path& p : files) {
        const zhenggai::FileResult parsed = zhenggai::parse_file(p);
        ASSERT_TRUE(parsed) << p;
        expect_round_trip(parsed.value(), p.string());
    }
}

TEST(JsonRoundTrip, EveryFixture) {
    std::vector<fs::path> files = txt_files(source_dir / "tests/data");
    const std::vector<fs::path> examples = txt_files(source_dir / "examples/reports");
    files.insert(files.end(), examples.begin(), examples.end());
    ASSERT_GE(files.size(), 10u);
    expect_files_round_trip(files);
}

TEST(JsonRoundTrip, SharedCorpus) {
    const fs::path shared = source_dir.parent_path() / "shared";
    std::vector<fs::path> files = txt_files(shared / "corpus");
    const std::vector<fs::path> seeds = txt_files(shared / "seeds");
    files.insert(files.end(), seeds.begin(), seeds.end());
    if (files.empty()) GTEST_SKIP() << "no ../shared corpus next to the repository";
    expect_files_round_trip(files);
}

TEST(JsonRoundTrip, EveryMemberAndCompactForm) { expect_round_trip(fully_populated_report(), "everything set"); }

TEST(JsonRoundTrip, EmptyReport) { expect_round_trip(zhenggai::Report{}, "empty"); }

TEST(JsonRoundTrip, DecimalsReadExactlyFromTheirDigits) {
    zhenggai::Report r;
    for (const zhenggai::Decimal d :
         {zhenggai::Decimal{9348, 2}, zhenggai::Decimal{1, 1}, zhenggai::Decimal{3, 1}, zhenggai::Decimal{100, 0},
          zhenggai::Decimal{12345, 3}, zhenggai::Decimal{999999999999999, 4}}) {
        r.progress.completion_rate = zhenggai::Percentage{d, {1, 2}};
        const zhenggai::JsonResult back = zhenggai::from_json(zhenggai::to_json(r));
        ASSERT_TRUE(back) << back.error().message;
        const zhenggai::Decimal read = back.value().progress.completion_rate->value;
        EXPECT_EQ(read.units, d.normalized().units) << d.units << "e-" << int{d.scale};
        EXPECT_EQ(read.scale, d.normalized().scale) << d.units << "e-" << int{d.scale};
    }
}

TEST(JsonRoundTrip, TrailingZeroDecimalsCompareEqual) {
    // 100.00% is written 100.0: the number survives, the digits stay in the source.
    zhenggai::Report r;
    r.progress.completion_rate = zhenggai::Percentage{{10000, 2}, {1, 8}};
    const zhenggai::JsonResult back = zhenggai::from_json(zhenggai::to_json(r));
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value().progress.completion_rate->value, (zhenggai::Decimal{100, 0}));
    EXPECT_TRUE(back.value() == r);
}

TEST(JsonRoundTrip, YuanTotalsReadBackToTheFen) {
    zhenggai::Report r;
    for (const std::int64_t fen : {std::int64_t{1}, std::int64_t{10}, std::int64_t{7132050},
                                   std::int64_t{99999999999999}, std::int64_t{100000000000000000}}) {
        r.derived.money_by_category = {{"recovered", fen}};
        const zhenggai::JsonResult back = zhenggai::from_json(zhenggai::to_json(r));
        ASSERT_TRUE(back) << fen << ": " << back.error().message;
        ASSERT_EQ(back.value().derived.money_by_category.size(), 1u);
        EXPECT_EQ(back.value().derived.money_by_category[0].value, fen);
    }
}

TEST(JsonRoundTrip, UnknownMembersAreIgnored) {
    json j = json::parse(zhenggai::to_json(fully_populated_report()));
    j["added_in_a_later_version"] = {1, 2, 3};
    j["header"]["also_new"] = "x";
    const zhenggai::JsonResult back = zhenggai::from_json(j.dump());
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_TRUE(back.value() == fully_populated_report());
}

// ------------------------------------------------------------- malformed ---

JsonError syntax_error_of(const std::string& text) {
    const zhenggai::JsonResult r = zhenggai::from_json(text);
    EXPECT_FALSE(r) << text.substr(0, 80);
    if (r) return {};
    EXPECT_EQ(r.error().kind, JsonError::Kind::syntax) << r.error().message;
    EXPECT_LE(r.error().offset, text.size());
    EXPECT_FALSE(r.error().message.empty());
    return r.error();
}

TEST(JsonRoundTrip, SyntaxErrorsGiveTheirByteOffset) {
    EXPECT_EQ(syntax_error_of("").offset, 0u);
    EXPECT_EQ(syntax_error_of("{\"schema\": }").offset, 11u);
    EXPECT_EQ(syntax_error_of("{\"a\": 1,, \"b\": 2}").offset, 8u);
    EXPECT_EQ(syntax_error_of("[1, 2] x").offset, 7u);
    EXPECT_EQ(syntax_error_of(std::string("{\"title\": \"a\xFF\"}")).offset, 12u);  // not UTF-8
}

TEST(JsonRoundTrip, EveryPrefixOfADocumentIsASyntaxError) {
    const std::string text = zhenggai::to_json(fully_populated_report());
    for (std::size_t n = 0; n < text.size(); ++n) {
        const zhenggai::JsonResult r = zhenggai::from_json(std::string_view(text).substr(0, n));
        ASSERT_FALSE(r) << n;
        ASSERT_EQ(r.error().kind, JsonError::Kind::syntax) << n;
        ASSERT_LE(r.error().offset, n);
    }
}

/// The error for `fully_populated_report()`'s document after `edit`.
JsonError content_error_after(void (*edit)(json&)) {
    json j = json::parse(zhenggai::to_json(fully_populated_report()));
    edit(j);
    const zhenggai::JsonResult r = zhenggai::from_json(j.dump());
    EXPECT_FALSE(r);
    if (r) return {};
    EXPECT_EQ(r.error().kind, JsonError::Kind::content);
    EXPECT_FALSE(r.error().message.empty());
    return r.error();
}

TEST(JsonRoundTrip, ContentErrorsPointAtTheWrongValue) {
    EXPECT_EQ(content_error_after([](json& j) { j = json::array(); }).pointer, "");
    EXPECT_EQ(content_error_after([](json& j) { j["schema"] = "zhenggai.report/2"; }).pointer, "/schema");
    EXPECT_EQ(content_error_after([](json& j) { j.erase("source_size"); }).pointer, "");
    EXPECT_EQ(content_error_after([](json& j) { j["source_size"] = -1; }).pointer, "/source_size");
    EXPECT_EQ(content_error_after([](json& j) { j["source_size"] = 1ULL << 32; }).pointer, "/source_size");
    EXPECT_EQ(content_error_after([](json& j) { j["encoding"] = "latin-1"; }).pointer, "/encoding");
    EXPECT_EQ(content_error_after([](json& j) { j["sections"][0]["children"][0]["title"] = 5; }).pointer,
              "/sections/0/children/0/title");
    EXPECT_EQ(content_error_after([](json& j) { j["sections"][0]["span"] = {1, 2, 3}; }).pointer, "/sections/0/span");
    EXPECT_EQ(content_error_after([](json& j) { j["header"]["inspection_start"] = "2021-02-30"; }).pointer,
              "/header/inspection_start");
    EXPECT_EQ(content_error_after([](json& j) { j["header"]["spans"].erase("round"); }).pointer, "/header/spans");
    // Only dates can have their year inferred.
    EXPECT_EQ(content_error_after([](json& j) { j["header"]["year_inferred"].push_back("authority"); }).pointer,
              "/header/year_inferred/1");
    EXPECT_EQ(content_error_after([](json& j) { j["progress"]["completion_rate"] = "93%"; }).pointer,
              "/progress/completion_rate");
    EXPECT_EQ(content_error_after([](json& j) { j["derived"]["money_yuan_by_category"]["refunded"] = 0.001; }).pointer,
              "/derived/money_yuan_by_category/refunded");
    EXPECT_EQ(content_error_after([](json& j) { j["contacts"]["items"][0]["kind"] = "fax"; }).pointer,
              "/contacts/items/0/kind");
    EXPECT_EQ(content_error_after([](json& j) { j["contacts"]["phones"][0] = "110"; }).pointer, "/contacts/phones");
    EXPECT_EQ(content_error_after([](json& j) { j["sanctions"][0]["label_span"] = nullptr; }).pointer,
              "/sanctions/0/label_span");
}

TEST(JsonRoundTrip, HostileNestingIsRefusedWithoutCrashing) {
    // A section tree far deeper than any report: refused, not recursed into.
    // "children" is a section's last member, so the text nests by repetition.
    json section = json::parse(zhenggai::to_json(fully_populated_report()))["sections"][0];
    section["children"] = json::array();
    const std::string leaf = section.dump();
    const std::string open = leaf.substr(0, leaf.size() - 2);  // ... "children":[
    ASSERT_EQ(leaf.substr(leaf.size() - 14), "\"children\":[]}");
    std::string sections;
    for (int i = 0; i < 10000; ++i) sections += open;
    for (int i = 0; i < 10000; ++i) sections += "]}";
    std::string doc = zhenggai::to_json(zhenggai::Report{});
    const std::size_t empty_sections = doc.find("\"sections\":[]");
    ASSERT_NE(empty_sections, std::string::npos);
    doc.insert(empty_sections + 12, sections);
    const zhenggai::JsonResult r = zhenggai::from_json(doc);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, JsonError::Kind::syntax);
    EXPECT_NE(r.error().message.find("nested deeper"), std::string::npos) << r.error().message;
    EXPECT_EQ(doc[r.error().offset], '{');

    // Deeper than a report could be, but shallow enough to parse: the reader
    // refuses it at its own depth limit.
    std::string shallower = zhenggai::to_json(zhenggai::Report{});
    std::string nested;
    for (int i = 0; i < 100; ++i) nested += open;
    for (int i = 0; i < 100; ++i) nested += "]}";
    shallower.insert(empty_sections + 12, nested);
    const zhenggai::JsonResult s = zhenggai::from_json(shallower);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().kind, JsonError::Kind::content);
    EXPECT_NE(s.error().message.find("nested deeper"), std::string::npos) << s.error().message;
    EXPECT_EQ(s.error().pointer.substr(0, 24), "/sections/0/children/0/c");

    // Plain JSON nesting a million arrays deep.
    const std::string brackets(1'000'000, '[');
    EXPECT_FALSE(zhenggai::from_json(brackets));
    EXPECT_FALSE(zhenggai::from_json(brackets + std::string(1'000'000, ']')));
}

}  // namespace
