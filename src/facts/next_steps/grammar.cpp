// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/next_steps/grammar_def.hpp"

namespace zhenggai::facts::next_steps::parser {
BOOST_SPIRIT_INSTANTIATE(next_step_point_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
}  // namespace zhenggai::facts::next_steps::parser

namespace zhenggai::facts::next_steps {
const parser::next_step_point_type& next_step_point() { return parser::next_step_point; }
}  // namespace zhenggai::facts::next_steps
