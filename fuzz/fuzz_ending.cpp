// The ending grammars: next-step points (一是 / (一) / 第一,) through
// inline_points and the grammar itself, and the signature lines through
// locate_ending. Spans lie in the input and are the source under them,
// ordinals count up from 1, the ending's parts stand in order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "facts/dates/dates.hpp"
#include "facts/next_steps/ast.hpp"
#include "facts/next_steps/grammar.hpp"
#include "facts/x3/tagged_reader.hpp"
#include "fuzz_common.hpp"
#include "input/document.hpp"
#include "input/utf8.hpp"
#include "structure/ending.hpp"
#include "structure/next_steps.hpp"
#include "structure/paragraphs.hpp"

namespace {

using namespace zhenggai;
using fuzz::require;

void require_text(const Text& t, std::string_view source, const char* what) {
    require(t.span.begin <= t.span.end && t.span.end <= source.size(), what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string buf(fuzz::as_view(data, size));
    const std::string_view s = buf;
    std::vector<Diagnostic> diagnostics;
    const input::Document doc(s, diagnostics);
    const std::vector<input::Range> paras = structure::split_paragraphs(doc.text());

    // The point grammar at every character of the first 256 bytes.
    {
        const std::string_view t = doc.text();
        facts::x3util::TaggedReader reader(t);
        for (std::size_t i = 0; i < t.size() && i < 256; i += input::utf8_length(t, i)) {
            facts::next_steps::ast::Point pt;
            std::size_t next = i;
            if (!reader.parse_at(next, t.size(), facts::next_steps::next_step_point(), pt)) continue;
            const auto [mb, me] = reader.offsets_of(pt.marker);
            const auto [tb, te] = reader.offsets_of(pt.title);
            require(mb == i && me > mb && tb >= me && te == next && te <= t.size(), "point marker and title misplaced");
            require(pt.marker.ordinal >= 1 && pt.marker.ordinal <= 99, "point ordinal out of range");
        }
    }

    // Inline points over all paragraphs: ordinals 1, 2, 3 …, one form.
    const std::vector<NextStep> steps = structure::inline_points(doc, paras);
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const NextStep& st = steps[k];
        require(st.ordinal == static_cast<int>(k) + 1, "next-step ordinals do not count up from 1");
        require(!st.marker.empty(), "next step without a marker");
        require_text(st.title, s, "next-step title outside the input");
        require_text(st.text, s, "next-step text outside the input");
        require(st.span.begin <= st.title.span.begin && st.title.span.begin == st.text.span.begin
                    && st.title.span.end <= st.text.span.end && st.text.span.end == st.span.end,
                "next-step title, text and span do not nest");
        if (k > 0) require(steps[k - 1].span.end <= st.span.begin, "next steps overlap");
    }

    // The ending, with and without a header floor.
    for (const std::size_t floor : {structure::Ending::npos, std::size_t{0}}) {
        const structure::Ending e = structure::locate_ending(doc, paras, floor);
        constexpr std::size_t npos = structure::Ending::npos;
        if (e.date_line == npos) {
            require(e.signatory == npos && e.note == npos && e.closing == npos && !e.date, "ending parts without a date line");
            continue;
        }
        require(e.date_line < paras.size() && (floor == npos || e.date_line > floor), "date line out of range");
        require(e.date_line + 8 >= paras.size(), "date line not among the last paragraphs");
        if (e.note != npos) require(e.signatory != npos && e.signatory + 1 == e.note && e.note + 1 == e.date_line, "note misplaced");
        if (e.signatory != npos) {
            require(e.signatory < e.date_line, "signatory after its date");
            require(e.signatory_text.has_value(), "signatory paragraph without its text");
            require_text(*e.signatory_text, s, "signatory outside the input");
        }
        if (e.closing != npos) {
            require(e.closing == e.first(), "the ending does not open with its closing formula");
            require(e.closing + 1 == (e.signatory != npos ? e.signatory : e.date_line),
                    "closing formula not right above the signature");
            require(e.closing_text.has_value(), "closing paragraph without its text");
            require_text(*e.closing_text, s, "closing formula outside the input");
        }
        if (e.date) {
            require(e.date->span.end <= s.size(), "signature date span outside the input");
            require(facts::make_date(e.date->value.year(), e.date->value.month(), e.date->value.day()).has_value(),
                    "signature date is no calendar date");
        }
    }
    for (const Diagnostic& d : diagnostics)
        require(d.span.begin <= d.span.end && d.span.end <= s.size(), "diagnostic span outside the input");
    return 0;
}
