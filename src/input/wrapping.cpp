#include "input/wrapping.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "input/text.hpp"

namespace zhenggai::input {

namespace {

using std::string_view;

// One line of the normalised text: [begin, end) without its '\n', and its
// content [cb, ce) without the blanks around it.
struct Line {
    std::uint32_t begin = 0, cb = 0, ce = 0;
    enum Kind : std::uint8_t { blank, content, page_number, running_header } kind = blank;
    bool ends_sentence = false;
    std::uint32_t columns = 0;
};

constexpr bool blank_byte(char c) noexcept { return c == ' ' || c == '\t' || c == '\r'; }

// Calls f(begin, cb, ce) for every line of `text`.
template <class F>
void for_each_line(string_view text, F&& f) {
    std::size_t at = 0;
    const std::size_t size = text.size();
    while (at <= size) {
        std::size_t nl = text.find('\n', at);
        if (nl == string_view::npos) nl = size;
        std::size_t cb = at, ce = nl;
        while (cb < ce && blank_byte(text[cb])) ++cb;
        while (ce > cb && blank_byte(text[ce - 1])) --ce;
        f(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(cb), static_cast<std::uint32_t>(ce));
        if (nl == size) break;
        at = nl + 1;
    }
}

// Whether a line ends a sentence: 。!?;: last, possibly inside a closing
// quote or bracket (…工作。” / …。)). A closer after anything else (…《规定》,
// …12人)) leaves the sentence open.
bool ends_sentence(string_view s) noexcept {
    for (int closers = 0; !s.empty() && closers < 3; ++closers) {
        const char c = s.back();
        if (c == '!' || c == '?' || c == ';' || c == ':') return true;
        if (s.ends_with("。")) return true;
        if (c == ')' || c == ']' || c == '"' || c == '\'') {
            s.remove_suffix(1);
        } else if (s.ends_with("”") || s.ends_with("’") || s.ends_with("」") || s.ends_with("』")) {
            s.remove_suffix(3);
        } else {
            return false;
        }
    }
    return false;
}

constexpr string_view kChineseDigits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "○"};

// Length of a run of Chinese numerals at s[i] (in bytes).
std::size_t chinese_numerals(string_view s, std::size_t i) noexcept {
    const std::size_t from = i;
    for (bool more = true; more && i < s.size();) {
        more = false;
        for (const string_view d : kChineseDigits)
            if (s.substr(i).starts_with(d)) {
                i += d.size();
                more = true;
                break;
            }
    }
    return i - from;
}

std::size_t ascii_digits(string_view s, std::size_t i) noexcept {
    const std::size_t from = i;
    while (i < s.size() && text::is_digit(s[i])) ++i;
    return i - from;
}

std::size_t skip_blanks(string_view s, std::size_t i) noexcept {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

// A heading marker opens the line: 一、 (一) (1) 1. 1、 ①. A number that goes
// on (1.5万元, 2.3%) is not one.
bool opens_heading(string_view s) noexcept {
    if (const std::size_t n = chinese_numerals(s, 0); n > 0 && n <= 9 && s.substr(n).starts_with("、")) return true;
    if (s.starts_with("(")) {
        std::size_t n = chinese_numerals(s, 1);
        if (n == 0) n = ascii_digits(s, 1);
        return n > 0 && n <= 9 && s.substr(1 + n).starts_with(")");
    }
    if (const std::size_t n = ascii_digits(s, 0); n > 0 && n <= 2) {
        const string_view rest = s.substr(n);
        if (rest.starts_with("、") || rest.starts_with(")")) return true;
        if (rest.starts_with(".")) return rest.size() == 1 || !text::is_digit(rest[1]);
        return false;
    }
    // ① .. ⑳ (U+2460..U+2473)
    return s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xE2 && static_cast<unsigned char>(s[1]) == 0x91
           && static_cast<unsigned char>(s[2]) >= 0xA0 && static_cast<unsigned char>(s[2]) <= 0xB3;
}

// A line that is only a date: 2024年3月5日, 二〇二四年三月五日.
bool is_date_line(string_view s) noexcept {
    if (s.size() > 45 || !s.ends_with("日")) return false;
    bool year = false, month = false;
    for (std::size_t i = 0; i < s.size();) {
        if (text::is_digit(s[i]) || s[i] == ' ') {
            ++i;
        } else if (const std::size_t n = chinese_numerals(s, i); n > 0) {
            i += n;
        } else if (s.substr(i).starts_with("年")) {
            year = true;
            i += 3;
        } else if (s.substr(i).starts_with("月")) {
            month = true;
            i += 3;
        } else if (s.substr(i).starts_with("日")) {
            i += 3;
        } else {
            return false;
        }
    }
    return year && month;
}

// The label of a contact item opens the line (联系电话:…, 电子邮箱:…): the
// colon follows within a few characters.
bool opens_contact_item(string_view s) noexcept {
    static constexpr string_view labels[] = {"联系电话", "联系人", "电话", "传真", "电子邮箱", "电子信箱", "邮箱",
                                             "通信地址", "通讯地址", "邮寄地址", "来信地址", "地址", "邮政编码",
                                             "邮编", "网址", "网站", "短信", "微信", "信箱", "接待"};
    std::size_t len = 0;
    if (!text::starts_with_any(s, labels, &len)) return false;
    const std::size_t colon = s.find(':', len);
    if (colon == string_view::npos || colon > len + 18) return false;
    const string_view between = s.substr(len, colon - len);
    return !text::contains_any(between, {",", "。", "、"});
}

bool ends_title(string_view s) noexcept {
    return s.ends_with("通报") || s.ends_with("报告") || s.ends_with("情况") || s.ends_with("公告") || s.ends_with("通告");
}

bool has_sentence_punctuation(string_view s) noexcept {
    return s.find_first_of(",:;!?") != string_view::npos || text::contains(s, "。");
}

// Dashes around a page number: - – — ― ~ and spaces.
std::size_t skip_dashes(string_view s, std::size_t i) noexcept {
    for (;;) {
        if (i < s.size() && (s[i] == '-' || s[i] == '~' || s[i] == ' ')) {
            ++i;
        } else if (s.substr(i).starts_with("—") || s.substr(i).starts_with("–") || s.substr(i).starts_with("―")) {
            i += 3;
        } else {
            return i;
        }
    }
}

// 第 N 页 at s[i]: the end, or npos.
std::size_t page_of(string_view s, std::size_t i, string_view lead) noexcept {
    if (!s.substr(i).starts_with(lead)) return string_view::npos;
    i = skip_blanks(s, i + lead.size());
    const std::size_t n = ascii_digits(s, i);
    if (n == 0 || n > 4) return string_view::npos;
    i = skip_blanks(s, i + n);
    if (!s.substr(i).starts_with("页")) return string_view::npos;
    return skip_blanks(s, i + 3);
}

// Lines longer than this are never page furniture.
constexpr std::size_t kMaxFurniture = 120;

// ---- Detection thresholds (per cent), shared by the detector and the planner.
constexpr std::uint32_t kTypicalPercentile = 75;  // the line width of the document: this percentile
constexpr std::uint32_t kFullLine = 85;           // a line at least this share of it is a full one

std::uint32_t percentile(std::vector<std::uint32_t> v, std::uint32_t pct) {
    if (v.empty()) return 0;
    const std::size_t k = v.size() * pct / 100;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(std::min(k, v.size() - 1)), v.end());
    return v[std::min(k, v.size() - 1)];
}

}  // namespace

