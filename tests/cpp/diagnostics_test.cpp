// The diagnostic catalogue (zhenggai/diagnostic_codes.hpp), its documentation
// (docs/diagnostics.md), its fixtures (tests/data/diagnostics/CODE.txt), the
// capped sink every stage writes through, and the name tables of the model's
// closed sets (zhenggai/enums.hpp) against docs/schema/report.schema.json.
//
// ZHENGGAI_UPDATE_DOCS=1 rewrites the catalogue table of docs/diagnostics.md
// instead of failing on a difference.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "input/diagnostic_sink.hpp"
#include "input/document.hpp"
#include "zhenggai/diagnostic_codes.hpp"
#include "zhenggai/enums.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"

namespace {

namespace fs = std::filesystem;
using zhenggai::DiagnosticCode;
using zhenggai::DiagnosticInfo;
using zhenggai::kDiagnosticCatalogue;

const fs::path source_dir(ZHENGGAI_SOURCE_DIR);

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Codes no input file triggers: a text over 4 GiB, load_as() with a converter
// name that does not exist, an exception inside the parser, a report past the
// total limit (driven below through the sink itself).
const std::set<std::string> kNoFixture = {"input-too-large", "unknown-encoding", "internal-error",
                                          "too-many-diagnostics"};

// ------------------------------------------------------------- catalogue ---

TEST(DiagnosticCatalogue, CodesAreKebabCaseAndUnique) {
    std::set<std::string> seen;
    for (const DiagnosticInfo& d : kDiagnosticCatalogue) {
        const std::string name = d.name;
        EXPECT_TRUE(seen.insert(name).second) << name << " twice";
        ASSERT_FALSE(name.empty());
        EXPECT_NE(name.front(), '-') << name;
        EXPECT_NE(name.back(), '-') << name;
        EXPECT_EQ(name.find("--"), std::string::npos) << name;
        for (const char c : name) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << name;
        EXPECT_TRUE(*d.message) << name << " has no message";
        EXPECT_TRUE(*d.doc) << name << " has no documentation line";
        EXPECT_GE(d.per_code, 1u) << name;
        EXPECT_EQ(zhenggai::from_string<DiagnosticCode>(name), d.value) << name;
        EXPECT_STREQ(zhenggai::to_string(d.value), d.name);
    }
    EXPECT_FALSE(zhenggai::from_string<DiagnosticCode>("no-such-code").has_value());
}

/// The catalogue as the table docs/diagnostics.md holds.
std::string catalogue_table() {
    std::string t = "| code | severity | meaning | message |\n|---|---|---|---|\n";
    for (const DiagnosticInfo& d : kDiagnosticCatalogue) {
        t += "| `" + std::string(d.name) + "` | " + zhenggai::to_string(d.severity) + " | " + d.doc + " | " +
             d.message + " |\n";
    }
    return t;
}

constexpr std::string_view kTableBegin = "<!-- catalogue -->\n";
constexpr std::string_view kTableEnd = "<!-- end of catalogue -->\n";

TEST(DiagnosticCatalogue, DocsListEveryCodeWithItsSeverityAndMeaning) {
    const fs::path doc = source_dir / "docs" / "diagnostics.md";
    std::string text = read_file(doc);
    const std::size_t b = text.find(kTableBegin);
    const std::size_t e = text.find(kTableEnd);
    ASSERT_NE(b, std::string::npos) << doc << " has no " << kTableBegin;
    ASSERT_NE(e, std::string::npos) << doc << " has no " << kTableEnd;
    ASSERT_LT(b, e);
    const std::string written = text.substr(b + kTableBegin.size(), e - b - kTableBegin.size());
    const std::string expected = catalogue_table();
    if (written != expected && std::getenv("ZHENGGAI_UPDATE_DOCS") != nullptr) {
        text.replace(b + kTableBegin.size(), e - b - kTableBegin.size(), expected);
        std::ofstream(doc, std::ios::binary) << text;
        return;
    }
    EXPECT_EQ(written, expected) << "docs/diagnostics.md disagrees with the catalogue; the table should read:\n"
                                 << expected;
}

// -------------------------------------------------------------- fixtures ---

TEST(DiagnosticCatalogue, EveryCodeHasAFixtureThatTriggersIt) {
    const fs::path dir = source_dir / "tests" / "data" / "diagnostics";
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    for (const DiagnosticInfo& info : kDiagnosticCatalogue) {
        const std::string code = info.name;
        const fs::path fixture = dir / (code + ".txt");
        if (kNoFixture.count(code) != 0) {
            EXPECT_FALSE(fs::exists(fixture)) << code << " has a fixture: drop it from kNoFixture";
            continue;
        }
        if (!fs::exists(fixture)) {
            ADD_FAILURE() << code << " has no fixture " << fixture << " (scripts/make-diagnostic-fixtures)";
            continue;
        }
        const zhenggai::Report r = zhenggai::parse_bytes(read_file(fixture));
        const auto mine = std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                        [&](const zhenggai::Diagnostic& d) { return d.code == code; });
        EXPECT_GE(mine, 1) << fixture << " does not trigger " << code;
        for (const zhenggai::Diagnostic& d : r.diagnostics) {
            if (d.code != code) continue;
            EXPECT_EQ(d.severity, info.severity) << code;
            EXPECT_FALSE(d.message.empty()) << code;
            EXPECT_EQ(d.message.find("{}"), std::string::npos) << code << ": unfilled template: " << d.message;
        }
    }
    // Every fixture is named after a code (clean.txt is the unchanged report).
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".txt" || e.path().stem() == "clean") continue;
        EXPECT_TRUE(zhenggai::from_string<DiagnosticCode>(e.path().stem().string()).has_value())
            << e.path() << " names no catalogue code";
    }
}

