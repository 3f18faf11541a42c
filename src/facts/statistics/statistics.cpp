#include "facts/statistics/statistics.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "facts/statistics/counts.hpp"
#include "input/text.hpp"

namespace zhenggai::facts {

namespace {

using input::Range;
constexpr std::size_t npos = std::string_view::npos;

Range sub(Range r, std::size_t b, std::size_t e) {
    return {static_cast<std::uint32_t>(r.begin + b), static_cast<std::uint32_t>(r.begin + e)};
}

// Written category -> normalised key. Longer words first so 党纪政务处分
// wins over 政务处分 and 党内严重警告 over 党内警告. Traditional forms are
// listed where copies in traditional characters are common.
struct CategoryWord {
    std::string_view word;
    std::string_view key;
};
constexpr std::array kCategories = {
    CategoryWord{"党纪政务处分", "party_and_government_sanction"},
    CategoryWord{"黨紀政務處分", "party_and_government_sanction"},
    CategoryWord{"党纪处分", "party_discipline"},
    CategoryWord{"黨紀處分", "party_discipline"},
    CategoryWord{"纪律处分", "party_discipline"},
    CategoryWord{"政务处分", "government_sanction"},
    CategoryWord{"政務處分", "government_sanction"},
    CategoryWord{"政纪处分", "government_sanction"},
    CategoryWord{"组织处理", "organizational_handling"},
    CategoryWord{"組織處理", "organizational_handling"},
    CategoryWord{"组织调整", "organizational_handling"},
    CategoryWord{"組織調整", "organizational_handling"},
    CategoryWord{"诫勉", "admonishment"},
    CategoryWord{"誡勉", "admonishment"},
    CategoryWord{"问责", "accountability"},
    CategoryWord{"問責", "accountability"},
    CategoryWord{"批评教育", "criticism_education"},
    CategoryWord{"批評教育", "criticism_education"},
    CategoryWord{"批评帮助", "criticism_education"},
    CategoryWord{"提醒谈话", "reminder_talk"},
    CategoryWord{"谈话提醒", "reminder_talk"},
    CategoryWord{"談話提醒", "reminder_talk"},
    CategoryWord{"教育提醒", "education_reminder"},
    CategoryWord{"谈话函询", "reminder_talk"},
    CategoryWord{"移送司法机关", "transferred_to_judiciary"},
    CategoryWord{"移送司法", "transferred_to_judiciary"},
    CategoryWord{"移送", "transferred_to_judiciary"},
    CategoryWord{"交由纪委调查", "transferred_to_discipline_commission"},
    CategoryWord{"责令", "ordered_self_examination"},
    CategoryWord{"通报批评", "criticism_education"},
    CategoryWord{"立案", "cases_filed"},
    CategoryWord{"結案", "cases_closed"},
    CategoryWord{"结案", "cases_closed"},
    CategoryWord{"了结", "cases_closed"},
    CategoryWord{"审查调查", "cases_filed"},
    CategoryWord{"党内严重警告", "party_serious_warning"},
    CategoryWord{"党内警告", "party_warning"},
    CategoryWord{"撤销党内职务", "removal_from_party_post"},
    CategoryWord{"留党察看", "party_probation"},
    CategoryWord{"开除党籍", "expulsion_from_party"},
    CategoryWord{"记大过", "major_demerit"},
    CategoryWord{"记过", "demerit"},
    CategoryWord{"降级", "demotion_in_grade"},
    CategoryWord{"撤职", "dismissal"},
    CategoryWord{"开除", "expulsion"},
    CategoryWord{"警告", "warning"},
    CategoryWord{"调离岗位", "reassignment"},
    CategoryWord{"调离", "reassignment"},
    CategoryWord{"免职", "removal_from_post"},
    CategoryWord{"降职", "demotion"},
    CategoryWord{"责令辞职", "ordered_resignation"},
    CategoryWord{"停职检查", "suspension"},
    CategoryWord{"停职", "suspension"},
    CategoryWord{"处分", "discipline"},
    CategoryWord{"處分", "discipline"},
};

// Words that open a report-level statistics sentence.
constexpr std::string_view kScopePhrases[] = {"整改工作中", "整改期间", "整改期間", "整改过程中", "整改中",
                                              "整改以来", "整改工作开展以来", "整改阶段", "整改工作期间"};

// Earliest category word in s: position and the entry.
// Leading characters of the category words, for a cheap first test.
const text::LeadSet& category_leads() {
    static const text::LeadSet leads = [] {
        std::vector<std::string_view> v;
        for (const auto& c : kCategories) v.push_back(c.word);
        return text::LeadSet(v);
    }();
    return leads;
}

// Earliest category word in s (longest at that position): one pass over the
// characters, comparing words only where a category could start.
std::size_t find_category(std::string_view s, const CategoryWord** which = nullptr) {
    const auto& leads = category_leads();
    std::size_t len = 1;
    for (std::size_t i = 0; i < s.size(); i += len) {
        if (!leads.contains(text::code_point_at(s, i, len))) continue;
        const std::string_view here = s.substr(i);
        const CategoryWord* found = nullptr;
        for (const auto& c : kCategories)
            if (here.starts_with(c.word) && (!found || c.word.size() > found->word.size())) found = &c;
        if (found) {
            if (which) *which = found;
            return i;
        }
    }
    if (which) *which = nullptr;
    return npos;
}

bool is_people_unit(std::string_view u) { return u == "人" || u == "人次" || u == "名"; }
bool is_case_unit(std::string_view u) { return u == "件" || u == "起"; }
bool is_case_category(std::string_view key) { return key == "cases_filed" || key == "cases_closed"; }

// Split [b, e) of s at any of the separators found at bracket depth 0.
std::vector<std::pair<std::size_t, std::size_t>> split_top(std::string_view s, std::size_t b, std::size_t e,
                                                            text::WordList seps) {
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    int depth = 0;
    std::size_t start = b;
    for (std::size_t i = b; i < e;) {
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 && u != 0xE3) {  // separators are ASCII or start with E3 (。 、)
            i += input::utf8_length(s, i);
            continue;
        }
        if (c == '(') ++depth;
        else if (c == ')' && depth > 0) --depth;
        else if (depth == 0) {
            std::size_t len = 0;
            if (text::starts_with_any(s.substr(i, e - i), seps, &len)) {
                parts.emplace_back(start, i);
                i += len;
                start = i;
                continue;
            }
        }
        i += input::utf8_length(s, i);
    }
    parts.emplace_back(start, e);
    return parts;
}

// The first count with a sanction unit in [b, e): position and match.
std::size_t find_count(std::string_view s, std::size_t b, std::size_t e, CountMatch& out) {
    for (std::size_t i = b; i < e; i += input::utf8_length(s, i)) {
        if (!text::is_digit(s[i]) || (i > b && (text::is_digit(s[i - 1]) || s[i - 1] == '.'))) continue;
        if (auto m = match_count(s.substr(i, e - i)); m && (is_people_unit(m->unit) || is_case_unit(m->unit))) {
            out = *m;
            return i;
        }
    }
    return npos;
}

struct Item {
    std::size_t label_b, label_e, count_b;
    CountMatch count;
    std::string_view key;
};

// One "label count" piece (党内警告15人, 开除党籍 15 人) or the number-first
// form (5人批评教育). Returns false when the piece is not a sanction.
bool read_item(std::string_view s, std::size_t b, std::size_t e, std::size_t label_from, Item& item) {
    CountMatch count;
    const std::size_t at = find_count(s, b, e, count);
    if (at == npos) return false;
    const CategoryWord* cat = nullptr;
    std::size_t k = find_category(s.substr(label_from, at - label_from), &cat);
    if (k != npos) {
        item.label_b = label_from + k;
        item.label_e = at;
        while (item.label_e > item.label_b && text::is_space(s[item.label_e - 1])) --item.label_e;
    } else {
        // 对5人批评教育: the category follows the count.
        const std::size_t after = at + count.length;
        std::size_t end = e;
        k = find_category(s.substr(after, end - after), &cat);
        // 5人批评教育, or 3名干部进行诫勉谈话 with a short noun phrase between.
        if (cat == nullptr || k > 24) return false;
        const std::string_view between = s.substr(after, k);
        for (const char ch : between)
            if (text::is_digit(ch)) return false;
        item.label_b = after + k;
        item.label_e = end;
        while (item.label_e > item.label_b && text::is_space(s[item.label_e - 1])) --item.label_e;
    }
    if (is_case_unit(count.unit) != is_case_category(cat->key)) {
        // 件 goes with case categories only; people with the rest.
        if (is_case_unit(count.unit)) return false;
    }
    item.count_b = at;
    item.count = count;
    item.key = cat->key;
    return true;
}

}  // namespace

