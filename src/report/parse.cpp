// The pipeline: input → structure → facts → Report.
//
// Each stage only reads what the previous one produced: the normalised text
// and its paragraphs, then the located parts of the report (chrome, title,
// header, body, next steps, contacts, signature), then the facts in each part.
#include "zhenggai/parse.hpp"

#include <algorithm>
#include <limits>

#include "facts/contacts/contacts.hpp"
#include "facts/header/header.hpp"
#include "facts/money/recovered.hpp"
#include "facts/statistics/statistics.hpp"
#include "input/document.hpp"
#include "input/text.hpp"
#include "report/classify.hpp"
#include "report/derive.hpp"
#include "report/layout.hpp"
#include "report/validate.hpp"
#include "structure/next_steps.hpp"
#include "structure/outline.hpp"
#include "structure/sections.hpp"
#include "zhenggai/load.hpp"

namespace zhenggai {

namespace {

using input::Range;
using report::Layout;
constexpr std::size_t npos = Layout::npos;

// ---- Stage two: the header sentences, and the text after them in their paragraph.
struct HeaderPart {
    facts::HeaderFacts facts;
    std::optional<Range> rest;  // text after the header sentences in the same paragraph
};

HeaderPart read_header(const input::Document& doc, const structure::Outline& outline, const Layout& lay,
                       const facts::HeaderReading& reading, Report& r) {
    HeaderPart out;
    if (lay.header == npos) {
        doc.diagnose<DiagnosticCode::header_missing>(outline[0]);
        return out;
    }
    const Range para = outline[lay.header];
    out.facts = facts::extract_header(doc, outline.paragraphs(), reading);
    r.header = out.facts.header;
    r.kind = out.facts.kind;
    if (!r.title && out.facts.lead) {
        // A title run into the header sentence (…的通报根据党中央统一部署,…).
        if (const auto t = report::title_within(doc, *out.facts.lead)) r.title = doc.text_value(*t);
    }
    if (out.facts.end < para.end) {
        Range rest{out.facts.end, para.end};
        rest.begin += static_cast<std::uint32_t>(text::leading_space(doc.text(rest)));
        if (!rest.empty()) out.rest = rest;
    }
    return out;
}

// The section whose heading opens at source offset `at`, searched depth-first.
const Section* section_at(const std::vector<Section>& v, std::uint32_t at) {
    for (const auto& s : v) {
        if (s.span.begin == at) return &s;
        if (const Section* c = section_at(s.children, at)) return c;
    }
    return nullptr;
}

// ---- Stage two: the parts that are text: contacts, sections, overview, next steps.
void read_parts(const input::Document& doc, const structure::Outline& outline, const Layout& lay,
                const std::optional<Range>& header_rest, Report& r) {
    std::vector<Range> contact_paras;
    for (std::size_t i = lay.body_stop; i < lay.body_end; ++i) contact_paras.push_back(outline[i]);
    r.contacts = facts::extract_contacts(doc, contact_paras);
    if (r.contacts) {
        // The block as a whole, lead-in and closing punctuation included.
        r.contacts->span = doc.span(Range{contact_paras.front().begin, contact_paras.back().end});
    }

    r.sections = structure::build_sections(doc, outline, lay.body_begin, lay.section_stop);
    {
        std::optional<Range> ov = header_rest;
        for (std::size_t i = lay.body_begin; i < lay.first_heading; ++i) {
            if (ov) ov->end = outline[i].end;
            else ov = outline[i];
        }
        if (ov && !ov->empty()) r.overview = doc.text_value(*ov);
    }

    // Next steps from the 下一步 paragraph and what follows it.
    if (lay.next_steps != npos) {
        std::vector<Range> block;
        for (std::size_t i = lay.next_steps; i < lay.body_stop; ++i) block.push_back(outline[i]);
        r.next_steps = structure::inline_points(doc, block);
        if (!block.empty()) r.next_steps_block = doc.text_value(Range{block.front().begin, block.back().end});
    }
    // …or from a 下一步 section: its sub-headings, or the points in its text.
    for (std::size_t i = lay.body_begin; i < lay.section_stop && r.next_steps.empty(); ++i) {
        const structure::Heading* h = outline.heading(i);
        if (!h || !text::contains_any(doc.text(h->title), {"下一步", "下步"})) continue;
        const Section* sec = section_at(r.sections, doc.span(Range{outline[i].begin, outline[i].begin}).begin);
        if (sec && !sec->children.empty()) {
            r.next_steps = structure::steps_from_sections(sec->children);
        } else {
            std::vector<Range> block{h->body};
            for (std::size_t j = i + 1; j < lay.section_stop && !outline.heading(j); ++j) block.push_back(outline[j]);
            r.next_steps = structure::inline_points(doc, block);
        }
    }
    // A closing section without 下一步 in its title (三、巩固拓展整改成果) whose
    // own text lists 一是…二是… is the next-steps part too.
    if (r.next_steps.empty() && r.sections.size() > 1) {
        const Section& last = r.sections.back();
        if (last.children.empty() && text::contains_any(last.title.value, {"巩固", "长效", "今后", "打算", "持续", "深化"})) {
            for (std::size_t i = lay.body_begin; i < lay.section_stop; ++i) {
                const structure::Heading* h = outline.heading(i);
                if (!h || doc.span(Range{outline[i].begin, outline[i].begin}).begin != last.span.begin) continue;
                std::vector<Range> block{h->body};
                for (std::size_t j = i + 1; j < lay.section_stop; ++j) block.push_back(outline[j]);
                r.next_steps = structure::inline_points(doc, block);
                break;
            }
        }
    }
}

// ---- Stage three: is this a rectification report at all? Decided from the
// page's shape before any statistics are read: pages that are not reports yield none.
void decide_report(const input::Document& doc, const structure::Outline& outline, const Layout& lay,
                   const facts::HeaderFacts& hf, Report& r) {
    report::PageShape shape;
    shape.titled = r.title && text::contains(r.title->value, "整改");
    // The announcement stands in the header paragraph or just after it,
    // before the first heading.
    const std::size_t opening_first = lay.header != npos ? lay.header : lay.body_begin;
    for (std::size_t i = opening_first; i < std::min(lay.first_heading, opening_first + 4) && i < outline.size(); ++i)
        shape.announced = shape.announced || report::announces_rectification(doc.text(outline[i]));
    // A header sentence far into a page without a title or announcement is
    // quoted, not the page's own opening (news that retells an inspection).
    const std::size_t page_first = lay.page_first();
    shape.header = lay.header != npos && (!lay.title.empty() || lay.header <= page_first + 2 || shape.announced);
    if (shape.header) {
        shape.fed_back = hf.feedback_mentioned;
        const std::string_view hp = doc.text(outline[lay.header]);
        shape.reviews_rectification = text::contains(hp.substr(0, hp.find(text::kFullStop)), "整改");
    }
    shape.rectification_headings = false;
    for (std::size_t i = lay.body_begin; i < lay.section_stop && !shape.rectification_headings; ++i)
        if (const structure::Heading* h = outline.heading(i)) shape.rectification_headings = text::contains(doc.text(h->title), "整改");
    // The opening, read on the normalised text (traditional folded): the
    // title, the page's first paragraph after it and the header paragraph
    // (the same one, often: reading it twice changes no word test).
    std::string opening;
    for (const std::size_t t : lay.title) opening += doc.text(outline[t]);
    for (const std::size_t i : {page_first, opening_first}) {
        if (i >= outline.size()) continue;
        const std::string_view first = doc.text(outline[i]);
        opening += first.substr(0, text::char_boundary(first, 240));
        opening += '\n';
    }
    report::read_opening(opening, shape);
    const report::Verdict verdict = report::classify(shape);
    r.is_report = verdict.is_report;
    if (!verdict.is_report) {
        r.not_report_reason = verdict.reason;
        doc.diagnose<DiagnosticCode::not_a_report>(lay.header != npos ? outline[lay.header] : Range{0, 0},
                                                   *r.not_report_reason);
    }
}

// ---- Stage four: the statistics, from the body (and the rest of the header
// paragraph) of a report only.
void extract_statistics(const input::Document& doc, const structure::Outline& outline, const Layout& lay,
                        const std::optional<Range>& header_rest, Report& r) {
    std::vector<facts::ScopedParagraph> scoped;
    std::vector<Range> body;
    if (header_rest) {
        scoped.push_back({*header_rest, true});
        body.push_back(*header_rest);
    }
    for (std::size_t i = lay.body_begin; i < lay.body_stop; ++i) {
        scoped.push_back({outline[i], i < lay.first_heading});
        body.push_back(outline[i]);
    }
    const std::vector<Range> scope = facts::statistics_scope(doc, scoped);
    r.sanctions = facts::extract_sanctions(doc, scope);
    r.money = facts::extract_money(doc, body);
    // Progress counts may stand in the feedback sentence itself (反馈了4个方面
    // 32个问题), so the whole header paragraph is read for them.
    std::vector<Range> progress_paras = body;
    if (lay.header != npos) {
        if (header_rest) progress_paras.front() = outline[lay.header];
        else progress_paras.insert(progress_paras.begin(), outline[lay.header]);
    }
    r.progress = facts::extract_progress(doc, progress_paras);
    r.rules_established = facts::extract_rules(doc, scope, body);
}

// ---- Stage five: validate the facts and derive figures and coverage.
void validate_and_derive(const input::Document& doc, const structure::Outline& outline, const Layout& lay, Report& r) {
    // The report proper: from its title (or header) to its date line.
    std::size_t first = lay.header != npos ? lay.header : lay.body_begin;
    if (!lay.title.empty()) first = std::min(first, lay.title.front());
    const std::size_t last = lay.date_line != npos ? lay.date_line + 1 : outline.size();
    const Range report_range = first < last ? Range{outline[first].begin, outline[last - 1].end} : Range{0, 0};
    report::validate(r, doc.sink());
    // A date line read without an exact day (2024年8月) has its diagnostic already.
    std::vector<Range> read;
    if (lay.date_line != npos && !r.published_date) read.push_back(outline[lay.date_line]);
    report::mark_unclassified(r, doc, report_range, read);
    // The content hash covers the header to the date: titles and page
    // furniture differ between republished copies, the report does not.
    const std::size_t hash_first = lay.header != npos ? lay.header : lay.body_begin;
    const Range hash_range =
        hash_first < last ? Range{outline[hash_first].begin, outline[last - 1].end} : report_range;
    report::derive(r, doc, hash_range);
}

}  // namespace

Report parse(std::string_view utf8) {
    Report r;
    if (utf8.size() > std::numeric_limits<std::uint32_t>::max()) {
        r.is_report = false;
        r.not_report_reason = "the input is too large to read (more than 4 GiB)";
        input::DiagnosticSink(r.diagnostics).add<DiagnosticCode::input_too_large>(Span{});
        return r;
    }
    r.source_size = static_cast<std::uint32_t>(utf8.size());
    if (utf8.starts_with("\xEF\xBB\xBF")) r.encoding = Encoding::utf8_bom;
    // Input: the normalised text with its offset map; structure: paragraphs and headings.
    const input::Document doc(utf8, r.diagnostics);
    const structure::Outline outline(doc);
    if (outline.empty()) {
        r.is_report = false;
        r.not_report_reason = "the input holds no text";  // a store's count of non-reports by reason names these too
        doc.sink().add<DiagnosticCode::empty_input>(Span{});
        return r;
    }

    // 1. Locate the parts, once.
    report::LocatedText found;
    const Layout lay = report::locate_parts(doc, outline, found);
    r.title = std::move(found.title);
    r.chrome = std::move(found.chrome);
    r.signatory = std::move(found.signatory);
    r.closing = std::move(found.closing);
    r.published_date = found.date;

    // 2. The parts' own facts: header, contacts, sections, overview, next steps.
    const HeaderPart header = read_header(doc, outline, lay, found.header, r);
    // The round in a title paragraph (a title run into the header was searched with the header).
    if (!lay.title.empty() && !r.header.round) r.header.round = facts::find_round(doc, outline[lay.title.back()]);
    if (!r.kind) {
        const std::string_view where = r.title ? std::string_view(r.title->value) : doc.text().substr(0, 2000);
        const std::size_t a = where.find("巡视"), b = where.find("巡察");
        if (a != npos || b != npos) r.kind = a < b ? InspectionKind::xunshi : InspectionKind::xuncha;
    }
    read_parts(doc, outline, lay, header.rest, r);

    // 3. Report or not; 4. statistics of a report only; 5. validate and derive.
    decide_report(doc, outline, lay, header.facts, r);
    if (r.is_report) extract_statistics(doc, outline, lay, header.rest, r);
    validate_and_derive(doc, outline, lay, r);
    return r;
}

}  // namespace zhenggai
