// Input layer: hard-wrapped text (PDF or Word attachments turned into text).
//
// Such text has a line break every 30–40 characters, inside words, numbers,
// dates and brackets, with page numbers (- 2 -, —3—, 第2页 共9页) and running
// headers between the lines. A paragraph is then a run of lines. The decision
// is made per document from its line statistics (most lines of one width,
// ending without sentence-final punctuation), never from a file name; web
// text with one paragraph per line is left exactly as it is.
//
// This module only plans: it returns the normalised ranges to drop (the line
// breaks inside paragraphs with the blanks around them, and the page
// furniture); NormalizedText drops them through its offset map, so spans
// still index the source as written and values come back without the break.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace zhenggai::input {

/// How NormalizedText treats line breaks.
enum class Wrapping : std::uint8_t {
    detect,  ///< join the lines of a document detected as hard-wrapped (the default)
    keep,    ///< never join: every line stays a paragraph
    join,    ///< join as if the document were detected as hard-wrapped (tests)
};

/// A range [begin, end) of the normalised text.
struct Cut {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(Cut, Cut) = default;
};

struct WrapPlan {
    bool wrapped = false;        ///< the document reads as hard-wrapped
    std::vector<Cut> cuts;       ///< ranges to drop: sorted, disjoint, each holding a line break
    std::vector<Cut> furniture;  ///< page numbers and running headers inside the cuts (their text)
    std::size_t joins = 0;       ///< line breaks inside a paragraph among the cuts
};

/// Display width of the normalised range [begin, end) as written in the
/// source (a CJK or full-width character counts two columns, ASCII one).
using ColumnsFn = std::function<std::uint32_t(std::uint32_t, std::uint32_t)>;

/// The cheap per-document test on the normalised text (lines end in '\n',
/// blanks are ' '): most lines of one width that end without 。!?;:. A
/// document with one paragraph per line returns false after one pass over
/// its line ends.
[[nodiscard]] bool looks_hard_wrapped(std::string_view text);

/// What to drop from `text` to turn its lines into paragraphs: nothing unless
/// `mode` is `join`, or `detect` and looks_hard_wrapped(text). `columns`
/// measures a line as written (full-width digits are as wide as characters).
[[nodiscard]] WrapPlan plan_unwrapping(std::string_view text, Wrapping mode, const ColumnsFn& columns);

/// Whether a trimmed line is a page number: - 2 -, —3—, 2, 2/9, 第2页,
/// 第 2 页 共 9 页, 共9页 第2页 (normalised: ASCII digits and hyphens).
[[nodiscard]] bool is_page_number(std::string_view line);

}  // namespace zhenggai::input
