// Money recovered, refunded or recouped, from the money clause grammar
// (clause_grammar.hpp): the grammar recognises each clause — recovery verb,
// its category, the words up to the amount, the amount —; this file only
// finds where a clause may start (one trigger pass: the paragraph must hold
// 元, a clause starts with a CJK verb) and turns the nodes into items.
//
// One hand-written pass remains, over amounts rather than sentences: an
// amount the amount grammar refuses (5.123元, 400 digits) is diagnosed
// wherever it stands, in a recovery clause or not, so the digits are looked
// for directly.
#include "facts/money/recovered.hpp"

#include "facts/money/clause_ast.hpp"
#include "facts/money/clause_grammar.hpp"
#include "facts/money/money.hpp"
#include "facts/x3/tagged_reader.hpp"
#include "input/text.hpp"

namespace zhenggai::facts {

namespace {

namespace x3 = boost::spirit::x3;
namespace ast = money::ast;
using input::Range;

// Every recovery verb opens with a CJK character of U+4E00..U+9FFF (UTF-8
// lead byte 0xE4..0xE9).
bool may_open_verb(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0xE4 && u <= 0xE9;
}

// Amounts the amount grammar refuses, diagnosed with their extent.
void diagnose_refused(const input::Document& doc, Range r) {
    const std::string_view s = doc.text(r);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!text::is_digit(s[i]) || (i > 0 && (text::is_digit(s[i - 1]) || s[i - 1] == '.'))) continue;
        MoneyFailure failure = MoneyFailure::none;
        if (match_money(s.substr(i), &failure) || (failure != MoneyFailure::not_exact && failure != MoneyFailure::too_large))
            continue;
        const char* first = s.data() + i;
        const char* const last = s.data() + s.size();
        if (!x3::parse(first, last, money::amount_extent())) continue;
        const auto end = static_cast<std::size_t>(first - s.data());
        doc.diagnose<DiagnosticCode::money_not_exact>(
            Range{r.begin + static_cast<std::uint32_t>(i), r.begin + static_cast<std::uint32_t>(end)},
            failure == MoneyFailure::too_large ? "too large to represent exactly" : "is not a whole number of fen");
        i = end - 1;
    }
}

}  // namespace

std::vector<MoneyAmount> extract_money(const input::Document& doc, const std::vector<Range>& paragraphs) {
    std::vector<MoneyAmount> out;
    for (const Range r : paragraphs) {
        if (!text::contains(doc.text(r), "元")) continue;
        diagnose_refused(doc, r);
        x3util::TaggedReader reader(doc, r);
        const std::string_view s = reader.text();
        for (std::size_t i = 0; i < s.size();) {
            if (may_open_verb(s[i]) && money::money_clause_leads().may_start(s, i)) {
                ast::Clause clause;
                std::size_t next = i;
                if (reader.parse_at(next, s.size(), money::money_clause(), clause)) {
                    if (clause.amount.foreign) {
                        const Range at = reader.range_of(clause.amount);
                        doc.diagnose<DiagnosticCode::money_unit_unknown>(at, doc.text(at));
                    } else {
                        Range label = reader.range_of(clause.label);
                        label.end -= static_cast<std::uint32_t>(text::trailing_space(doc.text(label)));
                        MoneyAmount a;
                        a.category = clause.label.category;
                        a.label = doc.text_value(label);
                        a.amount_fen = clause.amount.fen;
                        a.text = reader.text_of(clause.amount);
                        a.approximate = clause.amount.approximate;
                        a.span = reader.span_of(clause);
                        out.push_back(std::move(a));
                    }
                    i = next;
                    continue;
                }
            }
            i += input::utf8_length(s, i);
        }
    }
    return out;
}

}  // namespace zhenggai::facts
