// Invariants every Report must keep, whatever the input. Shared by the fuzz
// targets (fuzz_properties, fuzz_parse) and the hostile-input tests
// (tests/cpp/hostile_test.cpp), so both check exactly the same things:
//
//   - every Span lies in the source: begin <= end <= source_size;
//   - a Text that the model reads as one contiguous slice has exactly the
//     source bytes under its span as its value (sections' titles, problems and
//     bodies, sanction and money labels and amounts, contact values, ...),
//     less the pinyin readings the normaliser drops as damage (據(jù) → 據);
//     each dropped piece must itself look like one: "(" 1-6 letters ")";
//   - a Text that may be joined from pieces (the title over two lines,
//     header.inspected_unit) is at least a subsequence of the bytes under its span;
//   - a section's marker and label are the first bytes of its span, and
//     sub-sections lie inside their parent, in order.
//
// check_report() returns one line per broken invariant (empty when all hold).
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/normalized_text.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::checks {

/// Whether `s` is well-formed UTF-8 (no overlongs, surrogates or code points
/// above U+10FFFF). Written out here so the check does not share code with
/// the decoder it checks.
inline bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    while (i < s.size()) {
        const unsigned char c = b(i);
        std::size_t n = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else return false;
        if (i + n >= s.size()) return false;  // truncated sequence
        if (b(i + 1) < lo || b(i + 1) > hi) return false;
        for (std::size_t k = 2; k <= n; ++k)
            if ((b(i + k) & 0xC0) != 0x80) return false;
        i += n + 1;
    }
    return true;
}

class ReportChecker {
public:
    /// `dropped`: source ranges the normaliser removed from values (sorted).
    ReportChecker(const Report& r, std::string_view source, std::vector<Span> dropped = {})
        : r_(r), src_(source), dropped_(std::move(dropped)) {}

    std::vector<std::string> run() {
        for (const Span d : dropped_) dropped_piece(d);
        if (r_.source_size != src_.size())
            fail("source_size " + std::to_string(r_.source_size) + " != input size " + std::to_string(src_.size()));
        opt_slice("title", r_.title, /*joined=*/true);
        header();
        progress();
        for (std::size_t i = 0; i < r_.sanctions.size(); ++i) sanction("sanctions[" + std::to_string(i) + "]", r_.sanctions[i]);
        for (std::size_t i = 0; i < r_.money.size(); ++i) money("money[" + std::to_string(i) + "]", r_.money[i]);
        if (r_.rules_established) span("rules_established", r_.rules_established->span);
        opt_slice("overview", r_.overview);
        std::optional<Span> prev;
        for (std::size_t i = 0; i < r_.sections.size(); ++i) {
            const std::string where = "sections[" + std::to_string(i) + "]";
            section(where, r_.sections[i], std::nullopt);
            if (prev && r_.sections[i].span.begin < prev->end) fail(where + " starts before its previous sibling ends");
            prev = r_.sections[i].span;
        }
        for (std::size_t i = 0; i < r_.next_steps.size(); ++i) next_step("next_steps[" + std::to_string(i) + "]", r_.next_steps[i]);
        if (r_.contacts) contacts(*r_.contacts);
        opt_slice("signatory", r_.signatory);
        if (r_.published_date) span("published_date", r_.published_date->span);
        for (std::size_t i = 0; i < r_.chrome.size(); ++i) slice("chrome[" + std::to_string(i) + "]", r_.chrome[i]);
        for (std::size_t i = 0; i < r_.unclassified.size(); ++i)
            slice("unclassified[" + std::to_string(i) + "]", r_.unclassified[i]);
        for (std::size_t i = 0; i < r_.diagnostics.size(); ++i) {
            const Diagnostic& d = r_.diagnostics[i];
            const std::string where = "diagnostics[" + std::to_string(i) + "] (" + d.code + ")";
            span(where, d.span);
            if (d.code.empty()) fail(where + " has an empty code");
            if (d.message.empty()) fail(where + " has an empty message");
        }
        return std::move(problems_);
    }

private:
    void fail(std::string what) {
        if (problems_.size() < 50) problems_.push_back(std::move(what));
    }

    bool span(const std::string& where, Span s) {
        if (s.begin > s.end || s.end > src_.size()) {
            fail(where + ": span [" + std::to_string(s.begin) + ", " + std::to_string(s.end) + ") outside [0, " +
                 std::to_string(src_.size()) + "]");
            return false;
        }
        return true;
    }

    std::string_view under(Span s) const { return src_.substr(s.begin, s.end - s.begin); }

    static std::string shorten(std::string_view v) {
        std::string out(v.substr(0, 80));
        if (v.size() > 80) out += "...";
        return out;
    }

    static bool subsequence(std::string_view needle, std::string_view hay) {
        std::size_t j = 0;
        for (std::size_t i = 0; i < hay.size() && j < needle.size(); ++i)
            if (hay[i] == needle[j]) ++j;
        return j == needle.size();
    }

