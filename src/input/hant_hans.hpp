// Traditional → simplified characters for matching (據 → 据, 關於 → 关于).
//
// The mapping comes from ICU's Hant-Hans transliterator, applied once per
// process to every CJK code point to build a flat table, so the normaliser can
// fold character by character and keep its offset map exact.
#pragma once

#include <string_view>

namespace zhenggai::input {

/// The simplified form of `cp`, or `cp` itself.
[[nodiscard]] char32_t to_simplified(char32_t cp) noexcept;

/// The folding table itself, for hot loops: entry cp - 0x3400 for cp in
/// [U+3400, U+9FFF] is the simplified form, 0 where the character stays.
[[nodiscard]] const char32_t* simplified_table() noexcept;

/// Whether `text` reads as traditional Chinese (enough traditional-only
/// characters among the common ones) — folding is only worth it then.
[[nodiscard]] bool looks_traditional(std::string_view utf8) noexcept;

}  // namespace zhenggai::input
