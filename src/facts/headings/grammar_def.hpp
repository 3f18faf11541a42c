#pragma once

#include <string>

#include "facts/headings/ast_adapted.hpp"
#include "facts/headings/grammar.hpp"
#include "facts/x3/symbols.hpp"
#include "facts/x3/utf8.hpp"

namespace zhenggai::facts::headings::parser {

namespace x3 = boost::spirit::x3;

// 一 .. 九十九: ordinals of Chinese-numbered headings.
struct ordinal_t : x3util::symbols<int> {
    ordinal_t() {
        static const char* const d[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        for (int i = 1; i <= 99; ++i) {
            std::string s;
            if (i >= 20) s += d[i / 10];
            if (i >= 10) s += "十";
            s += d[i % 10];
            add(s, i);
        }
    }
};
inline const ordinal_t ordinal;

struct circled_t : x3util::symbols<int> {
    circled_t() {
        static const char* const c[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩",
                                        "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳"};
        for (int i = 0; i < 20; ++i) add(c[i], i + 1);
    }
};
inline const circled_t circled;

const x3::uint_parser<int, 10, 1, 2> arabic_ordinal;

const marker_type marker = "heading marker";
const inline_point_type inline_point = "inline point (一是)";

// Kinds match facts::MarkerKind. `!digit` keeps decimals (1.2万) and dotted
// numbers ("1.2讲话") from passing for 1.-headings.
const auto marker_def = (x3::attr(0) >> ordinal >> (x3::lit("、") | x3::lit('.')))
                        | (x3::attr(1) >> '(' >> ordinal >> ')')
                        | (x3::attr(2) >> arabic_ordinal >> (x3::lit('.') | x3::lit("、")) >> !x3util::ascii_digit)
                        | (x3::attr(3) >> '(' >> arabic_ordinal >> ')')
                        | (x3::attr(4) >> circled);
const auto inline_point_def = ordinal >> x3::lit("是");

BOOST_SPIRIT_DEFINE(marker, inline_point)

}  // namespace zhenggai::facts::headings::parser
