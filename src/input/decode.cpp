// Encoding detection and decoding with ICU.
//
// Why ICU: one maintained library gives the converters (GB18030, Big5,
// UTF-16) and the Hant→Hans transliteration the
// normaliser needs, all in Debian's libicu-dev.
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "input/diagnostic_sink.hpp"
#include "input/html.hpp"
#include "input/utf8.hpp"
#include "zhenggai/load.hpp"

namespace zhenggai {

namespace {

struct Converter {
    UConverter* c = nullptr;
    ~Converter() {
        if (c) ucnv_close(c);
    }
};

// Where the converter met bytes it could not decode: input offsets and lengths.
struct BadBytes {
    std::vector<std::pair<std::size_t, std::size_t>> at;
    const char* base = nullptr;
};

void on_bad_bytes(const void* context, UConverterToUnicodeArgs* args, const char* code_units, int32_t length,
                  UConverterCallbackReason reason, UErrorCode* err) {
    if (reason > UCNV_IRREGULAR) return;  // reset / close / clone: nothing to do
    auto* bad = static_cast<BadBytes*>(const_cast<void*>(context));
    // code_units lie in ICU's buffer or in the input; args->source is just past them.
    const std::size_t end = static_cast<std::size_t>(args->source - bad->base);
    const std::size_t len = static_cast<std::size_t>(std::max(length, 1));
    bad->at.emplace_back(end >= len ? end - len : 0, len);
    (void)code_units;
    static const UChar replacement = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

struct Decoded {
    std::string utf8;
    std::vector<std::size_t> replacement_at;  // UTF-8 offsets of U+FFFD written for bad bytes
    BadBytes bad;
    bool ok = false;
};

/// `origins`, when given, receives (UTF-8 offset, input offset) for every
/// decoded code point, in order.
Decoded decode_with(std::string_view bytes, const char* name,
                    std::vector<std::pair<std::uint32_t, std::uint32_t>>* origins = nullptr) {
    Decoded out;
    UErrorCode st = U_ZERO_ERROR;
    Converter conv;
    conv.c = ucnv_open(name, &st);
    if (U_FAILURE(st)) return out;
    out.bad.base = bytes.data();
    ucnv_setToUCallBack(conv.c, on_bad_bytes, &out.bad, nullptr, nullptr, &st);
    if (U_FAILURE(st)) return out;
    out.utf8.reserve(bytes.size() * 3 / 2);
    const char* src = bytes.data();
    const char* const src_end = bytes.data() + bytes.size();
    std::array<UChar, 8192> buf{};
    std::array<int32_t, 8192> from{};  // input offset of each UChar, relative to this call's start
    UChar32 pending_high = 0;
    std::size_t seen_bad = 0;
    std::uint32_t origin = 0;  // input offset of the code point being decoded
    for (;;) {
        UChar* target = buf.data();
        const auto call_base = static_cast<std::uint32_t>(src - bytes.data());
        st = U_ZERO_ERROR;
        ucnv_toUnicode(conv.c, &target, buf.data() + buf.size(), &src, src_end, origins ? from.data() : nullptr, true,
                       &st);
        if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR) return out;
        for (UChar* p = buf.data(); p < target; ++p) {
            UChar32 c = *p;
            if (origins && !pending_high) {
                // A U+FFFD written by the callback has no offset (-1): it stands where the bad bytes were.
                const int32_t f = from[static_cast<std::size_t>(p - buf.data())];
                origin = f >= 0                         ? call_base + static_cast<std::uint32_t>(f)
                         : seen_bad < out.bad.at.size() ? static_cast<std::uint32_t>(out.bad.at[seen_bad].first)
                                                        : origin;
            }
            if (pending_high) {
                if (U16_IS_TRAIL(c)) {
                    c = U16_GET_SUPPLEMENTARY(pending_high, c);
                    pending_high = 0;
                } else {
                    pending_high = 0;
                    out.utf8.append("\xEF\xBF\xBD");
                }
            } else if (U16_IS_LEAD(c)) {
                pending_high = c;
                continue;
            }
            if (U16_IS_TRAIL(c)) c = 0xFFFD;
            char tmp[4];
            const auto n = static_cast<int32_t>(input::encode_utf8(static_cast<char32_t>(c), tmp));
            if (c == 0xFFFD && seen_bad < out.bad.at.size()) {
                out.replacement_at.push_back(out.utf8.size());
                ++seen_bad;
            }
            if (origins) origins->emplace_back(static_cast<std::uint32_t>(out.utf8.size()), origin);
            out.utf8.append(tmp, static_cast<std::size_t>(n));
        }
        if (st != U_BUFFER_OVERFLOW_ERROR) break;
    }
    if (pending_high) out.utf8.append("\xEF\xBF\xBD");
    out.ok = true;
    return out;
}

std::size_t utf8_errors(std::string_view s) {
    std::size_t errors = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto d = input::decode_utf8(s, i);
        errors += !d.valid;
        i += d.length;
    }
    return errors;
}

// Valid multi-byte UTF-8 sequences, and C0 control bytes other than
// tab/LF/VT/FF/CR (which no text file holds).
struct Utf8Profile {
    std::size_t multibyte = 0;
    std::size_t controls = 0;
};

Utf8Profile utf8_profile(std::string_view s) {
    Utf8Profile p;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && (c < 0x09 || c > 0x0D)) ++p.controls;
        const auto d = input::decode_utf8(s, i);
        if (d.valid && d.length > 1) ++p.multibyte;
        i += d.length;
    }
    return p;
}

