#include "input/hant_hans.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

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

char32_t to_simplified(char32_t cp) noexcept {
    if (cp < kFirst || cp > kLast) return cp;
    const char32_t m = table().map[cp - kFirst];
    return m ? m : cp;
}

bool looks_traditional(std::string_view s) noexcept {
    // Frequent characters whose traditional form differs from the simplified one.
    static constexpr std::string_view marks[] = {"們", "國", "會", "關", "於", "這", "個", "為", "與", "來", "對",
                                                 "時", "說", "問", "題", "進", "實", "現", "經", "組", "織", "黨",
                                                 "紀", "處", "違", "規", "視", "導", "責", "據", "開", "長", "統",
                                                 "發", "後", "將", "機", "構", "領", "況", "議", "總", "結"};
    std::size_t hits = 0;
    const std::string_view head = s.substr(0, 64 * 1024);
    for (const auto m : marks) {
        if (head.find(m) != std::string_view::npos && ++hits >= 3) return true;
    }
    return false;
}

}  // namespace zhenggai::input
