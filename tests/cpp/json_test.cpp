// The JSON form of hand-built Reports: nulls, spans, exact money, dates,
// nested sections, diagnostics, and robustness against bad bytes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>
#include <limits>
#include <string>

#include "full_report.hpp"
#include "input/utf8.hpp"
#include "piece_texts.hpp"
#include "output/json_value.hpp"
#include "zhenggai/parse.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/report.hpp"

namespace {

using nlohmann::json;
using zhenggai::Span;
using zhenggai::Text;

json parsed(const zhenggai::Report& r) { return json::parse(zhenggai::to_json(r)); }

json span(std::uint32_t b, std::uint32_t e) { return json::array({b, e}); }

/// The exact text nlohmann prints for the amount_yuan of `fen`.
std::string yuan_text(std::int64_t fen) { return zhenggai::output::money_yuan_text(fen); }

/// The exact decimal for `fen`, as a person would write it: "71320.5", "0.07", "1629".
std::string exact_yuan(std::int64_t fen) {
    const bool negative = fen < 0;
    const std::uint64_t abs = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
    std::string s = (negative ? "-" : "") + std::to_string(abs / 100);
    const std::uint64_t cents = abs % 100;
    if (cents != 0) {
        s += '.';
        s += static_cast<char>('0' + cents / 10);
        if (cents % 10 != 0) s += static_cast<char>('0' + cents % 10);
    }
    return s;
}

TEST(Json, EmptyReportHasEveryMemberWithNulls) {
    zhenggai::Report r;
    r.source_size = 42;
    const json j = parsed(r);
    EXPECT_EQ(j["schema"], "zhenggai.report/1");
    EXPECT_EQ(j["is_report"], true);
    for (const char* k : {"title", "kind", "rules_established", "overview", "contacts", "signatory", "published_date"}) {
        ASSERT_TRUE(j.contains(k)) << k;
        EXPECT_TRUE(j[k].is_null()) << k;
    }
    for (const char* k : {"authority", "inspecting_body", "inspected_unit", "inspection_start", "inspection_end",
                          "feedback_date", "feedback_recipient", "round"}) {
        ASSERT_TRUE(j["header"].contains(k)) << k;
        EXPECT_TRUE(j["header"][k].is_null()) << k;
    }
    EXPECT_EQ(j["header"]["span"], span(0, 0));
    EXPECT_TRUE(j["header"]["spans"].is_object());
    EXPECT_TRUE(j["header"]["spans"].empty());
    for (const char* k : {"problems_reported", "measures_planned", "problems_completed", "completion_rate"}) {
        ASSERT_TRUE(j["progress"].contains(k)) << k;
        EXPECT_TRUE(j["progress"][k].is_null()) << k;
    }
    EXPECT_TRUE(j["progress"]["spans"].empty());
    for (const char* k : {"sanctions", "money", "sections", "next_steps", "chrome", "diagnostics"}) {
        ASSERT_TRUE(j[k].is_array()) << k;
        EXPECT_TRUE(j[k].empty()) << k;
    }
    EXPECT_EQ(j["source_size"], 42);
}

TEST(Json, SchemaComesFirstAndCompactIsOneLine) {
    zhenggai::Report r;
    r.title = Text{"关于巡视整改进展情况的通报", {0, 39}};
    const std::string s = zhenggai::to_json(r);
    EXPECT_EQ(s.rfind("{\"schema\":\"zhenggai.report/1\"", 0), 0U) << s.substr(0, 60);
    EXPECT_EQ(s.find('\n'), std::string::npos);
    // Chinese text is written as UTF-8, not \u escapes.
    EXPECT_NE(s.find("关于巡视整改进展情况的通报"), std::string::npos);

    const std::string pretty = zhenggai::to_json(r, {.indent = 2});
    EXPECT_NE(pretty.find("\n  \"schema\""), std::string::npos);
    EXPECT_EQ(json::parse(pretty), json::parse(s));
}

TEST(Json, HeaderValuesDatesAndSpans) {
    zhenggai::Report r;
    r.kind = zhenggai::InspectionKind::xunshi;
    auto& h = r.header;
    h.authority = Text{"省委", {10, 16}};
    h.inspecting_body = Text{"省委第三巡视组", {20, 41}};
    h.inspection_start = zhenggai::DatedValue{zhenggai::Date(2021, 3, 5), {50, 60}, false};
    h.inspection_end = zhenggai::DatedValue{zhenggai::Date(2021, 5, 20), {61, 70}, true};
    h.feedback_date = zhenggai::DatedValue{zhenggai::Date(1400, 1, 2), {80, 90}, false};
    h.span = {0, 200};
    const json j = parsed(r);
    EXPECT_EQ(j["kind"], "巡视");
    EXPECT_EQ(j["header"]["authority"], "省委");
    EXPECT_EQ(j["header"]["inspecting_body"], "省委第三巡视组");
    EXPECT_TRUE(j["header"]["inspected_unit"].is_null());
    EXPECT_EQ(j["header"]["inspection_start"], "2021-03-05");
    EXPECT_EQ(j["header"]["inspection_end"], "2021-05-20");
    EXPECT_EQ(j["header"]["feedback_date"], "1400-01-02");  // zero-padded, no locale
    EXPECT_EQ(j["header"]["span"], span(0, 200));
    const json& spans = j["header"]["spans"];
    EXPECT_EQ(spans.size(), 5U);  // one per present field
    EXPECT_EQ(spans["authority"], span(10, 16));
    EXPECT_EQ(spans["inspecting_body"], span(20, 41));
    EXPECT_EQ(spans["inspection_start"], span(50, 60));
    EXPECT_EQ(spans["inspection_end"], span(61, 70));
    EXPECT_EQ(spans["feedback_date"], span(80, 90));
    EXPECT_FALSE(spans.contains("inspected_unit"));
    EXPECT_EQ(j["header"]["year_inferred"], json::array({"inspection_end"}));

    r.kind = zhenggai::InspectionKind::xuncha;
    EXPECT_EQ(parsed(r)["kind"], "巡察");
}

TEST(Json, SpecialDateIsNull) {
    zhenggai::Report r;
    r.published_date = zhenggai::DatedValue{zhenggai::Date(boost::gregorian::not_a_date_time), {1, 2}, false};
    EXPECT_TRUE(parsed(r)["published_date"].is_null());
}

TEST(Json, ProgressCountsAndCompletionRate) {
    zhenggai::Report r;
    r.progress.problems_reported = zhenggai::Count{46, false, {100, 110}};
    r.progress.measures_planned = zhenggai::Count{160, true, {120, 130}};
    r.progress.completion_rate = zhenggai::Percentage{{9348, 2}, {140, 146}};
    const json j = parsed(r);
    EXPECT_EQ(j["progress"]["problems_reported"], 46);
    EXPECT_TRUE(j["progress"]["problems_reported"].is_number_integer());
    EXPECT_EQ(j["progress"]["measures_planned"], 160);
    EXPECT_TRUE(j["progress"]["problems_completed"].is_null());
    EXPECT_TRUE(j["progress"]["completion_rate"].is_number());
    EXPECT_EQ(j["progress"]["spans"]["completion_rate"], span(140, 146));
    EXPECT_EQ(j["progress"]["spans"].size(), 3U);
    EXPECT_EQ(j["progress"]["approximate"], json::array({"measures_planned"}));
    const std::string s = zhenggai::to_json(r);
    EXPECT_NE(s.find("\"completion_rate\":93.48,"), std::string::npos) << s;

    // Exact printing of a few awkward decimals.
    EXPECT_EQ(zhenggai::output::decimal_text({1, 1}), "0.1");
    EXPECT_EQ(zhenggai::output::decimal_text({3, 1}), "0.3");
    EXPECT_EQ(zhenggai::output::decimal_text({10000, 2}), "100.0");
    EXPECT_EQ(zhenggai::output::decimal_text({100, 0}), "100.0");
    EXPECT_EQ(zhenggai::output::decimal_text({9999, 2}), "99.99");
    EXPECT_EQ(zhenggai::output::decimal_text({12345, 3}), "12.345");
}

TEST(Json, MoneyIsExact) {
    zhenggai::Report r;
    r.money.push_back({zhenggai::MoneyCategory::refunded, Text{"清退", {0, 6}}, 7132050, Text{"71320.5元", {6, 16}}, false, {0, 16}});
    r.money.push_back({zhenggai::MoneyCategory::recovered, Text{"追缴", {20, 26}}, 162900, Text{"16.29万元", {26, 38}}, true, {20, 38}});
    r.money.push_back({zhenggai::MoneyCategory::other, Text{"收回", {40, 46}}, 1, Text{"0.01元", {46, 53}}, false, {40, 53}});
    const json j = parsed(r);
    ASSERT_EQ(j["money"].size(), 3U);
    const json& m = j["money"][0];
    EXPECT_EQ(m["category"], "refunded");
    EXPECT_EQ(m["label"], "清退");
    EXPECT_EQ(m["amount_fen"], 7132050);
    EXPECT_EQ(m["amount_yuan"], 71320.5);
    EXPECT_EQ(m["text"], "71320.5元");
    EXPECT_EQ(m["approximate"], false);
    EXPECT_EQ(m["span"], span(0, 16));
    EXPECT_TRUE(j["money"][1]["amount_yuan"].is_number_integer());
    EXPECT_EQ(j["money"][1]["amount_yuan"], 1629);
    EXPECT_EQ(j["money"][1]["amount_fen"], 162900);
    EXPECT_EQ(j["money"][1]["approximate"], true);

    const std::string s = zhenggai::to_json(r);
    EXPECT_NE(s.find("\"amount_yuan\":71320.5,\"amount_fen\":7132050,"), std::string::npos) << s;
    EXPECT_NE(s.find("\"amount_yuan\":1629,\"amount_fen\":162900,"), std::string::npos) << s;
    EXPECT_NE(s.find("\"amount_yuan\":0.01,\"amount_fen\":1,"), std::string::npos) << s;

    EXPECT_EQ(yuan_text(7132050), "71320.5");
    EXPECT_EQ(yuan_text(162900), "1629");
    EXPECT_EQ(yuan_text(1), "0.01");
    EXPECT_EQ(yuan_text(7), "0.07");
    EXPECT_EQ(yuan_text(0), "0");
    EXPECT_EQ(yuan_text(-250), "-2.5");
    EXPECT_EQ(yuan_text(500575000000), "5005750000");  // 5005.75亿元
    EXPECT_EQ(yuan_text(50057500), "500575");          // 50.0575万元
}

TEST(Json, MoneyYuanPrintsExactlyOverAWideRange) {
    // Every cent value in small ranges, and a spread up to 10^15 fen (10^13 yuan).
    for (std::int64_t fen = -1000; fen <= 100000; ++fen) ASSERT_EQ(yuan_text(fen), exact_yuan(fen)) << fen;
    std::uint64_t x = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 200000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const std::int64_t fen = static_cast<std::int64_t>(x % 1000000000000000ULL);
        ASSERT_EQ(yuan_text(fen), exact_yuan(fen)) << fen;
    }
    for (std::int64_t base = 1; base < 1000000000000000LL; base *= 10) {
        for (std::int64_t d = -99; d <= 99; ++d) {
            const std::int64_t fen = base * 7 + d;
            ASSERT_EQ(yuan_text(fen), exact_yuan(fen)) << fen;
        }
    }
    // Whole yuan stay integers all the way up.
    constexpr std::int64_t big = std::numeric_limits<std::int64_t>::max() / 100 * 100;
    EXPECT_EQ(yuan_text(big), std::to_string(big / 100));
}

