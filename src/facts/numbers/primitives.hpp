// The number grammar as X3 primitives, so that sentence grammars can use the
// one Chinese-numerals-and-digits reader (numbers.hpp) as a plain parser.
#pragma once

#include <string_view>

#include "facts/numbers/numbers.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/matcher.hpp"

namespace zhenggai::facts::numbers::parser {

namespace x3 = boost::spirit::x3;

/// A whole number, Arabic (48) or Chinese (十五, 两): 1.5 is no whole number.
inline const auto integer = x3util::matcher<std::int64_t>([](std::string_view s, std::int64_t& value) -> std::size_t {
    const auto m = match_number(s);
    if (!m || m->scale != 0) return 0;
    value = m->units;
    return m->length;
});

/// An Arabic number as one token (48, 5005.75), whatever follows it: lets a
/// scan skip whole numbers so that it never restarts inside one.
inline const auto arabic_token = x3::omit[+x3::char_('0', '9') >> *(x3::char_('.') >> +x3::char_('0', '9'))];


}  // namespace zhenggai::facts::numbers::parser
