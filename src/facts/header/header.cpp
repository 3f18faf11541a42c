// The header sentences, read with the header grammars (grammar.hpp).
//
// The grammars recognise each sentence's shape and where its phrases lie; this
// file finds the clauses worth reading (one trigger pass: the paragraph must
// name an inspection, 巡视 or 巡察), runs the rules at each clause start, and
// makes the decisions a grammar cannot: which paragraph is the header, which
// earlier date in a sentence is the feedback date, and whether the unit the
// announcement names replaces the one the inspection sentence names.
#include "facts/header/header.hpp"

#include <string>

#include "facts/dates/dates.hpp"
#include "facts/header/ast.hpp"
#include "facts/header/grammar.hpp"
#include "facts/x3/tagged_reader.hpp"
#include "facts/x3/utf8.hpp"
#include "input/text.hpp"

namespace zhenggai::facts {

namespace {

namespace x3 = boost::spirit::x3;
namespace ast = header::ast;
using input::Range;
using Phrase = ast::Phrase;

constexpr std::size_t npos = std::string_view::npos;

/// How far into a paragraph the header sentences may stand.
constexpr std::size_t kHeaderSentences = 5;
/// How far into a paragraph a header is looked for.
constexpr std::size_t kHeaderSearchBytes = 900;
/// Paragraphs after an announcement-first opening (Tianjin template) that may
/// hold the inspection and feedback sentences.
constexpr std::size_t kFollowingParagraphs = 3;

// Byte-wise seeks are exact here: ASCII bytes and the lead byte of 。 never
// occur inside another UTF-8 character.
const auto to_clause_end = x3::seek[header::parser::clause_ends];
const auto to_sentence_end = x3::seek[x3::lit("。")];

/// One paragraph of normalised text with the header grammars' positions.
class Sentences {
public:
    Sentences(const input::Document& doc, Range where) : doc_(doc), where_(where), reader_(doc, where) {}

    [[nodiscard]] std::string_view text() const { return reader_.text(); }
    [[nodiscard]] x3util::TaggedReader& reader() { return reader_; }

    /// Offset of the next clause start after `pos` (or the end).
    [[nodiscard]] std::size_t next_clause(std::size_t pos) const { return skip(pos, to_clause_end); }
    /// Offset just past the 。 that ends the sentence holding `pos`.
    [[nodiscard]] std::size_t sentence_end(std::size_t pos) const { return skip(pos, to_sentence_end); }

    [[nodiscard]] Range range_of(const Phrase& p) const {
        return {where_.begin + offset(p.begin()), where_.begin + offset(p.end())};
    }
    /// A phrase as written, without spaces at its ends.
    [[nodiscard]] Text text_of(const Phrase& p) const { return doc_.text_value(trimmed(range_of(p))); }
    [[nodiscard]] Range trimmed(Range r) const {
        const std::string_view s = doc_.text(r);
        r.begin += static_cast<std::uint32_t>(text::leading_space(s));
        r.end -= static_cast<std::uint32_t>(text::trailing_space(doc_.text(r)));
        return r;
    }
    [[nodiscard]] std::uint32_t offset(const char* at) const {
        return static_cast<std::uint32_t>(at - reader_.text().data());
    }

private:
    template <typename Parser>
    std::size_t skip(std::size_t pos, const Parser& p) const {
        const char* first = reader_.text().data() + pos;
        const char* const last = reader_.text().data() + reader_.text().size();
        if (!x3::parse(first, last, p)) return reader_.text().size();
        return static_cast<std::size_t>(first - reader_.text().data());
    }

