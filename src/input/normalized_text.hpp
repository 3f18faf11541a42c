// Input layer: source bytes -> a normalised copy for matching, with a map back.
//
// Reports arrive with full-width or half-width punctuation, U+3000 indentation,
// CRLF line ends and the odd broken byte. The grammars only ever see the
// normalised copy (ASCII punctuation and digits, plain spaces, valid UTF-8);
// every position they report is mapped back to the original bytes so spans and
// strings always come from the source as written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/diagnostic.hpp"

namespace zhenggai::input {

class NormalizedText {
public:
    /// Build the normalised copy of `source`. Invalid UTF-8 sequences become
    /// U+FFFD in the copy and an `invalid-utf8` diagnostic each.
    static NormalizedText from_source(std::string_view source, std::vector<Diagnostic>& diagnostics);

    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    [[nodiscard]] std::string_view source() const noexcept { return source_; }

    /// Source byte offset of normalised byte offset `pos` (pos may equal size()).
    [[nodiscard]] std::uint32_t to_source(std::uint32_t pos) const noexcept;
    /// Source span of the normalised range [begin, end).
    [[nodiscard]] Span to_source(std::uint32_t begin, std::uint32_t end) const noexcept {
        return Span{to_source(begin), to_source(end)};
    }
    /// The source text (as written) behind the normalised range [begin, end).
    [[nodiscard]] std::string_view source_text(std::uint32_t begin, std::uint32_t end) const noexcept {
        const Span s = to_source(begin, end);
        return source_.substr(s.begin, s.end - s.begin);
    }

private:
    // Breakpoints where the distance between normalised and source offsets
    // changes: positions >= norm map to pos + (src - norm). Folding is rare
    // outside punctuation, so this stays far smaller than one entry per byte.
    struct Breakpoint {
        std::uint32_t norm;
        std::uint32_t src;
    };
    std::string_view source_;
    std::string text_;
    std::vector<Breakpoint> breaks_;
};

}  // namespace zhenggai::input