TEST(Json, SanctionsWithBreakdown) {
    zhenggai::Report r;
    zhenggai::Sanction s;
    s.category = zhenggai::SanctionCategory::party_discipline;
    s.label = Text{"党纪处分", {0, 12}};
    s.count = zhenggai::Count{48, false, {12, 14}};
    s.unit = zhenggai::SanctionUnit::people;
    s.span = {0, 60};
    s.breakdown.push_back({zhenggai::SanctionCategory::expulsion_from_party, Text{"开除党籍", {20, 32}}, zhenggai::Count{15, true, {32, 34}}, {20, 37}});
    r.sanctions.push_back(s);
    const json j = parsed(r);
    ASSERT_EQ(j["sanctions"].size(), 1U);
    const json& o = j["sanctions"][0];
    EXPECT_EQ(o["category"], "party_discipline");
    EXPECT_EQ(o["label"], "党纪处分");
    EXPECT_EQ(o["count"], 48);
    EXPECT_EQ(o["unit"], "人");
    EXPECT_EQ(o["approximate"], false);
    EXPECT_EQ(o["span"], span(0, 60));
    ASSERT_EQ(o["breakdown"].size(), 1U);
    const json& d = o["breakdown"][0];
    EXPECT_EQ(d["category"], "expulsion_from_party");
    EXPECT_EQ(d["label"], "开除党籍");
    EXPECT_EQ(d["count"], 15);
    EXPECT_EQ(d["approximate"], true);
    EXPECT_EQ(d["span"], span(20, 37));
}

