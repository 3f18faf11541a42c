// Dates as reports write them: 2023年3月2日, 7月26日 (year implied), 5月上旬
// (no exact day), 2023-11-20 in page metadata, 二〇二四年二月二十二日.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "zhenggai/report.hpp"

namespace zhenggai::facts {

struct DateMatch {
    std::optional<int> year;
    int month = 0;
    std::optional<int> day;
    /// Set when the text names a part of a month instead of a day
    /// (上旬/中旬/下旬/上中旬/初/底/中/末/份): no exact date exists.
    std::string_view period;
    std::size_t length = 0;  ///< bytes consumed
    /// Read from a date that lost its 年 and 月 (2019312日 = 2019年3月12日):
    /// taken only where exactly one split of the digits is a valid date.
    bool damaged = false;
};

/// A Chinese-style date (年/月/日) at the start of `s`.
[[nodiscard]] std::optional<DateMatch> match_date(std::string_view s) noexcept;

/// A numeric date (2023-11-20, 2023/11/20, 2023.11.20) at the start of `s`.
[[nodiscard]] std::optional<DateMatch> match_numeric_date(std::string_view s) noexcept;

struct DateRangeMatch {
    DateMatch start;
    DateMatch end;
    std::size_t end_offset = 0;  ///< where `end` starts, from the start of `s`
    std::size_t length = 0;
};

/// `D至D`, `D-D`, `D—D`, `D到D` at the start of `s` (the end's year may be implied).
[[nodiscard]] std::optional<DateRangeMatch> match_date_range(std::string_view s) noexcept;

/// A real calendar date, or empty (2月30日, 13月). Never throws.
[[nodiscard]] std::optional<Date> make_date(int year, int month, int day) noexcept;

}  // namespace zhenggai::facts
