// Report-level statistics from the sentence grammars (grammar.hpp).
//
// The grammars recognise each figure's shape; this file only finds the
// clauses worth reading (one trigger pass: a count with the right unit must
// be in the clause), runs the grammar at each position of such a clause, and
// decides which of the recognised figures are the report's own totals — the
// one decision a grammar cannot express, since it depends on where a figure
// stands in the document and on the figures before it.
#include "facts/statistics/statistics.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <utility>
#include <vector>

#include "facts/statistics/ast.hpp"
#include "facts/statistics/grammar.hpp"
#include "input/text.hpp"

namespace zhenggai::facts {

namespace {

namespace x3 = boost::spirit::x3;
namespace ast = statistics::ast;
using input::Range;
using ErrorHandler = x3cfg::error_handler_type;
constexpr std::size_t npos = std::string_view::npos;

// The error handler's report stream: the grammars have no expectation points,
// so nothing is ever written to it; it only carries the position cache.
std::ostream& no_output() {
    static std::ostream stream(nullptr);
    return stream;
}

// ---------------------------------------------------------------- positions

// Reads one range of the normalised text with the grammars and maps the
// positions they record back to spans of the source.
class Reader {
public:
    Reader(const input::Document& doc, Range r)
        : doc_(doc), range_(r), text_(doc.text(r)),
          handler_(text_.data(), text_.data() + text_.size(), no_output()) {}

    [[nodiscard]] std::string_view text() const noexcept { return text_; }

    template <typename Rule, typename Attribute>
    bool parse_at(std::size_t& pos, std::size_t end, const Rule& rule, Attribute& out) {
        const char* first = text_.data() + pos;
        const char* const last = text_.data() + end;
        if (!x3::parse(first, last, x3::with<x3::error_handler_tag>(std::ref(handler_))[rule], out)) return false;
        pos = static_cast<std::size_t>(first - text_.data());
        return true;
    }

