// What the header sentence grammars produce (grammar.hpp).
//
// Phrases (the authority, the inspecting body, the unit, the recipient) are
// kept as the source ranges the grammar read them from (`Phrase`, what
// x3::raw yields), so every value's span comes from the grammar, never from
// counting bytes. The sentence nodes are position_tagged: their extent marks
// where the header sentences end.
#pragma once

#include <boost/optional.hpp>
#include <boost/range/iterator_range_core.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <vector>

#include "facts/dates/dates.hpp"

namespace zhenggai::facts::header::ast {

namespace x3 = boost::spirit::x3;

/// A stretch of the normalised text as the grammar read it.
using Phrase = boost::iterator_range<const char*>;

enum class Kind : std::uint8_t { xunshi, xuncha };

/// A date or a date range (2023年3月27日至5月26日, 6月27日, 4月上旬至6月中旬).
/// Not a fusion sequence: the period primitive fills it whole.
struct Period {
    DateMatch start;
    Phrase start_text;
    boost::optional<DateMatch> end;
    Phrase end_text;
};

/// The unit as written, without the notes that only introduce a short name
/// ((以下简称“党组”)): the pieces between them, joined, are its value.
struct Unit : x3::position_tagged {
    bool first_person = false;  ///< 我县, 本单位: the reporter speaking of itself
    std::vector<Phrase> pieces;
};

/// 根据<authority>统一部署 / 根据<round>巡视工作部署要求.
struct Deployment : x3::position_tagged {
    boost::optional<Phrase> round;
    boost::optional<Phrase> authority;
};

/// [<period>,] <body> [于<period>] 对 [<round>巡察的] <unit> 进行了 … 巡视/巡察.
struct Inspection : x3::position_tagged {
    boost::optional<Period> period_before;
    Phrase body;
    boost::optional<Period> period_after;
    boost::optional<Phrase> round;
    Unit unit;
    boost::optional<Kind> kind;  ///< named by the verb phrase, if it does
};

/// What stands after 向 in a feedback clause.
struct Recipient : x3::position_tagged {
    Phrase text;
    bool organisation = false;  ///< ends in an organisation's name (党组, 委, 局 …)
};

/// [<date>,] [并][<body>] [于<date>] [向<recipient>] 反馈了 … 意见.
struct Feedback : x3::position_tagged {
    boost::optional<Period> date_before;
    boost::optional<Phrase> body;
    boost::optional<Period> date_after;
    boost::optional<Recipient> recipient;
};

/// 现将[<unit>][的]…予以公布 / 通报如下 / 报告如下.
struct Announcement : x3::position_tagged {
    boost::optional<Unit> unit;
    bool closed = true;  ///< always set: keeps the node a two-member sequence
};

}  // namespace zhenggai::facts::header::ast