// How Chinese a decoded text looks: occurrences of very common characters in
// both scripts. Decoding Big5 bytes as GB18030 (or the reverse) mostly gives
// valid but rare characters, so this separates the two reliably.
std::size_t common_score(std::string_view utf8) {
    static constexpr std::string_view common[] = {
        "的", "一", "是", "在", "不", "了", "有", "和", "人", "这", "中", "大", "为", "上", "个", "国", "我",
        "以", "要", "他", "时", "来", "用", "们", "生", "到", "作", "地", "于", "出", "就", "分", "对", "成",
        "会", "可", "主", "发", "年", "动", "同", "工", "也", "能", "下", "过", "子", "说", "产", "种", "面",
        "而", "方", "后", "多", "定", "行", "学", "法", "所", "民", "得", "经", "十", "三", "之", "进", "着",
        "等", "部", "度", "家", "电", "力", "里", "如", "水", "化", "高", "自", "二", "理", "起", "小", "物",
        "现", "实", "加", "量", "都", "两", "体", "制", "机", "当", "使", "点", "从", "业", "本", "去", "把",
        "整", "改", "巡", "视", "察", "问", "题", "党", "委", "组", "织", "领", "导", "责", "任", "作", "月",
        "日", "们", "這", "個", "為", "國", "時", "來", "們", "對", "會", "說", "於", "進", "經", "實", "現",
        "動", "發", "後", "過", "種", "麼", "學", "業", "點", "從", "體", "機", "當", "問", "題", "黨", "組",
        "織", "領", "導", "責", "任", "視", "關", "處", "紀", "規", "議",
    };
    // One pass over the text with a weight per BMP code point (how often it
    // is listed), not a search per listed character: this runs on every
    // legacy-encoded input, twice.
    static const std::vector<std::uint8_t> weight = [] {
        std::vector<std::uint8_t> w(0x10000, 0);
        for (const std::string_view c : common) {
            const input::Utf8Decoded d = input::decode_utf8(c, 0);
            ++w[d.code_point];
        }
        return w;
    }();
    std::size_t score = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const input::Utf8Decoded d = input::decode_utf8(utf8, i);
        if (d.valid && d.code_point < 0x10000) score += weight[d.code_point];
        i += d.length;
    }
    return score;
}

LoadedText finish(Decoded d, std::string encoding, std::string_view bytes) {
    LoadedText out;
    out.encoding = std::move(encoding);
    input::DiagnosticSink sink(out.diagnostics);
    for (std::size_t k = 0; k < d.bad.at.size() && k < d.replacement_at.size(); ++k) {
        if (!sink.admits(DiagnosticCode::invalid_bytes)) break;
        const auto [off, len] = d.bad.at[k];
        std::string hex;
        for (std::size_t j = off; j < off + len && j < bytes.size() && j < off + 4; ++j) {
            static const char* digits = "0123456789ABCDEF";
            const auto b = static_cast<unsigned char>(bytes[j]);
            if (!hex.empty()) hex += ' ';
            hex += "0x";
            hex += digits[b >> 4];
            hex += digits[b & 15];
        }
        sink.add<DiagnosticCode::invalid_bytes>(Span{static_cast<std::uint32_t>(d.replacement_at[k]),
                                                     static_cast<std::uint32_t>(d.replacement_at[k] + 3)},
                                                hex, off, out.encoding);
    }
    out.text = std::move(d.utf8);
    return out;
}