TEST(Json, NestedSections) {
    zhenggai::Section child;
    child.marker = "（一）";
    child.label = "（一）";
    child.ordinal = 1;
    child.level = 2;
    child.title = Text{"加强党的领导", {130, 148}};
    child.problem = Text{"党的领导弱化", {135, 153}};
    child.text = Text{"正文", {160, 166}};
    child.span = {120, 200};
    zhenggai::Section grandchild;
    grandchild.marker = "1.";
    grandchild.label = "1";
    grandchild.ordinal = 1;
    grandchild.level = 3;
    grandchild.span = {170, 200};
    child.children.push_back(grandchild);

    zhenggai::Section top;
    top.marker = "一、";
    top.label = "一";
    top.ordinal = 1;
    top.level = 1;
    top.title = Text{"整改工作", {106, 118}};
    top.span = {100, 200};
    top.children.push_back(child);

    zhenggai::Report r;
    r.sections.push_back(top);
    const json j = parsed(r);
    ASSERT_EQ(j["sections"].size(), 1U);
    const json& s = j["sections"][0];
    EXPECT_EQ(s["marker"], "一、");
    EXPECT_EQ(s["label"], "一");
    EXPECT_EQ(s["ordinal"], 1);
    EXPECT_EQ(s["level"], 1);
    EXPECT_EQ(s["title"], "整改工作");
    EXPECT_TRUE(s["problem"].is_null());
    EXPECT_EQ(s["text"], "");
    EXPECT_EQ(s["span"], span(100, 200));
    EXPECT_EQ(s["title_span"], span(106, 118));
    ASSERT_EQ(s["children"].size(), 1U);
    const json& c = s["children"][0];
    EXPECT_EQ(c["marker"], "（一）");
    EXPECT_EQ(c["level"], 2);
    EXPECT_EQ(c["problem"], "党的领导弱化");
    EXPECT_EQ(c["problem_span"], span(135, 153));
    EXPECT_EQ(c["text"], "正文");
    ASSERT_EQ(c["children"].size(), 1U);
    EXPECT_EQ(c["children"][0]["label"], "1");
    EXPECT_EQ(c["children"][0]["level"], 3);
    EXPECT_TRUE(c["children"][0]["children"].empty());
}

