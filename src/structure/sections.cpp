#include "structure/sections.hpp"

#include <array>
#include <optional>

#include "input/text.hpp"
#include "structure/outline.hpp"

namespace zhenggai::structure {

namespace {

using facts::MarkerKind;
using input::Range;
constexpr std::size_t npos = std::string_view::npos;

Range sub(Range r, std::size_t b, std::size_t e) {
    return {static_cast<std::uint32_t>(r.begin + b), static_cast<std::uint32_t>(r.begin + e)};
}

// Conventional depth of each marker kind, used only to place a kind seen for
// the first time when it is shallower than what is open (一、 after a stray 1.).
constexpr int conventional_rank(MarkerKind k) {
    switch (k) {
        case MarkerKind::chinese_enum: return 0;
        case MarkerKind::chinese_paren: return 1;
        case MarkerKind::arabic_enum: return 2;
        case MarkerKind::arabic_paren: return 3;
        case MarkerKind::circled: return 4;
    }
    return 4;
}

struct Open {
    Section section;
    MarkerKind kind;
    std::uint32_t body_begin = 0, body_end = 0;  // normalised range of own body text
    std::uint32_t end = 0;                       // normalised end of everything inside
};

}  // namespace

std::optional<Heading> read_heading(const input::Document& doc, Range p, std::size_t index) {
    const std::string_view s = doc.text(p);
    const auto m = facts::match_heading_marker(s);
    if (!m) return std::nullopt;
    std::size_t tb = m->length;
    while (tb < s.size() && s[tb] == ' ') ++tb;
    if (tb >= s.size()) return std::nullopt;  // a bare marker is not a heading
    // Not headings: "1.2" style references are excluded by the grammar; a
    // marker followed by a closing quote or bracket is a quotation.
    const std::string_view after = s.substr(tb);
    if (after.starts_with("”") || after.starts_with(")")) return std::nullopt;
    Heading h;
    h.paragraph = index;
    h.marker = *m;
    const std::size_t stop = text::find_outside_quotes(s, {text::kFullStop}, tb);
    std::size_t te = stop == npos ? s.size() : stop;
    std::size_t be = stop == npos ? s.size() : stop + text::kFullStop.size();
    // A standalone heading may end with ':' (整改情况:) — not part of the title.
    while (te > tb && (s[te - 1] == ':' || s[te - 1] == ' ')) --te;
    while (be < s.size() && s[be] == ' ') ++be;
    h.title = sub(p, tb, te);
    h.body = sub(p, be, s.size());
    return h;
}

std::optional<Range> problem_of(const input::Document& doc, Range title) {
    const std::string_view s = doc.text(title);
    for (std::string_view lead : {"关于", "针对", "在"}) {
        if (!s.starts_with(lead)) continue;
        const std::string_view rest = s.substr(lead.size());
        if (rest.starts_with(text::kOpenQuote)) {
            const std::size_t open = lead.size();
            std::size_t close = text::matching_quote_end(s, open);
            if (close == npos) {
                // Damaged quotes: take up to the last closing quote.
                const std::size_t last = s.rfind(text::kCloseQuote);
                if (last == npos || last <= open) return std::nullopt;
                close = last + text::kCloseQuote.size();
            }
            return sub(title, open + text::kOpenQuote.size(), close - text::kCloseQuote.size());
        }
        if (lead == "在") return std::nullopt;
        for (std::string_view tail : {"的问题", "问题的整改情况", "问题", "的問題", "問題"}) {
            const std::size_t t = s.rfind(tail);
            if (t != npos && t > lead.size()) return sub(title, lead.size(), t);
        }
    }
    return std::nullopt;
}

std::vector<Section> build_sections(const input::Document& doc, const Outline& outline, std::size_t first,
                                    std::size_t last) {
    std::vector<Section> roots;
    std::vector<Open> stack;

    // Close the innermost open section, attaching it to its parent.
    auto close_top = [&]() {
        Open o = std::move(stack.back());
        stack.pop_back();
        if (o.body_end > o.body_begin) o.section.text = doc.text_value(Range{o.body_begin, o.body_end});
        else o.section.text = Text{"", doc.span(Range{o.body_begin, o.body_begin})};
        o.section.span = Span{o.section.span.begin, doc.span(Range{o.end, o.end}).begin};
        if (stack.empty()) {
            roots.push_back(std::move(o.section));
        } else {
            stack.back().end = std::max(stack.back().end, o.end);
            stack.back().section.children.push_back(std::move(o.section));
        }
    };

    for (std::size_t i = first; i < last; ++i) {
        const Range p = outline[i];
        const Heading* h = outline.heading(i);
        if (!h) {
            if (stack.empty()) continue;
            Open& top = stack.back();
            if (top.body_end == top.body_begin) top.body_begin = p.begin;
            top.body_end = p.end;
            top.end = p.end;
            continue;
        }
        const MarkerKind kind = h->marker.kind;
        // Sibling of an open heading of the same kind, or a new level.
        std::size_t same = npos;
        for (std::size_t k = 0; k < stack.size(); ++k)
            if (stack[k].kind == kind) same = k;
        if (same != npos) {
            while (stack.size() > same) close_top();
        } else {
            while (!stack.empty() && conventional_rank(stack.back().kind) > conventional_rank(kind)) close_top();
        }
        // Sequence check against the previous sibling.
        const std::vector<Section>& siblings = stack.empty() ? roots : stack.back().section.children;
        const int expected = siblings.empty() ? 1 : siblings.back().ordinal + 1;
        if (h->marker.ordinal != expected) {
            doc.diagnose<DiagnosticCode::heading_sequence>(sub(p, 0, h->marker.length), h->marker.ordinal, expected);
        }
        Open o;
        o.kind = kind;
        Section& s = o.section;
        s.marker = doc.normalized().source_value(p.begin, p.begin + static_cast<std::uint32_t>(h->marker.length));
        s.label = doc.normalized().source_value(p.begin, p.begin + static_cast<std::uint32_t>(h->marker.label_length));
        s.ordinal = h->marker.ordinal;
        s.level = static_cast<int>(stack.size()) + 1;
        s.title = doc.text_value(h->title);
        if (auto pr = problem_of(doc, h->title)) s.problem = doc.text_value(*pr);
        s.span = Span{doc.span(Range{p.begin, p.begin}).begin, 0};
        o.body_begin = h->body.begin;
        o.body_end = h->body.end;
        o.end = p.end;
        stack.push_back(std::move(o));
    }
    while (!stack.empty()) close_top();
    return roots;
}

}  // namespace zhenggai::structure