std::string sanction_category(std::string_view label) {
    const CategoryWord* cat = nullptr;
    if (find_category(label, &cat) == 0 && cat) {
        // A merged label (谈话提醒、批评教育) keeps the first category's key;
        // 党纪政务处分 has its own.
        return std::string(cat->key);
    }
    return "other";
}

std::vector<Range> statistics_scope(const input::Document& doc, const std::vector<ScopedParagraph>& paragraphs) {
    std::vector<Range> out;
    for (const auto& p : paragraphs) {
        if (p.overview) {
            out.push_back(p.range);
            continue;
        }
        const std::string_view s = doc.text(p.range);
        std::size_t at = npos;
        for (std::size_t z = text::fast_find(s, "整改"); z != npos && at == npos; z = text::fast_find(s, "整改", z + 6)) {
            for (const auto phrase : kScopePhrases)
                if (s.substr(z).starts_with(phrase)) { at = z; break; }
        }
        if (at == npos) continue;
        // From the start of the sentence holding the phrase to the paragraph end.
        std::size_t b = s.rfind(text::kFullStop, at);
        b = b == npos ? 0 : b + text::kFullStop.size();
        out.push_back(sub(p.range, b, s.size()));
    }
    return out;
}

namespace {
// Whether s holds any number followed by a people or case unit (48人, 7件,
// 40余人): most prose does not, and then no clause needs a closer look.
bool has_sanction_count(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!text::is_digit(s[i])) continue;
        while (i < s.size() && (text::is_digit(s[i]) || s[i] == '.')) ++i;
        std::string_view rest = s.substr(i);
        if (rest.starts_with("余") || rest.starts_with("多")) rest.remove_prefix(3);
        if (rest.starts_with("人") || rest.starts_with("件") || rest.starts_with("名") || rest.starts_with("起"))
            return true;
    }
    return false;
}
}  // namespace