bool is_page_number(string_view s) {
    if (s.empty() || s.size() > 40) return false;
    // - 2 -, —3—, 2 (bare numbers up to three digits), 2/9
    {
        const std::size_t b = skip_dashes(s, 0);
        const std::size_t n = ascii_digits(s, b);
        if (n > 0 && n <= 4) {
            std::size_t e = b + n;
            if (b == 0 && e < s.size()) {
                const std::size_t slash = skip_blanks(s, e);
                if (slash < s.size() && s[slash] == '/') {
                    const std::size_t d = skip_blanks(s, slash + 1);
                    const std::size_t m = ascii_digits(s, d);
                    return m > 0 && m <= 4 && d + m == s.size();
                }
            }
            e = skip_dashes(s, e);
            if (e == s.size()) return b > 0 || n <= 3;
        }
    }
    // 第N页, 第 2 页 共 9 页, 第2页/共9页, 共9页 第2页
    std::size_t e = page_of(s, 0, "第");
    if (e != string_view::npos) {
        if (e == s.size()) return true;
        if (s[e] == ',' || s[e] == '/') e = skip_blanks(s, e + 1);
        return page_of(s, e, "共") == s.size();
    }
    e = page_of(s, 0, "共");
    return e != string_view::npos && page_of(s, e, "第") == s.size();
}

