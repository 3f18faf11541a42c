// The number grammar as X3 primitives, so that sentence grammars can use the
// one Chinese-numerals-and-digits reader (numbers.hpp) as a plain parser.
#pragma once

#include <string_view>

#include "facts/numbers/numbers.hpp"
#include "facts/x3/config.hpp"

namespace zhenggai::facts::numbers::parser {

namespace x3 = boost::spirit::x3;

/// A whole number, Arabic (48) or Chinese (十五, 两): 1.5 is no whole number.
struct integer_parser : x3::parser<integer_parser> {
    using attribute_type = std::int64_t;
    static constexpr bool has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attribute& attr) const {
        const auto m = match_number(std::string_view(first, static_cast<std::size_t>(last - first)));
        if (!m || m->scale != 0) return false;
        first += m->length;
        x3::traits::move_to(m->units, attr);
        return true;
    }
};
inline const integer_parser integer{};

/// An Arabic number as one token (48, 5005.75), whatever follows it: lets a
/// scan skip whole numbers so that it never restarts inside one.
inline const auto arabic_token = x3::omit[+x3::char_('0', '9') >> *(x3::char_('.') >> +x3::char_('0', '9'))];


}  // namespace zhenggai::facts::numbers::parser
