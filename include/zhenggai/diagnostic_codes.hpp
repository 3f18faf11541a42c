// The catalogue of diagnostic codes: every code the library emits, once, with
// its severity, its message template and one line of documentation.
//
// Emission sites name a DiagnosticCode, so a misspelt code does not compile;
// the severity and the message come from this table. docs/diagnostics.md lists
// the same rows (tests/cpp/diagnostics_test.cpp checks that they agree).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "zhenggai/enums.hpp"

namespace zhenggai {

enum class DiagnosticCode : std::uint8_t {
    // Input
    input_too_large,
    empty_input,
    unknown_encoding,
    invalid_bytes,
    invalid_utf8,
    hard_wrapped,
    page_furniture,
    html_flattened,
    // Parts of the report
    header_missing,
    feedback_recipient_unclear,
    not_a_report,
    heading_sequence,
    unclassified_text,
    // Dates
    date_damaged,
    date_imprecise,
    date_year_unknown,
    date_invalid,
    date_year_inferred,
    // Statistics and money
    breakdown_cut_off,
    money_unit_unknown,
    money_not_exact,
    // Consistency checks
    duplicate_section,
    breakdown_sum_mismatch,
    inspection_end_before_start,
    feedback_before_inspection_end,
    published_before_feedback,
    completion_rate_mismatch,
    progress_exceeds_total,
    // The library itself
    internal_error,
    too_many_diagnostics,
};

/// How many diagnostics of one code a report lists before one summary
/// ("further 'CODE' diagnostics omitted"), unless its row says otherwise.
inline constexpr std::uint16_t kDiagnosticsPerCode = 50;
/// How many diagnostics one report lists at most, before one
/// `too-many-diagnostics`.
inline constexpr std::size_t kDiagnosticsTotal = 500;

/// One row of the catalogue. `message` is a template: each `{}` is filled, in
/// order, by an argument of the emission site.
struct DiagnosticInfo {
    DiagnosticCode value;
    const char* name;  ///< the stable kebab-case code, as in Diagnostic::code
    Severity severity;
    std::uint16_t per_code;  ///< listed at most this many times (then one summary)
    const char* message;
    const char* doc;  ///< one line for docs/diagnostics.md
};

inline constexpr DiagnosticInfo kDiagnosticCatalogue[] = {
    {DiagnosticCode::input_too_large, "input-too-large", Severity::error, kDiagnosticsPerCode,
     "input larger than 4 GiB is not parsed",
     "The text is larger than 4 GiB (spans are 32-bit): nothing is parsed and `is_report` is false."},
    {DiagnosticCode::empty_input, "empty-input", Severity::info, kDiagnosticsPerCode, "the text is empty",
     "The text holds nothing but blanks: nothing is parsed and `is_report` is false."},
    {DiagnosticCode::unknown_encoding, "unknown-encoding", Severity::error, kDiagnosticsPerCode,
     "no converter for encoding {}",
     "`load_as()` was given an encoding name that has no converter; the text is empty."},
    {DiagnosticCode::invalid_bytes, "invalid-bytes", Severity::warning, 32,
     "bytes {} at offset {} are not valid {} (read as U+FFFD)",
     "Bytes invalid in the detected legacy encoding (GB18030, Big5, UTF-16) were read as U+FFFD; the message "
     "gives their offset in the original bytes, the span the U+FFFD in the decoded text."},
    {DiagnosticCode::invalid_utf8, "invalid-utf8", Severity::warning, 32,
     "invalid UTF-8 byte sequence (read as U+FFFD)",
     "A byte sequence that is not UTF-8 was read as U+FFFD; the span is the bad bytes."},
    {DiagnosticCode::hard_wrapped, "hard-wrapped", Severity::info, kDiagnosticsPerCode,
     "hard-wrapped text: {} line breaks inside paragraphs joined, {} page numbers or running headers left out",
     "The text has a line break every few dozen characters (a PDF or Word attachment): its lines were joined into "
     "paragraphs, values come back without the breaks; the span is the first joined break."},
    {DiagnosticCode::page_furniture, "page-furniture", Severity::info, kDiagnosticsPerCode,
     "page number or running header between the lines, left out",
     "A page number (- 2 -, 第2页 共9页) or a header repeated on each page stood between the lines of hard-wrapped "
     "text: it is in no value, inside the span of the text before it; the span is the line."},
    {DiagnosticCode::html_flattened, "html-flattened", Severity::info, 1,
     "the page nests elements {} deep; its text was read tag by tag",
     "An HTML page nested deeper than any real page (more than 2,000 open elements) is not built into an element "
     "tree, whose construction would take time quadratic in the depth: its text is read by stripping the tags "
     "(block tags and <br> end lines, scripts, styles and comments dropped, common entities decoded)."},
    {DiagnosticCode::header_missing, "header-missing", Severity::warning, kDiagnosticsPerCode,
     "no header sentence (根据…部署, …对…进行了巡视/巡察) was found",
     "No header sentence was found, so the header fields are empty; the span is the first paragraph."},
    {DiagnosticCode::feedback_recipient_unclear, "feedback-recipient-unclear", Severity::warning, kDiagnosticsPerCode,
     "the feedback was delivered to words that name no organisation; no recipient taken",
     "The words after 向 in the feedback sentence do not end in an organisation's name (党组, 委, 局 …): no recipient."},
    {DiagnosticCode::not_a_report, "not-a-report", Severity::info, kDiagnosticsPerCode,
     "{}: not a rectification report",
     "The page's shape is not a rectification progress report (a feedback or entry notice, a news summary, "
     "commentary): `is_report` is false, `not_report_reason` says why and no statistics are read."},
    {DiagnosticCode::heading_sequence, "heading-sequence", Severity::warning, kDiagnosticsPerCode,
     "heading numbered {} where {} was expected",
     "A heading's number does not follow its previous sibling's (一、 then 三、); the span is the marker."},
    {DiagnosticCode::unclassified_text, "unclassified-text", Severity::info, kDiagnosticsPerCode,
     "text the parser did not assign to any part of the report",
     "Body text no element of the report covers; the same text is listed in `unclassified`."},
    {DiagnosticCode::date_damaged, "date-damaged", Severity::warning, kDiagnosticsPerCode,
     "{} is written without 年/月; read as the only valid date",
     "A date lost its 年/月 (2019312日) and was read as the only calendar date its digits allow."},
    {DiagnosticCode::date_imprecise, "date-imprecise", Severity::info, kDiagnosticsPerCode,
     "{} is given only to the month or ten-day period; no exact date",
     "A date is given to the month or ten-day period only (5月上旬): the value stays empty, no day is invented."},
    {DiagnosticCode::date_year_unknown, "date-year-unknown", Severity::warning, kDiagnosticsPerCode,
     "{} has no year and no earlier date to take it from",
     "A date without a year has no earlier date to take the year from: the value stays empty."},
    {DiagnosticCode::date_invalid, "date-invalid", Severity::warning, kDiagnosticsPerCode,
     "{} is not a calendar date", "A date that does not exist in the calendar (4月31日): the value stays empty."},
    {DiagnosticCode::date_year_inferred, "date-year-inferred", Severity::info, kDiagnosticsPerCode,
     "{}: year {} taken from the preceding date",
     "A date without a year took it from the preceding date (`year_inferred` is true)."},
    {DiagnosticCode::breakdown_cut_off, "breakdown-cut-off", Severity::info, kDiagnosticsPerCode,
     "the breakdown of {} ends before its closing bracket: the list may be incomplete",
     "A sanction's bracketed breakdown ends before its closing bracket: the items read may not be all."},
    {DiagnosticCode::money_unit_unknown, "money-unit-unknown", Severity::warning, kDiagnosticsPerCode,
     "recovered amount in a unit that is not converted to yuan: {}",
     "A recovered amount is in a currency that is not converted to yuan (美元, 港元 …): no money item."},
    {DiagnosticCode::money_not_exact, "money-not-exact", Severity::warning, kDiagnosticsPerCode, "amount {}",
     "An amount is not a whole number of fen or too large to keep exactly: no money item, never a rounded one."},
    {DiagnosticCode::duplicate_section, "duplicate-section", Severity::warning, kDiagnosticsPerCode,
     "section \"{}\" repeats an earlier sibling section",
     "Two sibling sections have the same title: a copy-paste or scraping artefact."},
    {DiagnosticCode::breakdown_sum_mismatch, "breakdown-sum-mismatch", Severity::warning, kDiagnosticsPerCode,
     "{} {} but its breakdown sums to {}", "A sanction's breakdown does not add up to its total."},
    {DiagnosticCode::inspection_end_before_start, "inspection-end-before-start", Severity::warning,
     kDiagnosticsPerCode, "the inspection ends before it starts", "The inspection period ends before it starts."},
    {DiagnosticCode::feedback_before_inspection_end, "feedback-before-inspection-end", Severity::warning,
     kDiagnosticsPerCode, "findings fed back before the inspection ended",
     "The feedback date lies before the end of the inspection."},
    {DiagnosticCode::published_before_feedback, "published-before-feedback", Severity::warning,
     kDiagnosticsPerCode, "report dated before the findings were fed back",
     "The report is dated before the findings were fed back."},
    {DiagnosticCode::completion_rate_mismatch, "completion-rate-mismatch", Severity::warning, kDiagnosticsPerCode,
     "completion rate {}% does not match {}/{}",
     "The completion rate written differs from completed / reported problems by more than its rounding."},
    {DiagnosticCode::progress_exceeds_total, "progress-exceeds-total", Severity::warning, kDiagnosticsPerCode,
     "more problems completed than reported", "More problems are said to be completed than were reported."},
    {DiagnosticCode::internal_error, "internal-error", Severity::error, kDiagnosticsPerCode,
     "internal error while parsing: {}",
     "An exception inside the parser (a bug, or out of memory) while parsing one text of a batch; "
     "the report is empty."},
    {DiagnosticCode::too_many_diagnostics, "too-many-diagnostics", Severity::info, 1,
     "further diagnostics omitted: a report lists at most {}",
     "The report reached the total limit of diagnostics; later ones are not listed."},
};

namespace detail {
constexpr bool catalogue_in_order() noexcept {
    for (std::size_t i = 0; i < std::size(kDiagnosticCatalogue); ++i)
        if (static_cast<std::size_t>(kDiagnosticCatalogue[i].value) != i) return false;
    return true;
}
}  // namespace detail
static_assert(detail::catalogue_in_order(), "kDiagnosticCatalogue lists the codes in enum order");

/// The catalogue row of a code.
[[nodiscard]] constexpr const DiagnosticInfo& describe(DiagnosticCode c) noexcept {
    return kDiagnosticCatalogue[static_cast<std::size_t>(c)];
}
/// The stable kebab-case name of a code ("date-invalid").
[[nodiscard]] constexpr const char* to_string(DiagnosticCode c) noexcept { return describe(c).name; }
/// The catalogue as the name table from_string<DiagnosticCode>() reads.
constexpr std::span<const DiagnosticInfo> enum_names(DiagnosticCode) noexcept { return kDiagnosticCatalogue; }

}  // namespace zhenggai
