// The model: what a rectification progress report says, as plain typed data.
//
// Every value carries the Span it was read from, so a user can always go back
// to the words in the source. The model knows nothing of grammars, JSON or
// Python; those layers depend on it, never the other way round.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "zhenggai/diagnostic.hpp"
#include "zhenggai/enums.hpp"

namespace zhenggai {

using Date = boost::gregorian::date;

/// A piece of text as written in the source (full-width stays full-width).
struct Text {
    std::string value;
    Span span;
};

/// A calendar date read from the text. Only exact days become a DatedValue;
/// month-level or ten-day-level periods (`5月上旬`) stay empty with a diagnostic.
struct DatedValue {
    Date value;
    Span span;
    bool year_inferred = false;  ///< the year was taken from an earlier date
};

/// A whole count of people, cases, problems or measures.
struct Count {
    std::int64_t value = 0;
    bool approximate = false;  ///< written with 余 / 多 ("40余项")
    Span span;
};

/// A decimal number kept exactly: value = units / 10^scale (93.48 -> {9348, 2}).
struct Decimal {
    std::int64_t units = 0;
    std::uint8_t scale = 0;

    [[nodiscard]] double to_double() const noexcept {
        double d = static_cast<double>(units);
        for (std::uint8_t i = 0; i < scale; ++i) d /= 10.0;
        return d;
    }
    friend bool operator==(const Decimal&, const Decimal&) = default;
};

struct Percentage {
    Decimal value;  ///< 93.48 for "93.48%"
    Span span;
};

/// The opening sentences: who deployed the inspection, who inspected whom and
/// when, and when and to whom the findings were fed back.
struct Header {
    std::optional<Text> authority;           ///< 省委 in "根据省委统一部署"
    std::optional<Text> inspecting_body;     ///< 省委第三巡视组
    std::optional<Text> inspected_unit;      ///< 嘉兴市
    std::optional<DatedValue> inspection_start;
    std::optional<DatedValue> inspection_end;
    std::optional<DatedValue> feedback_date;
    std::optional<Text> feedback_recipient;  ///< 嘉兴市委
    std::optional<Text> round;               ///< 十九届中央第六轮
    Span span;                               ///< the header sentences as a whole
};

/// Counts of problems and measures, and how far rectification has got.
struct Progress {
    std::optional<Count> problems_reported;   ///< problems fed back (问题 / 具体问题 level)
    std::optional<Count> measures_planned;    ///< 整改措施 / 举措 / 任务 planned
    std::optional<Count> problems_completed;  ///< problems already rectified
    std::optional<Percentage> completion_rate;
};

/// One line of a sanction breakdown: 开除党籍15人 inside 党纪处分48人(…).
struct SanctionDetail {
    SanctionCategory category = SanctionCategory::other;  ///< e.g. expulsion_from_party
    Text label;            ///< as written, e.g. "开除党籍"
    Count count;
    Span span;
};

/// A sanction or case figure: 党纪处分48人, 立案53件.
struct Sanction {
    SanctionCategory category = SanctionCategory::other;  ///< e.g. party_discipline
    Text label;            ///< as written, e.g. "党纪处分" or "谈话提醒、批评教育"
    Count count;
    SanctionUnit unit = SanctionUnit::people;  ///< 人 (people: 人, 名, 人次) or 件 (cases: 件, 起)
    std::vector<SanctionDetail> breakdown;
    Span span;
};

/// Money recovered, refunded or recouped, kept exactly in fen (1/100 yuan).
struct MoneyAmount {
    MoneyCategory category = MoneyCategory::other;
    Text label;            ///< as written, e.g. "挽回其他经济损失"
    std::int64_t amount_fen = 0;
    Text text;             ///< the amount as written, e.g. "5005.75万元"
    bool approximate = false;
    Span span;             ///< label and amount together
};

/// A numbered heading with the text under it and its sub-sections.
struct Section {
    std::string marker;    ///< as written, e.g. "一、", "（一）", "1."
    std::string label;     ///< marker without its trailing 、/./． (parentheses kept)
    int ordinal = 0;       ///< 1 for 一 / (一) / 1 / ①
    int level = 1;         ///< 1 = top level, inferred per document
    Text title;            ///< heading text up to the first 。 outside quotes
    std::optional<Text> problem;  ///< the quoted problem of 关于“…”问题的整改情况
    Text text;             ///< body under the heading, before any sub-section
    Span span;             ///< heading, body and sub-sections
    std::vector<Section> children;
};

/// One point of the next-steps paragraph (一是… / (一)…).
struct NextStep {
    std::string marker;    ///< "一是", "（一）"
    int ordinal = 0;
    Text title;            ///< up to the first 。 or ；
    Text text;             ///< the whole point
    Span span;
};

/// The contacts block at the end of a report.
struct Contacts {
    std::vector<Text> phones;
    std::vector<Text> emails;
    std::vector<Text> websites;
    std::optional<Text> postal_address;
    std::optional<Text> postcode;
    Span span;
};

/// A total per normalised category, for aggregating corpora.
struct CategoryTotal {
    std::string category;
    std::int64_t value = 0;  ///< people or cases for sanctions, fen for money
};

/// Figures users otherwise compute by hand from the extracted ones.
struct Derived {
    std::optional<int> inspection_days;              ///< end - start + 1
    std::optional<int> days_feedback_to_publication; ///< published - feedback
    std::vector<CategoryTotal> sanctions_by_category;  ///< top-level items, 人 only
    std::vector<CategoryTotal> cases_by_category;      ///< 件 items
    std::vector<CategoryTotal> money_by_category;      ///< fen
    /// FNV-1a 64 of the normalised body (chrome excluded, punctuation widths,
    /// spaces and traditional/simplified folded): equal for republished copies.
    std::string content_hash;
};

/// Everything the parser found in one report.
struct Report {
    bool is_report = true;          ///< false for pages that are not rectification reports
    std::optional<std::string> not_report_reason;  ///< why is_report is false
    Encoding encoding = Encoding::utf8;  ///< the input's encoding, as detected by load()
    std::optional<Text> title;
    std::optional<InspectionKind> kind;
    Header header;
    Progress progress;
    std::vector<Sanction> sanctions;
    std::vector<MoneyAmount> money;
    std::optional<Count> rules_established;  ///< rules and systems set up or revised
    std::optional<Text> overview;   ///< text between the header and the first heading
    std::vector<Section> sections;
    std::vector<NextStep> next_steps;
    std::optional<Text> next_steps_block;  ///< the next-steps part as a whole (下一步,…一是…二是…)
    std::optional<Contacts> contacts;
    std::optional<Text> signatory;
    std::optional<DatedValue> published_date;
    std::vector<Text> chrome;       ///< page furniture around the report (breadcrumbs, metadata)
    /// Body text no other element covers; each has an `unclassified-text` diagnostic.
    std::vector<Text> unclassified;
    Derived derived;
    std::vector<Diagnostic> diagnostics;
    std::uint32_t source_size = 0;  ///< bytes of the parsed text; every Span lies within it
};

}  // namespace zhenggai