    const input::Document& doc_;
    Range where_;
    x3util::TaggedReader reader_;
};

/// A date or period with the ranges it was read from.
struct ReadPeriod {
    DateMatch start;
    Range start_at;
    std::optional<DateMatch> end;
    Range end_at;
};

ReadPeriod read_period(const Sentences& s, const ast::Period& p) {
    ReadPeriod r{p.start, s.range_of(p.start_text), std::nullopt, {}};
    if (p.end) {
        r.end = *p.end;
        r.end_at = s.range_of(p.end_text);
    }
    return r;
}

/// The inspection sentence as read, in ranges of the normalised text.
struct InspectionRead {
    Range body;
    std::optional<ReadPeriod> period;
    std::optional<Text> unit;
    bool unit_first_person = false;
    std::optional<InspectionKind> kind;
    std::optional<Range> round;  ///< 对十届市委第五轮巡察的…
};

/// The feedback sentence as read.
struct FeedbackRead {
    std::optional<Range> body;
    std::optional<ReadPeriod> date;
    std::optional<Range> recipient;          ///< ends in an organisation's name
    std::optional<Range> unclear_recipient;  ///< words after 向 that name none
};

}  // namespace

namespace header_detail {
/// What one paragraph says in header sentences.
struct Scan {
    bool deployment = false;
    std::optional<Range> lead;  ///< what stands before the deployment in the first sentence
    std::optional<Range> authority;
    std::optional<Range> round;
    std::optional<InspectionRead> inspection;
    std::optional<FeedbackRead> feedback;
    bool announced = false;
    std::optional<Text> announced_unit;
    bool announced_first_person = false;
    std::uint32_t end = 0;  ///< normalised offset where the header sentences read end
};

void ScanDeleter::operator()(const Scan* s) const noexcept { delete s; }
}  // namespace header_detail

namespace {
using header_detail::Scan;

InspectionKind kind_of(ast::Kind k) { return k == ast::Kind::xunshi ? InspectionKind::xunshi : InspectionKind::xuncha; }

/// A unit's value: its pieces as written, joined without the notes between
/// them; its span runs from the first piece to the last.
std::optional<Text> unit_text(const input::Document& doc, const Sentences& s, const ast::Unit& u) {
    if (u.pieces.empty()) return std::nullopt;
    Text t;
    for (const Phrase& p : u.pieces) {
        const Range r = s.trimmed(s.range_of(p));
        if (r.empty()) continue;
        t.value += doc.normalized().source_value(r.begin, r.end);
        if (t.span.empty()) t.span.begin = doc.span(r).begin;
        t.span.end = doc.span(r).end;
    }
    if (t.value.empty()) return std::nullopt;
    return t;
}

/// Whether the words of `r` end in an organisation's name.
bool names_organisation(const input::Document& doc, Range r) {
    const std::string_view s = doc.text(r);
    const char* first = s.data();
    const char* const last = s.data() + s.size() - text::trailing_space(s);
    return x3::parse(first, last, header::organisation_name()) && first == last;
}

/// Runs `rule` at each character of [pos, end) that may open it (one of
/// `leads`) until it matches; the offset where it matched.
template <typename Rule, typename Node>
std::optional<std::size_t> find_in(Sentences& s, std::size_t pos, std::size_t end, const x3util::LeadSet& leads,
                                   const Rule& rule, Node& node) {
    for (std::size_t q = pos; q < end; q += input::utf8_length(s.text(), q)) {
        if (!leads.may_start(s.text(), q)) continue;
        std::size_t at = q;
        if (s.reader().parse_at(at, s.text().size(), rule, node)) return q;
    }
    return std::nullopt;
}

/// Reads the header sentences of one paragraph: at each clause start the
/// inspection, feedback and announcement rules; the deployment and the
/// announcement anywhere in a clause (a glued title may stand before them).
Scan scan_paragraph(const input::Document& doc, Range where, std::size_t limit = npos) {
    Scan out;
    Sentences s(doc, where);
    const std::string_view text = s.text();
    // The trigger: a header names the inspection (巡视, 巡察), and only then
    // are the rules run.
    if (!text::contains(text, "巡")) return out;
    const std::size_t stop = std::min(limit, text.size());
    // Words the inspection and feedback rules must read at or after their
    // start (…对X进行了巡视 / …反馈了): past their last occurrence neither rule is tried.
    const std::size_t last_dui = text.rfind("对"), last_feedback = text.rfind("反馈");

    std::vector<ReadPeriod> clause_dates;  // dates opening the clauses of the current sentence
    std::size_t sentence = 0;
    std::size_t sentence_stop = s.sentence_end(0);
    for (std::size_t pos = 0; pos < stop && sentence < kHeaderSentences;) {
        const std::size_t clause_stop = s.next_clause(pos);
        const std::uint32_t sentence_end_at = where.begin + static_cast<std::uint32_t>(sentence_stop);
        if (!out.deployment) {
            ast::Deployment d;
            if (const auto at = find_in(s, pos, clause_stop, header::deployment_leads(), header::deployment(), d)) {
                out.deployment = true;
                if (sentence == 0 && *at > 0) out.lead = Range{where.begin, where.begin + static_cast<std::uint32_t>(*at)};
                if (d.round) out.round = s.trimmed(s.range_of(*d.round));
                if (d.authority) out.authority = s.trimmed(s.range_of(*d.authority));
            }
        }
        if (!out.inspection && last_dui != npos && last_dui >= pos) {
            ast::Inspection n;
            std::size_t at = pos;
            if (s.reader().parse_at(at, text.size(), header::inspection(), n)) {
                InspectionRead& in = out.inspection.emplace();
                in.body = s.trimmed(s.range_of(n.body));
                if (n.period_before) in.period = read_period(s, *n.period_before);
                else if (n.period_after) in.period = read_period(s, *n.period_after);
                if (n.round) in.round = s.trimmed(s.range_of(*n.round));
                in.unit = unit_text(doc, s, n.unit);
                in.unit_first_person = n.unit.first_person;
                if (n.kind) in.kind = kind_of(*n.kind);
                out.end = std::max(out.end, sentence_end_at);
            }
        }
        if (!out.feedback && last_feedback != npos && last_feedback >= pos) {
            ast::Feedback f;
            std::size_t at = pos;
            if (s.reader().parse_at(at, text.size(), header::feedback(), f)) {
                std::optional<ReadPeriod> date;
                if (f.date_after) date = read_period(s, *f.date_after);
                else if (f.date_before) date = read_period(s, *f.date_before);
                else if (!clause_dates.empty()) date = clause_dates.back();  // 2023年12月26日召开会议,巡视组向…反馈
                // Without a date or a recipient, 反馈意见 is a mention, not the feedback sentence.
                if (date || f.recipient) {
                    FeedbackRead& fb = out.feedback.emplace();
                    fb.date = date;
                    if (f.body) fb.body = s.trimmed(s.range_of(*f.body));
                    if (f.recipient) {
                        const Range r = s.trimmed(s.range_of(f.recipient->text));
                        (f.recipient->organisation ? fb.recipient : fb.unclear_recipient) = r;
                    }
                    out.end = std::max(out.end, sentence_end_at);
                }
            }
        }
        if (!out.announced) {
            ast::Announcement a;
            if (find_in(s, pos, clause_stop, header::announcement_leads(), header::announcement(), a)) {
                out.announced = true;
                // Only a name of an organisation (杭州市, 城管委党组), not 本轮 or 全市.
                if (a.unit && names_organisation(doc, s.range_of(a.unit->pieces.back()))) {
                    out.announced_unit = unit_text(doc, s, *a.unit);
                    out.announced_first_person = a.unit->first_person;
                }
                out.end = std::max(out.end, sentence_end_at);
            }
        }
        {
            ast::Period p;
            std::size_t at = pos;
            if (s.reader().parse_at(at, clause_stop, header::period(), p)) {
                const ReadPeriod d = read_period(s, p);
                // The inspection period is no feedback date.
                if (!(out.inspection && out.inspection->period && out.inspection->period->start_at.begin == d.start_at.begin))
                    clause_dates.push_back(d);
            }
        }
        if (out.inspection && out.announced) break;  // the announcement closes the header
        pos = clause_stop;
        if (clause_stop >= sentence_stop) {
            ++sentence;
            clause_dates.clear();
            sentence_stop = s.sentence_end(pos);
        }
    }
    return out;
}

/// Whether one of two unit names contains the other (中共X市委员会 and X市).
bool same_unit(std::string_view a, std::string_view b) { return text::contains(a, b) || text::contains(b, a); }

}  // namespace

std::optional<DatedValue> resolve_date(const input::Document& doc, const DateMatch& m, Range at,
                                       const std::optional<DatedValue>& context, const char* what) {
    if (m.damaged) {
        doc.diagnose<DiagnosticCode::date_damaged>(at, what);
    }
    if (!m.day) {
        doc.diagnose<DiagnosticCode::date_imprecise>(at, what);
        return std::nullopt;
    }
    int year = 0;
    bool inferred = false;
    if (m.year) {
        year = *m.year;
    } else if (context) {
        year = context->value.year();
        // A month earlier than the context month means the year turned over.
        if (m.month < static_cast<int>(context->value.month())) ++year;
        inferred = true;
    } else {
        doc.diagnose<DiagnosticCode::date_year_unknown>(at, what);
        return std::nullopt;
    }
    const auto d = make_date(year, m.month, *m.day);
    if (!d) {
        doc.diagnose<DiagnosticCode::date_invalid>(at, what);
        return std::nullopt;
    }
    if (inferred) {
        doc.diagnose<DiagnosticCode::date_year_inferred>(at, what, year);
    }
    return DatedValue{*d, doc.span(at), inferred};
}


HeaderReading find_header(const input::Document& doc, const std::vector<Range>& paragraphs) {
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        Scan sc = scan_paragraph(doc, paragraphs[i], kHeaderSearchBytes);
        // 根据…巡视工作部署要求,…现将巡视整改进展情况予以公布: the announcement
        // opens the report and the inspection is told later (Tianjin template).
        if (!sc.inspection && !(sc.deployment && sc.announced)) continue;
        // A reading cut short by the search limit is not kept: extracting reads the whole paragraph.
        std::unique_ptr<const Scan, header_detail::ScanDeleter> kept;
        if (paragraphs[i].size() <= kHeaderSearchBytes) kept.reset(new Scan(std::move(sc)));
        return HeaderReading(i, std::move(kept));
    }
    return {};
}

