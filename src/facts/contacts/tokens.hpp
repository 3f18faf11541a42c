// The values in a contacts block: phone numbers, e-mail addresses, web
// addresses and postcodes. Each matcher returns the length of the token at
// the start of its argument, or nothing.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace zhenggai::facts {

/// 0573-83689010, 010-63208817, (0573)83689010, 13907316248, 12388, 83689010.
[[nodiscard]] std::optional<std::size_t> match_phone(std::string_view s) noexcept;
[[nodiscard]] std::optional<std::size_t> match_email(std::string_view s) noexcept;
/// http://x.y.cn, www.x.cn — stops before CJK text and list punctuation.
[[nodiscard]] std::optional<std::size_t> match_url(std::string_view s) noexcept;
/// Exactly six digits.
[[nodiscard]] std::optional<std::size_t> match_postcode(std::string_view s) noexcept;

}  // namespace zhenggai::facts
