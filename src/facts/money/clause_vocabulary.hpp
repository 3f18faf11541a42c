// The money clause vocabulary, each word once (normalised spelling), as X3
// symbol tables. A table matches the longest word at a position (减少经济损失
// before 减少损失, 清理收回 before 收回). Only clause_grammar_def.hpp includes it.
#pragma once

#include "facts/x3/config.hpp"
#include "facts/x3/symbols.hpp"
#include "zhenggai/enums.hpp"

namespace zhenggai::facts::money::vocabulary {

namespace x3 = boost::spirit::x3;

/// Verbs that make an amount a recovery (FORMAT.md §7): word -> category.
struct recovery_verbs_t : x3util::symbols<MoneyCategory> {
    recovery_verbs_t() {
        using M = MoneyCategory;
        add("清退", M::refunded)("退还", M::refunded)("退赔", M::refunded)("返还", M::refunded)("退缴", M::refunded)
            ("追回", M::recovered)("追缴", M::recovered)("收缴", M::recovered)("收回", M::recovered)
            ("清理收回", M::recovered)("清收", M::recovered)("没收", M::recovered)
            ("挽回", M::losses_recovered)("挽损", M::losses_recovered)("减少损失", M::losses_recovered)
            ("减少经济损失", M::losses_recovered)
            ("核减", M::reduced)
            ("补发", M::paid_back)("补缴", M::paid_back);
    }
};
inline const recovery_verbs_t recovery_verbs;

/// Currencies that are not converted to yuan.
struct foreign_currencies_t : x3util::symbols<> {
    foreign_currencies_t() { add("美元")("港元")("港币")("欧元")("英镑")("日元")("澳门元")("澳元")("卢布"); }
};
inline const foreign_currencies_t foreign_currencies;

}  // namespace zhenggai::facts::money::vocabulary
