#pragma once

#include "facts/statistics/grammar.hpp"
#include "facts/x3/utf8.hpp"

namespace zhenggai::facts::statistics::parser {

namespace x3 = boost::spirit::x3;

const count_suffix_type count_suffix = "count unit";
const percent_sign_type percent_sign = "percent sign";

// Longest units first (人次 before 人).
const auto unit = x3::string("人次") | x3::string("人") | x3::string("名") | x3::string("件")
                  | x3::string("起") | x3::string("个") | x3::string("项") | x3::string("条")
                  | x3::string("类") | x3::string("家") | x3::string("次") | x3::string("处");
const auto count_suffix_def = x3::omit[-x3util::approx_suffix] >> unit;
const auto percent_sign_def = x3::lit('%') | x3::lit("％");

BOOST_SPIRIT_DEFINE(count_suffix, percent_sign)

}  // namespace zhenggai::facts::statistics::parser