TEST(Json, NextStepsOverviewChromeSignatory) {
    zhenggai::Report r;
    r.overview = Text{"概述", {10, 16}};
    r.next_steps.push_back({"一是", 1, Text{"持续深化", {300, 312}}, Text{"一是持续深化。", {294, 315}}, {294, 315}});
    r.chrome.push_back(Text{"首页 > 通知公告", {0, 9}});
    r.signatory = Text{"中共某某市委", {400, 418}};
    r.published_date = zhenggai::DatedValue{zhenggai::Date(2022, 1, 9), {420, 440}, true};
    r.rules_established = zhenggai::Count{37, true, {250, 255}};
    const json j = parsed(r);
    EXPECT_EQ(j["overview"], json({{"text", "概述"}, {"span", span(10, 16)}}));
    ASSERT_EQ(j["next_steps"].size(), 1U);
    EXPECT_EQ(j["next_steps"][0]["marker"], "一是");
    EXPECT_EQ(j["next_steps"][0]["ordinal"], 1);
    EXPECT_EQ(j["next_steps"][0]["title"], "持续深化");
    EXPECT_EQ(j["next_steps"][0]["text"], "一是持续深化。");
    EXPECT_EQ(j["next_steps"][0]["span"], span(294, 315));
    EXPECT_EQ(j["chrome"], json::array({json({{"text", "首页 > 通知公告"}, {"span", span(0, 9)}})}));
    EXPECT_EQ(j["signatory"], "中共某某市委");
    EXPECT_EQ(j["published_date"], "2022-01-09");
    EXPECT_EQ(j["rules_established"], 37);
    EXPECT_EQ(j["spans"]["signatory"], span(400, 418));
    EXPECT_EQ(j["spans"]["published_date"], span(420, 440));
    EXPECT_EQ(j["spans"]["rules_established"], span(250, 255));
    EXPECT_FALSE(j["spans"].contains("title"));
    EXPECT_EQ(j["approximate"], json::array({"rules_established"}));
    EXPECT_EQ(j["year_inferred"], json::array({"published_date"}));
}

