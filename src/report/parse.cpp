// The pipeline: input → structure → facts → Report.
//
// Each stage only reads what the previous one produced: the normalised text
// and its paragraphs, then the located parts of the report (chrome, title,
// header, body, next steps, contacts, signature), then the facts in each part.
#include "zhenggai/parse.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>

#include "facts/dates/dates.hpp"
#include "facts/header/header.hpp"
#include "facts/contacts/contacts.hpp"
#include "facts/money/recovered.hpp"
#include "facts/statistics/statistics.hpp"
#include "input/document.hpp"
#include "zhenggai/load.hpp"
#include "input/text.hpp"
#include "report/classify.hpp"
#include "report/derive.hpp"
#include "report/validate.hpp"
#include "structure/ending.hpp"
#include "structure/next_steps.hpp"
#include "structure/paragraphs.hpp"
#include "structure/sections.hpp"

namespace zhenggai {

namespace {

using input::Range;
constexpr std::size_t npos = std::string_view::npos;

Range sub(Range r, std::size_t b, std::size_t e) {
    return {static_cast<std::uint32_t>(r.begin + b), static_cast<std::uint32_t>(r.begin + e)};
}

// Everything the locating pass decides, as paragraph indices.
struct Layout {
    std::size_t header = npos;         // paragraph with the header sentence
    std::size_t body_begin = 0;        // first paragraph after the header
    std::size_t body_end = 0;          // one past the last body paragraph (before the signature)
    std::size_t contacts_begin = npos; // first paragraph of the contacts block
    std::size_t next_steps = npos;     // paragraph opening with 下一步
    std::size_t signatory = npos;
    std::size_t date_line = npos;
    std::vector<std::size_t> title;    // paragraphs forming the title
};

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

// Length of a title candidate without a trailing "(2022-11-18)" or date.
std::optional<std::size_t> title_end(std::string_view s, std::size_t b) {
    std::size_t e = s.size();
    if (s.ends_with(")")) {
        const std::size_t open = s.rfind('(');
        if (open != npos && open > b && facts::match_numeric_date(s.substr(open + 1))) e = open;
    }
    while (e > b && s[e - 1] == ' ') --e;
    const std::string_view t = s.substr(b, e - b);
    if (!text::contains(t, "关于") || !text::contains(t, "整改")) return std::nullopt;
    if (!(t.ends_with("通报") || t.ends_with("报告")
          || t.ends_with("情况") || t.ends_with("公告")))
        return std::nullopt;
    return e;
}

void locate_title(const input::Document& doc, const std::vector<Range>& paras, std::size_t limit, Layout& lay,
                  Report& r) {
    for (std::size_t i = 0; i < limit; ++i) {
        const std::string_view s = doc.text(paras[i]);
        const std::size_t b = title_prefix(s);
        const auto e = title_end(s, b);
        if (!e) continue;
        const std::string_view t = s.substr(b, *e - b);
        if (t.starts_with("关于") && i > 0 && is_org_line(doc.text(paras[i - 1]))) {
            // 中共X委员会 / 关于…的通报 on two lines: join them.
            const Range org = paras[i - 1];
            const Range rest = sub(paras[i], b, *e);
            Text title = doc.text_value(org);
            title.value += doc.text_value(rest).value;
            title.span = Span{doc.span(org).begin, doc.span(rest).end};
            r.title = std::move(title);
            lay.title = {i - 1, i};
        } else {
            r.title = doc.text_value(sub(paras[i], b, *e));
            lay.title = {i};
        }
        // Bullets, metadata labels and an appended date around the title are page furniture.
        if (b > 0) r.chrome.push_back(doc.text_value(sub(paras[i], 0, b)));
        if (*e < s.size()) r.chrome.push_back(doc.text_value(sub(paras[i], *e, s.size())));
        if (*e < s.size()) {
            // The page's date after the title: a publication date for pages without a signature.
            const std::size_t open = s.rfind('(');
            if (auto d = facts::match_numeric_date(s.substr(open + 1)); d && !r.published_date) {
                if (auto date = facts::make_date(*d->year, d->month, *d->day))
                    r.published_date = DatedValue{*date, doc.span(sub(paras[i], open + 1, open + 1 + d->length)), false};
            }
        }
        return;
    }
}

// The page's publication date from chrome lines (成文日期, 发布时间, a dated line).
std::optional<DatedValue> chrome_date(const input::Document& doc, const std::vector<Range>& paras,
                                      const std::vector<std::size_t>& chrome) {
    std::optional<DatedValue> labelled, bare;
    for (const std::size_t i : chrome) {
        const std::string_view s = doc.text(paras[i]);
        auto read = [&](std::size_t at) -> std::optional<DatedValue> {
            while (at < s.size() && (s[at] == ' ' || s[at] == ':')) ++at;
            auto d = facts::match_numeric_date(s.substr(at));
            if (!d) d = facts::match_date(s.substr(at));
            if (!d || !d->year || !d->day) return std::nullopt;
            auto date = facts::make_date(*d->year, d->month, *d->day);
            if (!date) return std::nullopt;
            return DatedValue{*date, doc.span(sub(paras[i], at, at + d->length)), false};
        };
        std::size_t len = 0;
        const std::size_t k = text::find_any(s, {"成文日期", "发布时间", "发布日期", "發佈時間", "日期", "时间"}, 0, &len);
        if (k != npos && !labelled) {
            labelled = read(k + len);
            if (labelled && text::contains(s.substr(k, len), "成文日期")) return labelled;
        }
        if (!bare) bare = read(0);
    }
    return labelled ? labelled : bare;
}

bool starts_next_steps(std::string_view s) {
    return text::starts_with_any(s, {"下一步", "下步", "今后,", "今后一个时期"});
}

}  // namespace

Report parse(std::string_view utf8) {
    Report r;
    if (utf8.size() > std::numeric_limits<std::uint32_t>::max()) {
        r.is_report = false;
        input::DiagnosticSink(r.diagnostics).add<DiagnosticCode::input_too_large>(Span{});
        return r;
    }
    r.source_size = static_cast<std::uint32_t>(utf8.size());
    if (utf8.starts_with("\xEF\xBB\xBF")) r.encoding = Encoding::utf8_bom;
    const input::Document doc(utf8, r.diagnostics);
    const std::vector<Range> paras = structure::split_paragraphs(doc.text());
    if (paras.empty()) {
        r.is_report = false;
        doc.sink().add<DiagnosticCode::empty_input>(Span{});
        return r;
    }

    // ---- Locate the parts.
    Layout lay;
    lay.header = facts::find_header_paragraph(doc, paras);
    lay.body_end = paras.size();
    // Signature and date: the ending among the last paragraphs (structure/ending).
    {
        const structure::Ending ending = structure::locate_ending(doc, paras, lay.header);
        lay.date_line = ending.date_line;
        lay.signatory = ending.signatory;
        if (ending.first() != npos) lay.body_end = ending.first();
        if (ending.date) r.published_date = ending.date;
        if (ending.signatory_text) r.signatory = ending.signatory_text;
    }
    const std::size_t pre_end = lay.header != npos ? lay.header : 0;
    locate_title(doc, paras, lay.header != npos ? lay.header : std::min<std::size_t>(paras.size(), 3), lay, r);
    lay.body_begin = lay.header != npos ? lay.header + 1 : (lay.title.empty() ? 0 : lay.title.back() + 1);

    // Chrome: what stands before the header other than the title, and what follows the date.
    std::vector<std::size_t> chrome;
    for (std::size_t i = 0; i < pre_end; ++i) {
        if (std::find(lay.title.begin(), lay.title.end(), i) == lay.title.end()) chrome.push_back(i);
    }
    for (std::size_t i = (lay.date_line == npos ? paras.size() : lay.date_line + 1); i < paras.size(); ++i)
        chrome.push_back(i);
    for (const std::size_t i : chrome) r.chrome.push_back(doc.text_value(paras[i]));
    std::sort(r.chrome.begin(), r.chrome.end(), [](const Text& a, const Text& b) { return a.span.begin < b.span.begin; });
    if (!r.published_date) {
        if (auto d = chrome_date(doc, paras, chrome)) r.published_date = d;
    }

    // Header.
    facts::HeaderFacts hf;
    std::optional<Range> header_rest;  // text after the header sentences in the same paragraph
    if (lay.header != npos) {
        hf = facts::extract_header(doc, paras, lay.header);
        r.header = hf.header;
        r.kind = hf.kind;
        if (!r.title && hf.lead) {
            // A title run into the header sentence (…的通报根据党中央统一部署,…).
            const std::string_view lead = doc.text(*hf.lead);
            const std::size_t b = title_prefix(lead);
            if (const auto e = title_end(lead, b)) r.title = doc.text_value(Range{hf.lead->begin + static_cast<std::uint32_t>(b), hf.lead->begin + static_cast<std::uint32_t>(*e)});
        }
        if (hf.end < paras[lay.header].end) {
            Range rest{hf.end, paras[lay.header].end};
            const std::size_t lead = text::leading_space(doc.text(rest));
            rest.begin += static_cast<std::uint32_t>(lead);
            if (!rest.empty()) header_rest = rest;
        }
    } else {
        doc.diagnose<DiagnosticCode::header_missing>(paras.front());
    }
    if (r.title && !r.header.round) r.header.round = facts::find_round(doc, Range{paras[lay.title.back()].begin, paras[lay.title.back()].end});
    if (!r.kind) {
        const std::string_view where = r.title ? std::string_view(r.title->value) : doc.text().substr(0, 2000);
        const std::size_t a = where.find("巡视"), b = where.find("巡察");
        if (a != npos || b != npos) r.kind = a < b ? InspectionKind::xunshi : InspectionKind::xuncha;
    }

    // Contacts: the last run of paragraphs with contact items, with its lead-in.
    // It stands among the last paragraphs; look at no more than twelve.
    const std::size_t contacts_floor = std::max(lay.body_begin, lay.body_end > 12 ? lay.body_end - 12 : 0);
    for (std::size_t i = lay.body_end; i > contacts_floor; --i) {
        const std::string_view s = doc.text(paras[i - 1]);
        if (facts::has_contact_item(s)) {
            lay.contacts_begin = i - 1;
        } else if (lay.contacts_begin != npos) {
            if (i - 1 + 1 == lay.contacts_begin && text::contains_any(s, {"欢迎", "联系方式", "如有意见", "请通过", "反映"})
                && !starts_next_steps(s))
                lay.contacts_begin = i - 1;
            break;
        }
    }
    const std::size_t body_stop = lay.contacts_begin != npos ? lay.contacts_begin : lay.body_end;
    std::vector<Range> contact_paras;
    for (std::size_t i = body_stop; i < lay.body_end; ++i) contact_paras.push_back(paras[i]);
    r.contacts = facts::extract_contacts(doc, contact_paras);
    if (r.contacts) {
        // The block as a whole, lead-in and closing punctuation included.
        r.contacts->span = doc.span(Range{contact_paras.front().begin, contact_paras.back().end});
    }

    // Next steps: a paragraph opening with 下一步 ends the numbered body,
    // unless it is the body of a heading that stands alone just before it.
    std::size_t section_stop = body_stop;
    for (std::size_t i = lay.body_begin; i < body_stop; ++i) {
        if (!starts_next_steps(doc.text(paras[i]))) continue;
        lay.next_steps = i;
        const auto prev = i > lay.body_begin ? structure::read_heading(doc, paras[i - 1], i - 1) : std::nullopt;
        if (!(prev && prev->body.empty())) section_stop = i;
        break;
    }

    // Sections and overview.
    r.sections = structure::build_sections(doc, paras, lay.body_begin, section_stop);
    std::size_t first_heading = section_stop;
    for (std::size_t i = lay.body_begin; i < section_stop; ++i) {
        if (structure::read_heading(doc, paras[i], i)) { first_heading = i; break; }
    }
    {
        std::optional<Range> ov = header_rest;
        for (std::size_t i = lay.body_begin; i < first_heading; ++i) {
            if (ov) ov->end = paras[i].end;
            else ov = paras[i];
        }
        if (ov && !ov->empty()) r.overview = doc.text_value(*ov);
    }

    // Next steps from the paragraph, or from a 下一步 section.
    if (lay.next_steps != npos) {
        std::vector<Range> block;
        for (std::size_t i = lay.next_steps; i < body_stop; ++i) block.push_back(paras[i]);
        r.next_steps = structure::inline_points(doc, block);
        if (!block.empty()) r.next_steps_block = doc.text_value(Range{block.front().begin, block.back().end});
    }
    if (r.next_steps.empty()) {
        for (std::size_t i = lay.body_begin; i < section_stop && r.next_steps.empty(); ++i) {
            const auto h = structure::read_heading(doc, paras[i], i);
            if (!h || !text::contains_any(doc.text(h->title), {"下一步", "下步"})) continue;
            // Find the section for its children.
            const Span at = doc.span(Range{paras[i].begin, paras[i].begin});
            std::function<const Section*(const std::vector<Section>&)> find = [&](const std::vector<Section>& v) -> const Section* {
                for (const auto& s : v) {
                    if (s.span.begin == at.begin) return &s;
                    if (auto* c = find(s.children)) return c;
                }
                return nullptr;
            };
            const Section* sec = find(r.sections);
            if (sec && !sec->children.empty()) {
                r.next_steps = structure::steps_from_sections(sec->children);
            } else {
                std::vector<Range> block{h->body};
                for (std::size_t j = i + 1; j < section_stop && !structure::read_heading(doc, paras[j], j); ++j)
                    block.push_back(paras[j]);
                r.next_steps = structure::inline_points(doc, block);
            }
        }
    }

    // A closing section without 下一步 in its title (三、巩固拓展整改成果) whose
    // own text lists 一是…二是… is the next-steps part too.
    if (r.next_steps.empty() && r.sections.size() > 1) {
        const Section& last = r.sections.back();
        if (last.children.empty() && text::contains_any(last.title.value, {"巩固", "长效", "今后", "打算", "持续", "深化"})) {
            for (std::size_t i = lay.body_begin; i < section_stop; ++i) {
                if (doc.span(Range{paras[i].begin, paras[i].begin}).begin != last.span.begin) continue;
                std::vector<Range> block{structure::read_heading(doc, paras[i], i)->body};
                for (std::size_t j = i + 1; j < section_stop; ++j) block.push_back(paras[j]);
                r.next_steps = structure::inline_points(doc, block);
                break;
            }
        }
    }

    // ---- Is this a rectification report at all? Decided from the page's
    // shape before any statistics are read: pages that are not reports yield none.
    {
        report::PageShape shape;
        shape.titled = r.title && text::contains(r.title->value, "整改");
        // The announcement stands in the header paragraph or just after it,
        // before the first heading.
        const std::size_t opening_first = lay.header != npos ? lay.header : lay.body_begin;
        for (std::size_t i = opening_first; i < std::min(first_heading, opening_first + 4) && i < paras.size(); ++i)
            shape.announced = shape.announced || report::announces_rectification(doc.text(paras[i]));
        // A header sentence far into a page without a title or announcement is
        // quoted, not the page's own opening (news that retells an inspection).
        const std::size_t page_first = lay.title.empty() ? 0 : lay.title.back() + 1;
        shape.header = lay.header != npos && (!lay.title.empty() || lay.header <= page_first + 2 || shape.announced);
        if (shape.header) {
            shape.fed_back = hf.feedback_mentioned;
            const std::string_view hp = doc.text(paras[lay.header]);
            shape.reviews_rectification = text::contains(hp.substr(0, hp.find(text::kFullStop)), "整改");
        }
        const std::function<bool(const std::vector<Section>&)> about_rectification = [&](const std::vector<Section>& v) {
            for (const Section& s : v)
                if (text::contains(s.title.value, "整改") || about_rectification(s.children)) return true;
            return false;
        };
        shape.rectification_headings = about_rectification(r.sections);
        // The opening, read on the normalised text (traditional folded): the
        // title, the page's first paragraph after it and the header paragraph
        // (the same one, often: reading it twice changes no word test).
        std::string opening;
        for (const std::size_t t : lay.title) opening += doc.text(paras[t]);
        for (const std::size_t i : {page_first, opening_first}) {
            if (i >= paras.size()) continue;
            const std::string_view first = doc.text(paras[i]);
            opening += first.substr(0, text::char_boundary(first, 240));
            opening += '\n';
        }
        report::read_opening(opening, shape);
        const report::Verdict verdict = report::classify(shape);
        r.is_report = verdict.is_report;
        if (!verdict.is_report) {
            r.not_report_reason = verdict.reason;
            doc.diagnose<DiagnosticCode::not_a_report>(lay.header != npos ? paras[lay.header] : Range{0, 0},
                                                       *r.not_report_reason);
        }
    }

    // ---- Statistics, from the body (and the rest of the header paragraph), of a report only.
    if (r.is_report) {
        std::vector<facts::ScopedParagraph> scoped;
        std::vector<Range> body;
        if (header_rest) {
            scoped.push_back({*header_rest, true});
            body.push_back(*header_rest);
        }
        for (std::size_t i = lay.body_begin; i < body_stop; ++i) {
            scoped.push_back({paras[i], i < first_heading});
            body.push_back(paras[i]);
        }
        const std::vector<Range> scope = facts::statistics_scope(doc, scoped);
        r.sanctions = facts::extract_sanctions(doc, scope);
        r.money = facts::extract_money(doc, body);
        // Progress counts may stand in the feedback sentence itself (反馈了4个方面
        // 32个问题), so the whole header paragraph is read for them.
        std::vector<Range> progress_paras = body;
        if (lay.header != npos) {
            if (header_rest) progress_paras.front() = paras[lay.header];
            else progress_paras.insert(progress_paras.begin(), paras[lay.header]);
        }
        r.progress = facts::extract_progress(doc, progress_paras);
        r.rules_established = facts::extract_rules(doc, scope, body);
    }

    // The report proper: from its title (or header) to its date line.
    std::size_t first = lay.header != npos ? lay.header : lay.body_begin;
    if (!lay.title.empty()) first = std::min(first, lay.title.front());
    const std::size_t last = lay.date_line != npos ? lay.date_line + 1 : paras.size();
    const Range report_range = first < last ? Range{paras[first].begin, paras[last - 1].end} : Range{0, 0};
    report::validate(r, doc.sink());
    report::mark_unclassified(r, doc, report_range);
    // The content hash covers the header to the date: titles and page
    // furniture differ between republished copies, the report does not.
    const std::size_t hash_first = lay.header != npos ? lay.header : lay.body_begin;
    const Range hash_range =
        hash_first < last ? Range{paras[hash_first].begin, paras[last - 1].end} : report_range;
    report::derive(r, doc, hash_range);
    return r;
}

FileResult parse_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return FileError{path.string(), "cannot open file"};
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return FileError{path.string(), "read error"};
    return parse_bytes(ss.str());
}

}  // namespace zhenggai
