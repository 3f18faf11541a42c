#include "facts/headings/grammar_def.hpp"

namespace zhenggai::facts::headings::parser {
BOOST_SPIRIT_INSTANTIATE(marker_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(inline_point_type, x3cfg::iterator_type, x3cfg::context_type)
}  // namespace zhenggai::facts::headings::parser

namespace zhenggai::facts::headings {
const parser::marker_type& marker() { return parser::marker; }
const parser::inline_point_type& inline_point() { return parser::inline_point; }
}  // namespace zhenggai::facts::headings