    // The source under `s` without the dropped pieces.
    std::string value_under(Span s) const {
        std::string out;
        std::uint32_t at = s.begin;
        // dropped_ is sorted and disjoint: start at the first piece that ends after s.begin.
        auto first = std::lower_bound(dropped_.begin(), dropped_.end(), s.begin,
                                      [](const Span& d, std::uint32_t v) { return d.end <= v; });
        for (auto it = first; it != dropped_.end() && it->begin < s.end; ++it) {
            const Span d = *it;
            if (d.end <= at) continue;
            if (d.begin > at) out.append(src_.substr(at, d.begin - at));
            at = d.end > at ? d.end : at;
        }
        if (at < s.end) out.append(src_.substr(at, s.end - at));
        return out;
    }

    // A dropped piece is a bracketed pinyin reading, nothing else: "(" or "（",
    // one to six lower-case letters (a-z or accented Latin), ")" or "）".
    void dropped_piece(Span d) {
        if (!span("dropped piece", d)) return;
        std::string_view p = under(d);
        const std::string where = "dropped piece \"" + shorten(p) + "\" at " + std::to_string(d.begin);
        // A line break joined in hard-wrapped text (with the blanks and page
        // furniture around it).
        if (p.find('\n') != std::string_view::npos || p.find('\r') != std::string_view::npos) return;
        std::size_t open = p.starts_with("(") ? 1 : p.starts_with("\xEF\xBC\x88") ? 3 : 0;
        std::size_t close = p.ends_with(")") ? 1 : p.ends_with("\xEF\xBC\x89") ? 3 : 0;
        if (open == 0 || close == 0 || open + close >= p.size()) {
            fail(where + ": not a bracketed reading");
            return;
        }
        p = p.substr(open, p.size() - open - close);
        std::size_t letters = 0;
        for (const char ch : p) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x80 && (c < 'a' || c > 'z')) return fail(where + ": not a pinyin letter inside");
            if (c >= 0xE2) return fail(where + ": CJK or other wide text inside");
            letters += (c & 0xC0) != 0x80;
        }
        if (letters > 6) fail(where + ": more than six letters");
    }

    // A Text read as one contiguous slice (joined: may be pieces of it).
    void slice(const std::string& where, const Text& t, bool joined = false) {
        if (!span(where + ".span", t.span)) return;
        const std::string src = value_under(t.span);
        if (joined ? !subsequence(t.value, src) : t.value != src)
            fail(where + ": value \"" + shorten(t.value) + "\" is not the source under its span \"" + shorten(src) + "\"");
    }
    void opt_slice(const std::string& where, const std::optional<Text>& t, bool joined = false) {
        if (t) slice(where, *t, joined);
    }

    void within(const std::string& where, Span inner, Span outer) {
        if (inner.begin < outer.begin || inner.end > outer.end)
            fail(where + ": span [" + std::to_string(inner.begin) + ", " + std::to_string(inner.end) +
                 ") not inside [" + std::to_string(outer.begin) + ", " + std::to_string(outer.end) + ")");
    }

    void header() {
        const Header& h = r_.header;
        span("header.span", h.span);
        opt_slice("header.authority", h.authority);
        opt_slice("header.inspecting_body", h.inspecting_body);
        opt_slice("header.inspected_unit", h.inspected_unit, /*joined=*/true);
        opt_slice("header.feedback_recipient", h.feedback_recipient);
        opt_slice("header.round", h.round);
        if (h.inspection_start) span("header.inspection_start", h.inspection_start->span);
        if (h.inspection_end) span("header.inspection_end", h.inspection_end->span);
        if (h.feedback_date) span("header.feedback_date", h.feedback_date->span);
    }

    void progress() {
        const Progress& p = r_.progress;
        if (p.problems_reported) span("progress.problems_reported", p.problems_reported->span);
        if (p.measures_planned) span("progress.measures_planned", p.measures_planned->span);
        if (p.problems_completed) span("progress.problems_completed", p.problems_completed->span);
        if (p.completion_rate) span("progress.completion_rate", p.completion_rate->span);
    }

    void sanction(const std::string& where, const Sanction& s) {
        span(where + ".span", s.span);
        slice(where + ".label", s.label);
        span(where + ".count", s.count.span);
        if (std::string_view(to_string(s.category)).empty()) fail(where + ": category out of range");
        for (std::size_t i = 0; i < s.breakdown.size(); ++i) {
            const SanctionDetail& d = s.breakdown[i];
            const std::string w = where + ".breakdown[" + std::to_string(i) + "]";
            span(w + ".span", d.span);
            slice(w + ".label", d.label);
            span(w + ".count", d.count.span);
            if (std::string_view(to_string(d.category)).empty()) fail(w + ": category out of range");
        }
    }

    void money(const std::string& where, const MoneyAmount& m) {
        span(where + ".span", m.span);
        slice(where + ".label", m.label);
        slice(where + ".text", m.text);
        if (m.amount_fen < 0) fail(where + ": negative amount");
        if (std::string_view(to_string(m.category)).empty()) fail(where + ": category out of range");
    }

    void section(const std::string& where, const Section& s, std::optional<Span> parent) {
        if (depth_ > 200) {
            fail(where + ": sections nested more than 200 deep");
            return;
        }
        ++depth_;
        if (span(where + ".span", s.span)) {
            const std::string src = value_under(s.span);
            if (!src.starts_with(s.marker))
                fail(where + ": marker \"" + shorten(s.marker) + "\" is not where its span starts \"" + shorten(src) + "\"");
            if (!s.marker.starts_with(s.label))
                fail(where + ": label \"" + shorten(s.label) + "\" is not a prefix of marker \"" + shorten(s.marker) + "\"");
        }
        if (s.marker.empty()) fail(where + ": empty marker");
        if (parent) within(where, s.span, *parent);
        slice(where + ".title", s.title);
        within(where + ".title", s.title.span, s.span);
        opt_slice(where + ".problem", s.problem);
        if (s.problem) within(where + ".problem", s.problem->span, s.title.span);
        slice(where + ".text", s.text);
        within(where + ".text", s.text.span, s.span);
        std::optional<Span> prev;
        for (std::size_t i = 0; i < s.children.size(); ++i) {
            const std::string w = where + ".children[" + std::to_string(i) + "]";
            section(w, s.children[i], s.span);
            if (prev && s.children[i].span.begin < prev->end) fail(w + " starts before its previous sibling ends");
            prev = s.children[i].span;
        }
        --depth_;
    }

    void next_step(const std::string& where, const NextStep& n) {
        span(where + ".span", n.span);
        slice(where + ".title", n.title);
        slice(where + ".text", n.text);
    }

    void contacts(const Contacts& c) {
        span("contacts.span", c.span);
        for (std::size_t i = 0; i < c.phones.size(); ++i) slice("contacts.phones[" + std::to_string(i) + "]", c.phones[i]);
        for (std::size_t i = 0; i < c.emails.size(); ++i) slice("contacts.emails[" + std::to_string(i) + "]", c.emails[i]);
        for (std::size_t i = 0; i < c.websites.size(); ++i) slice("contacts.websites[" + std::to_string(i) + "]", c.websites[i]);
        opt_slice("contacts.postal_address", c.postal_address);
        opt_slice("contacts.postcode", c.postcode);
    }

    const Report& r_;
    std::string_view src_;
    std::vector<Span> dropped_;
    std::vector<std::string> problems_;
    int depth_ = 0;
};

