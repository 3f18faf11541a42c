// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/signature/grammar_def.hpp"

namespace zhenggai::facts::signature::parser {
BOOST_SPIRIT_INSTANTIATE(signatory_line_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(signed_date_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(closing_line_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(note_line_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
}  // namespace zhenggai::facts::signature::parser

namespace zhenggai::facts::signature {
const parser::signatory_line_type& signatory_line() { return parser::signatory_line; }
const parser::signed_date_type& signed_date() { return parser::signed_date; }
const parser::closing_line_type& closing_line() { return parser::closing_line; }
const parser::note_line_type& note_line() { return parser::note_line; }
}  // namespace zhenggai::facts::signature
