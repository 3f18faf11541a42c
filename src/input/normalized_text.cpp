#include "input/normalized_text.hpp"

#include <algorithm>

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

}  // namespace

NormalizedText NormalizedText::from_source(std::string_view source, std::vector<Diagnostic>& diagnostics) {
    NormalizedText n;
    n.source_ = source;
    n.text_.reserve(source.size());
    std::size_t i = 0;
    if (source.substr(0, 3) == "\xEF\xBB\xBF") {  // BOM: not part of the text
        i = 3;
        n.breaks_.push_back({0, 3});
    }
    std::size_t invalid_reported = 0;
    while (i < source.size()) {
        const unsigned char c = static_cast<unsigned char>(source[i]);
        if (c < 0x80) {
            if (c == '\r') {
                // CRLF and lone CR both end a line; keep one '\n'.
                const bool crlf = i + 1 < source.size() && source[i + 1] == '\n';
                n.text_.push_back('\n');
                i += crlf ? 2 : 1;
                if (crlf) n.breaks_.push_back({static_cast<std::uint32_t>(n.text_.size()), static_cast<std::uint32_t>(i)});
                continue;
            }
            n.text_.push_back(c == '\t' || c == '\f' || c == '\v' ? ' ' : (c == 0 ? ' ' : static_cast<char>(c)));
            ++i;
            continue;
        }
        const Utf8Decoded d = decode_utf8(source, i);
        if (!d.valid) {
            if (invalid_reported < 32) {
                diagnostics.push_back({Severity::warning, "invalid-utf8",
                                       "invalid UTF-8 byte sequence (read as U+FFFD)",
                                       Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + d.length)}});
            } else if (invalid_reported == 32) {
                diagnostics.push_back({Severity::warning, "invalid-utf8",
                                       "further invalid UTF-8 sequences not listed",
                                       Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + d.length)}});
            }
            ++invalid_reported;
            n.text_.append("\xEF\xBF\xBD");
            i += d.length;
            n.breaks_.push_back({static_cast<std::uint32_t>(n.text_.size()), static_cast<std::uint32_t>(i)});
            continue;
        }
        if (const char f = fold(d.code_point); f != 0) {
            n.text_.push_back(f);
            i += d.length;
            n.breaks_.push_back({static_cast<std::uint32_t>(n.text_.size()), static_cast<std::uint32_t>(i)});
            continue;
        }
        n.text_.append(source.substr(i, d.length));
        i += d.length;
    }
    return n;
}

std::uint32_t NormalizedText::to_source(std::uint32_t pos) const noexcept {
    // Last breakpoint at or before pos.
    auto it = std::upper_bound(breaks_.begin(), breaks_.end(), pos,
                               [](std::uint32_t p, const Breakpoint& b) { return p < b.norm; });
    if (it == breaks_.begin()) return pos;
    --it;
    return pos - it->norm + it->src;
}

}  // namespace zhenggai::input
