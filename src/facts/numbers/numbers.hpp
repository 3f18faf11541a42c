// Numbers as reports write them: 48, 5005.75, 二十三, 两, 〇, 十五, 40余.
//
// Values are exact: a decimal is kept as an integer and a scale, never a double.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace zhenggai::facts {

struct NumberMatch {
    std::int64_t units = 0;     ///< value * 10^scale
    std::uint8_t scale = 0;     ///< digits after the decimal point
    bool chinese = false;       ///< written with Chinese numerals
    std::size_t length = 0;     ///< bytes consumed
};

/// An Arabic number (digits, optional '.' fraction) or a Chinese numeral at
/// the start of `s`. Empty when there is none or when it does not fit in 64
/// bits (e.g. a 400-digit run), so no value is ever silently wrong.
[[nodiscard]] std::optional<NumberMatch> match_number(std::string_view s) noexcept;

/// Only an Arabic number (digits with an optional fraction).
[[nodiscard]] std::optional<NumberMatch> match_arabic(std::string_view s) noexcept;

/// Only a Chinese numeral (一, 十五, 二十三, 两百, 一千零五, 二〇二三).
[[nodiscard]] std::optional<NumberMatch> match_chinese_numeral(std::string_view s) noexcept;

/// A whole number, Arabic or Chinese, that makes up all of `s`.
[[nodiscard]] std::optional<std::int64_t> parse_integer(std::string_view s) noexcept;

/// 10^scale as an integer multiplier; scale <= 18.
[[nodiscard]] constexpr std::int64_t pow10(unsigned scale) noexcept {
    std::int64_t p = 1;
    for (unsigned i = 0; i < scale; ++i) p *= 10;
    return p;
}

}  // namespace zhenggai::facts
