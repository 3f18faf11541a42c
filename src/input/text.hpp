// Small helpers for scanning normalised UTF-8 text. The normalised text has
// ASCII punctuation where reports use full-width forms, so `,` `;` `:` `(`
// `)` stand for both widths; 、 and 。 have no ASCII twin and stay as they are.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "input/utf8.hpp"

namespace zhenggai::text {

/// The code point at s[i] of (valid, normalised) UTF-8, and its length.
[[nodiscard]] inline char32_t code_point_at(std::string_view s, std::size_t i, std::size_t& length) noexcept {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        length = 1;
        return c;
    }
    if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) {
        length = 3;
        return (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
               (static_cast<unsigned char>(s[i + 2]) & 0x3F);
    }
    const auto d = input::decode_utf8(s, i);
    length = d.length;
    return d.code_point;
}

/// A set of Basic Multilingual Plane characters with O(1) membership: the
/// cheap first test before comparing whole keywords at a position.
class LeadSet {
public:
    template <class Words>
    explicit LeadSet(const Words& words) {
        for (const std::string_view w : words) {
            if (w.empty()) continue;
            std::size_t len = 0;
            const char32_t cp = code_point_at(w, 0, len);
            if (cp < 0x10000) bits_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
        }
    }
    [[nodiscard]] bool contains(char32_t cp) const noexcept {
        return cp < 0x10000 && ((bits_[cp >> 6] >> (cp & 63)) & 1);
    }

private:
    std::uint64_t bits_[0x10000 / 64] = {};
};

/// A list of alternative words; braced lists and named arrays both convert.
using Words = std::span<const std::string_view>;

inline constexpr std::string_view kFullStop = "。";
inline constexpr std::string_view kEnumComma = "、";
inline constexpr std::string_view kOpenQuote = "“";
inline constexpr std::string_view kCloseQuote = "”";
inline constexpr std::string_view kOpenSingle = "‘";
inline constexpr std::string_view kCloseSingle = "’";

/// Substring search tuned for CJK keywords. std::string_view::find scans for
/// the first byte, but every CJK character starts with one of a handful of
/// lead bytes, so it stops almost everywhere. Two continuation bytes of the
/// word (its third and its last; the second and third of a one-character
/// word) are tested together instead, sixteen positions at a step where SSE2
/// is there: a position passes both about once in four thousand, and only
/// then is the word compared. (Searching for one continuation byte with
/// memchr stopped every few dozen bytes, a library call each time: a tenth
/// of a parse.)
[[nodiscard]] inline std::size_t fast_find(std::string_view s, std::string_view w, std::size_t from = 0) noexcept {
    if (w.size() < 3 || static_cast<unsigned char>(w[0]) < 0xE0) return s.find(w, from);
    if (from >= s.size() || s.size() - from < w.size()) return std::string_view::npos;
    const std::size_t m = w.size(), n = s.size();
    const std::size_t ka = m == 3 ? 1 : 2, kb = m - 1;  // the two bytes tested first
    const char* const base = s.data();
    std::size_t i = from;  // the candidate start
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(w[ka]), vb = _mm_set1_epi8(w[kb]);
    // Bit k: the two tested bytes of the candidate at p + k match.
    auto candidates = [&](const char* p) {
        const __m128i ba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + ka));
        const __m128i bb = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + kb));
        return static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(ba, va), _mm_cmpeq_epi8(bb, vb))));
    };
    auto first_match = [&](std::size_t at0, unsigned mask) {
        for (; mask != 0; mask &= mask - 1) {
            const std::size_t at = at0 + static_cast<std::size_t>(__builtin_ctz(mask));
            if (std::memcmp(base + at, w.data(), m) == 0) return at;
        }
        return std::string_view::npos;
    };
    for (; i + kb + 16 <= n; i += 16)
        if (const std::size_t at = first_match(i, candidates(base + i)); at != std::string_view::npos) return at;
    // The last candidates (fewer than 16) in one more step, not byte by byte:
    // sentences are short, and a byte loop's exit is a branch mispredicted
    // once per search.
    const std::size_t left = n - kb - i;  // candidates i .. n - m
    if (left == 0) return std::string_view::npos;
    const unsigned keep = (1U << left) - 1;
    if (n >= kb + 16) {  // a step that ends at the text's end, its first bits already tested
        const std::size_t j = n - kb - 16;
        return first_match(i, (candidates(base + j) >> (i - j)) & keep);
    }
    if (m <= 48) {  // a short text: the step reads a zero-padded copy
        alignas(16) char padded[64] = {};
        std::memcpy(padded, base + i, n - i);
        return first_match(i, candidates(padded) & keep);
    }
#endif
    for (; i + m <= n; ++i) {
        if (base[i + ka] == w[ka] && base[i + kb] == w[kb] && std::memcmp(base + i, w.data(), m) == 0) return i;
    }
    return std::string_view::npos;
}

[[nodiscard]] inline bool contains(std::string_view s, std::string_view w) noexcept {
    return fast_find(s, w) != std::string_view::npos;
}

[[nodiscard]] inline bool contains_any(std::string_view s, Words words) noexcept {
    for (auto w : words)
        if (contains(s, w)) return true;
    return false;
}

/// Earliest occurrence of any of `words` at or after `from`; `length` gets the
/// matched word's size. Ties go to the longer word (list longer words first).
[[nodiscard]] inline std::size_t find_any(std::string_view s, Words words,
                                          std::size_t from = 0, std::size_t* length = nullptr) noexcept {
    std::size_t best = std::string_view::npos, best_len = 0;
    for (auto w : words) {
        const std::size_t p = fast_find(s, w, from);
        if (p < best || (p == best && p != std::string_view::npos && w.size() > best_len)) {
            best = p;
            best_len = w.size();
        }
    }
    if (length) *length = best_len;
    return best;
}

