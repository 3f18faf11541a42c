// What the signature grammars produce (position_tagged nodes: the grammar
// records where each part was read).
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <cstdint>

namespace zhenggai::facts::signature::ast {

namespace x3 = boost::spirit::x3;

/// The issuing body under a report: 中共青川市委 / 禾浦区委巡察办 / 青川市商务局党组.
struct Signatory : x3::position_tagged {};

/// The date under the signature, as read: 2024年5月6日, 二〇二四年五月六日,
/// 2024-05-06, or only 2024年5月 (no day).
// Not a fusion sequence: the date primitive fills it whole.
struct SignedDate : x3::position_tagged {
    int year = 0;
    int month = 0;
    boost::optional<int> day;
};

/// 特此通报。 / 特此报告。 before the signature.
struct Closing : x3::position_tagged {};

/// A bracketed note between the signatory and the date: (此件公开发布).
struct Note : x3::position_tagged {};

}  // namespace zhenggai::facts::signature::ast