TEST(Json, ContactsWithItemsInSourceOrder) {
    zhenggai::Report r;
    zhenggai::Contacts c;
    c.phones = {Text{"0573-12345678", {500, 513}}, Text{"12388", {560, 565}}};
    c.emails = {Text{"jb@example.cn", {520, 533}}};
    c.postal_address = Text{"某某路1号", {540, 553}};
    c.postcode = Text{"314000", {554, 560}};
    c.span = {490, 570};
    r.contacts = c;
    const json j = parsed(r);
    const json& o = j["contacts"];
    EXPECT_EQ(o["phones"], json::array({"0573-12345678", "12388"}));
    EXPECT_EQ(o["emails"], json::array({"jb@example.cn"}));
    EXPECT_EQ(o["websites"], json::array());
    EXPECT_EQ(o["postal_address"], "某某路1号");
    EXPECT_EQ(o["postcode"], "314000");
    EXPECT_EQ(o["span"], span(490, 570));
    ASSERT_EQ(o["items"].size(), 5U);
    const char* kinds[] = {"phone", "email", "postal_address", "postcode", "phone"};
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(o["items"][i]["kind"], kinds[i]) << i;
    EXPECT_EQ(o["items"][4]["value"], "12388");
    EXPECT_EQ(o["items"][4]["span"], span(560, 565));
}

TEST(Json, Diagnostics) {
    zhenggai::Report r;
    r.diagnostics.push_back({zhenggai::Severity::info, "year-inferred", "year taken from 2021年3月5日", {5, 9}});
    r.diagnostics.push_back({zhenggai::Severity::warning, "invalid-utf8", "invalid UTF-8", {7, 8}});
    r.diagnostics.push_back({zhenggai::Severity::error, "count-mismatch", "46 ≠ 45", {10, 20}});
    const json j = parsed(r);
    ASSERT_EQ(j["diagnostics"].size(), 3U);
    EXPECT_EQ(j["diagnostics"][0],
              json({{"severity", "info"}, {"code", "year-inferred"}, {"message", "year taken from 2021年3月5日"},
                    {"span", span(5, 9)}}));
    EXPECT_EQ(j["diagnostics"][1]["severity"], "warning");
    EXPECT_EQ(j["diagnostics"][2]["severity"], "error");
    EXPECT_EQ(j["diagnostics"][2]["span"], span(10, 20));

    const json d = json::parse(zhenggai::diagnostics_to_json(r));
    EXPECT_EQ(d, j["diagnostics"]);
    zhenggai::Report empty;
    EXPECT_EQ(zhenggai::diagnostics_to_json(empty), "[]");
}

