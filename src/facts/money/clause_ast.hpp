// What the money clause grammar produces (position_tagged nodes: the grammar
// records where each part was read).
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <cstdint>

#include "zhenggai/enums.hpp"

namespace zhenggai::facts::money::ast {

namespace x3 = boost::spirit::x3;

/// The clause's words before its amount, from the recovery verb on
/// (追回违规发放的补贴资金 / 挽回其他经济损失); the verb gives the category.
/// Not a fusion sequence: the verb primitive fills it.
struct Label : x3::position_tagged {
    MoneyCategory category = MoneyCategory::other;
};

/// The amount as read: exactly in fen, or in a currency that is not yuan
/// (50万美元), which is not converted. Not a fusion sequence: the amount
/// primitive fills it whole.
struct Amount : x3::position_tagged {
    std::int64_t fen = 0;
    bool approximate = false;  ///< 万余元 / 300余万元
    bool foreign = false;      ///< 美元, 港元 …: no value in fen
};

/// 清退违规发放津补贴16.29万元 / 挽回经济损失4.8亿元 / 核减工程结算款1.2亿元.
struct Clause : x3::position_tagged {
    Label label;
    Amount amount;
};

}  // namespace zhenggai::facts::money::ast
