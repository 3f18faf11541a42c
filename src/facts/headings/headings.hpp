// Heading markers: 一、 (一) 1. 1、 (1) ①, recognised at the start of a paragraph.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace zhenggai::facts {

enum class MarkerKind : unsigned char {
    chinese_enum,    ///< 一、
    chinese_paren,   ///< (一) / （一）
    arabic_enum,     ///< 1. / 1、 / １．
    arabic_paren,    ///< (1) / （1）
    circled,         ///< ①
};
inline constexpr int kMarkerKinds = 5;

struct MarkerMatch {
    MarkerKind kind = MarkerKind::chinese_enum;
    int ordinal = 0;
    std::size_t length = 0;        ///< bytes of the marker itself (一、)
    std::size_t label_length = 0;  ///< bytes of the marker without trailing 、/. (一)
};

/// A heading marker at the very start of `s`. Decimals (1.2万) and years are not markers.
[[nodiscard]] std::optional<MarkerMatch> match_heading_marker(std::string_view s) noexcept;

/// 一是 / 二是 … at the start of `s` (inline points); returns the ordinal and length.
[[nodiscard]] std::optional<MarkerMatch> match_inline_point(std::string_view s) noexcept;

}  // namespace zhenggai::facts