TEST(DiagnosticCatalogue, CleanFixtureHasNoWarning) {
    const zhenggai::Report r = zhenggai::parse_bytes(read_file(source_dir / "tests/data/diagnostics/clean.txt"));
    for (const zhenggai::Diagnostic& d : r.diagnostics)
        EXPECT_EQ(d.severity, zhenggai::Severity::info) << d.code << ": " << d.message;
}

// ------------------------------------------------------------------ sink ---

TEST(DiagnosticSink, TakesSeverityAndMessageFromTheCatalogue) {
    std::vector<zhenggai::Diagnostic> out;
    zhenggai::input::DiagnosticSink sink(out);
    sink.add<DiagnosticCode::heading_sequence>(zhenggai::Span{3, 6}, 4, 3);
    sink.add<DiagnosticCode::date_year_inferred>(zhenggai::Span{0, 2}, "the feedback date", 2024);
    sink.add<DiagnosticCode::progress_exceeds_total>(zhenggai::Span{1, 1});
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].code, "heading-sequence");
    EXPECT_EQ(out[0].severity, zhenggai::Severity::warning);
    EXPECT_EQ(out[0].message, "heading numbered 4 where 3 was expected");
    EXPECT_EQ(out[0].span, (zhenggai::Span{3, 6}));
    EXPECT_EQ(out[1].code, "date-year-inferred");
    EXPECT_EQ(out[1].severity, zhenggai::Severity::info);
    EXPECT_EQ(out[1].message, "the feedback date: year 2024 taken from the preceding date");
    EXPECT_EQ(out[2].message, "more problems completed than reported");
}

TEST(DiagnosticSink, CapsEachCodeThenSummarisesOnce) {
    std::vector<zhenggai::Diagnostic> out;
    zhenggai::input::DiagnosticSink sink(out);
    for (int i = 0; i < 200; ++i) sink.add<DiagnosticCode::unclassified_text>(zhenggai::Span{0, 1});
    for (int i = 0; i < 200; ++i) sink.add<DiagnosticCode::invalid_utf8>(zhenggai::Span{0, 1});
    const auto count = [&](std::string_view code) {
        return std::count_if(out.begin(), out.end(), [&](const zhenggai::Diagnostic& d) { return d.code == code; });
    };
    EXPECT_EQ(count("unclassified-text"), zhenggai::kDiagnosticsPerCode + 1);
    EXPECT_EQ(count("invalid-utf8"), 33);  // its own limit, 32, then the summary
    const zhenggai::Diagnostic& summary = out[zhenggai::kDiagnosticsPerCode];
    EXPECT_EQ(summary.severity, zhenggai::Severity::info);
    EXPECT_EQ(summary.message, "further 'unclassified-text' diagnostics omitted");
    EXPECT_FALSE(sink.admits(DiagnosticCode::unclassified_text));
    EXPECT_TRUE(sink.admits(DiagnosticCode::heading_sequence));
}

