#pragma once

#include <string>

#include "facts/x3/config.hpp"

namespace zhenggai::facts::statistics::parser {
namespace x3 = boost::spirit::x3;
/// [余|多] unit — the part of a count after its number; the attribute is the unit.
using count_suffix_type = x3::rule<class count_suffix_class, std::string>;
using percent_sign_type = x3::rule<class percent_sign_class>;
BOOST_SPIRIT_DECLARE(count_suffix_type, percent_sign_type)
}  // namespace zhenggai::facts::statistics::parser

namespace zhenggai::facts::statistics {
const parser::count_suffix_type& count_suffix();
const parser::percent_sign_type& percent_sign();
}  // namespace zhenggai::facts::statistics