std::vector<Sanction> extract_sanctions(const input::Document& doc, const std::vector<Range>& scope) {
    std::vector<Sanction> out;
    for (const Range r : scope) {
        const std::string_view s = doc.text(r);
        if (!has_sanction_count(s)) continue;
        for (auto [cb, ce] : split_top(s, 0, s.size(), {",", ";", "。", ":"})) {
            // Inside a clause, 、 separates items, unless the part before it has
            // no number: 谈话提醒、批评教育312人 is one merged category.
            std::size_t pending = npos;
            for (auto [pb, pe] : split_top(s, cb, ce, {"、"})) {
                Item item{};
                const std::size_t label_from = pending == npos ? pb : pending;
                CountMatch probe;
                if (find_count(s, pb, pe, probe) == npos) {
                    if (pending == npos && find_category(s.substr(pb, pe - pb)) != npos) pending = pb;
                    continue;
                }
                const bool ok = read_item(s, pb, pe, label_from, item);
                if (!ok && pending != npos) {
                    pending = npos;
                    continue;
                }
                pending = npos;
                if (!ok) continue;
                Sanction sn;
                sn.label = doc.text_value(sub(r, item.label_b, item.label_e));
                sn.category = std::string(item.key);
                sn.count = Count{item.count.value, item.count.approximate,
                                 doc.span(sub(r, item.count_b, item.count_b + item.count.length))};
                sn.unit = std::string(item.count.unit);
                std::size_t end = std::max(item.label_e, item.count_b + item.count.length);
                // A breakdown in brackets right after the count.
                const std::size_t after = item.count_b + item.count.length;
                if (after < pe && s[after] == '(') {
                    const std::size_t close = s.find(')', after);
                    if (close != npos && close <= pe) {
                        for (auto [db, de] : split_top(s, after + 1, close, {",", "、", ";"})) {
                            Item d{};
                            if (!read_item(s, db, de, db, d)) continue;
                            SanctionDetail det;
                            det.label = doc.text_value(sub(r, d.label_b, d.label_e));
                            det.category = std::string(d.key);
                            det.count = Count{d.count.value, d.count.approximate,
                                              doc.span(sub(r, d.count_b, d.count_b + d.count.length))};
                            det.span = doc.span(sub(r, std::min(d.label_b, d.count_b),
                                                    std::max(d.label_e, d.count_b + d.count.length)));
                            sn.breakdown.push_back(std::move(det));
                        }
                        end = close + 1;
                    }
                }
                sn.span = doc.span(sub(r, std::min(item.label_b, item.count_b), end));
                out.push_back(std::move(sn));
            }
        }
    }
    return out;
}

