// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/money/clause_grammar_def.hpp"

namespace zhenggai::facts::money::parser {
BOOST_SPIRIT_INSTANTIATE(money_clause_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(amount_extent_type, x3cfg::iterator_type, x3cfg::context_type)
}  // namespace zhenggai::facts::money::parser

namespace zhenggai::facts::money {
const parser::money_clause_type& money_clause() { return parser::money_clause; }
const parser::amount_extent_type& amount_extent() { return parser::amount_extent; }
const x3util::LeadSet& money_clause_leads() {
    // money_clause: label (recovery_verb: vocab::recovery_verbs …) >> amount.
    static const x3util::LeadSet set = [] {
        x3util::LeadSet s;
        s.add_words(parser::vocab::recovery_verbs);
        return s;
    }();
    return set;
}
}  // namespace zhenggai::facts::money
