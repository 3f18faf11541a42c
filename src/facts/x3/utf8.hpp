// Character-level X3 building blocks over UTF-8 bytes.
//
// A byte-wise `char_` would happily split a multi-byte character in two, so
// "any character" is always spelled `utf8_char`, which consumes one complete,
// well-formed UTF-8 sequence or fails.
#pragma once

#include "facts/x3/config.hpp"

namespace zhenggai::facts::x3util {

namespace x3 = boost::spirit::x3;

inline const auto utf8_cont = x3::char_('\x80', '\xBF');
inline const auto utf8_char = x3::raw[x3::char_('\x00', '\x7F')
                                      | (x3::char_('\xC2', '\xDF') >> utf8_cont)
                                      | (x3::char_('\xE0', '\xEF') >> utf8_cont >> utf8_cont)
                                      | (x3::char_('\xF0', '\xF4') >> utf8_cont >> utf8_cont >> utf8_cont)];

inline const auto ascii_digit = x3::char_('0', '9');

/// 余 / 多 after a number: the figure is approximate ("40余项", "320万余元").
inline const auto approx_suffix = x3::lit("余") | x3::lit("多");

}  // namespace zhenggai::facts::x3util
