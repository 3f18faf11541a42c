// Input layer: source bytes -> a normalised copy for matching, with a map back.
//
// Reports arrive with full-width or half-width punctuation, U+3000 indentation,
// CRLF line ends and the odd broken byte. The grammars only ever see the
// normalised copy (ASCII punctuation and digits, plain spaces, valid UTF-8);
// every position they report is mapped back to the original bytes so spans and
// strings always come from the source as written. Traditional characters are
// folded to simplified (for matching only) and pinyin readings inserted after
// characters by spam mirrors (據(jù)) are dropped, both through the same map.
// Hard-wrapped text (PDF or Word attachments: a line break every 30–40
// characters) is detected per document and its lines joined into paragraphs
// through that map as well (input/wrapping.hpp): the breaks inside a
// paragraph and the page numbers between lines leave the copy, not the spans.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "input/diagnostic_sink.hpp"
#include "input/wrapping.hpp"
#include "zhenggai/diagnostic.hpp"

namespace zhenggai::input {

class NormalizedText {
public:
    /// Build the normalised copy of `source`. Invalid UTF-8 sequences become
    /// U+FFFD in the copy and an `invalid-utf8` diagnostic each. A document
    /// detected as hard-wrapped has its lines joined (`hard-wrapped` and
    /// `page-furniture` diagnostics); `wrapping` forces or forbids that.
    static NormalizedText from_source(std::string_view source, DiagnosticSink& diagnostics,
                                      Wrapping wrapping = Wrapping::detect);
    static NormalizedText from_source(std::string_view source, std::vector<Diagnostic>& diagnostics,
                                      Wrapping wrapping = Wrapping::detect) {
        DiagnosticSink sink(diagnostics);
        return from_source(source, sink, wrapping);
    }

    [[nodiscard]] std::string_view text() const noexcept { return verbatim_ ? source_ : std::string_view(text_); }
    [[nodiscard]] std::string_view source() const noexcept { return source_; }
    [[nodiscard]] static constexpr bool is_blank(char c) noexcept {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t';
    }

    /// Source byte offset of normalised byte offset `pos` (pos may equal size()).
    [[nodiscard]] std::uint32_t to_source(std::uint32_t pos) const noexcept;
    /// Source span of the normalised range [begin, end). A range that ends
    /// where a joined line break was dropped ends before the break, not after
    /// it: the span covers the words, never the break behind them.
    [[nodiscard]] Span to_source(std::uint32_t begin, std::uint32_t end) const noexcept {
        Span s{to_source(begin), to_source(end)};
        if (unwrapped_ && end > begin && !is_blank(text()[end - 1])) {
            while (s.end > s.begin && is_blank(source_[s.end - 1])) --s.end;
        }
        return s;
    }
    /// The source bytes behind the normalised range [begin, end), untouched.
    [[nodiscard]] std::string_view source_text(std::uint32_t begin, std::uint32_t end) const noexcept {
        const Span s = to_source(begin, end);
        return source_.substr(s.begin, s.end - s.begin);
    }
    /// The value as written behind [begin, end): the source text without the
    /// pieces the normaliser dropped as damage (pinyin readings inserted after
    /// characters by spam mirrors, 據(jù) → 據; line breaks joined in
    /// hard-wrapped text, with the page furniture between them). Usually the
    /// plain slice.
    [[nodiscard]] std::string source_value(std::uint32_t begin, std::uint32_t end) const {
        return value_at(to_source(begin, end));
    }
    /// The same for a span of the source itself.
    [[nodiscard]] std::string value_at(Span source_span) const;

    /// Whether traditional characters were folded to simplified for matching.
    [[nodiscard]] bool folded_traditional() const noexcept { return folded_traditional_; }
    /// Source ranges dropped from the normalised text (pinyin insertions).
    [[nodiscard]] const std::vector<Span>& dropped() const noexcept { return dropped_; }
    /// Whether the text was read as hard-wrapped and its lines joined.
    [[nodiscard]] bool unwrapped() const noexcept { return unwrapped_; }
    /// Source ranges dropped to join the lines of hard-wrapped text: each
    /// holds a line break, with the blanks around it and any page numbers
    /// or running headers that stood between the lines (sorted).
    [[nodiscard]] const std::vector<Span>& joined() const noexcept { return joined_; }

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
    /// Drop the normalised ranges `cuts` (sorted, disjoint) from the copy,
    /// composing the offset map; their source ranges go to joined_.
    void drop_cuts(const std::vector<Cut>& cuts);
    /// The pieces value_at() leaves out: dropped_ and joined_, sorted.
    [[nodiscard]] const std::vector<Span>& skipped() const noexcept { return joined_.empty() ? dropped_ : skipped_; }

    std::vector<Span> dropped_;
    std::vector<Span> joined_;
    std::vector<Span> skipped_;  ///< dropped_ and joined_ merged (only when joined_ is not empty)
    bool folded_traditional_ = false;
    bool unwrapped_ = false;
    bool verbatim_ = false;  ///< the source needed no change; text() is the source
};

}  // namespace zhenggai::input
