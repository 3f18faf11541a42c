#include "facts/money/grammar_def.hpp"

namespace zhenggai::facts::money::parser {
BOOST_SPIRIT_INSTANTIATE(suffix_type, x3cfg::iterator_type, x3cfg::context_type)
}

namespace zhenggai::facts::money {
const parser::suffix_type& suffix() { return parser::suffix; }
}
