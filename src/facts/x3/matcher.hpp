// A façade matcher used as an X3 primitive parser.
//
// Numbers, dates, amounts and percentages are read by one grammar each behind
// a plain function (match_number, match_date_range, match_money,
// match_percent…). Sentence grammars use those readings as tokens through this
// adapter, so every sentence reads a number or a date the same way and no
// grammar restates how.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

#include "facts/x3/config.hpp"

namespace zhenggai::facts::x3util {

namespace x3 = boost::spirit::x3;

/// `read(s, value)` reads a value at the start of `s` (a view of the
/// remaining input) into `value` and returns how many bytes it took, or 0
/// when nothing is there. The parser then consumes those bytes.
template <class Attribute, class Read>
struct matcher_parser : x3::parser<matcher_parser<Attribute, Read>> {
    using attribute_type = Attribute;
    static constexpr bool has_attribute = true;

    constexpr explicit matcher_parser(Read r) : read(r) {}

    template <typename Iterator, typename Context, typename RContext, typename Attr>
    bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attr& attr) const {
        Attribute value{};
        const std::size_t n = read(std::string_view(first, static_cast<std::size_t>(last - first)), value);
        if (n == 0) return false;
        first += static_cast<std::ptrdiff_t>(n);
        x3::traits::move_to(std::move(value), attr);
        return true;
    }

    Read read;
};

/// matcher<Attribute>([](std::string_view s, Attribute& v) -> std::size_t {…}).
template <class Attribute, class Read>
constexpr matcher_parser<Attribute, Read> matcher(Read read) {
    return matcher_parser<Attribute, Read>(read);
}

}  // namespace zhenggai::facts::x3util
