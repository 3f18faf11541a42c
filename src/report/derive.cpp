#include "report/derive.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>

#include "input/text.hpp"
#include "input/utf8.hpp"

namespace zhenggai::report {

namespace {

void add_sections(const std::vector<Section>& sections, std::vector<Span>& out) {
    for (const Section& s : sections) {
        // Marker and title, and the 。 that ends an inline title: up to the body.
        out.push_back(Span{s.span.begin, std::max(s.title.span.end, s.text.span.begin)});
        if (!s.text.span.empty()) out.push_back(s.text.span);
        add_sections(s.children, out);
    }
}

bool inside(Span inner, Span outer) { return inner.begin >= outer.begin && inner.end <= outer.end; }

std::vector<CategoryTotal> to_totals(const std::map<std::string, std::int64_t>& m) {
    std::vector<CategoryTotal> v;
    for (const auto& [k, n] : m) v.push_back({k, n});
    return v;
}


/// Spans in source order, an enclosing span before those it contains.
bool source_order(Span a, Span b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; }
}  // namespace

std::vector<Span> leaf_spans(const Report& r) {
    std::vector<Span> out;
    if (r.title) out.push_back(r.title->span);
    if (!r.header.span.empty()) out.push_back(r.header.span);
    if (r.overview) out.push_back(r.overview->span);
    add_sections(r.sections, out);
    if (r.next_steps_block) {
        const Span nb = r.next_steps_block->span;
        const bool in_section = std::any_of(r.sections.begin(), r.sections.end(),
                                            [&](const Section& s) { return inside(nb, s.span); });
        if (!in_section) out.push_back(nb);
    }
    for (const Text& t : r.chrome) out.push_back(t.span);
    if (r.contacts) out.push_back(r.contacts->span);
    if (r.closing) out.push_back(r.closing->span);
    if (r.signatory) out.push_back(r.signatory->span);
    if (r.published_date && r.signatory) out.push_back(r.published_date->span);
    for (const Text& t : r.unclassified) out.push_back(t.span);
    std::sort(out.begin(), out.end(), source_order);
    return out;
}

void mark_unclassified(Report& r, const input::Document& doc, input::Range body,
                       const std::vector<input::Range>& read) {
    const Span b = doc.span(body);
    std::vector<Span> leaves = leaf_spans(r);
    if (!read.empty()) {
        for (const input::Range x : read) leaves.push_back(doc.span(x));
        std::sort(leaves.begin(), leaves.end(), source_order);
    }
    const std::string_view src = doc.source();
    // Gaps between leaves (within the body) that hold more than blanks.
    // Blank: ASCII white space, CR, and the ideographic space U+3000.
    auto blank_at = [&](std::uint32_t i) -> std::uint32_t {
        if (text::is_space(src[i]) || src[i] == '\r') return 1;
        return src.substr(i).starts_with("\xE3\x80\x80") ? 3 : 0;
    };
    auto blank_before = [&](std::uint32_t i) -> std::uint32_t {
        if (text::is_space(src[i - 1]) || src[i - 1] == '\r') return 1;
        return i >= 3 && src.substr(i - 3, 3) == "\xE3\x80\x80" ? 3 : 0;
    };
    auto flush_gap = [&](std::uint32_t from, std::uint32_t to) {
        for (std::uint32_t n = 0; from < to && (n = blank_at(from)) != 0;) from += n;
        for (std::uint32_t n = 0; to > from && (n = blank_before(to)) != 0;) to -= n;
        if (from >= to) return;
        // As written, minus the pinyin insertions the normaliser dropped.
        Text t{doc.normalized().value_at(Span{from, to}), Span{from, to}};
        doc.sink().add<DiagnosticCode::unclassified_text>(t.span);
        r.unclassified.push_back(std::move(t));
    };
    std::uint32_t at = b.begin;
    for (const Span s : leaves) {
        if (s.end <= at) continue;
        if (s.begin >= b.end) break;
        if (s.begin > at) flush_gap(at, std::min(s.begin, b.end));
        at = std::max(at, s.end);
    }
    if (at < b.end) flush_gap(at, b.end);
}

void derive(Report& r, const input::Document& doc, input::Range body) {
    Derived& d = r.derived;
    const Header& h = r.header;
    if (h.inspection_start && h.inspection_end)
        d.inspection_days = static_cast<int>((h.inspection_end->value - h.inspection_start->value).days()) + 1;
    if (h.feedback_date && r.published_date)
        d.days_feedback_to_publication = static_cast<int>((r.published_date->value - h.feedback_date->value).days());
    std::map<std::string, std::int64_t> people, cases, money;
    // Keyed by the documented names, so the totals come in their alphabetical order.
    for (const Sanction& s : r.sanctions)
        (s.unit == SanctionUnit::cases ? cases : people)[to_string(s.category)] += s.count.value;
    for (const MoneyAmount& m : r.money) money[to_string(m.category)] += m.amount_fen;
    d.sanctions_by_category = to_totals(people);
    d.cases_by_category = to_totals(cases);
    d.money_by_category = to_totals(money);

    // A 64-bit FNV-style hash of the normalised body, eight bytes at a time,
    // over its lines with the blanks around them dropped and the breaks
    // between them left out: copies that differ only in where lines break
    // (a hard-wrapped PDF copy and the web page), indentation or punctuation
    // width hash the same.
    std::uint64_t hash = 1469598103934665603ULL;
    char word[8];
    std::size_t held = 0;  // bytes of `word` filled across line ends
    const std::string_view t = doc.text(body);
    for (std::size_t at = 0; at < t.size();) {
        std::size_t nl = t.find('\n', at);
        if (nl == std::string_view::npos) nl = t.size();
        std::string_view line = t.substr(at, nl - at);
        line.remove_prefix(text::leading_space(line));
        line.remove_suffix(text::trailing_space(line));
        for (; held == 0 && line.size() >= sizeof word; line.remove_prefix(sizeof word)) {
            std::uint64_t w;
            std::memcpy(&w, line.data(), 8);
            hash = (hash ^ w) * 1099511628211ULL;
        }
        while (!line.empty()) {
            const std::size_t take = std::min(line.size(), sizeof word - held);
            std::memcpy(word + held, line.data(), take);
            line.remove_prefix(take);
            held += take;
            if (held == sizeof word) {
                std::uint64_t w;
                std::memcpy(&w, word, 8);
                hash = (hash ^ w) * 1099511628211ULL;
                held = 0;
            }
        }
        at = nl + 1;
    }
    for (std::size_t k = 0; k < held; ++k) hash = (hash ^ static_cast<unsigned char>(word[k])) * 1099511628211ULL;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
    d.content_hash = buf;
}

}  // namespace zhenggai::report
