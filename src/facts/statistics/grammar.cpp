#include "facts/statistics/grammar_def.hpp"

namespace zhenggai::facts::statistics::parser {
BOOST_SPIRIT_INSTANTIATE(count_suffix_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(percent_sign_type, x3cfg::iterator_type, x3cfg::context_type)
}  // namespace zhenggai::facts::statistics::parser

namespace zhenggai::facts::statistics {
const parser::count_suffix_type& count_suffix() { return parser::count_suffix; }
const parser::percent_sign_type& percent_sign() { return parser::percent_sign; }
}  // namespace zhenggai::facts::statistics
