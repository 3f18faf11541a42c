// Counted quantities: 48人, 11件, 40余项, 七个, 96条.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace zhenggai::facts {

struct CountMatch {
    std::int64_t value = 0;
    bool approximate = false;
    std::string_view unit;   ///< 人, 件, 个, 项, 条 … as it appears in the text
    std::size_t length = 0;  ///< bytes, number and unit together
};

/// A whole number followed by an optional 余/多 and a counting unit.
[[nodiscard]] std::optional<CountMatch> match_count(std::string_view s) noexcept;

/// A percentage at the start of `s`: 93.48%, 80%, 百分之八十 is not supported.
struct PercentMatch {
    std::int64_t units = 0;
    std::uint8_t scale = 0;
    std::size_t length = 0;
};
[[nodiscard]] std::optional<PercentMatch> match_percent(std::string_view s) noexcept;

}  // namespace zhenggai::facts