    [[nodiscard]] Range range_of(const x3::position_tagged& node) const {
        const auto where = handler_.position_of(node);
        return {range_.begin + static_cast<std::uint32_t>(where.begin() - text_.data()),
                range_.begin + static_cast<std::uint32_t>(where.end() - text_.data())};
    }
    [[nodiscard]] Span span_of(const x3::position_tagged& node) const { return doc_.span(range_of(node)); }
    [[nodiscard]] Text text_of(const x3::position_tagged& node) const {
        Range r = range_of(node);
        const std::string_view s = doc_.text(r);
        r.end -= static_cast<std::uint32_t>(text::trailing_space(s));
        return doc_.text_value(r);
    }
    [[nodiscard]] Count count_of(const ast::Count& c) const { return Count{c.value, c.approximate, span_of(c)}; }


private:
    const input::Document& doc_;
    Range range_;
    std::string_view text_;
    ErrorHandler handler_;
};

// ---------------------------------------------------------------- trigger pass

bool is_numeral_before(std::string_view s, std::size_t pos) {
    if (pos == 0) return false;
    if (text::is_digit(s[pos - 1])) return true;
    static constexpr std::string_view kBefore[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                                   "百", "千", "两", "〇", "零", "余", "多"};
    const std::size_t p = text::prev_char(s, pos);
    const std::string_view prev = s.substr(p, pos - p);
    for (const auto w : kBefore)
        if (prev == w) return true;
    return false;
}

// Whether s holds a number (or 余/多) right before one of the units: most
// clauses do not, and then the grammars need not look at them at all.
template <std::size_t N>
bool has_count(std::string_view s, const std::string_view (&units)[N]) {
    for (const std::string_view u : units) {
        for (std::size_t at = text::fast_find(s, u); at != npos; at = text::fast_find(s, u, at + u.size()))
            if (is_numeral_before(s, at)) return true;
    }
    return false;
}

// The places in s where one of the units follows a number, as [begin, end)
// offsets of the unit, in order: one pass over a paragraph, which then tells
// of each of its clauses whether it holds a count (has_count of the clause).
template <std::size_t N>
std::vector<std::pair<std::size_t, std::size_t>> count_units(std::string_view s, const std::string_view (&units)[N]) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const std::string_view u : units) {
        for (std::size_t at = text::fast_find(s, u); at != npos; at = text::fast_find(s, u, at + u.size()))
            if (is_numeral_before(s, at)) out.emplace_back(at, at + u.size());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Whether a unit of `found` (from count_units) lies in [b, e). A clause
// starts after a separator, which is neither a digit nor part of a numeral,
// so a count is in the clause exactly when has_count(clause) says so.
bool has_count_in(const std::vector<std::pair<std::size_t, std::size_t>>& found, std::size_t b, std::size_t e) {
    const auto it = std::lower_bound(found.begin(), found.end(), std::pair<std::size_t, std::size_t>{b, 0});
    return it != found.end() && it->second <= e;
}

// Calls f(begin, end, sentence) for each clause of s: the parts between
// , ; 。 : at bracket depth 0, so that a breakdown list stays with its count;
// `sentence` counts the 。 before the clause.
template <typename F>
void for_each_clause(std::string_view s, F&& f) {
    // The bytes that may open a bracket or a separator: all others are passed over.
    static constexpr auto kMayStop = [] {
        std::array<bool, 256> t{};
        for (const char c : {'(', ')', ',', ';', ':', text::kFullStop.front()}) t[static_cast<unsigned char>(c)] = true;
        return t;
    }();
    int depth = 0;
    std::size_t start = 0, sentence = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (!kMayStop[static_cast<unsigned char>(c)]) continue;
        if (c == '(') ++depth;
        else if (c == ')' && depth > 0) --depth;
        else if (depth == 0 && (c == ',' || c == ';' || c == ':'
                                || (c == text::kFullStop.front() && s.substr(i).starts_with(text::kFullStop)))) {
            if (i > start) f(start, i, sentence);
            const bool full_stop = !(c == ',' || c == ';' || c == ':');
            start = i + (full_stop ? text::kFullStop.size() : 1);
            sentence += full_stop;
            i = start - 1;
        }
    }
    if (start < s.size()) f(start, s.size(), sentence);
}

// Runs `rule` at each position of [b, e) where a figure may start (its
// character is one of `leads`, the first characters of the rule's words), in
// order; on a match calls on_match(node) and goes on after it.
template <typename Rule, typename Node, typename F>
void scan(Reader& reader, std::size_t b, std::size_t e, const Rule& rule, const x3util::LeadSet& leads,
          F&& on_match) {
    const std::string_view s = reader.text();
    for (std::size_t pos = b; pos < e;) {
        const auto c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80 && !text::is_digit(s[pos])) {  // every figure starts with a CJK word or a number
            ++pos;
            continue;
        }
        if (!leads.may_start(s, pos)) {
            pos += input::utf8_length(s, pos);
            continue;
        }
        Node node;
        std::size_t next = pos;
        if (reader.parse_at(next, e, rule, node) && next > pos) {
            if (!on_match(node)) return;
            pos = next;
            continue;
        }
        // Step over a whole number: a figure never starts inside one (1.5人).
        if (text::is_digit(s[pos])) {
            while (pos < e && (text::is_digit(s[pos]) || s[pos] == '.')) ++pos;
        } else {
            pos += input::utf8_length(s, pos);
        }
    }
}

constexpr std::string_view kSanctionUnits[] = {"人", "名", "件", "起"};
constexpr std::string_view kItemUnits[] = {"个", "项", "条"};
constexpr std::string_view kRuleUnits[] = {"个", "项", "条", "件"};

struct ItemParts {
    const ast::Label* label;
    const ast::Count* count;
    const x3::position_tagged* node;
};

/// What a sanction count counts, from its unit as written.
SanctionUnit unit_of(const ast::Count& c) {
    return c.unit == ast::CountUnit::jian || c.unit == ast::CountUnit::qi ? SanctionUnit::cases : SanctionUnit::people;
}

ItemParts parts(const ast::Item& item) {
    if (const auto* lf = boost::get<ast::LabelFirst>(&item)) return {&lf->label, &lf->count, lf};
    const auto& cf = boost::get<ast::CountFirst>(item);
    return {&cf.label, &cf.count, &cf};
}

}  // namespace

SanctionCategory sanction_category(std::string_view label) {
    ast::Label parsed;
    const char* first = label.data();
    ErrorHandler handler(first, label.data() + label.size(), no_output());
    if (x3::parse(first, label.data() + label.size(),
                  x3::with<x3::error_handler_tag>(std::ref(handler))[statistics::sanction_label()], parsed))
        return parsed.key;
    return SanctionCategory::other;
}

