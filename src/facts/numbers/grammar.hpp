#pragma once

#include "facts/numbers/ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/lead_set.hpp"

namespace zhenggai::facts::numbers::parser {

namespace x3 = boost::spirit::x3;

using arabic_type = x3::rule<class arabic_class, ast::Arabic>;
using chinese_type = x3::rule<class chinese_class, ast::ChineseTokens>;

BOOST_SPIRIT_DECLARE(arabic_type, chinese_type)

}  // namespace zhenggai::facts::numbers::parser

namespace zhenggai::facts::numbers {
const parser::arabic_type& arabic();
const parser::chinese_type& chinese();
/// The characters a number can open with: ASCII digits and Chinese numerals.
const x3util::LeadSet& number_leads();
}  // namespace zhenggai::facts::numbers