namespace {

// The count written just before `pos` (46个具体 | 16项 | 38个 …): its start.
std::optional<std::pair<std::size_t, CountMatch>> count_before(std::string_view s, std::size_t pos) {
    // Skip a qualifier between count and noun: 46个[具体]问题, 436个[面上]问题.
    std::size_t end = pos;
    for (std::string_view q : {"具体", "具體", "面上", "突出", "主要"}) {
        if (s.substr(0, end).ends_with(q)) {
            end -= q.size();
            break;
        }
    }
    // Walk back over the unit and the digits.
    std::size_t b = end;
    if (b >= 3) b = text::prev_char(s, b);  // the unit character
    while (b > 0 && text::is_digit(s[b - 1])) --b;
    if (b == end || !text::is_digit(s[b])) return std::nullopt;
    auto m = match_count(s.substr(b, end - b));
    if (!m || m->length != end - b) return std::nullopt;
    return std::make_pair(b, *m);
}

std::optional<Count> make_count(const input::Document& doc, Range r, std::size_t b, const CountMatch& m) {
    return Count{m.value, m.approximate, doc.span(sub(r, b, b + m.length))};
}

}  // namespace

Progress extract_progress(const input::Document& doc, const std::vector<Range>& paragraphs) {
    Progress p;
    std::size_t reported_para = npos, reported_at = 0;
    for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
        const Range r = paragraphs[pi];
        const std::string_view s = doc.text(r);
        // problems_reported: N个问题 / 问题N个 in a clause about the feedback.
        if (!p.problems_reported) {
            for (std::size_t q = text::find_any(s, {"问题", "問題"}); q != npos;
                 q = text::find_any(s, {"问题", "問題"}, q + 6)) {
                const std::size_t cb = text::clause_start(s, q, ",;", {text::kFullStop});
                const std::string_view clause = s.substr(cb, q - cb);
                if (!text::contains_any(clause, {"反馈", "反饋", "梳理", "指出", "交办"})) continue;
                if (s.substr(q + 6).starts_with("表现") || s.substr(q + 6).starts_with("线索")) continue;
                if (auto c = count_before(s, q); c && (c->second.unit == "个" || c->second.unit == "项" || c->second.unit == "條" || c->second.unit == "条")) {
                    p.problems_reported = make_count(doc, r, c->first, c->second);
                    reported_para = pi;
                    reported_at = q;
                    break;
                }
                if (auto m = match_count(s.substr(q + 6)); m && m->unit == "个") {
                    p.problems_reported = make_count(doc, r, q + 6, *m);
                    reported_para = pi;
                    reported_at = q;
                    break;
                }
            }
        }
        // measures_planned: N条整改措施 / 整改措施N条.
        if (!p.measures_planned) {
            for (std::size_t z = text::fast_find(s, "整改"); z != npos; z = text::fast_find(s, "整改", z + 6)) {
                const std::string_view after = s.substr(z + 6);
                std::size_t wl = 0;
                if (!text::starts_with_any(after, {"措施", "举措", "任务", "舉措", "任務"}, &wl)) continue;
                if (s.substr(0, z).ends_with("完成")) continue;  // 已完成整改任务20项: done, not planned
                if (auto c = count_before(s, z); c && (c->second.unit == "条" || c->second.unit == "项" || c->second.unit == "个")) {
                    p.measures_planned = make_count(doc, r, c->first, c->second);
                    break;
                }
                const std::size_t n = z + 6 + wl;
                if (auto m = match_count(s.substr(n)); m && (m->unit == "条" || m->unit == "项" || m->unit == "个")) {
                    p.measures_planned = make_count(doc, r, n, *m);
                    break;
                }
            }
        }
        // completion_rate: 整改完成率93.48% (not 办结率, a petition statistic).
        if (!p.completion_rate) {
            const std::size_t k = text::fast_find(s, "完成率");
            if (k != npos) {
                std::size_t n = k + 9;
                for (std::string_view filler : {"为", "达到", "达"})
                    if (s.substr(n).starts_with(filler)) n += filler.size();
                if (auto m = match_percent(s.substr(n))) {
                    p.completion_rate = Percentage{Decimal{m->units, m->scale}, doc.span(sub(r, n, n + m->length))};
                }
            }
        }
    }
    // problems_completed: 已完成整改N个 after the reported count, nearby.
    if (p.problems_reported) {
        for (std::size_t pi = reported_para; pi < paragraphs.size() && pi < reported_para + 3; ++pi) {
            const Range r = paragraphs[pi];
            const std::string_view s = doc.text(r);
            std::size_t from = pi == reported_para ? reported_at : 0;
            std::size_t wl = 0;
            for (std::size_t k = text::find_any(s, {"完成整改", "整改完成", "已整改"}, from, &wl); k != npos;
                 k = text::find_any(s, {"完成整改", "整改完成", "已整改"}, k + wl, &wl)) {
                std::size_t n = k + wl;
                if (s.substr(n).starts_with("完成")) n += 6;  // 已整改完成35个
                if (auto m = match_count(s.substr(n)); m && (m->unit == "个" || m->unit == "项")) {
                    p.problems_completed = make_count(doc, r, n, *m);
                    break;
                }
            }
            if (p.problems_completed) break;
        }
    }
    return p;
}