TEST(DiagnosticSink, CountsWhatTheListAlreadyHolds) {
    std::vector<zhenggai::Diagnostic> out;
    for (int i = 0; i < 40; ++i) out.push_back({zhenggai::Severity::info, "unclassified-text", "x", {}});
    zhenggai::input::DiagnosticSink sink(out);
    for (int i = 0; i < 40; ++i) sink.add<DiagnosticCode::unclassified_text>(zhenggai::Span{});
    EXPECT_EQ(out.size(), zhenggai::kDiagnosticsPerCode + 1);
}

TEST(DiagnosticSink, StopsAtTheTotalLimitWithOneNote) {
    std::vector<zhenggai::Diagnostic> out;
    zhenggai::input::DiagnosticSink sink(out);
    // Many codes, each below its own cap, together past the total.
    for (int round = 0; round < 50; ++round) {
        sink.add<DiagnosticCode::heading_sequence>(zhenggai::Span{}, round, round);
        sink.add<DiagnosticCode::unclassified_text>(zhenggai::Span{});
        sink.add<DiagnosticCode::date_invalid>(zhenggai::Span{}, "a date");
        sink.add<DiagnosticCode::date_imprecise>(zhenggai::Span{}, "a date");
        sink.add<DiagnosticCode::date_year_unknown>(zhenggai::Span{}, "a date");
        sink.add<DiagnosticCode::date_damaged>(zhenggai::Span{}, "a date");
        sink.add<DiagnosticCode::date_year_inferred>(zhenggai::Span{}, "a date", 2020);
        sink.add<DiagnosticCode::breakdown_cut_off>(zhenggai::Span{}, "党纪处分");
        sink.add<DiagnosticCode::money_not_exact>(zhenggai::Span{}, "is not a whole number of fen");
        sink.add<DiagnosticCode::duplicate_section>(zhenggai::Span{}, "title");
        sink.add<DiagnosticCode::breakdown_sum_mismatch>(zhenggai::Span{}, "党纪处分", 3, 4);
    }
    ASSERT_EQ(out.size(), zhenggai::kDiagnosticsTotal + 1);
    EXPECT_EQ(out.back().code, "too-many-diagnostics");
    EXPECT_EQ(out.back().message, "further diagnostics omitted: a report lists at most 500");
    EXPECT_EQ(std::count_if(out.begin(), out.end(),
                            [](const zhenggai::Diagnostic& d) { return d.code == "too-many-diagnostics"; }),
              1);
    EXPECT_FALSE(sink.admits(DiagnosticCode::progress_exceeds_total));
}

TEST(DiagnosticSink, DocumentWritesThroughIt) {
    std::vector<zhenggai::Diagnostic> diags;
    const std::string src = "甲\xFF乙";
    const zhenggai::input::Document doc(src, diags);
    ASSERT_EQ(diags.size(), 1u);  // the normaliser's invalid-utf8, through the same sink
    EXPECT_EQ(diags[0].code, "invalid-utf8");
    for (int i = 0; i < 100; ++i) doc.diagnose<DiagnosticCode::header_missing>(zhenggai::input::Range{0, 3});
    EXPECT_EQ(diags.size(), 1u + zhenggai::input::Document::kMaxPerCode + 1);
    EXPECT_EQ(&doc.sink().diagnostics(), &diags);
}

// ---------------------------------------------------- enums and the schema ---

template <class E>
std::vector<std::string> names_of() {
    std::vector<std::string> v;
    for (const auto& n : zhenggai::enum_names(E{})) {
        v.emplace_back(n.name);
        EXPECT_EQ(zhenggai::to_string(n.value), v.back());
        EXPECT_EQ(zhenggai::from_string<E>(n.name), n.value) << n.name;
    }
    EXPECT_FALSE(zhenggai::from_string<E>("not a name").has_value());
    return v;
}