bool looks_hard_wrapped(string_view text) {
    // Pass one, line ends only: enough lines, most of them without a
    // sentence end. Web text (one paragraph per line) mostly stops here.
    std::uint32_t lines = 0, open = 0;
    for_each_line(text, [&](std::uint32_t, std::uint32_t cb, std::uint32_t ce) {
        if (cb == ce) return;
        const string_view s = text.substr(cb, ce - cb);
        if (s.size() <= 40 && is_page_number(s)) return;
        ++lines;
        open += !ends_sentence(s);
    });
    if (lines < 8 || open * 2 < lines) return false;
    // Pass two: the widths. Most lines near one width (the wrap), few far
    // beyond it, and most of those full lines open at their end.
    std::vector<std::uint32_t> widths;
    widths.reserve(lines);
    for_each_line(text, [&](std::uint32_t, std::uint32_t cb, std::uint32_t ce) {
        if (cb == ce) return;
        const string_view s = text.substr(cb, ce - cb);
        if (s.size() <= 40 && is_page_number(s)) return;
        widths.push_back(ce - cb);
    });
    const std::uint32_t w = percentile(widths, kTypicalPercentile);
    if (w < 36 || w > 450) return false;  // 12 to 150 characters a line
    std::uint32_t full = 0, full_open = 0, longer = 0;
    for_each_line(text, [&](std::uint32_t, std::uint32_t cb, std::uint32_t ce) {
        if (cb == ce) return;
        const string_view s = text.substr(cb, ce - cb);
        if (s.size() <= 40 && is_page_number(s)) return;
        const std::uint32_t len = ce - cb;
        if (len * 100 > w * 125) {
            ++longer;
        } else if (len * 100 >= w * 75) {
            ++full;
            full_open += !ends_sentence(s);
        }
    });
    return full * 2 >= lines && longer * 10 <= lines && full_open * 10 >= full * 6;
}

