#pragma once

#include "facts/numbers/ast_adapted.hpp"
#include "facts/numbers/grammar.hpp"
#include "facts/x3/symbols.hpp"
#include "facts/x3/utf8.hpp"

namespace zhenggai::facts::numbers::parser {

namespace x3 = boost::spirit::x3;
using x3util::ascii_digit;

struct chinese_symbols_t : x3util::symbols<long long> {
    chinese_symbols_t() {
        add("〇", 0)("零", 0)("一", 1)("二", 2)("两", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)
            ("九", 9)("十", 10)("百", 100)("千", 1000)("万", 10000)("亿", 100000000);
    }
};
inline const chinese_symbols_t chinese_symbols;

const arabic_type arabic = "number";
const chinese_type chinese = "Chinese numeral";

// A '.' only belongs to the number when digits follow: "3." ends a heading.
const x3::rule<class digits_class, std::string> digits = "digits";
const auto digits_def = +ascii_digit;
const auto arabic_def = digits >> -('.' >> digits);
const auto chinese_def = +chinese_symbols;

BOOST_SPIRIT_DEFINE(digits, arabic, chinese)

}  // namespace zhenggai::facts::numbers::parser
