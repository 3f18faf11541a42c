#include "structure/next_steps.hpp"

#include "facts/headings/headings.hpp"
#include "input/text.hpp"

namespace zhenggai::structure {

namespace {
using input::Range;
constexpr std::size_t npos = std::string_view::npos;

Range sub(Range r, std::size_t b, std::size_t e) {
    return {static_cast<std::uint32_t>(r.begin + b), static_cast<std::uint32_t>(r.begin + e)};
}

// 一是 counts as a point marker at the start of a paragraph or after a
// sentence or clause boundary, never in the middle of a word (统一是).
bool at_boundary(std::string_view s, std::size_t i) {
    if (i == 0) return true;
    const char c = s[i - 1];
    if (c == ',' || c == ';' || c == ':' || c == ' ' || c == ')') return true;
    const std::string_view before = s.substr(0, i);
    return before.ends_with(text::kFullStop) || before.ends_with("”");
}
}  // namespace

std::vector<NextStep> inline_points(const input::Document& doc, const std::vector<Range>& block) {
    std::vector<NextStep> out;
    struct Point { Range para; std::size_t at; std::size_t marker_len; int ordinal; };
    std::vector<Point> points;
    int expected = 1;
    for (const Range r : block) {
        const std::string_view s = doc.text(r);
        for (std::size_t i = 0; i < s.size(); i += input::utf8_length(s, i)) {
            if (!at_boundary(s, i)) continue;
            const auto m = facts::match_inline_point(s.substr(i));
            if (!m || m->ordinal != expected) continue;
            points.push_back({r, i, m->length, m->ordinal});
            ++expected;
        }
    }
    for (std::size_t k = 0; k < points.size(); ++k) {
        const Point& pt = points[k];
        const std::string_view s = doc.text(pt.para);
        std::size_t end = s.size();
        if (k + 1 < points.size() && points[k + 1].para.begin == pt.para.begin) end = points[k + 1].at;
        const std::size_t tb = pt.at + pt.marker_len;
        std::size_t te = text::find_outside_quotes(s, {text::kFullStop, ";"}, tb);
        if (te == npos || te > end) te = end;
        std::size_t xe = end;
        while (xe > tb && text::is_space(s[xe - 1])) --xe;
        NextStep st{};
        st.marker = doc.text_value(sub(pt.para, pt.at, tb)).value;
        st.ordinal = pt.ordinal;
        st.title = doc.text_value(sub(pt.para, tb, te));
        st.text = doc.text_value(sub(pt.para, tb, xe));
        st.span = doc.span(sub(pt.para, pt.at, xe));
        out.push_back(std::move(st));
    }
    return out;
}

std::vector<NextStep> steps_from_sections(const std::vector<Section>& children) {
    std::vector<NextStep> out;
    for (const Section& c : children) {
        NextStep st{};
        st.marker = c.marker;
        st.ordinal = c.ordinal;
        st.title = c.title;
        st.text = c.text;
        st.span = c.span;
        out.push_back(st);
    }
    return out;
}

}  // namespace zhenggai::structure
