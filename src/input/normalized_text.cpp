#include "input/normalized_text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "input/hant_hans.hpp"
#include "input/utf8.hpp"

namespace zhenggai::input {

namespace {

// Fold one code point for matching. Returns the ASCII replacement or 0 when
// the code point is kept as it is.
char fold(char32_t cp) noexcept {
    if (cp >= 0xFF01 && cp <= 0xFF5E) return static_cast<char>(cp - 0xFF01 + 0x21);  // full-width ASCII
    switch (cp) {
        case 0x3000:  // ideographic space
        case 0x00A0:  // no-break space
        case 0x2002: case 0x2003: case 0x2009: case 0x200B:
        case 0xFEFF:  // stray BOM / zero-width no-break space
            return ' ';
        case 0xFE50: return ',';   // small forms seen in scraped pages
        case 0xFE54: return ';';
        case 0xFE55: return ':';
        default: return 0;
    }
}

// Letters of a pinyin reading with its tone mark: a-z, ü and the marked vowels.
bool is_pinyin_letter(char32_t cp, bool& tone) noexcept {
    if (cp >= 'a' && cp <= 'z') return true;
    static constexpr char32_t marked[] = {U'ā', U'á', U'ǎ', U'à', U'ē', U'é', U'ě', U'è', U'ī', U'í', U'ǐ', U'ì',
                                          U'ō', U'ó', U'ǒ', U'ò', U'ū', U'ú', U'ǔ', U'ù', U'ǖ', U'ǘ', U'ǚ', U'ǜ',
                                          U'ü', U'ń', U'ň', U'ǹ', U'ḿ'};
    for (const char32_t m : marked)
        if (cp == m) {
            tone = true;
            return true;
        }
    return false;
}

// Length in bytes of a pinyin insertion "(jù)" / "（tǒng）" at source[i], or 0.
// Only a reading with a tone mark counts, so "(app)" or "(a)" stay text.
std::size_t pinyin_insertion(std::string_view s, std::size_t i) noexcept {
    std::size_t j = i;
    if (s.substr(j).starts_with("(")) j += 1;
    else if (s.substr(j).starts_with("\xEF\xBC\x88")) j += 3;  // （
    else return 0;
    bool tone = false;
    int letters = 0;
    while (j < s.size() && letters <= 6) {
        const Utf8Decoded d = decode_utf8(s, j);
        if (!d.valid || !is_pinyin_letter(d.code_point, tone)) break;
        j += d.length;
        ++letters;
    }
    if (letters == 0 || letters > 6 || !tone) return 0;
    if (s.substr(j).starts_with(")")) return j + 1 - i;
    if (s.substr(j).starts_with("\xEF\xBC\x89")) return j + 3 - i;  // ）
    return 0;
}

// Display width of source text: two columns for a CJK or full-width
// character, one for ASCII.
std::uint32_t columns(std::string_view s) noexcept {
    std::uint32_t n = 0;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        n += c < 0x80 ? 1u : (c & 0xC0u) != 0x80u ? 2u : 0u;
    }
    return n;
}

}  // namespace

std::string NormalizedText::value_at(Span s) const {
    std::string out;
    std::uint32_t at = s.begin;
    const std::vector<Span>& skip = skipped();
    // The pieces are sorted and disjoint: start at the first that ends after s.begin.
    auto it = std::lower_bound(skip.begin(), skip.end(), s.begin, [](const Span& d, std::uint32_t v) { return d.end <= v; });
    for (; it != skip.end() && it->begin < s.end; ++it) {
        const Span d = *it;
        if (d.end <= at) continue;
        if (d.begin > at) out.append(source_.substr(at, d.begin - at));
        at = std::max(at, d.end);
    }
    if (at < s.end) out.append(source_.substr(at, s.end - at));
    return out;
}

namespace {

// One bit per character of U+4000..U+9FFF (UTF-8 lead bytes E4..E9), set
// where the character folds to another: the hot loop tests each CJK character
// against these 3 KB, which stay in the L1 cache (the code-point table they
// are made from is 200 KB).
struct FoldBits {
    std::array<std::array<std::uint64_t, 64>, 6> words{};

    /// Whether the character E4..E9 b1 b2 folds (continuation bytes checked by the caller).
    [[nodiscard]] bool test(unsigned b0, unsigned b1, unsigned b2) const noexcept {
        return ((words[b0 - 0xE4u][b1 & 0x3Fu] >> (b2 & 0x3Fu)) & 1u) != 0;
    }

    static const FoldBits& get() {
        static const FoldBits bits = [] {
            FoldBits b;
            const char32_t* const table = simplified_table();
            for (char32_t cp = 0x4000; cp <= 0x9FFF; ++cp)
                if (table[cp - 0x3400] != 0) b.words[(cp >> 12) - 4][(cp >> 6) & 0x3F] |= std::uint64_t{1} << (cp & 0x3F);
            return b;
        }();
        return bits;
    }
};

}  // namespace

