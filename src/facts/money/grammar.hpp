#pragma once

#include "facts/money/ast.hpp"
#include "facts/x3/config.hpp"

namespace zhenggai::facts::money::parser {
namespace x3 = boost::spirit::x3;
using suffix_type = x3::rule<class suffix_class, ast::Suffix>;
BOOST_SPIRIT_DECLARE(suffix_type)
}  // namespace zhenggai::facts::money::parser

namespace zhenggai::facts::money {
const parser::suffix_type& suffix();
}