std::size_t find_header_paragraph(const input::Document& doc, const std::vector<Range>& paragraphs) {
    return find_header(doc, paragraphs).paragraph();
}

std::optional<Text> find_round(const input::Document& doc, Range where) {
    Sentences s(doc, where);
    if (!text::contains(s.text(), "轮")) return std::nullopt;  // the trigger: every round names its 轮
    Phrase round;
    if (!find_in(s, 0, s.text().size(), header::round_leads(), header::round(), round)) return std::nullopt;
    return s.text_of(round);
}

HeaderFacts extract_header(const input::Document& doc, Range where) { return extract_header(doc, {where}, 0); }

HeaderFacts extract_header(const input::Document& doc, const std::vector<Range>& paragraphs, std::size_t index) {
    return extract_header(doc, paragraphs, HeaderReading(index, nullptr));
}

HeaderFacts extract_header(const input::Document& doc, const std::vector<Range>& paragraphs, const HeaderReading& found) {
    HeaderFacts out;
    Header& h = out.header;
    const std::size_t index = found.paragraph();
    const Range where = paragraphs[index];
    Scan sc = found.scan() ? *found.scan() : scan_paragraph(doc, where);
    // An announcement-first opening: the inspection and feedback sentences
    // follow in the next paragraphs (often under a first heading). After an
    // inspection sentence, the feedback sentence may open the next paragraph.
    for (std::size_t k = 1; k <= kFollowingParagraphs && index + k < paragraphs.size(); ++k) {
        if (sc.inspection && sc.feedback) break;
        const bool announcement_first = !sc.inspection && (sc.deployment || sc.announced);
        if (!announcement_first && !(sc.inspection && k == 1)) break;
        Scan more = scan_paragraph(doc, paragraphs[index + k]);
        if (!sc.inspection) sc.inspection = more.inspection;
        if (!sc.feedback) sc.feedback = more.feedback;
    }

    if (sc.authority) h.authority = doc.text_value(*sc.authority);
    const InspectionRead* in = sc.inspection ? &*sc.inspection : nullptr;
    const FeedbackRead* fb = sc.feedback ? &*sc.feedback : nullptr;
    if (sc.round) h.round = doc.text_value(*sc.round);
    else if (in && in->round) h.round = doc.text_value(*in->round);
    // The body is the group named in the inspection sentence, or the one that
    // delivered the feedback when that names an inspection (市委巡视二组向…).
    const auto kind_in = [&](Range r) -> std::optional<InspectionKind> {
        ast::Kind k{};
        const std::string_view s = doc.text(r);
        const char* first = s.data();
        if (!x3::parse(first, s.data() + s.size(), header::kind_named(), k)) return std::nullopt;
        return kind_of(k);
    };
    if (in) h.inspecting_body = doc.text_value(in->body);
    else if (fb && fb->body && kind_in(*fb->body)) h.inspecting_body = doc.text_value(*fb->body);
    if (in) h.inspected_unit = in->unit;
    // The reporting unit may differ from the nominal target (中央巡视组对浙江省
    // 开展了巡视 … 现将杭州市巡视整改进展情况予以公布): the unit the announcement
    // names is the one whose rectification the report tells.
    if (sc.announced_unit && !sc.announced_first_person &&
        (!h.inspected_unit || !same_unit(h.inspected_unit->value, sc.announced_unit->value))) {
        h.inspected_unit = sc.announced_unit;
    }
    if (in) out.kind = in->kind ? in->kind : kind_in(in->body);
    else if (h.inspecting_body && fb && fb->body) out.kind = kind_in(*fb->body);

    std::optional<DatedValue> start_date, end_date;
    const std::optional<ReadPeriod> period = in ? in->period : std::nullopt;
    if (period) {
        const ReadPeriod& p = *period;
        start_date = resolve_date(doc, p.start, p.start_at, std::nullopt, "inspection start");
        if (p.end) {
            std::optional<DatedValue> ctx = start_date;
            if (!ctx && p.start.year && p.end->day) {
                // A start without a day still fixes the year of the end.
                if (auto d = make_date(*p.start.year, p.start.month, 1)) ctx = DatedValue{*d, {}, false};
            }
            end_date = resolve_date(doc, *p.end, p.end_at, ctx, "inspection end");
        }
    }
    h.inspection_start = start_date;
    h.inspection_end = end_date;

    if (fb && fb->date) {
        const ReadPeriod& f = *fb->date;
        const DateMatch& fd = f.end ? *f.end : f.start;
        const Range at = f.end ? f.end_at : f.start_at;
        std::optional<DatedValue> ctx = end_date ? end_date : start_date;
        if (!ctx && period && period->start.year) {
            // 2024年4月上旬至6月中旬: no exact day, but the year still counts.
            const int month = period->end ? period->end->month : period->start.month;
            if (auto d = make_date(*period->start.year, month, 1)) ctx = DatedValue{*d, {}, false};
        }
        h.feedback_date = resolve_date(doc, fd, at, ctx, "feedback date");
    }
    if (fb && fb->recipient) {
        h.feedback_recipient = doc.text_value(*fb->recipient);
    } else if (fb && fb->unclear_recipient) {
        doc.diagnose<DiagnosticCode::feedback_recipient_unclear>(*fb->unclear_recipient);
    }
    out.lead = sc.lead;
    out.feedback_mentioned = sc.feedback.has_value() || text::contains(doc.text(where), "反馈");

    out.end = sc.end > where.begin ? std::min(sc.end, where.end) : where.end;
    if (sc.end <= where.begin) {
        // No header sentence was read in this paragraph: it ends with its first sentence.
        Sentences s(doc, where);
        out.end = where.begin + static_cast<std::uint32_t>(s.sentence_end(0));
    }
    if (!h.round) h.round = find_round(doc, Range{where.begin, out.end});
    h.span = doc.span(Range{where.begin, out.end});
    return out;
}

}  // namespace zhenggai::facts
