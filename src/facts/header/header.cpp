#include "facts/header/header.hpp"

#include <string>

#include "facts/dates/dates.hpp"
#include "input/text.hpp"

namespace zhenggai::facts {

namespace {

using input::Range;
using text::contains;
using text::find_any;

constexpr std::size_t npos = std::string_view::npos;

Range sub(Range r, std::size_t b, std::size_t e) {
    return {static_cast<std::uint32_t>(r.begin + b), static_cast<std::uint32_t>(r.begin + e)};
}

// Trim white space and stray punctuation from both ends of [b, e) of s.
void trim(std::string_view s, std::size_t& b, std::size_t& e) {
    auto punct_at = [&](std::size_t i) {
        const char c = s[i];
        return text::is_space(c) || c == ',' || c == ';' || c == ':';
    };
    while (b < e && punct_at(b)) ++b;
    while (e > b && punct_at(e - 1)) --e;
    while (e > b && s.substr(b, e - b).ends_with("、")) e -= 3;
}

std::optional<Text> text_of(const input::Document& doc, Range r) {
    if (r.empty()) return std::nullopt;
    return doc.text_value(r);
}

// Words that open the header sentence.
constexpr std::string_view kOpeners[] = {"根据", "按照", "依据", "根據", "按照"};
constexpr std::string_view kDeploy[] = {"统一部署", "统一安排", "工作部署", "统一要求",
                                                             "部署", "安排", "統一部署"};
constexpr std::string_view kInspect[] = {"巡视", "巡察", "巡視"};

// The first date range or single date in s from `from`; returns position.
struct FoundDate {
    std::size_t pos = npos;
    DateMatch date;
    std::optional<DateRangeMatch> range;
};

FoundDate find_first_date(std::string_view s, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; i += input::utf8_length(s, i)) {
        const char c = s[i];
        const bool may_start = text::is_digit(c) || static_cast<unsigned char>(c) >= 0xE3;
        if (!may_start) continue;
        if (i > 0 && text::is_digit(s[i - 1])) continue;
        if (auto r = match_date_range(s.substr(i, to - i))) return {i, r->start, r};
        if (auto d = match_date(s.substr(i, to - i)); d && (d->year || d->day || !d->period.empty()))
            return {i, *d, std::nullopt};
    }
    return {};
}

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

std::size_t find_header_paragraph(const input::Document& doc, const std::vector<Range>& paragraphs) {
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const std::string_view p = doc.text(paragraphs[i]);
        const std::string_view head = p.substr(0, std::min<std::size_t>(p.size(), 600));
        if (!text::contains_any(head, kInspect)) continue;
        const bool opener = text::starts_with_any(p, kOpeners);
        const bool group = text::contains_any(head, {"巡视组", "巡察组", "巡視組", "巡察組"});
        const bool target = text::contains_any(head, {"对", "對"});
        if ((opener && (target || group)) || (group && target && text::contains_any(head, {"进行了", "开展了", "開展了", "進行了", "开展"})))
            return i;
    }
    return npos;
}

std::optional<Text> find_round(const input::Document& doc, Range where) {
    const std::string_view s = doc.text(where);
    for (std::size_t lun = text::fast_find(s, "轮"); lun != npos; lun = text::fast_find(s, "轮", lun + 1)) {
        // Walk back over the numeral to 第.
        std::size_t b = lun;
        while (b > 0) {
            const std::size_t p = text::prev_char(s, b);
            const std::string_view ch = s.substr(p, b - p);
            if (ch == "第") { b = p; break; }
            if (!text::contains("一二三四五六七八九十百", ch)) { b = npos; break; }
            b = p;
        }
        if (b == npos || b == lun || !s.substr(b).starts_with("第")) continue;
        // Then back over the issuing body (中央, 省委, 十九届市委 …) to a boundary.
        std::size_t start = b;
        for (int n = 0; n < 12 && start > 0; ++n) {
            const std::size_t p = text::prev_char(s, start);
            const std::string_view ch = s.substr(p, start - p);
            if (ch.size() < 3 || ch == "于" || ch == "对" || ch == "的" || ch == "、" || ch == "。" || ch == "在"
                || s.substr(0, start).ends_with("关于") || s.substr(0, start).ends_with("關於"))
                break;
            start = p;
        }
        if (s.substr(start, lun - start).ends_with("关")) continue;
        const std::string_view round = s.substr(start, lun + 3 - start);
        if (!text::contains_any(round, {"届", "委", "中央", "屆"})) continue;
        return doc.text_value(sub(where, start, lun + 3));
    }
    return std::nullopt;
}

