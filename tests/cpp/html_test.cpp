// The highlighted HTML view: escaping of everything from the input, properly
// nested markup for overlapping and crossing spans, no text lost or doubled,
// empty reports, invalid UTF-8 and spans that do not fit the text.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "input/utf8.hpp"
#include "zhenggai/html.hpp"
#include "zhenggai/parse.hpp"
#include "zhenggai/report.hpp"

namespace {

using zhenggai::Span;
using zhenggai::Text;

/// A tiny HTML checker for the pages to_html writes: every tag is one of the
/// elements the page uses, attributes are quoted and hold no '<', every
/// element is closed in order, and no '<' appears in text. Collects the text
/// inside the source column (entities decoded) and counts elements.
struct Checked {
    bool ok = true;
    std::string error;
    std::string source_text;            ///< the text of <div class="zg-src">, unescaped
    std::vector<std::string> elements;  ///< opening tags' names, in order
    std::vector<std::string> classes;   ///< the class attribute of each element ("" if none)
    std::vector<std::string> ids;

    [[nodiscard]] std::size_t count(std::string_view name) const {
        std::size_t n = 0;
        for (const auto& e : elements) n += e == name;
        return n;
    }
    /// Highlights (class "zg-f", so not the legend's swatches) that also have class `cls`.
    [[nodiscard]] std::size_t highlights(std::string_view cls) const {
        std::size_t n = 0;
        for (const auto& c : classes) n += has_token(c, "zg-f") && has_token(c, cls);
        return n;
    }

private:
    static bool has_token(std::string_view list, std::string_view token) {
        std::size_t p = 0;
        while (p <= list.size()) {
            const std::size_t q = std::min(list.find(' ', p), list.size());
            if (list.substr(p, q - p) == token) return true;
            p = q + 1;
        }
        return false;
    }
};

std::string unescape(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '&') {
            const std::size_t semi = s.find(';', i);
            const std::string_view ent = s.substr(i, semi == std::string_view::npos ? 1 : semi - i + 1);
            if (ent == "&amp;")
                out += '&';
            else if (ent == "&lt;")
                out += '<';
            else if (ent == "&gt;")
                out += '>';
            else if (ent == "&quot;")
                out += '"';
            else if (ent == "&#39;")
                out += '\'';
            else
                return out + "<BAD ENTITY>";
            i += ent.size();
        } else {
            out += s[i++];
        }
    }
    return out;
}

