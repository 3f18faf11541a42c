// The model: what a rectification progress report says, as plain typed data.
//
// Every value carries the Span it was read from, so a user can always go back
// to the words in the source. The model knows nothing of grammars, JSON or
// Python; those layers depend on it, never the other way round.
//
// Each field is documented once, in its description (zhenggai/model/describe.hpp),
// which the JSON writer and reader and the JSON schema are derived from. A field
// added here without a description there does not compile.
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
    friend bool operator==(const Text&, const Text&) = default;
};

/// A calendar date read from the text. Only exact days become a DatedValue;
/// month-level or ten-day-level periods (`5月上旬`) stay empty with a diagnostic.
struct DatedValue {
    Date value;
    Span span;
    bool year_inferred = false;
    friend bool operator==(const DatedValue&, const DatedValue&) = default;
};

/// A whole count of people, cases, problems or measures.
struct Count {
    std::int64_t value = 0;
    bool approximate = false;
    Span span;
    friend bool operator==(const Count&, const Count&) = default;
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
    /// Equal numbers are equal whatever the digits written (93.50 == 93.5): the
    /// JSON form keeps the number, and the digits stay in the source.
    friend constexpr bool operator==(const Decimal& a, const Decimal& b) noexcept {
        const Decimal x = a.normalized(), y = b.normalized();
        return x.units == y.units && x.scale == y.scale;
    }
    /// The same number without trailing zero decimals ({9350, 2} -> {935, 1}).
    [[nodiscard]] constexpr Decimal normalized() const noexcept {
        Decimal d = *this;
        while (d.scale > 0 && d.units % 10 == 0) {
            d.units /= 10;
            --d.scale;
        }
        return d;
    }
};

struct Percentage {
    Decimal value;
    Span span;
    friend bool operator==(const Percentage&, const Percentage&) = default;
};

/// The opening sentences: who deployed the inspection, who inspected whom and
/// when, and when and to whom the findings were fed back.
struct Header {
    std::optional<Text> authority;
    std::optional<Text> inspecting_body;
    std::optional<Text> inspected_unit;
    std::optional<DatedValue> inspection_start;
    std::optional<DatedValue> inspection_end;
    std::optional<DatedValue> feedback_date;
    std::optional<Text> feedback_recipient;
    std::optional<Text> round;
    Span span;
    friend bool operator==(const Header&, const Header&) = default;
};

/// Counts of problems and measures, and how far rectification has got.
struct Progress {
    std::optional<Count> problems_reported;
    std::optional<Count> measures_planned;
    std::optional<Count> problems_completed;
    std::optional<Percentage> completion_rate;
    friend bool operator==(const Progress&, const Progress&) = default;
};

/// One line of a sanction breakdown: 开除党籍15人 inside 党纪处分48人(…).
struct SanctionDetail {
    SanctionCategory category = SanctionCategory::other;
    Text label;
    Count count;
    Span span;
    friend bool operator==(const SanctionDetail&, const SanctionDetail&) = default;
};

/// A sanction or case figure: 党纪处分48人, 立案53件.
struct Sanction {
    SanctionCategory category = SanctionCategory::other;
    Text label;
    Count count;
    SanctionUnit unit = SanctionUnit::people;
    std::vector<SanctionDetail> breakdown;
    Span span;
    friend bool operator==(const Sanction&, const Sanction&) = default;
};

/// Money recovered, refunded or recouped, kept exactly in fen (1/100 yuan).
struct MoneyAmount {
    MoneyCategory category = MoneyCategory::other;
    Text label;
    std::int64_t amount_fen = 0;
    Text text;
    bool approximate = false;
    Span span;
    friend bool operator==(const MoneyAmount&, const MoneyAmount&) = default;
};

/// A numbered heading with the text under it and its sub-sections.
struct Section {
    std::string marker;
    std::string label;
    int ordinal = 0;
    int level = 1;
    Text title;
    std::optional<Text> problem;
    Text text;
    Span span;
    std::vector<Section> children;
    friend bool operator==(const Section&, const Section&) = default;
};

/// One point of the next-steps paragraph (一是… / (一)…).
struct NextStep {
    std::string marker;
    int ordinal = 0;
    Text title;
    Text text;
    Span span;
    friend bool operator==(const NextStep&, const NextStep&) = default;
};

/// The contacts block at the end of a report.
struct Contacts {
    std::vector<Text> phones;
    std::vector<Text> emails;
    std::vector<Text> websites;
    std::optional<Text> postal_address;
    std::optional<Text> postcode;
    Span span;
    friend bool operator==(const Contacts&, const Contacts&) = default;
};

/// A total per normalised category, for aggregating corpora.
struct CategoryTotal {
    std::string category;
    std::int64_t value = 0;
    friend bool operator==(const CategoryTotal&, const CategoryTotal&) = default;
};

/// Figures users otherwise compute by hand from the extracted ones.
struct Derived {
    std::optional<int> inspection_days;
    std::optional<int> days_feedback_to_publication;
    std::vector<CategoryTotal> sanctions_by_category;
    std::vector<CategoryTotal> cases_by_category;
    std::vector<CategoryTotal> money_by_category;
    std::string content_hash;
    friend bool operator==(const Derived&, const Derived&) = default;
};

/// Where a run of the parsed text came from in an HTML page: the text at
/// `span` was read from the markup starting at byte `source_offset` of the
/// input as it was, in its own encoding (entities decoded and white space
/// collapsed on the way).
struct SourceRun {
    Span span;
    std::uint32_t source_offset = 0;
    friend bool operator==(const SourceRun&, const SourceRun&) = default;
};

/// Everything the parser found in one report.
struct Report {
    bool is_report = true;
    std::optional<std::string> not_report_reason;
    Encoding encoding = Encoding::utf8;
    std::optional<Text> title;
    std::optional<InspectionKind> kind;
    Header header;
    Progress progress;
    std::vector<Sanction> sanctions;
    std::vector<MoneyAmount> money;
    std::optional<Count> rules_established;
    std::optional<Text> overview;
    std::vector<Section> sections;
    std::vector<NextStep> next_steps;
    std::optional<Text> next_steps_block;
    std::optional<Contacts> contacts;
    std::optional<Text> closing;
    std::optional<Text> signatory;
    std::optional<DatedValue> published_date;
    std::vector<Text> chrome;
    std::vector<Text> unclassified;
    Derived derived;
    std::vector<Diagnostic> diagnostics;
    std::uint32_t source_size = 0;
    bool html = false;                  ///< the input was an HTML page; the text is what it shows
    std::vector<SourceRun> source_runs;  ///< for an HTML page: where each run of the text is in the page
    friend bool operator==(const Report&, const Report&) = default;
};

}  // namespace zhenggai