TEST(Json, InvalidUtf8NeverThrows) {
    zhenggai::Report r;
    r.title = Text{std::string("ab\xFF\xC3(\xE4\xB8", 7), {0, 7}};
    r.diagnostics.push_back({zhenggai::Severity::warning, "x", std::string("\x80\x80"), {0, 1}});
    std::string s;
    ASSERT_NO_THROW(s = zhenggai::to_json(r));
    ASSERT_NO_THROW(s = zhenggai::to_json(r, {.indent = 4}));
    ASSERT_NO_THROW((void)zhenggai::diagnostics_to_json(r));
    json j;
    ASSERT_NO_THROW(j = json::parse(s));  // the output is valid UTF-8 JSON
    const std::string title = j["title"];
    EXPECT_EQ(title.substr(0, 2), "ab");
    EXPECT_NE(title.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
}

TEST(Json, ControlCharactersAreEscaped) {
    zhenggai::Report r;
    r.title = Text{std::string("a\nb\"c\\d\x01", 8), {0, 8}};
    const std::string s = zhenggai::to_json(r);
    EXPECT_NE(s.find(R"("title":"a\nb\"c\\d\u0001")"), std::string::npos) << s;
    EXPECT_EQ(json::parse(s)["title"], std::string("a\nb\"c\\d\x01", 8));
}

// The writer streams JSON text itself; nlohmann is the reference for its
// format: the same document printed by nlohmann's dump() is the same bytes,
// compact and indented, for whole parsed reports and for awkward strings.
TEST(Json, WriterPrintsWhatNlohmannPrints) {
    std::vector<zhenggai::Report> reports;
    reports.push_back(zhenggai::fixtures::fully_populated_report());
    reports.emplace_back();
    zhenggai::Report awkward;
    static constexpr char controls[] = "\t\"q\"\\/\x7f\x01\x1f\b\f\r\n\xE2\x80\xA8 \xFF\xC3 \xF0\x9F\x98\x80";
    static constexpr char surrogate[] = "\xED\xA0\x80 lone surrogate";
    awkward.title = Text{std::string(controls, sizeof controls - 1), {0, sizeof controls - 1}};
    awkward.signatory = Text{std::string(surrogate, sizeof surrogate - 1), {0, sizeof surrogate - 1}};
    reports.push_back(awkward);
    const std::filesystem::path data = std::filesystem::path(ZHENGGAI_SOURCE_DIR) / "tests/data";
    for (const auto& entry : std::filesystem::directory_iterator(data)) {
        if (entry.path().extension() != ".txt") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        reports.push_back(zhenggai::parse(text.str()));
    }
    ASSERT_GT(reports.size(), 10U);
    for (const zhenggai::Report& r : reports) {
        for (const int indent : {-1, 0, 2, 4}) {
            const std::string written = zhenggai::to_json(r, {.indent = indent});
            const auto reference = nlohmann::ordered_json::parse(written);
            EXPECT_EQ(written, reference.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
                << "indent " << indent << ", title " << r.title.value_or(Text{}).value;
        }
        const std::string diagnostics = zhenggai::diagnostics_to_json(r, {.indent = 2});
        EXPECT_EQ(diagnostics, nlohmann::ordered_json::parse(diagnostics).dump(2));
    }
}

// Strings of every kind of byte — plain ASCII runs longer and shorter than
// the writer's eight-byte steps, escapes at every offset, CJK, four-byte
// characters, broken and overlong sequences — come out as nlohmann writes
// the same string (invalid sequences replaced by U+FFFD as it replaces them).
TEST(Json, StringsAreEscapedAsNlohmannEscapesThem) {
    static constexpr std::string_view pieces[] = {
        "a", "plain ascii text ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", " ",
        "整改", "\xEF\xBC\x8C", "\xE2\x80\xA8", "\xF0\x9F\x98\x80", "\xC3\xA9", "\xED\x9F\xBF",
        "\xFF", "\xC3", "\xE4\xB8", "\xED\xA0\x80", "\xC0\xAF", "\xE0\x80\x80", "\xF4\x90\x80\x80", "\x80",
    };
    zhenggai::testing::PieceTexts texts(0x9E3779B97F4A7C15ULL);
    for (int round = 0; round < 3000; ++round) {
        const std::string value = texts.next(pieces, 12);
        zhenggai::Report r;
        r.title = Text{value, {0, static_cast<std::uint32_t>(value.size())}};
        const std::string expected =
            "\"title\":" + json(value).dump(-1, ' ', false, json::error_handler_t::replace) + ",";
        const std::string written = zhenggai::to_json(r);
        EXPECT_NE(written.find(expected), std::string::npos)
            << "value " << json(value).dump(-1, ' ', true, json::error_handler_t::replace);
        bool valid = true;
        for (std::size_t i = 0; i < value.size() && valid;) {
            const auto d = zhenggai::input::decode_utf8(value, i);
            valid = static_cast<unsigned char>(value[i]) < 0x80 || d.valid;
            i += static_cast<unsigned char>(value[i]) < 0x80 ? 1 : d.length;
        }
        EXPECT_EQ(zhenggai::input::is_valid_utf8(value), valid);
    }
}

}  // namespace
