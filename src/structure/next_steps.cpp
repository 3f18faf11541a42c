// Next steps from the next-step point grammar (facts/next_steps): the grammar
// recognises each marker (一是 / (一) / 第一,) and its title; this file keeps
// the one decision a grammar cannot make about a single point — which
// markers form the sequence (the form of the first point, ordinals counting
// up from 1), and where each point's text ends (at the next point).
#include "structure/next_steps.hpp"

#include <algorithm>
#include <optional>

#include "facts/next_steps/ast.hpp"
#include "facts/next_steps/grammar.hpp"
#include "facts/x3/tagged_reader.hpp"
#include "input/text.hpp"

namespace zhenggai::structure {

namespace {
using input::Range;
namespace ast = facts::next_steps::ast;

// A marker counts at the start of a paragraph or after a sentence or clause
// boundary, never in the middle of a word (统一是).
bool at_boundary(std::string_view s, std::size_t i) {
    if (i == 0) return true;
    const char c = s[i - 1];
    if (c == ',' || c == ';' || c == ':' || c == ' ' || c == ')') return true;
    const std::string_view before = s.substr(0, i);
    return before.ends_with(text::kFullStop) || before.ends_with("”");
}

// Every marker opens with a CJK character (lead byte 0xE4..0xE9) or '('.
bool may_open_marker(char c) {
    const auto u = static_cast<unsigned char>(c);
    return c == '(' || (u >= 0xE4 && u <= 0xE9);
}

struct Point {
    std::size_t block;   // index of its range in the block
    Range marker, title;
    ast::MarkerForm form;
    int ordinal;
};
}  // namespace

std::vector<NextStep> inline_points(const input::Document& doc, const std::vector<Range>& block) {
    std::vector<Point> points;
    std::optional<ast::MarkerForm> form;  // the sequence's form: that of its first point
    int expected = 1;
    for (std::size_t bi = 0; bi < block.size(); ++bi) {
        facts::x3util::TaggedReader reader(doc, block[bi]);
        const std::string_view s = reader.text();
        for (std::size_t i = 0; i < s.size(); i += input::utf8_length(s, i)) {
            if (!may_open_marker(s[i]) || !at_boundary(s, i)) continue;
            ast::Point pt;
            std::size_t next = i;
            if (!reader.parse_at(next, s.size(), facts::next_steps::next_step_point(), pt)) continue;
            if (pt.marker.ordinal != expected || (form && pt.marker.form != *form)) continue;
            form = pt.marker.form;
            points.push_back({bi, reader.range_of(pt.marker), reader.range_of(pt.title), pt.marker.form, pt.marker.ordinal});
            ++expected;
        }
    }
    std::vector<NextStep> out;
    for (std::size_t k = 0; k < points.size(); ++k) {
        const Point& pt = points[k];
        // A point ends where the next one starts in the same paragraph, or
        // with its paragraph; its title never runs past its end.
        std::uint32_t end = block[pt.block].end;
        if (k + 1 < points.size() && points[k + 1].block == pt.block) end = points[k + 1].marker.begin;
        Range whole{pt.title.begin, end};
        whole.end -= static_cast<std::uint32_t>(text::trailing_space(doc.text(whole)));
        const Range title{pt.title.begin, std::min(pt.title.end, whole.end)};
        NextStep st{};
        st.marker = doc.text_value(pt.marker).value;
        st.ordinal = pt.ordinal;
        st.title = doc.text_value(title);
        st.text = doc.text_value(whole);
        st.span = doc.span(Range{pt.marker.begin, whole.end});
        out.push_back(std::move(st));
    }
    return out;
}

std::vector<NextStep> steps_from_sections(const std::vector<Section>& children) {
    std::vector<NextStep> out;
    for (const Section& c : children)
        out.push_back(NextStep{.marker = c.marker, .ordinal = c.ordinal, .title = c.title, .text = c.text, .span = c.span});
    return out;
}

}  // namespace zhenggai::structure
