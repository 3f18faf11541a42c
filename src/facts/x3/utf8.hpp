// Character-level X3 building blocks over UTF-8 bytes.
//
// A byte-wise `char_` would happily split a multi-byte character in two, so
// "any character" is always spelled `utf8_char`, which consumes one complete,
// well-formed UTF-8 sequence or fails.
#pragma once

#include <cstddef>

#include "facts/x3/config.hpp"

namespace zhenggai::facts::x3util {

namespace x3 = boost::spirit::x3;

inline const auto utf8_cont = x3::char_('\x80', '\xBF');

/// One UTF-8 sequence: 00–7F; C2–DF, E0–EF or F0–F4 followed by one, two or
/// three continuation bytes. Its attribute is the range it matched (as
/// x3::raw gives). A primitive rather than an alternative of four sequences:
/// the sentence grammars step through names and clauses with it, character
/// by character, and this is a third of the instructions.
struct utf8_char_parser : x3::parser<utf8_char_parser> {
    using attribute_type = boost::iterator_range<const char*>;
    static constexpr bool has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attribute& attr) const {
        if (first == last) return false;
        const auto c = static_cast<unsigned char>(*first);
        std::ptrdiff_t n = 0;
        if (c < 0x80) n = 1;
        else if (c >= 0xC2 && c <= 0xDF) n = 2;
        else if (c >= 0xE0 && c <= 0xEF) n = 3;
        else if (c >= 0xF0 && c <= 0xF4) n = 4;
        else return false;
        if (last - first < n) return false;
        for (std::ptrdiff_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(first[k]) & 0xC0) != 0x80) return false;
        const Iterator begin = first;
        first += n;
        x3::traits::move_to(begin, first, attr);
        return true;
    }
};
inline const utf8_char_parser utf8_char{};

inline const auto ascii_digit = x3::char_('0', '9');

/// 余 / 多 after a number: the figure is approximate ("40余项", "320万余元").
inline const auto approx_suffix = x3::lit("余") | x3::lit("多");

}  // namespace zhenggai::facts::x3util
