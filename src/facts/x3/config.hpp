// Shared Spirit X3 configuration: every grammar in zhenggai parses the
// normalised UTF-8 text through plain `const char*` iterators (zero copies)
// with no skipper, so rules are instantiated for exactly one iterator and
// context type per kind (see each module's grammar.cpp).
//
// Token rules (numbers, dates, money) return plain values and need no
// context. Sentence rules build ASTs whose nodes are `position_tagged`: their
// rule IDs derive from `annotate_on_success`, which records each node's
// source range in the error handler carried by `tagged_context_type`. Spans in
// the model come from those ranges, never from byte arithmetic.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>

#include <functional>

namespace zhenggai::facts::x3cfg {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using context_type = x3::unused_type;

using error_handler_type = x3::error_handler<iterator_type>;
using tagged_context_type =
    x3::context<x3::error_handler_tag, std::reference_wrapper<error_handler_type>, x3::unused_type>;

}  // namespace zhenggai::facts::x3cfg
