// Structure layer, step two: numbered headings and the section tree.
//
// Levels are inferred per document from the order in which marker kinds
// appear (一、→(一)→1. in one report, (一)→1.→(1) in another), never from a
// fixed table. An inline heading's title ends at the first 。 outside quotes.
#pragma once

#include <cstddef>
#include <vector>

#include "facts/headings/headings.hpp"
#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::structure {

/// A paragraph that opens with a heading marker.
struct Heading {
    std::size_t paragraph = 0;       ///< index into the paragraph list
    facts::MarkerMatch marker;
    input::Range title;              ///< normalised range of the title
    input::Range body;               ///< rest of the paragraph after the title (may be empty)
};

/// The heading in paragraph `p`, if it opens with a marker.
[[nodiscard]] std::optional<Heading> read_heading(const input::Document& doc, input::Range p, std::size_t index);

class Outline;

/// Build the section tree from the outline's paragraphs [first, last), with
/// the headings the outline recognised. Paragraphs before the first heading
/// are not part of any section (the caller keeps them).
[[nodiscard]] std::vector<Section> build_sections(const input::Document& doc, const Outline& outline,
                                                  std::size_t first, std::size_t last);

/// The quoted problem of 关于“…”问题的整改情况 / 针对“…” / 在“…”方面, or the
/// unquoted 关于…的问题.
[[nodiscard]] std::optional<input::Range> problem_of(const input::Document& doc, input::Range title);

}  // namespace zhenggai::structure