// UTF-16 without a BOM: many NUL bytes on one side of the code-unit pairs.
const char* utf16_without_bom(std::string_view b) {
    if (b.size() < 4) return nullptr;
    std::size_t even = 0, odd = 0;
    const std::size_t n = std::min<std::size_t>(b.size(), 4096) & ~std::size_t{1};
    for (std::size_t i = 0; i < n; i += 2) {
        even += b[i] == 0;
        odd += b[i + 1] == 0;
    }
    if (odd > n / 8 && even == 0) return "UTF-16LE";
    if (even > n / 8 && odd == 0) return "UTF-16BE";
    return nullptr;
}

}  // namespace

namespace {

LoadedText decode_as(std::string_view bytes, std::string_view encoding) {
    const std::string name(encoding);
    Decoded d = decode_with(bytes, name.c_str());
    if (!d.ok) {
        LoadedText out;
        out.encoding = name;
        input::DiagnosticSink(out.diagnostics).add<DiagnosticCode::unknown_encoding>(Span{}, name);
        return out;
    }
    std::string label = name;
    std::transform(label.begin(), label.end(), label.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // A BOM the converter kept as U+FEFF is not text.
    if (d.utf8.starts_with("\xEF\xBB\xBF")) {
        d.utf8.erase(0, 3);
        for (auto& r : d.replacement_at) r -= 3;
    }
    return finish(std::move(d), label, bytes);
}

/// Decodes text bytes: BOM, UTF-16 by its NULs, UTF-8, else detection.
LoadedText decode_text(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        // Kept in the text: parse() skips it, and spans then index the
        // file's bytes exactly. Invalid bytes are reported by parse().
        LoadedText out;
        out.encoding = "utf-8-bom";
        out.text = std::string(bytes);
        return out;
    }
    if (bytes.starts_with("\xFF\xFE")) return decode_as(bytes, "UTF-16LE");
    if (bytes.starts_with("\xFE\xFF")) return decode_as(bytes, "UTF-16BE");
    if (const char* u16 = utf16_without_bom(bytes)) return decode_as(bytes, u16);
    const std::size_t bad_utf8 = utf8_errors(bytes);
    // UTF-8 with a few broken sequences (a stray byte, a cut copy) is still
    // UTF-8: GB18030 or Big5 text almost never forms valid multi-byte UTF-8
    // sequences, so at least as many valid ones as invalid ones settle it.
    // Binary junk (C0 controls) is not legacy-encoded text either. parse()
    // reports each invalid sequence where it is.
    const Utf8Profile profile = bad_utf8 == 0 ? Utf8Profile{} : utf8_profile(bytes);
    if (bad_utf8 == 0 || profile.multibyte >= bad_utf8 || profile.controls > 0) {
        LoadedText out;
        out.encoding = "utf-8";
        out.text = std::string(bytes);
        return out;
    }
    // Not UTF-8: the legacy families reports come in, judged by decoding
    // errors and how Chinese the result reads. (ICU's charset detector was
    // consulted here once; it only ever reordered these two, at a fifth of
    // the cost of reading a GBK file.) Exact ties go to GB18030, the
    // mainland's encoding, which most reports use.
    struct Scored {
        std::string name;
        std::size_t errors;
        std::size_t score;
    };
    std::vector<Scored> scored;
    const std::string_view sample = bytes.substr(0, std::min<std::size_t>(bytes.size(), 256 * 1024));
    for (const char* name : {"GB18030", "Big5"}) {
        Decoded d = decode_with(sample, name);
        if (!d.ok) continue;
        scored.push_back({name, d.bad.at.size(), common_score(d.utf8)});
    }
    if (scored.empty()) return decode_as(bytes, "UTF-8");
    const auto best = std::min_element(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        // Fewer errors per common character wins; ties go to the higher score.
        const auto ka = a.errors * 8, kb = b.errors * 8;
        if (ka + b.score != kb + a.score) return ka + b.score < kb + a.score;
        return a.score > b.score;
    });
    if (best->score == 0) {
        // Mostly UTF-8 with a few broken bytes: keep it, parse() reports them.
        LoadedText out;
        out.encoding = "utf-8";
        out.text = std::string(bytes);
        return out;
    }
    return decode_as(bytes, best->name);
}

}  // namespace

