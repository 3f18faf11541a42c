#pragma once

#include "facts/money/clause_ast_adapted.hpp"
#include "facts/money/clause_grammar.hpp"
#include "facts/money/clause_vocabulary.hpp"
#include "facts/money/money.hpp"
#include "facts/numbers/primitives.hpp"
#include "facts/x3/utf8.hpp"
#include "facts/x3/matcher.hpp"

namespace zhenggai::facts::money::parser {

namespace x3 = boost::spirit::x3;
using numbers::parser::arabic_token;
using x3util::utf8_char;
namespace vocab = vocabulary;

// ---------------------------------------------------------------- amount

const auto magnitudes = x3::lit("百万") | "千万" | "万" | "亿" | "千";
// 50万美元 / 3万余港元.
const auto foreign_amount = arabic_token >> -magnitudes >> -x3util::approx_suffix >> vocab::foreign_currencies;

/// An amount read by the amount grammar (money.hpp), exactly in fen, or one
/// in a currency that is not converted (foreign). It starts with a digit: a
/// Chinese numeral is no amount of a clause here.
const auto amount_primitive = x3util::matcher<ast::Amount>([](std::string_view s, ast::Amount& a) -> std::size_t {
    if (s.empty() || s.front() < '0' || s.front() > '9') return 0;
    if (const auto m = match_money(s)) {
        a.fen = m->fen;
        a.approximate = m->approximate;
        return m->length;
    }
    const char* first = s.data();
    if (!x3::parse(first, s.data() + s.size(), foreign_amount)) return 0;
    a.foreign = true;
    return static_cast<std::size_t>(first - s.data());
});

struct amount_class : x3::annotate_on_success {};
const x3::rule<amount_class, ast::Amount> amount = "amount of money";
const auto amount_def = amount_primitive;

// ---------------------------------------------------------------- clause

/// Where a clause ends: the grammar never reads across one.
const auto clause_separator = x3::lit(',') | ';' | ':' | '(' | "。" | "、";

struct label_class : x3::annotate_on_success {};
struct money_clause_class : x3::annotate_on_success {};
const x3::rule<label_class, ast::Label> label = "recovery label";
const money_clause_type money_clause = "money clause";

/// A recovery verb from the table, as a Label of its category.
struct verb_parser : x3::parser<verb_parser> {
    using attribute_type = ast::Label;
    static constexpr bool has_attribute = true;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& ctx, RContext& rctx, Attribute& attr) const {
        ast::Label l;
        if (!vocab::recovery_verbs.parse(first, last, ctx, rctx, l.category)) return false;
        x3::traits::move_to(l, attr);
        return true;
    }
};
const verb_parser recovery_verb{};

// The verb, then any words up to the amount; a whole number is one step, so
// an amount is tried only where a number starts.
const auto label_def =
    recovery_verb >> x3::omit[*(!x3::omit[amount] >> !clause_separator >> (arabic_token | utf8_char))];

const auto money_clause_def = label >> amount;

BOOST_SPIRIT_DEFINE(amount, label, money_clause)

// ---------------------------------------------------------------- extent

const amount_extent_type amount_extent = "extent of an amount";
const auto amount_extent_def = (arabic_token >> x3::repeat(0, 2)[!x3::lit("元") >> utf8_char] >> "元") | arabic_token;

BOOST_SPIRIT_DEFINE(amount_extent)

}  // namespace zhenggai::facts::money::parser