// Which parts hold report-level statistics is a decision about the document,
// not a sentence shape: the overview before the first heading, and from any
// sentence opened by a scope phrase (整改期间, 在巡视整改工作中 …) to the end
// of its paragraph. Statistics inside one measure are left alone.
std::vector<Range> statistics_scope(const input::Document& doc, const std::vector<ScopedParagraph>& paragraphs) {
    static constexpr std::string_view kScopePhrases[] = {"整改工作中", "整改期间", "整改过程中", "整改中",
                                                         "整改以来", "整改工作开展以来", "整改阶段", "整改工作期间"};
    std::vector<Range> out;
    for (const auto& p : paragraphs) {
        if (p.overview) {
            out.push_back(p.range);
            continue;
        }
        const std::string_view s = doc.text(p.range);
        std::size_t at = npos;
        for (std::size_t z = text::fast_find(s, "整改"); z != npos && at == npos; z = text::fast_find(s, "整改", z + std::string_view("整改").size())) {
            for (const auto phrase : kScopePhrases)
                if (s.substr(z).starts_with(phrase)) { at = z; break; }
        }
        if (at == npos) continue;
        std::size_t b = s.rfind(text::kFullStop, at);
        b = b == npos ? 0 : b + text::kFullStop.size();
        out.push_back({p.range.begin + static_cast<std::uint32_t>(b), p.range.end});
    }
    return out;
}

std::vector<Sanction> extract_sanctions(const input::Document& doc, const std::vector<Range>& scope) {
    std::vector<Sanction> out;
    for (const Range r : scope) {
        if (!has_count(doc.text(r), kSanctionUnits)) continue;
        Reader reader(doc, r);
        for_each_clause(reader.text(), [&](std::size_t b, std::size_t e, std::size_t) {
            if (!has_count(reader.text().substr(b, e - b), kSanctionUnits)) return;
            scan<statistics::parser::sanction_type, ast::Sanction>(
                reader, b, e, statistics::sanction(), statistics::sanction_leads(), [&](const ast::Sanction& node) {
                    const ItemParts head = parts(node.item);
                    Sanction sn;
                    sn.label = reader.text_of(*head.label);
                    sn.category = head.label->key;
                    sn.count = reader.count_of(*head.count);
                    sn.unit = unit_of(*head.count);
                    if (node.breakdown) {
                        for (const ast::Item& item : node.breakdown->items) {
                            const ItemParts d = parts(item);
                            SanctionDetail det;
                            det.label = reader.text_of(*d.label);
                            det.category = d.label->key;
                            det.count = reader.count_of(*d.count);
                            det.span = reader.span_of(*d.node);
                            sn.breakdown.push_back(std::move(det));
                        }
                        if (!node.breakdown->closed) {
                            doc.diagnose<DiagnosticCode::breakdown_cut_off>(reader.range_of(*node.breakdown),
                                                                            sn.label.value);
                        }
                    }
                    sn.span = reader.span_of(node);
                    out.push_back(std::move(sn));
                    return true;
                });
        });
    }
    return out;
}

