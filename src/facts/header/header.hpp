// The header sentences: 根据<authority>统一部署, <period>, <body>对<unit>进行了巡视。
// <date>, <body>向<recipient>反馈了巡视意见。现将…予以公布。 Read by the header
// grammars (grammar.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::facts {

/// Index into `paragraphs` of the one holding the header sentence, or npos.
[[nodiscard]] std::size_t find_header_paragraph(const input::Document& doc, const std::vector<input::Range>& paragraphs);

struct HeaderFacts {
    Header header;
    std::optional<InspectionKind> kind;
    bool feedback_mentioned = false;   ///< 反馈 appears: inspection findings were delivered
    std::uint32_t end = 0;             ///< normalised offset where the header sentences end
    /// Words before the deployment clause in the header's first sentence: a
    /// title run into the header (…的通报根据党中央统一部署,…), or a lead-in.
    std::optional<input::Range> lead;
};

/// Read the header facts from the paragraph `where`.
[[nodiscard]] HeaderFacts extract_header(const input::Document& doc, input::Range where);

/// Read the header facts from paragraph `index`; when it opens with the
/// announcement (根据…部署要求,现将…予以公布), the inspection and feedback
/// sentences are read from the paragraphs after it.
[[nodiscard]] HeaderFacts extract_header(const input::Document& doc, const std::vector<input::Range>& paragraphs,
                                         std::size_t index);

/// The inspection round (十九届中央第七轮) inside `where`, if any.
[[nodiscard]] std::optional<Text> find_round(const input::Document& doc, input::Range where);

/// Turn a matched date into a calendar date, inferring a missing year from
/// `context` (the nearest earlier full date) and reporting what it could not
/// take. `at` is the normalised range of the date text.
struct DateMatch;
[[nodiscard]] std::optional<DatedValue> resolve_date(const input::Document& doc, const DateMatch& m, input::Range at,
                                                     const std::optional<DatedValue>& context, const char* what);

}  // namespace zhenggai::facts
