#pragma once

#include "facts/headings/ast.hpp"
#include "facts/x3/config.hpp"

namespace zhenggai::facts::headings::parser {
namespace x3 = boost::spirit::x3;
using marker_type = x3::rule<class marker_class, ast::Marker>;
using inline_point_type = x3::rule<class inline_point_class, int>;
BOOST_SPIRIT_DECLARE(marker_type, inline_point_type)
}  // namespace zhenggai::facts::headings::parser

namespace zhenggai::facts::headings {
const parser::marker_type& marker();
const parser::inline_point_type& inline_point();
}  // namespace zhenggai::facts::headings
