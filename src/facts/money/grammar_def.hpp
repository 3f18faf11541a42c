#pragma once

#include "facts/money/ast_adapted.hpp"
#include "facts/money/grammar.hpp"
#include "facts/x3/symbols.hpp"
#include "facts/x3/utf8.hpp"

namespace zhenggai::facts::money::parser {

namespace x3 = boost::spirit::x3;

struct magnitude_t : x3util::symbols<long long> {
    magnitude_t() { add("万", 10000)("亿", 100000000)("千", 1000)("百万", 1000000)("千万", 10000000); }
};
inline const magnitude_t magnitude;

const auto approx = x3::attr(true) >> x3util::approx_suffix | x3::attr(false);

const suffix_type suffix = "money unit";
const auto suffix_def = approx >> -magnitude >> approx >> (x3::lit("元") | x3::lit("圆"));

BOOST_SPIRIT_DEFINE(suffix)

}  // namespace zhenggai::facts::money::parser
