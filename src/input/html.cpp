// HTML → text with gumbo (the HTML5 parsing algorithm: broken pages are read
// as browsers read them). The tree is walked with an explicit stack, so a
// page nested arbitrarily deep cannot exhaust the call stack here.
#include "input/html.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <utility>

#include "input/utf8.hpp"

namespace zhenggai::input {

namespace {

/// ASCII lower case of at most `n` bytes of `s`.
std::string lower_prefix(std::string_view s, std::size_t n) {
    std::string out(s.substr(0, n));
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

constexpr std::size_t kSniffBytes = 2048;

bool is_block(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DIV:
        case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
        case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
        case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
        case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_HTML:
            return true;
        default:
            return false;
    }
}

/// Elements whose content is not text a reader sees.
bool is_hidden(GumboTag t) {
    return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_NOSCRIPT ||
           t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_OBJECT || t == GUMBO_TAG_SVG ||
           t == GUMBO_TAG_SELECT || t == GUMBO_TAG_BUTTON;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// Builds the text: white space collapsed as CSS does for normal flow (a run
/// of it is one space, none at a line's start, and none where a line break
/// in the source stands next to a non-ASCII character), block boundaries as
/// line breaks.
class TextBuilder {
public:
    void text(std::string_view s, std::uint32_t source_offset, bool preformatted) {
        const std::size_t begin = out_.text.size();
        for (std::size_t i = 0; i < s.size();) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (!preformatted && is_space(c)) {
                bool newline = false;
                while (i < s.size() && is_space(static_cast<unsigned char>(s[i]))) newline |= s[i++] == '\n';
                pending_space_ = true;
                pending_newline_ = pending_newline_ || newline;
                continue;
            }
            if (preformatted && (c == '\n' || c == '\r')) {
                line_break();
                i += (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            const std::size_t len = std::max<std::size_t>(1, utf8_length(s, i));
            if (pending_space_ && !at_line_start()) {
                // A line break in the markup next to a Chinese character is no
                // space: CSS Text 3 removes it between two wide characters, and
                // between a figure and its unit (15\n人) a space would only split
                // what the grammars read as one.
                const bool wide_break = pending_newline_ && (c >= 0x80 || last_wide_);
                if (!wide_break) out_.text += ' ';
            }
            pending_space_ = pending_newline_ = false;
            out_.text.append(s.substr(i, len));
            last_wide_ = c >= 0x80;
            i += len;
        }
        if (out_.text.size() > begin) {
            out_.runs.push_back({Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(out_.text.size())},
                                 source_offset});
        }
    }
    void line_break() {
        pending_space_ = pending_newline_ = false;
        if (!at_line_start()) out_.text += '\n';
        last_wide_ = false;
    }
    void cell_break() {  // between table cells of one row
        if (!at_line_start()) pending_space_ = true;
        pending_newline_ = false;
        last_wide_ = false;
    }
    HtmlText finish() {
        line_break();
        return std::move(out_);
    }

private:
    [[nodiscard]] bool at_line_start() const { return out_.text.empty() || out_.text.back() == '\n'; }
    HtmlText out_;
    bool pending_space_ = false, pending_newline_ = false, last_wide_ = false;
};

struct GumboDeleter {
    void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

/// An upper bound on how deep the page's elements nest: start tags of
/// elements that take content, less end tags.
std::size_t nesting_depth(std::string_view page) {
    static constexpr std::array<std::string_view, 14> kVoid = {"br", "img", "meta", "link", "input", "hr", "area",
                                                               "base", "col", "embed", "param", "source", "track", "wbr"};
    std::size_t depth = 0, deepest = 0;
    for (std::size_t i = page.find('<'); i != std::string_view::npos && i + 1 < page.size(); i = page.find('<', i + 1)) {
        if (page[i + 1] == '/') {
            depth -= depth > 0 ? 1 : 0;
            continue;
        }
        std::size_t e = i + 1;
        while (e < page.size() && std::isalnum(static_cast<unsigned char>(page[e]))) ++e;
        if (e == i + 1) continue;
        const std::string name = lower_prefix(page.substr(i + 1, e - i - 1), 16);
        if (std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end()) continue;
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

/// The named character references pages use most; others stay as written.
std::string decode_entities(std::string_view s) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kNamed = {{
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\u00A0"},
        {"ldquo", "\u201C"}, {"rdquo", "\u201D"}}};
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
        if (semi == std::string_view::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        std::uint32_t cp = 0;
        if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            for (const char c : name.substr(hex ? 2 : 1)) {
                const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                              : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10)
                                                                                    : -1;
                if (d < 0 || cp > 0x10FFFF) {
                    cp = 0;
                    break;
                }
                cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
            }
        }
        if (cp != 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            char buf[4];
            out.append(buf, encode_utf8(cp, buf));
            i = semi;
            continue;
        }
        const auto* named = std::find_if(kNamed.begin(), kNamed.end(), [&](const auto& e) { return e.first == name; });
        if (named == kNamed.end()) {
            out += s[i];
            continue;
        }
        out += named->second;
        i = semi;
    }
    return out;
}

/// The text of a page read tag by tag, for pages too deep for a tree.
HtmlText strip_tags(std::string_view page, std::size_t depth) {
    TextBuilder b;
    std::size_t i = 0;
    while (i < page.size()) {
        const std::size_t lt = std::min(page.find('<', i), page.size());
        if (lt > i) b.text(decode_entities(page.substr(i, lt - i)), static_cast<std::uint32_t>(i), false);
        if (lt == page.size()) break;
        if (page.compare(lt, 4, "<!--") == 0) {
            const std::size_t end = page.find("-->", lt + 4);
            i = end == std::string_view::npos ? page.size() : end + 3;
            continue;
        }
        const bool closing = lt + 1 < page.size() && page[lt + 1] == '/';
        std::size_t e = lt + (closing ? 2 : 1);
        const std::size_t name_at = e;
        while (e < page.size() && std::isalnum(static_cast<unsigned char>(page[e]))) ++e;
        const std::string name = lower_prefix(page.substr(name_at, e - name_at), 16);
        const std::size_t gt = page.find('>', e);
        i = gt == std::string_view::npos ? page.size() : gt + 1;
        if (!closing && (name == "script" || name == "style")) {
            const std::size_t end = lower_prefix(page.substr(i), page.size()).find("</" + name);
            i = end == std::string::npos ? page.size() : i + end;
            continue;
        }
        const GumboTag tag = gumbo_tag_enum(name.c_str());
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) b.cell_break();
        else if (tag == GUMBO_TAG_BR || is_block(tag)) b.line_break();
    }
    HtmlText out = b.finish();
    out.flattened_depth = depth;
    return out;
}

}  // namespace

bool looks_like_html(std::string_view bytes) noexcept {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    std::size_t i = 0;
    while (i < bytes.size() && is_space(static_cast<unsigned char>(bytes[i]))) ++i;
    if (i == bytes.size() || bytes[i] != '<') return false;
    std::string head;
    try {
        head = lower_prefix(bytes.substr(i), kSniffBytes);
    } catch (...) {
        return false;
    }
    // Markup opens the text, and an HTML element is named near its start (a
    // comment or an XML declaration alone is no page, nor is <附件1>).
    static constexpr std::array<std::string_view, 10> kElements = {
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<table"};
    return std::any_of(kElements.begin(), kElements.end(),
                       [&](std::string_view e) { return head.find(e) != std::string::npos; });
}

std::optional<std::string> declared_charset(std::string_view bytes) {
    const std::string head = lower_prefix(bytes, 4 * kSniffBytes);
    for (std::size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 7)) {
        // Only inside a <meta …> tag.
        const std::size_t tag = head.rfind('<', at);
        if (tag == std::string::npos || head.compare(tag, 5, "<meta") != 0 || head.find('>', tag) < at) continue;
        std::size_t p = at + 7;
        while (p < head.size() && is_space(static_cast<unsigned char>(head[p]))) ++p;
        if (p >= head.size() || head[p] != '=') continue;
        ++p;
        while (p < head.size() && (is_space(static_cast<unsigned char>(head[p])) || head[p] == '"' || head[p] == '\'')) ++p;
        std::size_t e = p;
        while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
        const std::string name = head.substr(p, e - p);
        if (name == "utf-8" || name == "utf8") return "UTF-8";
        if (name == "gb2312" || name == "gbk" || name == "gb18030" || name == "x-gbk" || name == "cp936") return "GB18030";
        if (name == "big5" || name == "big5-hkscs" || name == "x-x-big5") return "Big5";
        if (!name.empty()) return name;
    }
    return std::nullopt;
}

HtmlText html_to_text(std::string_view page) {
    if (const std::size_t depth = nesting_depth(page); depth > kMaxHtmlDepth) return strip_tags(page, depth);
    std::unique_ptr<GumboOutput, GumboDeleter> out(
        gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size()));
    TextBuilder b;
    if (!out) return b.finish();
    // (node, preformatted, closing): a closing entry ends a block after its children.
    struct Visit {
        const GumboNode* node;
        bool pre;
        bool closing;
    };
    std::vector<Visit> stack{{out->root, false, false}};
    while (!stack.empty()) {
        const Visit v = stack.back();
        stack.pop_back();
        const GumboNode* n = v.node;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            b.text(n->v.text.text, static_cast<std::uint32_t>(n->v.text.start_pos.offset), v.pre);
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) continue;
        const GumboTag tag = n->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_HTML : n->v.element.tag;
        if (v.closing) {
            if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) b.cell_break();
            else b.line_break();
            continue;
        }
        if (is_hidden(tag)) continue;
        if (tag == GUMBO_TAG_BR) {
            b.line_break();
            continue;
        }
        const bool block = is_block(tag) || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
        if (block) {
            if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH) b.line_break();
            stack.push_back({n, v.pre, true});
        }
        const GumboVector& children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
        const bool pre = v.pre || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back({static_cast<const GumboNode*>(children.data[i]), pre, false});
    }
    return b.finish();
}

}  // namespace zhenggai::input
