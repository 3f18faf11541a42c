#pragma once

#include "facts/dates/ast_adapted.hpp"
#include "facts/dates/grammar.hpp"
#include "facts/x3/symbols.hpp"
#include "facts/x3/utf8.hpp"

namespace zhenggai::facts::dates::parser {

namespace x3 = boost::spirit::x3;

// 一 .. 三十一 for months and days written in Chinese numerals (公文 style).
struct small_numeral_t : x3util::symbols<int> {
    small_numeral_t() {
        static const char* const units[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        for (int i = 1; i <= 9; ++i) add(units[i], i);
        add("十", 10);
        for (int i = 1; i <= 9; ++i) add(std::string("十") + units[i], 10 + i);
        add("二十", 20);
        for (int i = 1; i <= 9; ++i) add(std::string("二十") + units[i], 20 + i);
        add("三十", 30)("三十一", 31);
    }
};
inline const small_numeral_t small_numeral;

struct year_digit_t : x3util::symbols<int> {
    year_digit_t() {
        add("〇", 0)("○", 0)("零", 0)("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9);
    }
};
inline const year_digit_t year_digit;

const x3::uint_parser<int, 10, 4, 4> year4;
const x3::uint_parser<int, 10, 1, 2> uint12;

const auto push_digit = [](auto& ctx) { x3::_val(ctx) = x3::_val(ctx) * 10 + x3::_attr(ctx); };
const auto zero = [](auto& ctx) { x3::_val(ctx) = 0; };
const x3::rule<class chinese_year_class, long long> chinese_year = "year in Chinese numerals";
// Any run of digits before 年 is a year as written; a year that is not a real
// one (99999999999年) must reach make_date() and its diagnostic, not vanish.
const x3::uint_parser<long long, 10, 1, 12> year_digits;
const auto chinese_year_def = x3::eps[zero] >> x3::repeat(4)[year_digit[push_digit]];

// A rule of its own, so a failed attempt ("7" of 7月) leaves no year behind.
const x3::rule<class year_class, long long> year = "year";
const auto year_def = (year_digits | chinese_year) >> x3::lit("年");
const auto month = (uint12 | small_numeral) >> x3::lit("月");
const auto day = (uint12 | small_numeral) >> (x3::lit("日") | x3::lit("号"));
// Longest alternatives first: 上中旬 before 上旬 would never be reached otherwise.
// A bare 中 is left out (3月中央… is not a period), and 初 of 初步 is a word.
const auto period = x3::string("上中旬") | x3::string("中下旬") | x3::string("上旬") | x3::string("中旬")
                    | x3::string("下旬") | (x3::string("初") >> !x3::lit("步")) | x3::string("底")
                    | x3::string("末") | x3::string("份");

const date_type date = "date";
const numeric_date_type numeric_date = "numeric date";
const range_separator_type range_separator = "date range separator";

const auto date_def = -year >> month >> -day >> -period;
const auto numeric_date_def = year4 >> (x3::lit('-') | '/' | '.') >> uint12 >> (x3::lit('-') | '/' | '.') >> uint12
                              >> !x3util::ascii_digit;
const auto range_separator_def = *x3::lit(' ') >> (x3::lit("至") | x3::lit("到") | x3::lit("——") | x3::lit("—")
                                                  | x3::lit("-") | x3::lit("~") | x3::lit("–"))
                                 >> *x3::lit(' ');

BOOST_SPIRIT_DEFINE(chinese_year, year)
BOOST_SPIRIT_DEFINE(date, numeric_date, range_separator)

}  // namespace zhenggai::facts::dates::parser
