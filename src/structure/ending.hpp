// The ending of a report: an optional closing formula (特此通报。), the
// signatory, an optional bracketed note ((此件公开发布)) and the date line, as
// the last paragraphs before any page furniture.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::structure {

struct Ending {
    static constexpr std::size_t npos = std::string_view::npos;
    std::size_t closing = npos;    ///< paragraph of 特此通报。
    std::size_t signatory = npos;  ///< paragraph of the issuing body
    std::size_t note = npos;       ///< paragraph of a bracketed note between signatory and date
    std::size_t date_line = npos;  ///< paragraph of the date
    std::optional<Text> signatory_text;
    std::optional<Text> closing_text;  ///< 特此通报。 as written
    std::optional<DatedValue> date;  ///< empty when the date has no day or is no calendar date
    /// The first paragraph after the body (closing, signatory, note or date), or npos.
    /// The closing formula is no part of the last section: it is Report::closing.
    [[nodiscard]] std::size_t first() const noexcept {
        for (const std::size_t i : {closing, signatory, note, date_line})
            if (i != npos) return i;
        return npos;
    }
};

/// Locate the ending among the last eight paragraphs, never at or before
/// paragraph `floor` (the header; npos for none). A date line without a day
/// (2024年5月) is taken as the date line with a `date-imprecise` diagnostic;
/// one that is no calendar date gets `date-invalid`.
[[nodiscard]] Ending locate_ending(const input::Document& doc, const std::vector<input::Range>& paragraphs,
                                   std::size_t floor);

}  // namespace zhenggai::structure