Checked check_html(std::string_view html) {
    static const std::set<std::string, std::less<>> known = {
        "html", "head", "meta", "title",   "style",   "body",  "div",   "header", "h1",
        "p",    "ul",   "li",   "button",  "span",    "aside", "h2",    "dl",     "dt",
        "dd",   "ol",   "a",    "details", "summary", "pre",   "script"};
    static const std::set<std::string, std::less<>> void_elements = {"meta"};
    Checked r;
    const auto fail = [&](const std::string& why, std::size_t at) {
        if (r.ok) {
            r.ok = false;
            r.error = why + " at " + std::to_string(at) + ": " + std::string(html.substr(at, 60));
        }
    };
    std::vector<std::string> stack;
    std::optional<std::size_t> src_depth;  // stack size inside the source column
    std::size_t i = 0;
    if (html.substr(0, 15) == "<!DOCTYPE html>") i = 15;
    while (i < html.size() && r.ok) {
        if (html[i] != '<') {
            const std::size_t next = std::min(html.find('<', i), html.size());
            if (src_depth && stack.size() >= *src_depth) r.source_text += unescape(html.substr(i, next - i));
            i = next;
            continue;
        }
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
        const std::size_t name_start = j;
        while (j < html.size() && ((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= '0' && html[j] <= '9'))) ++j;
        const std::string name(html.substr(name_start, j - name_start));
        if (name.empty() || known.find(name) == known.end()) {
            fail("unknown or bad tag '" + name + "'", i);
            break;
        }
        std::string cls, id;
        // Attributes: name[="value"]
        for (;;) {
            while (j < html.size() && html[j] == ' ') ++j;
            if (j >= html.size()) {
                fail("unterminated tag", i);
                break;
            }
            if (html[j] == '>') {
                ++j;
                break;
            }
            if (closing) {
                fail("attributes on a closing tag", i);
                break;
            }
            const std::size_t an = j;
            while (j < html.size() && ((html[j] >= 'a' && html[j] <= 'z') || html[j] == '-')) ++j;
            const std::string attr(html.substr(an, j - an));
            if (attr.empty()) {
                fail("bad attribute", j);
                break;
            }
            std::string value;
            if (j < html.size() && html[j] == '=') {
                ++j;
                if (j >= html.size() || html[j] != '"') {
                    fail("unquoted attribute", j);
                    break;
                }
                const std::size_t end = html.find('"', j + 1);
                if (end == std::string_view::npos) {
                    fail("unterminated attribute", j);
                    break;
                }
                value = std::string(html.substr(j + 1, end - j - 1));
                if (value.find('<') != std::string::npos || value.find('>') != std::string::npos) {
                    fail("raw < or > in attribute " + attr, j);
                    break;
                }
                j = end + 1;
            }
            if (attr == "class") cls = value;
            if (attr == "id") id = value;
        }
        if (!r.ok) break;
        if (closing) {
            if (stack.empty() || stack.back() != name) {
                fail("mismatched </" + name + "> (open: " + (stack.empty() ? "none" : stack.back()) + ")", i);
                break;
            }
            stack.pop_back();
            if (src_depth && stack.size() < *src_depth) src_depth.reset();
        } else {
            r.elements.push_back(name);
            r.classes.push_back(cls);
            if (!id.empty()) r.ids.push_back(id);
            if (name == "script" || name == "style") {
                // Raw text up to the end tag.
                const std::string end_tag = "</" + name + ">";
                const std::size_t end = html.find(end_tag, j);
                if (end == std::string_view::npos) {
                    fail("unterminated " + name, i);
                    break;
                }
                j = end + end_tag.size();
            } else if (void_elements.find(name) == void_elements.end()) {
                stack.push_back(name);
                if (cls == "zg-src") src_depth = stack.size();
            }
        }
        i = j;
    }
    if (r.ok && !stack.empty()) fail("unclosed <" + stack.back() + ">", html.size());
    return r;
}

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto d = zhenggai::input::decode_utf8(s, i);
        if (!d.valid) return false;
        i += d.length;
    }
    return true;
}

Span sp(std::uint32_t b, std::uint32_t e) { return Span{b, e}; }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(Html, EscapesScriptInTheSourceText) {
    const std::string text =
        "关于某某单位巡察整改进展情况的通报\n"
        "正文<script>alert(1)</script>与<img src=x onerror=\"alert(2)\">以及 A&B 'q'\n";
    const zhenggai::Report report = zhenggai::parse(text);
    const std::string html = zhenggai::to_html(report, text);
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"), std::string::npos);
    EXPECT_NE(html.find("A&amp;B &#39;q&#39;"), std::string::npos);

    const Checked c = check_html(html);
    ASSERT_TRUE(c.ok) << c.error;
    EXPECT_EQ(c.count("script"), 1U);  // the page's own
    EXPECT_EQ(c.source_text, text);
}

TEST(Html, EscapesValuesInAttributes) {
    const std::string text = "He said \"hi\" & 'bye' <b>bold</b>";
    zhenggai::Report r;
    r.title = Text{text, sp(0, static_cast<std::uint32_t>(text.size()))};
    r.signatory = Text{"\"><script>alert(3)</script>", sp(8, 12)};
    r.diagnostics.push_back(
        {zhenggai::Severity::warning, "x-\"code\"", "message <with> \"quotes\" & 'apostrophes'", sp(0, 2)});
    r.source_size = static_cast<std::uint32_t>(text.size());
    const std::string html = zhenggai::to_html(r, text);

    EXPECT_NE(html.find("data-value=\"He said &quot;hi&quot; &amp; &#39;bye&#39; &lt;b&gt;bold&lt;/b&gt;\""),
              std::string::npos);
    EXPECT_NE(html.find("data-value=\"&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\""), std::string::npos);
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_NE(html.find("message &lt;with&gt; &quot;quotes&quot; &amp; &#39;apostrophes&#39;"), std::string::npos);
    EXPECT_NE(html.find("<title>zhenggai · He said &quot;hi&quot;"), std::string::npos);

    const Checked c = check_html(html);
    ASSERT_TRUE(c.ok) << c.error;
    EXPECT_EQ(c.count("script"), 1U);
    EXPECT_EQ(c.source_text, text);
    EXPECT_EQ(c.highlights("f-title"), 1U);
}

