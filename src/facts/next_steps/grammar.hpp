// Next-step point grammar.
//
// Sentence rule over the text at a point's marker (position_tagged AST):
//   next_step_point  marker, then the title up to the first 。 or ; outside quotes
//     marker: 一是 / (一) / 第一 (before its comma) — the numeral read by the one Chinese-numerals
//     reader (facts/numbers), ordinals 1 to 99.
#pragma once

#include "facts/next_steps/ast.hpp"
#include "facts/x3/config.hpp"

namespace zhenggai::facts::next_steps::parser {
namespace x3 = boost::spirit::x3;
struct next_step_point_class;
using next_step_point_type = x3::rule<next_step_point_class, ast::Point>;
BOOST_SPIRIT_DECLARE(next_step_point_type)
}  // namespace zhenggai::facts::next_steps::parser

namespace zhenggai::facts::next_steps {
const parser::next_step_point_type& next_step_point();
}  // namespace zhenggai::facts::next_steps