std::optional<Count> extract_rules(const input::Document& doc, const std::vector<Range>& scope,
                                   const std::vector<Range>& paragraphs) {
    auto search = [&](const std::vector<Range>& where) -> std::optional<Count> {
        for (const Range r : where) {
            const std::string_view s = doc.text(r);
            for (std::size_t z = text::fast_find(s, "制度"); z != npos; z = text::fast_find(s, "制度", z + 6)) {
                std::size_t n = z + 6;
                for (std::string_view tail : {"机制", "文件", "规定", "办法", "規定"})
                    if (s.substr(n).starts_with(tail)) { n += tail.size(); break; }
                const auto m = match_count(s.substr(n));
                if (!m || !(m->unit == "项" || m->unit == "个" || m->unit == "件" || m->unit == "条")) continue;
                const std::size_t cb = text::clause_start(s, z, ",;", {text::kFullStop});
                if (!text::contains_any(s.substr(cb, z - cb), {"建立", "完善", "新建", "修订", "制定", "出台", "健全", "修改", "印发", "建章立制", "制修订"}))
                    continue;
                return Count{m->value, m->approximate, doc.span(sub(r, n, n + m->length))};
            }
        }
        return std::nullopt;
    };
    if (auto c = search(scope)) return c;
    return search(paragraphs);
}

}  // namespace zhenggai::facts