[[nodiscard]] inline bool starts_with_any(std::string_view s, Words words,
                                          std::size_t* length = nullptr) noexcept {
    for (auto w : words)
        if (s.starts_with(w)) {
            if (length) *length = w.size();
            return true;
        }
    return false;
}

[[nodiscard]] inline bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n'; }

/// Bytes of leading / trailing ASCII white space (the normalised text folds
/// every other space to ' ').
[[nodiscard]] inline std::size_t leading_space(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size() && is_space(s[i])) ++i;
    return i;
}
[[nodiscard]] inline std::size_t trailing_space(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size() && is_space(s[s.size() - 1 - i])) ++i;
    return i;
}

/// Start of the UTF-8 character that ends just before `pos`.
/// The largest n' <= n that does not cut a UTF-8 sequence of s in two.
[[nodiscard]] inline std::size_t char_boundary(std::string_view s, std::size_t n) noexcept {
    if (n >= s.size()) return s.size();
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return n;
}

[[nodiscard]] inline std::size_t prev_char(std::string_view s, std::size_t pos) noexcept {
    if (pos == 0) return 0;
    std::size_t i = pos - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}

/// Number of characters (code points) in valid UTF-8.
[[nodiscard]] inline std::size_t char_count(std::string_view s) noexcept {
    std::size_t n = 0;
    for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

[[nodiscard]] inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// Position of the first `stop` (e.g. 。) outside quotes and brackets, or npos.
/// Quotes nest (“…“三不腐”…”), and an unmatched closing quote is ignored so
/// damaged text still ends somewhere sensible.
[[nodiscard]] inline std::size_t find_outside_quotes(std::string_view s, Words stops,
                                                     std::size_t from = 0) noexcept {
    // Quotes, 《》 and 。 all start with byte E2 or E3; an ASCII stop needs an
    // ASCII byte. Everything else is skipped a character at a time.
    bool ascii_stop = false;
    for (const auto stop : stops) ascii_stop = ascii_stop || (!stop.empty() && static_cast<unsigned char>(stop[0]) < 0x80);
    int depth = 0;
    std::size_t i = from;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b != 0xE2 && b != 0xE3 && !(ascii_stop && b < 0x80)) {
            i += b < 0x80 ? 1 : input::utf8_length(s, i);
            continue;
        }
        const std::string_view rest = s.substr(i);
        if (rest.starts_with(kOpenQuote) || rest.starts_with(kOpenSingle) || rest.starts_with("《")) {
            ++depth;
        } else if (rest.starts_with(kCloseQuote) || rest.starts_with(kCloseSingle) || rest.starts_with("》")) {
            if (depth > 0) --depth;
        } else if (depth == 0) {
            for (auto stop : stops)
                if (rest.starts_with(stop)) return i;
        }
        i += input::utf8_length(s, i);
    }
    return std::string_view::npos;
}

/// The end (exclusive) of the quotation that opens at `open` (s[open..] starts
/// with “), honouring nesting; npos when it never closes.
[[nodiscard]] inline std::size_t matching_quote_end(std::string_view s, std::size_t open) noexcept {
    int depth = 0;
    std::size_t i = open;
    while (i < s.size()) {
        const std::string_view rest = s.substr(i);
        if (rest.starts_with(kOpenQuote)) {
            ++depth;
        } else if (rest.starts_with(kCloseQuote)) {
            if (--depth == 0) return i + kCloseQuote.size();
        }
        i += input::utf8_length(s, i);
    }
    return std::string_view::npos;
}

// Braced lists of words ({"巡视", "巡察"}) forward to the span versions.
using WordList = std::initializer_list<std::string_view>;
[[nodiscard]] inline bool contains_any(std::string_view s, WordList w) noexcept {
    return contains_any(s, Words(w.begin(), w.size()));
}
[[nodiscard]] inline std::size_t find_any(std::string_view s, WordList w, std::size_t from = 0,
                                          std::size_t* length = nullptr) noexcept {
    return find_any(s, Words(w.begin(), w.size()), from, length);
}
[[nodiscard]] inline bool starts_with_any(std::string_view s, WordList w, std::size_t* length = nullptr) noexcept {
    return starts_with_any(s, Words(w.begin(), w.size()), length);
}
[[nodiscard]] inline std::size_t find_outside_quotes(std::string_view s, WordList w, std::size_t from = 0) noexcept {
    return find_outside_quotes(s, Words(w.begin(), w.size()), from);
}

/// Start of the clause that ends at `pos`: just after the last separator
/// before it (any byte of `ascii_seps`, or one of `word_seps`). Looks back at
/// most `window` bytes: real clauses are far shorter, and the bound keeps a
/// hostile one-line input linear.
[[nodiscard]] inline std::size_t clause_start(std::string_view s, std::size_t pos, std::string_view ascii_seps,
                                              WordList word_seps, std::size_t window = 600) noexcept {
    // Walk back from pos and stop at the nearest separator: clauses are short,
    // so this usually reads a few dozen bytes.
    const std::size_t lo = pos > window ? pos - window : 0;
    for (std::size_t i = pos; i > lo; --i) {
        const char c = s[i - 1];
        if (static_cast<unsigned char>(c) < 0x80) {
            if (ascii_seps.find(c) != std::string_view::npos) return i;
            continue;
        }
        for (const auto sep : word_seps) {
            if (sep.size() <= i && s.compare(i - sep.size(), sep.size(), sep) == 0) return i;
        }
    }
    std::size_t start = lo;
    while (start < pos && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) ++start;
    return start;
}

}  // namespace zhenggai::text
