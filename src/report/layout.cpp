#include "report/layout.hpp"

#include <algorithm>

#include "facts/contacts/contacts.hpp"
#include "facts/dates/dates.hpp"
#include "facts/header/header.hpp"
#include "input/text.hpp"
#include "structure/ending.hpp"

namespace zhenggai::report {

namespace {

using input::Range;
constexpr std::size_t npos = Layout::npos;

Range sub(Range r, std::size_t b, std::size_t e) {
    return {static_cast<std::uint32_t>(r.begin + b), static_cast<std::uint32_t>(r.begin + e)};
}

// An issuing body alone on its line (中共X委员会 above 关于…的通报).
bool is_org_line(std::string_view s) {
    if (s.empty() || text::char_count(s) > 40) return false;
    if (text::contains_any(s, {"。", ":", ";", ","})) return false;
    return text::contains_any(s, {"委", "党组", "委员会", "组", "局", "院", "厅", "部", "办", "公司", "大学"});
}

// Strip list bullets and metadata labels in front of a title candidate.
std::size_t title_prefix(std::string_view s) {
    std::size_t i = 0;
    for (bool again = true; again;) {
        again = false;
        std::size_t len = 0;
        if (text::starts_with_any(s.substr(i), {"•", "·", "●", "■", "◆", "*", "-", " "}, &len)) {
            i += len;
            again = true;
        }
    }
    // A metadata label, spaced or not (标题:, 标 题:, 核心提示:).
    const std::size_t colon = s.find(':', i);
    if (colon != npos && colon - i <= 24) {
        std::string label(s.substr(i, colon - i));
        std::erase(label, ' ');
        for (const std::string_view l : {"文件名称", "标题", "题目", "名称", "核心提示"}) {
            if (label == l) {
                i = colon + 1;
                break;
            }
        }
    }
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

// End of a title candidate starting at b, without a trailing "(2022-11-18)".
std::optional<std::size_t> title_end(std::string_view s, std::size_t b) {
    std::size_t e = s.size();
    if (s.ends_with(")")) {
        const std::size_t open = s.rfind('(');
        if (open != npos && open > b && facts::match_numeric_date(s.substr(open + 1))) e = open;
    }
    while (e > b && s[e - 1] == ' ') --e;
    const std::string_view t = s.substr(b, e - b);
    if (!text::contains(t, "关于") || !text::contains(t, "整改")) return std::nullopt;
    if (!(t.ends_with("通报") || t.ends_with("报告") || t.ends_with("情况") || t.ends_with("公告")))
        return std::nullopt;
    return e;
}

// The title among the first `limit` paragraphs.
void locate_title(const input::Document& doc, const structure::Outline& outline, std::size_t limit, Layout& lay,
                  LocatedText& found) {
    for (std::size_t i = 0; i < limit; ++i) {
        const Range p = outline[i];
        const std::string_view s = doc.text(p);
        const std::size_t b = title_prefix(s);
        const auto e = title_end(s, b);
        if (!e) continue;
        const std::string_view t = s.substr(b, *e - b);
        if (t.starts_with("关于") && i > 0 && is_org_line(doc.text(outline[i - 1]))) {
            // 中共X委员会 / 关于…的通报 on two lines: join them.
            const Range org = outline[i - 1];
            const Range rest = sub(p, b, *e);
            Text title = doc.text_value(org);
            title.value += doc.text_value(rest).value;
            title.span = Span{doc.span(org).begin, doc.span(rest).end};
            found.title = std::move(title);
            lay.title = {i - 1, i};
        } else {
            found.title = doc.text_value(sub(p, b, *e));
            lay.title = {i};
        }
        // Bullets, metadata labels and an appended date around the title are page furniture.
        if (b > 0) found.chrome.push_back(doc.text_value(sub(p, 0, b)));
        if (*e < s.size()) {
            found.chrome.push_back(doc.text_value(sub(p, *e, s.size())));
            // The page's date after the title: a publication date for pages without a signature.
            const std::size_t open = s.rfind('(');
            if (auto d = facts::match_numeric_date(s.substr(open + 1)); d && !found.date) {
                if (auto date = facts::make_date(*d->year, d->month, *d->day))
                    found.date = DatedValue{*date, doc.span(sub(p, open + 1, open + 1 + d->length)), false};
            }
        }
        return;
    }
}

// The page's publication date from chrome lines (成文日期, 发布时间, a dated line).
std::optional<DatedValue> chrome_date(const input::Document& doc, const structure::Outline& outline,
                                      const std::vector<std::size_t>& chrome) {
    std::optional<DatedValue> labelled, bare;
    for (const std::size_t i : chrome) {
        const std::string_view s = doc.text(outline[i]);
        auto read = [&](std::size_t at) -> std::optional<DatedValue> {
            while (at < s.size() && (s[at] == ' ' || s[at] == ':')) ++at;
            auto d = facts::match_numeric_date(s.substr(at));
            if (!d) d = facts::match_date(s.substr(at));
            if (!d || !d->year || !d->day) return std::nullopt;
            auto date = facts::make_date(*d->year, d->month, *d->day);
            if (!date) return std::nullopt;
            return DatedValue{*date, doc.span(sub(outline[i], at, at + d->length)), false};
        };
        std::size_t len = 0;
        const std::size_t k = text::find_any(s, {"成文日期", "发布时间", "发布日期", "日期", "时间"}, 0, &len);
        if (k != npos && !labelled) {
            labelled = read(k + len);
            if (labelled && text::contains(s.substr(k, len), "成文日期")) return labelled;
        }
        if (!bare) bare = read(0);
    }
    return labelled ? labelled : bare;
}

// The contacts block: the last run of paragraphs with contact items before
// the ending, with its lead-in. It stands among the last paragraphs; look at
// no more than twelve.
std::size_t locate_contacts(const input::Document& doc, const structure::Outline& outline, const Layout& lay) {
    std::size_t begin = npos;
    const std::size_t floor = std::max(lay.body_begin, lay.body_end > 12 ? lay.body_end - 12 : 0);
    for (std::size_t i = lay.body_end; i > floor; --i) {
        const std::string_view s = doc.text(outline[i - 1]);
        if (facts::has_contact_item(s)) {
            begin = i - 1;
        } else if (begin != npos) {
            if (i == begin && text::contains_any(s, {"欢迎", "联系方式", "如有意见", "请通过", "反映"})
                && !starts_next_steps(s))
                begin = i - 1;
            break;
        }
    }
    return begin;
}

}  // namespace

bool starts_next_steps(std::string_view s) { return text::starts_with_any(s, {"下一步", "下步", "今后,", "今后一个时期"}); }

std::optional<Range> title_within(const input::Document& doc, Range where) {
    const std::string_view s = doc.text(where);
    const std::size_t b = title_prefix(s);
    const auto e = title_end(s, b);
    if (!e) return std::nullopt;
    return sub(where, b, *e);
}

Layout locate_parts(const input::Document& doc, const structure::Outline& outline, LocatedText& found) {
    Layout lay;
    const std::size_t n = outline.size();
    found.header = facts::find_header(doc, outline.paragraphs());
    lay.header = found.header.paragraph();
    lay.body_end = n;

    // The ending among the last paragraphs (structure/ending).
    const structure::Ending ending = structure::locate_ending(doc, outline.paragraphs(), lay.header);
    lay.date_line = ending.date_line;
    lay.signatory = ending.signatory;
    if (ending.first() != npos) lay.body_end = ending.first();
    found.date = ending.date;
    found.signatory = ending.signatory_text;
    found.closing = ending.closing_text;

    // The title before the header (or among the first three paragraphs).
    locate_title(doc, outline, lay.header != npos ? lay.header : std::min<std::size_t>(n, 3), lay, found);
    lay.body_begin = lay.header != npos ? lay.header + 1 : lay.page_first();

    // Chrome: what stands before the header other than the title, and what follows the date.
    const std::size_t pre_end = lay.header != npos ? lay.header : 0;
    for (std::size_t i = 0; i < pre_end; ++i)
        if (std::find(lay.title.begin(), lay.title.end(), i) == lay.title.end()) lay.chrome.push_back(i);
    for (std::size_t i = (lay.date_line == npos ? n : lay.date_line + 1); i < n; ++i) lay.chrome.push_back(i);
    for (const std::size_t i : lay.chrome) found.chrome.push_back(doc.text_value(outline[i]));
    std::sort(found.chrome.begin(), found.chrome.end(),
              [](const Text& a, const Text& b) { return a.span.begin < b.span.begin; });
    if (!found.date) found.date = chrome_date(doc, outline, lay.chrome);

    lay.contacts_begin = locate_contacts(doc, outline, lay);
    lay.body_stop = lay.contacts_begin != npos ? lay.contacts_begin : lay.body_end;

    // Next steps: a paragraph opening with 下一步 ends the numbered body,
    // unless it is the body of a heading that stands alone just before it.
    lay.section_stop = lay.body_stop;
    for (std::size_t i = lay.body_begin; i < lay.body_stop; ++i) {
        if (!starts_next_steps(doc.text(outline[i]))) continue;
        lay.next_steps = i;
        const structure::Heading* prev = i > lay.body_begin ? outline.heading(i - 1) : nullptr;
        if (!(prev && prev->body.empty())) lay.section_stop = i;
        break;
    }
    lay.first_heading = outline.first_heading(lay.body_begin, lay.section_stop);
    return lay;
}

}  // namespace zhenggai::report