NormalizedText NormalizedText::from_source(std::string_view source, DiagnosticSink& diagnostics, Wrapping wrapping) {
    NormalizedText n;
    n.source_ = source;
    n.text_.reserve(source.size());
    const std::size_t size = source.size();
    std::size_t i = 0;
    if (source.starts_with("\xEF\xBB\xBF")) {  // BOM: not part of the text
        i = 3;
        n.breaks_.push_back({0, 3});
    }
    // Traditional characters are folded in every document, so that no word
    // of any vocabulary has to be listed twice; a table lookup per CJK
    // character keeps the hot loop cheap.
    const FoldBits& fold_bits = FoldBits::get();
    auto folds = [&fold_bits](unsigned b0, unsigned b1, unsigned b2) { return fold_bits.test(b0, b1, b2); };

    // Bytes from `run` to `i` are copied verbatim in one go; only a change
    // (a fold, a drop, a replacement) flushes the run. Most of a report is
    // verbatim CJK and ASCII, so the loop mostly just advances.
    std::size_t run = i;
    auto flush = [&] {
        if (i > run) n.text_.append(source.data() + run, i - run);
    };
    // Replace source[i, i + len) by `out` and note where the offsets shift.
    auto replace = [&](std::size_t len, std::string_view out) {
        flush();
        n.text_.append(out);
        i += len;
        run = i;
        if (out.size() != len)
            n.breaks_.push_back({static_cast<std::uint32_t>(n.text_.size()), static_cast<std::uint32_t>(i)});
    };
    auto drop_pinyin = [&]() -> bool {
        const std::size_t p = pinyin_insertion(source, i);
        if (p == 0) return false;
        flush();
        n.dropped_.push_back(Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + p)});
        i += p;
        run = i;
        n.breaks_.push_back({static_cast<std::uint32_t>(n.text_.size()), static_cast<std::uint32_t>(i)});
        return true;
    };
    bool prev_cjk = false;
    const auto* const bytes = reinterpret_cast<const unsigned char*>(source.data());
    const auto byte = [bytes](std::size_t k) { return bytes[k]; };
    while (i < size) {
        // The hot loop: CJK characters kept as they are and plain ASCII.
        while (i + 2 < size) {
            const unsigned c = bytes[i];
            if (c - 0xE4u <= 5u && (bytes[i + 1] & 0xC0u) == 0x80u && (bytes[i + 2] & 0xC0u) == 0x80u
                && !folds(c, bytes[i + 1], bytes[i + 2])) {
                i += 3;
                prev_cjk = true;
            } else if (c - 0x20u < 0x60u && c != '(') {
                ++i;
                prev_cjk = false;
            } else if ((c == 0xE3u && bytes[i + 1] == 0x80u && bytes[i + 2] - 0x81u <= 0x3Eu)
                       || (c == 0xE2u && bytes[i + 1] == 0x80u && bytes[i + 2] - 0x90u <= 0x2Fu)) {
                // CJK punctuation (、。《》「」, U+3001..U+303F) and general
                // punctuation (— ‘ ’ “ ” …, U+2010..U+203F): kept as written.
                i += 3;
                prev_cjk = false;
            } else {
                break;
            }
        }
        if (i >= size) break;
        const unsigned char c = byte(i);
        if (c < 0x80) {
            if (c == '(' && prev_cjk && drop_pinyin()) continue;
            prev_cjk = false;
            if (c >= 0x20 || c == '\n') {
                ++i;
                continue;
            }
            if (c == '\r') {
                // CRLF and lone CR both end a line; keep one '\n'.
                replace(i + 1 < size && source[i + 1] == '\n' ? 2 : 1, "\n");
                continue;
            }
            replace(1, " ");  // tabs, form feeds, NUL and other controls
            continue;
        }
        // The common case: a character of the CJK block (U+4000..U+9FFF) kept as is.
        if (c >= 0xE4 && c <= 0xE9 && i + 2 < size && (byte(i + 1) & 0xC0) == 0x80
            && (byte(i + 2) & 0xC0) == 0x80 && !folds(c, byte(i + 1), byte(i + 2))) {
            i += 3;
            prev_cjk = true;
            continue;
        }
        // Three-byte sequences: almost every CJK character and full-width form.
        // (The test of is_plain_three_byte, written out: through the helper this
        // loop compiled to code that parsed the seed 8 % slower.)
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < size && (byte(i + 1) & 0xC0) == 0x80
            && (byte(i + 2) & 0xC0) == 0x80) {
            const char32_t cp = (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(byte(i + 1) & 0x3F) << 6)
                                | (byte(i + 2) & 0x3F);
            if (cp >= 0x3400 && cp <= 0x9FFF) {
                if (const char32_t simple = to_simplified(cp); simple != cp) {
                    char buf[4];
                    replace(3, std::string_view(buf, encode_utf8(simple, buf)));
                    n.folded_traditional_ = true;
                    prev_cjk = true;
                    continue;
                }
                i += 3;
                prev_cjk = true;
                continue;
            }
            if (cp == 0xFF08 && prev_cjk && drop_pinyin()) continue;  // （jù）
            prev_cjk = cp >= 0xF900 && cp <= 0xFAFF;
            if (const char f = fold(cp); f != 0) {
                replace(3, std::string_view(&f, 1));
                continue;
            }
            i += 3;
            continue;
        }
        const Utf8Decoded d = decode_utf8(source, i);
        if (!d.valid) {
            diagnostics.add<DiagnosticCode::invalid_utf8>(
                Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + d.length)});
            prev_cjk = false;
            replace(d.length, "\xEF\xBF\xBD");
            continue;
        }
        if (const char f = fold(d.code_point); f != 0) {
            prev_cjk = false;
            replace(d.length, std::string_view(&f, 1));
            continue;
        }
        prev_cjk = d.code_point >= 0x20000 && d.code_point <= 0x2FFFF;
        i += d.length;
    }
    if (n.breaks_.empty() && n.dropped_.empty() && n.text_.empty()) {
        n.verbatim_ = true;  // nothing changed: match on the source itself, no copy
    } else {
        flush();
    }

    // Hard-wrapped text: one cheap pass over the line ends decides, for most
    // documents, that there is nothing to join.
    const WrapPlan plan = plan_unwrapping(n.text(), wrapping, [&n](std::uint32_t b, std::uint32_t e) {
        return columns(n.source_text(b, e));
    });
    if (!plan.cuts.empty()) {
        diagnostics.add<DiagnosticCode::hard_wrapped>(n.to_source(plan.cuts.front().begin, plan.cuts.front().end),
                                                      plan.joins, plan.furniture.size());
        for (const Cut& f : plan.furniture)
            diagnostics.add<DiagnosticCode::page_furniture>(n.to_source(f.begin, f.end));
        n.drop_cuts(plan.cuts);
    }
    return n;
}