/// The strings of a schema node's enum, through a "#/$defs/…" reference.
std::vector<std::string> schema_enum(const nlohmann::json& schema, const nlohmann::json& node) {
    if (node.contains("$ref")) {
        const std::string ref = node.at("$ref").get<std::string>();
        EXPECT_TRUE(ref.starts_with("#/$defs/")) << ref;
        return schema_enum(schema, schema.at("$defs").at(ref.substr(8)));
    }
    std::vector<std::string> v;
    for (const auto& x : node.at("enum"))
        if (x.is_string()) v.push_back(x.get<std::string>());
    return v;
}

TEST(Enums, NamesRoundTripAndMatchTheSchema) {
    const nlohmann::json schema = nlohmann::json::parse(read_file(source_dir / "docs/schema/report.schema.json"));
    const nlohmann::json& defs = schema.at("$defs");
    const nlohmann::json& props = schema.at("properties");
    EXPECT_EQ(schema_enum(schema, props.at("kind")), names_of<zhenggai::InspectionKind>());
    EXPECT_EQ(schema_enum(schema, props.at("encoding")), names_of<zhenggai::Encoding>());
    EXPECT_EQ(schema_enum(schema, defs.at("sanction").at("properties").at("unit")), names_of<zhenggai::SanctionUnit>());
    EXPECT_EQ(schema_enum(schema, defs.at("sanction").at("properties").at("category")),
              names_of<zhenggai::SanctionCategory>());
    EXPECT_EQ(schema_enum(schema, defs.at("sanction_detail").at("properties").at("category")),
              names_of<zhenggai::SanctionCategory>());
    EXPECT_EQ(schema_enum(schema, defs.at("money").at("properties").at("category")), names_of<zhenggai::MoneyCategory>());
    EXPECT_EQ(schema_enum(schema, defs.at("diagnostic").at("properties").at("severity")), names_of<zhenggai::Severity>());
}

TEST(Enums, DocumentedNamesStayAsTheyWere) {
    EXPECT_STREQ(zhenggai::to_string(zhenggai::InspectionKind::xunshi), "巡视");
    EXPECT_STREQ(zhenggai::to_string(zhenggai::InspectionKind::xuncha), "巡察");
    EXPECT_STREQ(zhenggai::to_string(zhenggai::Encoding::utf8_bom), "utf-8-bom");
    EXPECT_STREQ(zhenggai::to_string(zhenggai::Encoding::utf16be), "utf-16be");
    EXPECT_STREQ(zhenggai::to_string(zhenggai::SanctionUnit::people), "人");
    EXPECT_STREQ(zhenggai::to_string(zhenggai::SanctionUnit::cases), "件");
    EXPECT_STREQ(zhenggai::to_string(zhenggai::SanctionCategory::transferred_to_discipline_commission),
                 "transferred_to_discipline_commission");
    EXPECT_STREQ(zhenggai::to_string(zhenggai::MoneyCategory::losses_recovered), "losses_recovered");
    EXPECT_STREQ(zhenggai::to_string(zhenggai::Severity::warning), "warning");
}

// What load() can report is exactly the Encoding set.
TEST(Enums, LoadReportsOnlyKnownEncodings) {
    for (const std::string& bytes : {std::string("abc"), std::string("\xEF\xBB\xBF" "abc"),
                                     std::string("\xFF\xFE" "a\0b\0", 6), std::string("\xFE\xFF\0a\0b", 6),
                                     std::string("\xD5\xFB\xB8\xC4\xB9\xA4\xD7\xF7\xC7\xE9\xBF\xF6")}) {
        const zhenggai::LoadedText l = zhenggai::load(bytes);
        EXPECT_TRUE(zhenggai::from_string<zhenggai::Encoding>(l.encoding).has_value()) << l.encoding;
        EXPECT_STREQ(zhenggai::to_string(zhenggai::parse_bytes(bytes).encoding), l.encoding.c_str());
    }
}

}  // namespace