WrapPlan plan_unwrapping(string_view text, Wrapping mode, const ColumnsFn& columns) {
    WrapPlan plan;
    if (mode == Wrapping::keep) return plan;
    if (mode == Wrapping::detect && !looks_hard_wrapped(text)) return plan;
    plan.wrapped = true;

    std::vector<Line> lines;
    for_each_line(text, [&](std::uint32_t b, std::uint32_t cb, std::uint32_t ce) {
        Line l;
        l.begin = b;
        l.cb = cb;
        l.ce = ce;
        if (cb < ce) {
            const string_view s = text.substr(cb, ce - cb);
            l.kind = is_page_number(s) ? Line::page_number : Line::content;
            l.ends_sentence = ends_sentence(s);
        }
        lines.push_back(l);
    });
    const auto content_of = [&](const Line& l) { return text.substr(l.cb, l.ce - l.cb); };
    // Neighbouring non-blank line of lines[i] in direction d, or npos.
    const auto neighbour = [&](std::size_t i, int d) -> std::size_t {
        for (std::size_t k = i; d < 0 ? k > 0 : k + 1 < lines.size();) {
            k = d < 0 ? k - 1 : k + 1;
            if (lines[k].kind != Line::blank) return k;
        }
        return string_view::npos;
    };

    // Running headers: a line repeated on several pages. Next to a page
    // number it is furniture wherever it stands; elsewhere only a third
    // occurrence or later counts (the first may be the title itself, or a
    // letterhead before it).
    {
        std::unordered_map<string_view, std::uint32_t> seen;
        for (const Line& l : lines)
            if (l.kind == Line::content && l.ce - l.cb <= kMaxFurniture) ++seen[content_of(l)];
        std::unordered_map<string_view, std::uint32_t> occurrence;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            Line& l = lines[i];
            if (l.kind != Line::content || l.ce - l.cb > kMaxFurniture) continue;
            const string_view s = content_of(l);
            const std::uint32_t count = seen[s];
            if (count < 2 || opens_heading(s) || is_date_line(s)) continue;
            const std::uint32_t nth = ++occurrence[s];
            const std::size_t p = neighbour(i, -1), n = neighbour(i, +1);
            const bool by_page = (p != string_view::npos && lines[p].kind == Line::page_number)
                                 || (n != string_view::npos && lines[n].kind == Line::page_number);
            // Away from page numbers, a repeated line that ends a sentence is
            // text that happens to wrap the same way twice (…逐项推动落实。), not a header.
            if (by_page || (count >= 3 && nth > 1 && !l.ends_sentence)) l.kind = Line::running_header;
        }
    }

    // Widths as written; the typical one is the wrap width.
    std::vector<std::uint32_t> widths;
    for (Line& l : lines) {
        if (l.kind != Line::content) continue;
        const std::uint32_t indent = l.cb > l.begin ? columns(l.begin, l.cb) : 0;
        l.columns = columns(l.cb, l.ce) + std::min<std::uint32_t>(indent, 4);
        widths.push_back(l.columns);
    }
    const std::uint32_t wrap = percentile(widths, kTypicalPercentile);
    const auto full = [&](const Line& l) { return l.columns * 100 >= wrap * kFullLine; };

    std::vector<std::size_t> content;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].kind == Line::content) content.push_back(i);

    for (std::size_t k = 0; k + 1 < content.size(); ++k) {
        const Line& l = lines[content[k]];
        const Line& n = lines[content[k + 1]];
        const string_view ls = content_of(l), ns = content_of(n);
        // The break falls inside a sentence: a full line left open, and the
        // next one starts no heading, date, signature or contact item.
        // A title in the first lines (关于…的通报) ends its own paragraph.
        const bool title = k < 10 && text::contains(ls, "关于") && ends_title(ls) && !has_sentence_punctuation(ls);
        bool join = full(l) && !l.ends_sentence && !title;
        if (join) {
            const bool signature = k + 2 < content.size() && !full(n) && is_date_line(content_of(lines[content[k + 2]]));
            join = !opens_heading(ns) && !is_date_line(ns) && !opens_contact_item(ns) && !ns.starts_with("附件")
                   && !signature;
        }
        // A title set in larger type wraps at fewer characters: 关于… on one
        // line, …的通报 on the next, in the document's first lines.
        if (!join && k < 10 && text::contains(ls, "关于") && !ends_title(ls) && ends_title(ns)
            && !has_sentence_punctuation(ls) && !has_sentence_punctuation(ns) && !opens_heading(ns))
            join = true;
        // Page furniture between the two lines goes with the break.
        std::uint32_t last_furniture = 0;
        for (std::size_t i = content[k] + 1; i < content[k + 1]; ++i) {
            if (lines[i].kind == Line::page_number || lines[i].kind == Line::running_header) {
                plan.furniture.push_back({lines[i].cb, lines[i].ce});
                last_furniture = lines[i].ce;
            }
        }
        if (join) {
            plan.cuts.push_back({l.ce, n.cb});
            ++plan.joins;
        } else if (last_furniture != 0) {
            // A paragraph break: the furniture joins the paragraph before it
            // (its span, not its value); the line break itself stays.
            plan.cuts.push_back({l.ce, last_furniture});
        }
    }
    return plan;
}

}  // namespace zhenggai::input