/// The source ranges the normaliser drops from values: pinyin readings, and
/// the line breaks (with any page furniture) joined in hard-wrapped text.
[[nodiscard]] inline std::vector<Span> dropped_pieces(std::string_view source) {
    std::vector<Diagnostic> ignored;
    const input::NormalizedText n = input::NormalizedText::from_source(source, ignored);
    const auto by_begin = [](Span a, Span b) { return a.begin < b.begin; };
    std::vector<Span> joined = n.joined(), dropped = n.dropped();
    std::sort(joined.begin(), joined.end(), by_begin);
    std::sort(dropped.begin(), dropped.end(), by_begin);
    // Every joined piece, and the dropped pieces no joined piece holds: one
    // merge pass (a document can have a hundred thousand joins).
    std::vector<Span> all = joined;
    std::size_t k = 0;
    for (const Span d : dropped) {
        while (k < joined.size() && joined[k].end < d.end) ++k;
        const bool inside = k < joined.size() && d.begin >= joined[k].begin && d.end <= joined[k].end;
        if (!inside) all.push_back(d);
    }
    std::sort(all.begin(), all.end(), by_begin);
    return all;
}

/// Every broken invariant of `r`, parsed from `source` (empty when all hold).
[[nodiscard]] inline std::vector<std::string> check_report(const Report& r, std::string_view source) {
    return ReportChecker(r, source, dropped_pieces(source)).run();
}

/// The same for a Contacts block read straight from a document.
[[nodiscard]] inline std::vector<std::string> check_contacts(const Contacts& c, std::string_view source) {
    Report r;
    r.source_size = static_cast<std::uint32_t>(source.size());
    r.contacts = c;
    return ReportChecker(r, source, dropped_pieces(source)).run();
}

/// The same for the statistics read straight from a document's paragraphs.
[[nodiscard]] inline std::vector<std::string> check_statistics(std::vector<Sanction> sanctions, Progress progress,
                                                               std::optional<Count> rules, std::string_view source) {
    Report r;
    r.source_size = static_cast<std::uint32_t>(source.size());
    r.sanctions = std::move(sanctions);
    r.progress = progress;
    r.rules_established = rules;
    return ReportChecker(r, source, dropped_pieces(source)).run();
}

}  // namespace zhenggai::checks
