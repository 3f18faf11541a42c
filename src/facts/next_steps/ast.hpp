// What the next-step point grammar produces (position_tagged nodes: the
// grammar records where each part was read).
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <cstdint>

namespace zhenggai::facts::next_steps::ast {

namespace x3 = boost::spirit::x3;

/// How a point is numbered.
enum class MarkerForm : std::uint8_t {
    shi,    ///< 一是 / 二是
    paren,  ///< (一) / （一）
    di,     ///< 第一, / 第二、 (the marker is 第一; the comma is skipped)
};

/// The marker as written, with its ordinal (一是 → 1).
struct Marker : x3::position_tagged {
    MarkerForm form = MarkerForm::shi;
    int ordinal = 0;
};

/// The point's title: from after the marker to its first 。 or ; outside quotes.
struct Title : x3::position_tagged {};

/// 一是持续压实整改责任。… — a marker and its title.
struct Point : x3::position_tagged {
    Marker marker;
    Title title;
};

}  // namespace zhenggai::facts::next_steps::ast
