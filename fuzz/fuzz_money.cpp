// Money: match_money reads an exact amount in fen or refuses with a reason;
// it never rounds, never overflows and never claims bytes it was not given.
// The money clause grammar at every position: its label precedes its amount
// inside the clause, the amount re-reads to the same fen; extract_money over
// a Document gives items whose values are the source under their spans.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "facts/money/clause_ast.hpp"
#include "facts/money/clause_grammar.hpp"
#include "facts/money/money.hpp"
#include "facts/money/recovered.hpp"
#include "facts/numbers/numbers.hpp"
#include "facts/x3/tagged_reader.hpp"
#include "fuzz_common.hpp"
#include "input/document.hpp"
#include "input/utf8.hpp"
#include "structure/paragraphs.hpp"

namespace {

using namespace zhenggai;
using fuzz::require;

void check_clauses(std::string_view t) {
    facts::x3util::TaggedReader reader(t);
    for (std::size_t i = 0; i < t.size() && i < 256; i += input::utf8_length(t, i)) {
        facts::money::ast::Clause c;
        std::size_t next = i;
        if (!reader.parse_at(next, t.size(), facts::money::money_clause(), c)) continue;
        const auto [cb, ce] = reader.offsets_of(c);
        const auto [lb, le] = reader.offsets_of(c.label);
        const auto [ab, ae] = reader.offsets_of(c.amount);
        require(cb == i && ce == next && lb == cb && le == ab && ae == ce && ab < ae, "money clause parts misplaced");
        require(c.label.category != MoneyCategory::other, "money clause without a recovery category");
        if (!c.amount.foreign) {
            const auto m = facts::match_money(t.substr(ab, ae - ab));
            require(m && m->length == ae - ab && m->fen == c.amount.fen && m->approximate == c.amount.approximate,
                    "money clause amount does not re-read to itself");
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string buf(fuzz::as_view(data, size));
    const std::string_view s = buf;

    facts::MoneyFailure failure = facts::MoneyFailure::none;
    const auto m = facts::match_money(s, &failure);
    (void)facts::match_money(s);  // without the out-parameter
    if (m) {
        require(failure == facts::MoneyFailure::none, "match_money: a match with a failure reason");
        require(m->length > 0 && m->length <= s.size(), "match_money: bad length");
        require(m->fen >= 0, "match_money: negative amount");
        // The number it starts with, scaled to fen, must be at most the amount
        // (magnitudes only multiply) unless the number has a fraction.
        const auto n = facts::match_number(s);
        require(n.has_value(), "match_money matched without a number");
        require(n->length < m->length, "match_money: no unit after the number");
        if (n->scale == 0 && n->units <= INT64_MAX / 100) require(m->fen >= n->units * 100, "match_money: amount below its number");
    } else {
        require(failure != facts::MoneyFailure::none, "match_money: refused without a reason");
    }

    std::vector<Diagnostic> diagnostics;
    const input::Document doc(s, diagnostics);
    check_clauses(doc.text());
    for (const MoneyAmount& a : facts::extract_money(doc, structure::split_paragraphs(doc.text()))) {
        for (const Text* t : {&a.label, &a.text}) {
            require(t->span.begin <= t->span.end && t->span.end <= s.size(), "money value span outside the input");
            require(a.span.begin <= t->span.begin && t->span.end <= a.span.end, "money value outside its item");
        }
        require(a.label.span.end <= a.text.span.begin, "money label after its amount");
        require(a.amount_fen >= 0, "negative money item");
    }
    for (const Diagnostic& d : diagnostics)
        require(d.span.begin <= d.span.end && d.span.end <= s.size(), "diagnostic span outside the input");
    return 0;
}