TEST(Html, OverlappingAndCrossingSpansNestProperly) {
    // 0         1         2         3         4
    // 0123456789012345678901234567890123456789012345
    const std::string text = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST";
    zhenggai::Report r;
    zhenggai::Sanction s;
    s.category = zhenggai::SanctionCategory::party_discipline;
    s.label = Text{"abc", sp(0, 3)};
    s.count.value = 5;
    s.unit = zhenggai::SanctionUnit::people;
    s.span = sp(0, 20);
    s.breakdown.push_back({zhenggai::SanctionCategory::warning, Text{"f", sp(5, 6)}, {2, false, sp(6, 7)}, sp(5, 10)});
    s.breakdown.push_back(
        {zhenggai::SanctionCategory::other, Text{"k", sp(10, 11)}, {3, false, sp(11, 12)}, sp(10, 20)});  // ends with the parent
    r.sanctions.push_back(s);
    zhenggai::MoneyAmount m;
    m.category = zhenggai::MoneyCategory::recovered;
    m.amount_fen = 12345;
    m.span = sp(15, 30);  // crosses the sanction and its second breakdown item
    r.money.push_back(m);
    r.header.span = sp(8, 25);                       // crosses everything
    r.header.inspected_unit = Text{"x", sp(8, 25)};  // same span as its container
    r.chrome.push_back(Text{"tail", sp(40, 1000)});  // beyond the text: clamped
    r.diagnostics.push_back({zhenggai::Severity::error, "whole", "everything", sp(0, 46)});
    r.diagnostics.push_back({zhenggai::Severity::info, "point", "a point", sp(12, 12)});  // empty: an anchor
    r.diagnostics.push_back({zhenggai::Severity::warning, "late", "past the end", sp(5000, 6000)});
    r.source_size = static_cast<std::uint32_t>(text.size());

    const std::string html = zhenggai::to_html(r, text);
    const Checked c = check_html(html);
    ASSERT_TRUE(c.ok) << c.error;
    EXPECT_EQ(c.source_text, text);  // no text lost or doubled by the splits
    // Each highlight at least once; the crossing ones are split into several elements.
    EXPECT_GE(c.highlights("f-sanction"), 1U);
    EXPECT_EQ(c.highlights("f-sanction-detail") >= 2, true);
    EXPECT_GE(c.highlights("f-money"), 2U);  // split where the sanction closes
    EXPECT_GE(c.highlights("f-header-block"), 2U);
    EXPECT_GE(c.highlights("f-header"), 1U);
    EXPECT_EQ(c.highlights("f-chrome"), 1U);
    EXPECT_EQ(c.highlights("zg-point"), 2U);  // the empty span, and the one past the end (clamped)
    // One anchor per diagnostic, linked from the list.
    for (const char* id : {"d-0", "d-1", "d-2"}) {
        EXPECT_EQ(std::count(c.ids.begin(), c.ids.end(), id), 1) << id;
        EXPECT_NE(html.find(std::string("href=\"#") + id + "\""), std::string::npos) << id;
    }
}

TEST(Html, SpansInsideACharacterMoveToItsBoundaries) {
    const std::string text = "一二三四五";  // 3 bytes each
    zhenggai::Report r;
    r.title = Text{"二三", sp(4, 8)};  // both ends inside a character
    r.signatory = Text{"五", sp(13, 14)};
    r.source_size = static_cast<std::uint32_t>(text.size());
    const std::string html = zhenggai::to_html(r, text);
    ASSERT_TRUE(valid_utf8(html));
    const Checked c = check_html(html);
    ASSERT_TRUE(c.ok) << c.error;
    EXPECT_EQ(c.source_text, text);
    EXPECT_NE(html.find("data-span=\"3-9\""), std::string::npos);  // 二三 whole
    EXPECT_NE(html.find("data-span=\"12-15\""), std::string::npos);
}