namespace {

/// The position in the extracted text of byte `at` of the page.
std::uint32_t text_position(const std::vector<SourceRun>& runs, std::uint32_t at) {
    std::uint32_t best = 0;
    for (const SourceRun& r : runs) {
        if (r.source_offset > at) return best == 0 ? r.span.begin : best;
        const std::uint32_t len = r.span.end - r.span.begin;
        best = at - r.source_offset < len ? r.span.begin + (at - r.source_offset) : r.span.end;
    }
    return best;
}

/// A decoded page as the text it shows, with the decoding diagnostics moved
/// to their place in that text. `bytes` are the input; for a page that was
/// not UTF-8 the runs' offsets are mapped back to them.
LoadedText page_text(LoadedText page, std::string_view bytes) {
    std::string_view markup = page.text;
    const std::uint32_t bom = markup.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    markup.remove_prefix(bom);
    input::HtmlText shown = input::html_to_text(markup);
    for (SourceRun& r : shown.runs) r.source_offset += bom;
    if (page.encoding != "utf-8" && page.encoding != "utf-8-bom") {
        // Decoded again, keeping where each code point came from: only
        // legacy-encoded pages pay for it.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> origins;
        const Decoded again = decode_with(bytes, page.encoding.c_str(), &origins);
        const std::uint32_t skipped = again.utf8.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a BOM decode_as dropped
        if (again.ok && !origins.empty()) {
            for (SourceRun& r : shown.runs) {
                const std::uint32_t at = r.source_offset + skipped;
                auto it = std::upper_bound(origins.begin(), origins.end(), at,
                                           [](std::uint32_t v, const auto& o) { return v < o.first; });
                r.source_offset = it == origins.begin() ? 0 : std::prev(it)->second;
            }
        }
    }
    for (Diagnostic& d : page.diagnostics) {
        d.span.begin = text_position(shown.runs, d.span.begin);
        d.span.end = std::max(d.span.begin, text_position(shown.runs, d.span.end));
    }
    if (shown.flattened_depth != 0) {
        input::DiagnosticSink(page.diagnostics).add<DiagnosticCode::html_flattened>(Span{}, shown.flattened_depth);
    }
    page.text = std::move(shown.text);
    page.runs = std::move(shown.runs);
    page.html = true;
    return page;
}

}  // namespace

LoadedText load(std::string_view bytes) {
    const bool ascii_page = input::looks_like_html(bytes);
    LoadedText out = decode_text(bytes);
    if (!ascii_page && !input::looks_like_html(out.text)) return out;  // text (UTF-16 pages are seen decoded)
    // A page in a legacy encoding: its own declaration beats detection (which
    // may take GBK for Big5 on a short page). A page declaring a legacy
    // charset while its bytes are valid UTF-8 is UTF-8 (a common mistake).
    if (ascii_page && out.encoding != "utf-8-bom" && out.encoding.rfind("utf-16", 0) != 0) {
        if (const auto declared = input::declared_charset(bytes); declared && *declared != "UTF-8") {
            const std::size_t errors = out.encoding == "utf-8" ? utf8_errors(bytes) : out.diagnostics.size();
            if (errors > 0) {
                LoadedText as_declared = decode_as(bytes, *declared);
                if (!as_declared.text.empty() && as_declared.diagnostics.size() <= errors) out = std::move(as_declared);
            }
        }
    }
    return page_text(std::move(out), bytes);
}

LoadedText load_as(std::string_view bytes, std::string_view encoding) {
    LoadedText out = decode_as(bytes, encoding);
    return input::looks_like_html(out.text) ? page_text(std::move(out), bytes) : out;
}

}  // namespace zhenggai