Progress extract_progress(const input::Document& doc, const std::vector<Range>& paragraphs) {
    Progress p;
    std::optional<std::size_t> reported_in;             // paragraph of problems_reported
    std::optional<ast::ProgressNoun> last_noun;         // what the latest count counted
    // Without a cue word (反馈的…问题), a sentence that counts problems and then
    // the measures planned against them is the report's ledger (研究制定包括
    // 61项具体问题、278项整改举措的整改方案): its problems count is the total.
    struct Pending {
        Count count;
        std::size_t paragraph, sentence;
    };
    std::optional<Pending> ledger_problems;
    bool findings_seen = false;
    // Every figure is taken once, the first time it is read, and a completion
    // counts only within three paragraphs of the problems reported: once
    // nothing can still be taken, the rest of the text need not be read.
    const auto settled = [&](std::size_t pi) {
        return p.problems_reported && p.measures_planned && p.completion_rate
               && (p.problems_completed || pi >= *reported_in + 3);
    };
    for (std::size_t pi = 0; pi < paragraphs.size() && !settled(pi); ++pi) {
        const Range r = paragraphs[pi];
        const std::string_view all = doc.text(r);
        const bool has_rate = all.find('%') != npos;
        if (!has_rate && !has_count(all, kItemUnits)) continue;
        const auto counts = count_units(all, kItemUnits);
        Reader reader(doc, r);
        for_each_clause(all, [&](std::size_t b, std::size_t e, std::size_t sentence) {
            const std::string_view clause = all.substr(b, e - b);
            if (!has_count_in(counts, b, e) && (!has_rate || clause.find('%') == npos)) return;
            scan<statistics::parser::progress_figure_type, ast::ProgressFigure>(
                reader, b, e, statistics::progress_figure(), statistics::progress_figure_leads(), [&](const ast::ProgressFigure& fig) {
                    auto counted = [&](ast::ProgressNoun noun, const ast::Count& c) {
                        if (noun == ast::ProgressNoun::problem) {
                            if (!ledger_problems) ledger_problems = Pending{reader.count_of(c), pi, sentence};
                        } else {
                            if (!p.measures_planned) p.measures_planned = reader.count_of(c);
                            if (!findings_seen && !p.problems_reported && ledger_problems
                                && ledger_problems->paragraph == pi && ledger_problems->sentence == sentence) {
                                p.problems_reported = ledger_problems->count;
                                reported_in = pi;
                            }
                        }
                        last_noun = noun;
                    };
                    if (const auto* f = boost::get<ast::Findings>(&fig)) {
                        if (!findings_seen && !p.problems_reported) {
                            p.problems_reported = reader.count_of(f->problems);
                            reported_in = pi;
                            findings_seen = true;
                        }
                        last_noun = ast::ProgressNoun::problem;
                    } else if (const auto* c = boost::get<ast::Counted>(&fig)) {
                        counted(c->noun, c->count);
                    } else if (const auto* n = boost::get<ast::NounFirst>(&fig)) {
                        counted(n->noun, n->count);
                    } else if (const auto* rate = boost::get<ast::Rate>(&fig)) {
                        if (!p.completion_rate)
                            p.completion_rate = Percentage{Decimal{rate->units, rate->scale}, reader.span_of(*rate)};
                    } else {
                        // A completion counts problems when it says so, or when the
                        // count before it in the text was of problems: 已完成88项
                        // after 96项整改措施 counts measures, not problems.
                        // 已完成整改22个 (rectified) counts problems unless it names
                        // another noun.
                        const ast::Count* count = nullptr;
                        std::optional<ast::ProgressNoun> noun;
                        ast::CompletionVerb verb{};
                        if (const auto* done = boost::get<ast::Completed>(&fig)) {
                            count = &done->count;
                            verb = done->verb;
                            if (done->noun) noun = *done->noun;
                        } else {
                            const auto& done_first = boost::get<ast::CompletedCountFirst>(fig);
                            count = &done_first.count;
                            verb = done_first.verb;
                            if (done_first.noun) noun = *done_first.noun;
                        }
                        if (!noun && verb == ast::CompletionVerb::rectified) noun = ast::ProgressNoun::problem;
                        const ast::ProgressNoun what = noun ? *noun : last_noun.value_or(ast::ProgressNoun::task);
                        if (what == ast::ProgressNoun::problem && reported_in && pi < *reported_in + 3
                            && !p.problems_completed)
                            p.problems_completed = reader.count_of(*count);
                    }
                    return true;
                });
        });
    }
    return p;
}

std::optional<Count> extract_rules(const input::Document& doc, const std::vector<Range>& scope,
                                   const std::vector<Range>& paragraphs) {
    auto search = [&](const std::vector<Range>& where) -> std::optional<Count> {
        for (const Range r : where) {
            const std::string_view all = doc.text(r);
            if (text::fast_find(all, "制度") == npos || !has_count(all, kRuleUnits)) continue;
            Reader reader(doc, r);
            std::optional<Count> found;
            for_each_clause(all, [&](std::size_t b, std::size_t e, std::size_t) {
                if (found || !has_count(all.substr(b, e - b), kRuleUnits)) return;
                scan<statistics::parser::rules_figure_type, ast::Count>(
                    reader, b, e, statistics::rules_figure(), statistics::rules_figure_leads(), [&](const ast::Count& c) {
                        found = reader.count_of(c);
                        return false;
                    });
            });
            if (found) return found;
        }
        return std::nullopt;
    };
    if (auto c = search(scope)) return c;
    return search(paragraphs);
}

}  // namespace zhenggai::facts
