// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/statistics/grammar_def.hpp"

namespace zhenggai::facts::statistics::parser {
BOOST_SPIRIT_INSTANTIATE(count_suffix_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(percent_sign_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(sanction_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(progress_figure_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(rules_figure_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(sanction_label_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
}  // namespace zhenggai::facts::statistics::parser

namespace zhenggai::facts::statistics {
const parser::count_suffix_type& count_suffix() { return parser::count_suffix; }
const parser::percent_sign_type& percent_sign() { return parser::percent_sign; }
const parser::sanction_type& sanction() { return parser::sanction; }
const parser::progress_figure_type& progress_figure() { return parser::progress_figure; }
const parser::rules_figure_type& rules_figure() { return parser::rules_figure; }
const parser::sanction_label_type& sanction_label() { return parser::sanction_label; }
}  // namespace zhenggai::facts::statistics
