// What the statistics sentence grammars produce. Every node is
// position_tagged: the grammar records where it was read, and the extractor
// turns those positions into spans.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

#include "zhenggai/enums.hpp"

namespace zhenggai::facts::statistics::ast {

namespace x3 = boost::spirit::x3;

/// Normalised sanction and case categories (FORMAT.md §7): the model's own
/// enum, so the vocabulary maps straight to it.
using SanctionKey = zhenggai::SanctionCategory;

/// Counting units as written (人, 人次, 名, 件, 起, 个, 项, 条).
enum class CountUnit : std::uint8_t { ren, ren_ci, ming, jian, qi, ge, xiang, tiao };

/// What a progress count counts.
enum class ProgressNoun : std::uint8_t { problem, measure, task };

/// A counted quantity: 48人, 十余件, 40余项.
struct Count : x3::position_tagged {
    std::int64_t value = 0;
    bool approximate = false;
    CountUnit unit = CountUnit::ren;
};

/// A run of category words as written (党纪处分, 谈话提醒、批评教育, 立案审查调查),
/// keyed by its first word.
struct Label : x3::position_tagged {
    SanctionKey key{};
    bool merged = false;  ///< several categories counted together
};

/// 党内警告20人 / 立案23件: the label, then its count.
struct LabelFirst : x3::position_tagged {
    Label label;
    Count count;
};

/// 对5人批评教育 / 3名干部受到诫勉: the count, then its label.
struct CountFirst : x3::position_tagged {
    Count count;
    Label label;
};

struct Item : x3::variant<LabelFirst, CountFirst> {
    using base_type::base_type;
    using base_type::operator=;
};

/// (党内警告20人,撤销党内职务3人…): a bracketed list after a count; `closed`
/// is false when the text ends before the closing bracket.
struct Breakdown : x3::position_tagged {
    std::vector<Item> items;
    bool closed = false;
};

/// One sanction or case figure with its optional breakdown.
struct Sanction : x3::position_tagged {
    Item item;
    boost::optional<Breakdown> breakdown;
};

/// N个(具体)问题 / N项整改措施 / 整改任务N项: a count and what it counts.
struct Counted : x3::position_tagged {
    Count count;
    ProgressNoun noun = ProgressNoun::problem;
};

/// 整改措施96条 / 反馈问题46个: the noun first.
struct NounFirst : x3::position_tagged {
    ProgressNoun noun = ProgressNoun::problem;
    Count count;
};

/// How a completion is worded: 整改 words say that problems were rectified;
/// a bare 已完成 counts whatever the text counted before it.
enum class CompletionVerb : std::uint8_t { rectified, done };

/// 已完成整改35个 / 已完成整改任务20项 / 已完成88项.
struct Completed : x3::position_tagged {
    CompletionVerb verb = CompletionVerb::done;
    boost::optional<ProgressNoun> noun;  ///< named before the count (已完成整改任务20项)
    Count count;
};

/// 36个问题已整改完成 / 88项已完成: the count first.
struct CompletedCountFirst : x3::position_tagged {
    Count count;
    boost::optional<ProgressNoun> noun;
    CompletionVerb verb = CompletionVerb::done;
};

/// 整改完成率93.48%: the rate as written. Not a fusion sequence: the percent
/// primitive fills it whole.
struct Rate : x3::position_tagged {
    std::int64_t units = 0;
    std::uint8_t scale = 0;
};

/// How a clause names the findings it counts.
enum class Cue : std::uint8_t {
    fed_back,  ///< 反馈, 交办, 移交, 指出: the inspectors' findings
    found,     ///< 梳理, 查找, 查摆, 发现, 列出: the unit's own listing of them
    claimed,   ///< 认领
};

/// 反馈的4个方面13类30个具体问题 / 梳理出问题46个: a clause whose cue word
/// makes its problems count the report's total of findings.
struct Findings : x3::position_tagged {
    Cue cue = Cue::fed_back;
    Count problems;
};

/// One figure of a progress sentence.
struct ProgressFigure : x3::variant<Findings, Counted, NounFirst, Completed, CompletedCountFirst, Rate> {
    using base_type::base_type;
    using base_type::operator=;
};



}  // namespace zhenggai::facts::statistics::ast
