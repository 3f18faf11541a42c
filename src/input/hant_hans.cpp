#include "input/hant_hans.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <vector>

namespace zhenggai::input {

namespace {

constexpr char32_t kFirst = 0x3400;  // CJK Extension A .. Unified Ideographs
constexpr char32_t kLast = 0x9FFF;

struct Table {
    std::vector<char32_t> map;  // index cp - kFirst; 0 = unchanged
    Table() : map(kLast - kFirst + 1, 0) {
        UErrorCode st = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, st));
        if (U_FAILURE(st) || !tr) return;  // no data: matching falls back to the characters as written
        // One character per line so no rule can see a neighbour.
        icu::UnicodeString s;
        for (char32_t c = kFirst; c <= kLast; ++c) {
            s.append(static_cast<UChar32>(c));
            s.append(static_cast<UChar>(u'\n'));
        }
        tr->transliterate(s);
        char32_t c = kFirst;
        int32_t i = 0;
        while (i < s.length() && c <= kLast) {
            const int32_t nl = s.indexOf(static_cast<UChar>(u'\n'), i);
            if (nl < 0) break;
            const icu::UnicodeString line = s.tempSubStringBetween(i, nl);
            // Keep only one-to-one mappings; anything else stays as written.
            if (line.countChar32() == 1) {
                const UChar32 out = line.char32At(0);
                if (static_cast<char32_t>(out) != c) map[c - kFirst] = static_cast<char32_t>(out);
            }
            i = nl + 1;
            ++c;
        }
    }
};

const Table& table() {
    static const Table t;  // thread-safe one-time build (C++11 magic statics)
    return t;
}

}  // namespace

const char32_t* simplified_table() noexcept { return table().map.data(); }

char32_t to_simplified(char32_t cp) noexcept {
    if (cp < kFirst || cp > kLast) return cp;
    const char32_t m = table().map[cp - kFirst];
    return m ? m : cp;
}

bool looks_traditional(std::string_view s) noexcept {
    // Frequent characters whose traditional and simplified forms differ, in
    // pairs. Three different traditional ones make a traditional text; a run
    // of simplified ones settles it early the other way.
    static constexpr std::u32string_view traditional = U"們國會關於這個為與來對時說問題進實現經組織黨紀處違規視導責據開長統發後將機構領況議總結";
    static constexpr std::u32string_view simplified = U"们国会关于这个为与来对时说问题进实现经组织党纪处违规视导责据开长统发后将机构领况议总结";
    static const auto table = [] {
        std::vector<std::int8_t> t(kLast - kFirst + 1, 0);
        for (std::size_t k = 0; k < traditional.size(); ++k) {
            t[traditional[k] - kFirst] = static_cast<std::int8_t>(k + 1);
            if (simplified[k] != traditional[k]) t[simplified[k] - kFirst] = -1;
        }
        return t;
    }();
    std::uint64_t seen = 0;
    int hits = 0, simple = 0;
    const std::size_t end = std::min<std::size_t>(s.size(), 16 * 1024);
    for (std::size_t i = 0; i + 2 < end; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0xE3 || c > 0xE9) continue;  // lead bytes of U+3400..U+9FFF
        const char32_t cp = (static_cast<char32_t>(c & 0x0F) << 12) |
                            (static_cast<char32_t>(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                            (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        i += 2;
        if (cp < kFirst || cp > kLast) continue;
        const int v = table[cp - kFirst];
        if (v > 0 && !(seen & (std::uint64_t{1} << v))) {
            seen |= std::uint64_t{1} << v;
            if (++hits >= 3) return true;
        } else if (v < 0 && ++simple >= 24 && hits == 0) {
            return false;
        }
    }
    return false;
}

}  // namespace zhenggai::input
