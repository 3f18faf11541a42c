// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/header/grammar_def.hpp"

namespace zhenggai::facts::header::parser {
// The round and the period are also run alone, through the tagged reader.
BOOST_SPIRIT_INSTANTIATE(round_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(period_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(clause_end_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(kind_named_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(organisation_name_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(deployment_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(inspection_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(feedback_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(announcement_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
}  // namespace zhenggai::facts::header::parser

namespace zhenggai::facts::header {
const parser::round_type& round() { return parser::round; }
const parser::deployment_type& deployment() { return parser::deployment; }
const parser::inspection_type& inspection() { return parser::inspection; }
const parser::feedback_type& feedback() { return parser::feedback; }
const parser::announcement_type& announcement() { return parser::announcement; }
const parser::period_type& period() { return parser::period; }
const parser::clause_end_type& clause_end() { return parser::clause_end; }
const parser::kind_named_type& kind_named() { return parser::kind_named; }
const parser::organisation_name_type& organisation_name() { return parser::organisation_name; }
}  // namespace zhenggai::facts::header
