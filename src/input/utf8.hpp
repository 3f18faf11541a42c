// UTF-8 decoding that refuses what is not UTF-8 (overlongs, surrogates,
// truncated sequences, code points above U+10FFFF).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace zhenggai::input {

struct Utf8Decoded {
    char32_t code_point = 0xFFFD;
    std::size_t length = 1;  ///< bytes consumed (>= 1 even when invalid)
    bool valid = false;
};

[[nodiscard]] inline Utf8Decoded decode_utf8(std::string_view s, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return {c, 1, true};
    std::size_t len = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3; cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;       // no overlongs
        if (c == 0xED) hi = 0x9F;       // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4; cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;       // <= U+10FFFF
    } else {
        return {0xFFFD, 1, false};
    }
    if (i + 1 >= s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return {0xFFFD, 1, false};
    cp = (cp << 6) | (byte(i + 1) & 0x3F);
    for (std::size_t k = 2; k < len; ++k) {
        if (i + k >= s.size() || (byte(i + k) & 0xC0) != 0x80) return {0xFFFD, k, false};
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    return {cp, len, true};
}

/// Write `cp` as UTF-8 into out[0..4); returns the byte count.
inline std::size_t encode_utf8(char32_t cp, char* out) noexcept {
    if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

/// Whether p starts a three-byte character led by E1–EC or EE–EF (all of
/// CJK and the full-width forms), `available` bytes being left from p. Any two
/// continuation bytes make a valid one there (no overlong, no surrogate), so
/// the hot loops take these characters without the general decoder.
[[nodiscard]] inline bool is_plain_three_byte(const unsigned char* p, std::size_t available) noexcept {
    return available >= 3 && p[0] >= 0xE1 && p[0] <= 0xEF && p[0] != 0xED && (p[1] & 0xC0) == 0x80 &&
           (p[2] & 0xC0) == 0x80;
}

/// The code point of a three-byte character (is_plain_three_byte holds at p).
[[nodiscard]] inline char32_t three_byte_code_point(const unsigned char* p) noexcept {
    return (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | char32_t{p[2] & 0x3Fu};
}

/// Length in bytes of the (valid) UTF-8 character starting at s[i].
[[nodiscard]] inline std::size_t utf8_length(std::string_view s, std::size_t i) noexcept {
    // The grammars step through text a character at a time: ASCII and the
    // plain three-byte characters need no range checks.
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
    if (*p < 0x80) return 1;
    if (is_plain_three_byte(p, s.size() - i)) return 3;
    return decode_utf8(s, i).length;
}

/// Whether all of `s` is valid UTF-8. Eight ASCII bytes are passed at a
/// time, and the common three-byte characters (all of CJK) are checked
/// without the general decoder: JSON output and the store check every text.
[[nodiscard]] inline bool is_valid_utf8(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const unsigned char* const end = p + s.size();
    while (p != end) {
        if (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        if (*p < 0x80) {
            ++p;
        } else if (is_plain_three_byte(p, static_cast<std::size_t>(end - p))) {
            p += 3;
        } else {
            const auto at = static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(s.data()));
            const Utf8Decoded d = decode_utf8(s, at);
            if (!d.valid) return false;
            p += d.length;
        }
    }
    return true;
}

}  // namespace zhenggai::input
