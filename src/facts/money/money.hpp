// Amounts of money: 16.29万元, 8640元, 1.074亿元, 320万余元, 300余万元.
//
// Kept exactly in fen (1/100 yuan). An amount that cannot be expressed in
// whole fen (5.123元) or does not fit in 64 bits is refused, never rounded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace zhenggai::facts {

struct MoneyMatch {
    std::int64_t fen = 0;
    bool approximate = false;  ///< 余 / 多
    std::size_t length = 0;    ///< bytes consumed, including 元
};

enum class MoneyFailure : std::uint8_t { none, not_money, not_exact, too_large };

/// An amount at the start of `s`. On failure `failure` (if given) says why:
/// `not_money` when there is no amount here at all.
[[nodiscard]] std::optional<MoneyMatch> match_money(std::string_view s, MoneyFailure* failure = nullptr) noexcept;

}  // namespace zhenggai::facts