TEST(Html, EmptyReport) {
    const std::string html = zhenggai::to_html(zhenggai::Report{}, "");
    const Checked c = check_html(html);
    ASSERT_TRUE(c.ok) << c.error;
    EXPECT_EQ(c.source_text, "");
    EXPECT_EQ(c.highlights("zg-f"), 0U);
    EXPECT_NE(html.find("zhenggai report"), std::string::npos);
    EXPECT_NE(html.find("<p class=\"zg-none\">None.</p>"), std::string::npos);

    const zhenggai::Report parsed = zhenggai::parse("");
    const Checked c2 = check_html(zhenggai::to_html(parsed, ""));
    ASSERT_TRUE(c2.ok) << c2.error;
}

TEST(Html, InvalidUtf8Input) {
    const std::string text = "关于巡察整改进展情况的通报\n根据\xff\xfe市委统一部署\x01, 某\xe4\xb8\n<\x80>";
    const zhenggai::Report report = zhenggai::parse(text);
    ASSERT_FALSE(report.diagnostics.empty());
    const std::string html = zhenggai::to_html(report, text);
    EXPECT_TRUE(valid_utf8(html));
    EXPECT_NE(html.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD for the bad bytes
    EXPECT_NE(html.find("\xE2\x90\x81"), std::string::npos);  // U+2401 for the control character
    const Checked c = check_html(html);
    ASSERT_TRUE(c.ok) << c.error;
    bool any_invalid = false;
    for (const auto& d : report.diagnostics) any_invalid = any_invalid || d.code == "invalid-utf8";
    EXPECT_TRUE(any_invalid);
    EXPECT_GE(c.highlights("f-diag"), 1U);
}

TEST(Html, SampleReportHasEveryHighlight) {
    const std::string text = read_file(std::string(ZHENGGAI_SOURCE_DIR) + "/tests/data/sample-report.txt");
    ASSERT_FALSE(text.empty());
    const zhenggai::Report report = zhenggai::parse(text);
    const std::string html = zhenggai::to_html(report, text);
    const Checked c = check_html(html);
    ASSERT_TRUE(c.ok) << c.error;
    EXPECT_EQ(c.source_text, text);
    EXPECT_GE(c.highlights("f-sanction"), report.sanctions.size());
    EXPECT_GE(c.highlights("f-money"), report.money.size());
    EXPECT_GE(c.highlights("f-header"), 5U);
    EXPECT_GE(c.highlights("f-heading"), report.sections.size());
    EXPECT_GE(c.highlights("f-progress"), 3U);
    EXPECT_GE(c.highlights("f-next-step"), report.next_steps.size());
    EXPECT_GE(c.highlights("f-title"), 1U);
    EXPECT_EQ(c.count("script"), 1U);
    // The side panel carries the JSON form.
    EXPECT_NE(html.find("&quot;schema&quot;: &quot;zhenggai.report/1&quot;"), std::string::npos);
}

TEST(Html, FragmentForEmbedding) {
    const std::string text = "关于巡察整改进展情况的通报\n";
    zhenggai::Report r = zhenggai::parse(text);
    r.diagnostics.push_back({zhenggai::Severity::warning, "w", "w", sp(0, 3)});
    zhenggai::HtmlOptions o;
    o.full_page = false;
    o.id_prefix = "p1<\"x";  // sanitised
    o.include_json = false;
    const std::string html = zhenggai::to_html(r, text, o);
    EXPECT_EQ(html.rfind("<div", 0), 0U);
    EXPECT_EQ(html.find("<!DOCTYPE"), std::string::npos);
    EXPECT_EQ(html.find("class=\"zg-json\""), std::string::npos);  // no JSON block
    const Checked c = check_html(html);
    ASSERT_TRUE(c.ok) << c.error;
    const std::string id = "p1__xd-" + std::to_string(r.diagnostics.size() - 1);
    EXPECT_EQ(std::count(c.ids.begin(), c.ids.end(), id), 1);
    EXPECT_EQ(std::count(c.ids.begin(), c.ids.end(), "zg-p1__xroot"), 1);
    EXPECT_NE(html.find("#zg-p1__xroot .zg-src{"), std::string::npos);  // scoped CSS
}

}  // namespace