HeaderFacts extract_header(const input::Document& doc, Range where) {
    HeaderFacts out;
    Header& h = out.header;
    const std::string_view s = doc.text(where);

    // --- The inspection sentence.
    std::size_t sentence_end = s.find(text::kFullStop);
    if (sentence_end == npos) sentence_end = s.size();

    std::size_t cursor = 0;  // where the body part begins
    std::size_t opener_len = 0;
    if (text::starts_with_any(s, kOpeners, &opener_len)) {
        std::size_t deploy_len = 0;
        const std::size_t deploy = find_any(s, kDeploy, opener_len, &deploy_len);
        if (deploy != npos && deploy < sentence_end && deploy - opener_len < 90) {
            std::size_t b = opener_len, e = deploy;
            // 按照市委巡察工作部署: the authority is 市委.
            // 按照省委巡视工作部署 / 市委巡察工作安排: the authority is 省委 / 市委.
            for (bool again = true; again;) {
                again = false;
                for (std::string_view tail : {"工作", "巡察", "巡视", "巡視", "有关", "的"}) {
                    if (e - b > tail.size() && s.substr(b, e - b).ends_with(tail)) {
                        e -= tail.size();
                        again = true;
                    }
                }
            }
            trim(s, b, e);
            h.authority = text_of(doc, sub(where, b, e));
            cursor = deploy + deploy_len;
        } else {
            cursor = opener_len;
        }
    }

    // The unit follows 对; the verb 进行了/开展了 closes it.
    std::size_t dui_len = 0;
    const std::size_t dui = find_any(s, {"对", "對"}, cursor, &dui_len);
    const FoundDate period = find_first_date(s, cursor, dui != npos && dui < sentence_end ? dui : sentence_end);
    std::optional<DatedValue> start_date, end_date;
    std::size_t body_b = cursor, body_e = dui == npos ? cursor : dui;
    if (period.pos != npos) {
        const std::size_t date_end = period.pos + (period.range ? period.range->length : period.date.length);
        const std::string_view before = s.substr(cursor, period.pos - cursor);
        if (before.ends_with("于") || before.ends_with("自") || before.ends_with("从") || before.ends_with("於")) {
            // 市委第四巡视组于2023年3月27日至…对禾浦区: the body stands before 于.
            body_e = period.pos - 3;
        } else {
            body_b = date_end;
        }
        const Range start_at = sub(where, period.pos, period.pos + period.date.length);
        start_date = resolve_date(doc, period.date, start_at, std::nullopt, "inspection start");
        if (period.range) {
            const Range end_at = sub(where, period.pos + period.range->end_offset, date_end);
            std::optional<DatedValue> ctx = start_date;
            if (!ctx && period.date.year && period.range->end.day) {
                // A start without a day still fixes the year of the end.
                if (auto d = make_date(*period.date.year, period.date.month, 1)) ctx = DatedValue{*d, {}, false};
            }
            end_date = resolve_date(doc, period.range->end, end_at, ctx, "inspection end");
        }
    }
    if (dui != npos && dui < sentence_end) {
        std::size_t b = body_b, e = std::min(body_e, dui);
        trim(s, b, e);
        for (std::string_view tail : {"分别", "分別"}) {
            if (s.substr(b, e - b).ends_with(tail)) e -= tail.size();
        }
        trim(s, b, e);
        if (b < e && e - b < 240) h.inspecting_body = text_of(doc, sub(where, b, e));

        std::size_t verb_len = 0;
        const std::size_t verb = find_any(s, {"进行了", "开展了", "進行了", "開展了", "进行", "开展", "開展", "進行"},
                                          dui + dui_len, &verb_len);
        if (verb != npos && verb <= sentence_end) {
            std::size_t ub = dui + dui_len, ue = verb;
            // 十届市委第五轮巡察的市档案馆…: the round, then the units.
            const std::string_view unit_text = s.substr(ub, ue - ub);
            for (std::string_view marker : {"轮巡察的", "轮巡视的"}) {
                const std::size_t m = unit_text.find(marker);
                if (m != npos && m < 60) {
                    if (!h.round) h.round = find_round(doc, sub(where, ub, ub + m + 3));
                    ub += m + marker.size();
                    break;
                }
            }
            // Drop parenthetical notes ((以下简称“…”)) but keep the rest joined,
            // within the same trimmed range the span covers.
            std::size_t tb = ub, te = ue;
            trim(s, tb, te);
            std::string value;
            std::size_t piece = tb;
            int depth = 0;
            bool dropped = false;
            for (std::size_t i = tb; i < te; ++i) {
                if (s[i] == '(') {
                    if (depth++ == 0) {
                        value += doc.normalized().source_value(where.begin + static_cast<std::uint32_t>(piece),
                                                               where.begin + static_cast<std::uint32_t>(i));
                        dropped = true;
                    }
                } else if (s[i] == ')' && depth > 0) {
                    if (--depth == 0) piece = i + 1;
                }
            }
            if (depth == 0)
                value += doc.normalized().source_value(where.begin + static_cast<std::uint32_t>(piece),
                                                       where.begin + static_cast<std::uint32_t>(te));
            if (tb < te) {
                Text unit = doc.text_value(sub(where, tb, te));
                if (dropped) {
                    while (!value.empty() && text::is_space(value.back())) value.pop_back();
                    unit.value = value;
                }
                if (!unit.value.empty()) h.inspected_unit = std::move(unit);
            }
            // The kind is named by the verb phrase: 开展了常规巡视 / 巡察“回头看”.
            const std::size_t phrase_end = std::min(sentence_end, s.find(',', verb) == npos ? sentence_end : s.find(',', verb));
            const std::string_view phrase = s.substr(verb, phrase_end - verb);
            if (contains(phrase, "巡视") || contains(phrase, "巡視")) out.kind = InspectionKind::xunshi;
            else if (contains(phrase, "巡察")) out.kind = InspectionKind::xuncha;
        }
    }
    if (!out.kind && h.inspecting_body) {
        const std::string_view body = h.inspecting_body->value;
        if (contains(body, "巡视") || contains(body, "巡視")) out.kind = InspectionKind::xunshi;
        else if (contains(body, "巡察")) out.kind = InspectionKind::xuncha;
    }
    h.inspection_start = start_date;
    h.inspection_end = end_date;
    if (!h.round) h.round = find_round(doc, sub(where, 0, sentence_end));

    // --- The feedback sentence: the last date before 反馈 in its sentence.
    std::size_t header_end = sentence_end < s.size() ? sentence_end + text::kFullStop.size() : sentence_end;
    out.feedback_mentioned = text::contains_any(s, {"反馈", "反饋"});
    // 反馈了巡视意见 / 反馈巡察意见 / 并于…反馈: not 巡察反馈的问题 (a statistic).
    std::size_t fk = npos;
    for (std::size_t k = find_any(s, {"反馈", "反饋"}); k != npos; k = find_any(s, {"反馈", "反饋"}, k + 6)) {
        const std::string_view after = s.substr(k + 6);
        if (text::starts_with_any(after, {"了", "意见", "意見", "巡视", "巡察", "巡視", "情况"})) {
            fk = k;
            break;
        }
    }
    if (fk != npos) {
        std::size_t sb = s.rfind(text::kFullStop, fk);
        sb = sb == npos ? 0 : sb + text::kFullStop.size();
        FoundDate last;
        for (std::size_t from = sb;;) {
            const FoundDate d = find_first_date(s, from, fk);
            if (d.pos == npos) break;
            last = d;
            from = d.pos + (d.range ? d.range->length : d.date.length);
        }
        if (last.pos != npos && (!start_date || doc.span(sub(where, last.pos, last.pos + 1)).begin > start_date->span.begin)) {
            const DateMatch& fd = last.range ? last.range->end : last.date;
            const std::size_t at = last.range ? last.pos + last.range->end_offset : last.pos;
            std::optional<DatedValue> ctx = end_date ? end_date : start_date;
            if (!ctx && period.pos != npos && period.date.year) {
                // 2024年4月上旬至6月中旬: no exact day, but the year still counts.
                const int month = period.range ? period.range->end.month : period.date.month;
                if (auto d = make_date(*period.date.year, month, 1)) ctx = DatedValue{*d, {}, false};
            }
            h.feedback_date = resolve_date(doc, fd, sub(where, at, at + fd.length), ctx, "feedback date");
        }
        // 向<recipient>反馈: the nearest 向 before 反馈 in the same clause run.
        const std::size_t xiang = s.rfind("向", fk);
        if (xiang != npos && xiang >= sb) {
            std::size_t b = xiang + 3, e = fk;
            trim(s, b, e);
            for (std::string_view tail : {"分别", "分別"})
                if (s.substr(b, e - b).ends_with(tail)) e -= tail.size();
            trim(s, b, e);
            if (b < e && e - b < 150) h.feedback_recipient = text_of(doc, sub(where, b, e));
        }
        const std::size_t fe = s.find(text::kFullStop, fk);
        header_end = fe == npos ? s.size() : fe + text::kFullStop.size();
    }
    // The announcement sentence (现将…予以公布) closes the header.
    const std::size_t announce = find_any(s, {"予以公布", "予以通报", "报告如下", "向社会公开", "予以公佈", "予以公佈"}, 0);
    if (announce != npos) {
        const std::size_t fe = s.find(text::kFullStop, announce);
        header_end = std::max(header_end, fe == npos ? s.size() : fe + text::kFullStop.size());
    }
    out.end = where.begin + static_cast<std::uint32_t>(std::min(header_end, s.size()));
    h.span = doc.span(Range{where.begin, out.end});
    return out;
}

}  // namespace zhenggai::facts
