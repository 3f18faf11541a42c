// Figures derived from the extracted ones, and the coverage of the body.
#pragma once

#include <string_view>
#include <vector>

#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::report {

/// Fill Report::derived; `body` is the normalised range the content hash
/// covers (header to date: no title, no page furniture).
void derive(Report& r, const input::Document& doc, input::Range body);

/// Record as Report::unclassified every non-blank stretch of `body` that no
/// structural element (title, header, overview, headings, section texts,
/// next steps outside sections, contacts, signatory, date) covers, each with an
/// `unclassified-text` diagnostic. `read` are parts the parser recognised but
/// could keep no value of (a date line without a day, already diagnosed):
/// they count as covered, so one fault is not reported twice.
void mark_unclassified(Report& r, const input::Document& doc, input::Range body,
                       const std::vector<input::Range>& read = {});

/// The structural elements of a Report as source spans, sorted (the leaves
/// of the coverage: each body byte belongs to at most one of them).
[[nodiscard]] std::vector<Span> leaf_spans(const Report& r);

}  // namespace zhenggai::report
