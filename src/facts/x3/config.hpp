// Shared Spirit X3 configuration: every grammar in zhenggai parses the
// normalised UTF-8 text through plain `const char*` iterators (zero copies)
// with no skipper, so rules are instantiated for exactly one iterator and
// context type (see each module's grammar.cpp).
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace zhenggai::facts::x3cfg {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using context_type = x3::unused_type;

}  // namespace zhenggai::facts::x3cfg