void NormalizedText::drop_cuts(const std::vector<Cut>& cuts) {
    const std::string_view old = text();
    std::string out;
    out.reserve(old.size());
    std::vector<Breakpoint> map;
    map.reserve(breaks_.size() + cuts.size() + 1);
    // A breakpoint where the shift between the offsets changes.
    auto note = [&map](std::uint32_t norm, std::uint32_t src) {
        if (!map.empty() && map.back().norm == norm) map.pop_back();
        const std::uint32_t shift = map.empty() ? 0 : map.back().src - map.back().norm;
        if (src - norm != shift) map.push_back({norm, src});
    };
    // Copy old[s, e) with the old breakpoints inside it; the copy's first
    // byte maps where old[s] did.
    std::size_t b = 0;
    auto copy = [&](std::uint32_t s, std::uint32_t e) {
        const auto at = static_cast<std::uint32_t>(out.size());
        note(at, to_source(s));
        while (b < breaks_.size() && breaks_[b].norm <= s) ++b;
        for (; b < breaks_.size() && breaks_[b].norm <= e; ++b) note(at + (breaks_[b].norm - s), breaks_[b].src);
        out.append(old.substr(s, e - s));
    };
    std::vector<Span> joined;
    joined.reserve(cuts.size());
    std::uint32_t from = 0;
    for (const Cut& c : cuts) {
        copy(from, c.begin);
        joined.push_back(to_source(c.begin, c.end));
        from = c.end;
    }
    copy(from, static_cast<std::uint32_t>(old.size()));
    text_ = std::move(out);
    breaks_ = std::move(map);
    verbatim_ = false;
    unwrapped_ = true;
    joined_ = std::move(joined);
    // value_at() skips both kinds, in one sorted list; a pinyin reading
    // inside dropped page furniture goes with it.
    skipped_.clear();
    std::size_t k = 0;
    for (const Span& j : joined_) {
        for (; k < dropped_.size() && dropped_[k].begin < j.begin; ++k) skipped_.push_back(dropped_[k]);
        while (k < dropped_.size() && dropped_[k].end <= j.end) ++k;
        skipped_.push_back(j);
    }
    for (; k < dropped_.size(); ++k) skipped_.push_back(dropped_[k]);
}

std::uint32_t NormalizedText::to_source(std::uint32_t pos) const noexcept {
    if (breaks_.empty() || pos < breaks_.front().norm) return pos;
    // The last breakpoint at or before pos, by a binary search without
    // branches on the data (conditional moves): extractors ask for positions
    // all over the text, so a branching search mispredicts about half its steps.
    const Breakpoint* base = breaks_.data();
    std::size_t n = breaks_.size();
    while (n > 1) {
        const std::size_t half = n / 2;
        base = base[half].norm <= pos ? base + half : base;
        n -= half;
    }
    return pos - base->norm + base->src;
}

}  // namespace zhenggai::input
