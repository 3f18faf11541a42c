// The Python-facing copy of the model.
//
// The C++ model speaks in UTF-8 byte offsets; Python users index `str` by code
// point. Right after parsing (still without the GIL) every value is copied into
// these plain structs with each Span carrying both: code point offsets into
// `Report.text` and the original byte offsets. The structs hold no Python
// objects, so they compare with `==`, copy freely and pickle field by field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "zhenggai/report.hpp"

namespace zhenggai::pybind {

/// A span in both units: code points into the decoded text, bytes into the source.
struct Span {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t byte_start = 0;
    std::uint32_t byte_end = 0;
    friend bool operator==(const Span&, const Span&) = default;
};

struct Text {
    std::string value;
    Span span;
    friend bool operator==(const Text&, const Text&) = default;
};

struct Count {
    std::int64_t value = 0;
    bool approximate = false;
    Span span;
    friend bool operator==(const Count&, const Count&) = default;
};

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    bool year_inferred = false;
    Span span;
    friend bool operator==(const Date&, const Date&) = default;
};

struct Percent {
    std::int64_t units = 0;
    int scale = 0;
    Span span;
    friend bool operator==(const Percent&, const Percent&) = default;
};

struct Header {
    std::optional<Text> authority;
    std::optional<Text> inspecting_body;
    std::optional<Text> inspected_unit;
    std::optional<Date> inspection_start;
    std::optional<Date> inspection_end;
    std::optional<Date> feedback_date;
    std::optional<Text> feedback_recipient;
    std::optional<Text> round;
    Span span;
    friend bool operator==(const Header&, const Header&) = default;
};

struct Progress {
    std::optional<Count> problems_reported;
    std::optional<Count> measures_planned;
    std::optional<Count> problems_completed;
    std::optional<Percent> completion_rate;
    friend bool operator==(const Progress&, const Progress&) = default;
};

struct SanctionDetail {
    std::string category;
    Text label;
    Count count;
    Span span;
    friend bool operator==(const SanctionDetail&, const SanctionDetail&) = default;
};

struct Sanction {
    std::string category;
    Text label;
    Count count;
    std::string unit;
    std::vector<SanctionDetail> breakdown;
    Span span;
    friend bool operator==(const Sanction&, const Sanction&) = default;
};

struct MoneyAmount {
    std::string category;
    Text label;
    std::int64_t amount_fen = 0;
    Text text;
    bool approximate = false;
    Span span;
    friend bool operator==(const MoneyAmount&, const MoneyAmount&) = default;
};

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

struct NextStep {
    std::string marker;
    int ordinal = 0;
    Text title;
    Text text;
    Span span;
    friend bool operator==(const NextStep&, const NextStep&) = default;
};

struct Contacts {
    std::vector<Text> phones;
    std::vector<Text> emails;
    std::vector<Text> websites;
    std::optional<Text> postal_address;
    std::optional<Text> postcode;
    Span span;
    friend bool operator==(const Contacts&, const Contacts&) = default;
};

struct Diagnostic {
    std::string severity;  ///< "info" / "warning" / "error"
    std::string code;
    std::string message;
    Span span;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Figures derived from the extracted ones (zhenggai::Derived).
struct Derived {
    std::optional<int> inspection_days;
    std::optional<int> days_feedback_to_publication;
    std::vector<std::pair<std::string, std::int64_t>> sanctions_by_category;  ///< people
    std::vector<std::pair<std::string, std::int64_t>> cases_by_category;      ///< cases
    std::vector<std::pair<std::string, std::int64_t>> money_by_category;      ///< fen
    std::string content_hash;
    friend bool operator==(const Derived&, const Derived&) = default;
};

/// Everything of a Report except the source it was read from.
struct ReportData {
    bool is_report = true;
    std::optional<std::string> not_report_reason;
    std::string encoding = "utf-8";
    std::optional<Text> title;
    std::optional<std::string> kind;
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
    std::optional<Text> signatory;
    std::optional<Date> published_date;
    std::vector<Text> chrome;
    std::vector<Text> unclassified;
    Derived derived;
    std::vector<Diagnostic> diagnostics;
    std::uint32_t source_size = 0;
    friend bool operator==(const ReportData&, const ReportData&) = default;
};

// Field lists, used to build pickle states generically (order = state order).
#define ZG_MEMBERS(T, ...)                                                      \
    inline auto members(T& s) { return std::tie(__VA_ARGS__); }                \
    inline auto members(const T& s) { return std::tie(__VA_ARGS__); }
ZG_MEMBERS(Span, s.start, s.end, s.byte_start, s.byte_end)
ZG_MEMBERS(Text, s.value, s.span)
ZG_MEMBERS(Count, s.value, s.approximate, s.span)
ZG_MEMBERS(Date, s.year, s.month, s.day, s.year_inferred, s.span)
ZG_MEMBERS(Percent, s.units, s.scale, s.span)
ZG_MEMBERS(Header, s.authority, s.inspecting_body, s.inspected_unit, s.inspection_start,
           s.inspection_end, s.feedback_date, s.feedback_recipient, s.round, s.span)
ZG_MEMBERS(Progress, s.problems_reported, s.measures_planned, s.problems_completed, s.completion_rate)
ZG_MEMBERS(SanctionDetail, s.category, s.label, s.count, s.span)
ZG_MEMBERS(Sanction, s.category, s.label, s.count, s.unit, s.breakdown, s.span)
ZG_MEMBERS(MoneyAmount, s.category, s.label, s.amount_fen, s.text, s.approximate, s.span)
ZG_MEMBERS(Section, s.marker, s.label, s.ordinal, s.level, s.title, s.problem, s.text, s.span, s.children)
ZG_MEMBERS(NextStep, s.marker, s.ordinal, s.title, s.text, s.span)
ZG_MEMBERS(Contacts, s.phones, s.emails, s.websites, s.postal_address, s.postcode, s.span)
ZG_MEMBERS(Diagnostic, s.severity, s.code, s.message, s.span)
#undef ZG_MEMBERS

/// Maps UTF-8 byte offsets of one source to code point offsets of its
/// decoding, where every invalid sequence (as `input::decode_utf8` delimits it,
/// the same maximal subparts Python's errors="replace" uses) is one U+FFFD.
class OffsetMap {
public:
    explicit OffsetMap(std::string_view source);

    /// Code point index of the character holding byte `b` (floor).
    [[nodiscard]] std::uint32_t floor(std::uint32_t b) const noexcept;
    /// Code point index of the first character starting at or after byte `b` (ceil).
    [[nodiscard]] std::uint32_t ceil(std::uint32_t b) const noexcept;
    [[nodiscard]] Span map(zhenggai::Span s) const noexcept;

    [[nodiscard]] std::uint32_t code_points() const noexcept { return count_; }
    [[nodiscard]] bool valid_utf8() const noexcept { return valid_; }

private:
    std::vector<std::uint32_t> starts_;  ///< byte offset of each character, then size; empty if ASCII
    std::uint32_t size_ = 0;
    std::uint32_t count_ = 0;
    bool valid_ = true;
};

/// The source decoded as UTF-32, one U+FFFD per invalid sequence (matches OffsetMap).
[[nodiscard]] std::u32string decode_replacing(std::string_view source);

/// Copy a parsed report into its Python-facing form.
[[nodiscard]] ReportData convert(const zhenggai::Report& report, const OffsetMap& offsets);

}  // namespace zhenggai::pybind
