// The JSON form of a Report: schema "zhenggai.report/1".
//
// Keys are written in schema order. Every object that stands for a piece of
// the source carries its "span" ([begin, end] byte offsets into the parsed
// text); plain string/number members that come from the source get their
// spans in a sibling "spans" object (only for the members that are present).
#include "output/json_value.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "zhenggai/json.hpp"

namespace zhenggai::output {

namespace {

/// Parse "<integer>e-<scale>" with from_chars: the correctly rounded double
/// nearest to units / 10^scale, independent of the C locale.
double scaled_double(std::int64_t units, int scale) {
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%llde-%d", static_cast<long long>(units), scale);
    double d = 0.0;
    if (n > 0 && static_cast<std::size_t>(n) < sizeof buf) {
        const auto res = std::from_chars(buf, buf + n, d);
        if (res.ec == std::errc{}) return d;
    }
    // Unreachable in practice (from_chars only fails on overflow/underflow,
    // which "int64 e-255" cannot reach); fall back to plain division.
    d = static_cast<double>(units);
    for (int i = 0; i < scale; ++i) d /= 10.0;
    return d;
}

Json text_value(const std::optional<Text>& t) {
    return t ? Json(t->value) : Json(nullptr);
}

Json count_value(const std::optional<Count>& c) {
    return c ? Json(c->value) : Json(nullptr);
}

Json dated_value(const std::optional<DatedValue>& d) {
    return d ? date_to_json(d->value) : Json(nullptr);
}

/// Adds `name: span` to `spans` when the optional value is present.
template <class T>
void add_span(Json& spans, const char* name, const std::optional<T>& v) {
    if (v) spans[name] = span_to_json(v->span);
}

Json text_object(const Text& t) {
    Json j = Json::object();
    j["text"] = t.value;
    j["span"] = span_to_json(t.span);
    return j;
}

Json header_to_json(const Header& h) {
    Json j = Json::object();
    j["authority"] = text_value(h.authority);
    j["inspecting_body"] = text_value(h.inspecting_body);
    j["inspected_unit"] = text_value(h.inspected_unit);
    j["inspection_start"] = dated_value(h.inspection_start);
    j["inspection_end"] = dated_value(h.inspection_end);
    j["feedback_date"] = dated_value(h.feedback_date);
    j["feedback_recipient"] = text_value(h.feedback_recipient);
    j["round"] = text_value(h.round);
    j["span"] = span_to_json(h.span);

    Json spans = Json::object();
    add_span(spans, "authority", h.authority);
    add_span(spans, "inspecting_body", h.inspecting_body);
    add_span(spans, "inspected_unit", h.inspected_unit);
    add_span(spans, "inspection_start", h.inspection_start);
    add_span(spans, "inspection_end", h.inspection_end);
    add_span(spans, "feedback_date", h.feedback_date);
    add_span(spans, "feedback_recipient", h.feedback_recipient);
    add_span(spans, "round", h.round);
    j["spans"] = std::move(spans);

    // Dates whose year was not written but carried over from an earlier date.
    Json inferred = Json::array();
    const std::pair<const char*, const std::optional<DatedValue>*> dates[] = {
        {"inspection_start", &h.inspection_start},
        {"inspection_end", &h.inspection_end},
        {"feedback_date", &h.feedback_date},
    };
    for (const auto& [name, d] : dates) {
        if (*d && (*d)->year_inferred) inferred.push_back(name);
    }
    j["year_inferred"] = std::move(inferred);
    return j;
}

Json progress_to_json(const Progress& p) {
    Json j = Json::object();
    j["problems_reported"] = count_value(p.problems_reported);
    j["measures_planned"] = count_value(p.measures_planned);
    j["problems_completed"] = count_value(p.problems_completed);
    j["completion_rate"] = p.completion_rate ? decimal_to_json(p.completion_rate->value) : Json(nullptr);

    Json spans = Json::object();
    add_span(spans, "problems_reported", p.problems_reported);
    add_span(spans, "measures_planned", p.measures_planned);
    add_span(spans, "problems_completed", p.problems_completed);
    add_span(spans, "completion_rate", p.completion_rate);
    j["spans"] = std::move(spans);

    // Counts written with 余 / 多 ("40余个问题").
    Json approximate = Json::array();
    const std::pair<const char*, const std::optional<Count>*> counts[] = {
        {"problems_reported", &p.problems_reported},
        {"measures_planned", &p.measures_planned},
        {"problems_completed", &p.problems_completed},
    };
    for (const auto& [name, c] : counts) {
        if (*c && (*c)->approximate) approximate.push_back(name);
    }
    j["approximate"] = std::move(approximate);
    return j;
}

Json sanction_detail_to_json(const SanctionDetail& d) {
    Json j = Json::object();
    j["category"] = to_string(d.category);
    j["label"] = d.label.value;
    j["count"] = d.count.value;
    j["approximate"] = d.count.approximate;
    j["span"] = span_to_json(d.span);
    j["label_span"] = span_to_json(d.label.span);
    j["count_span"] = span_to_json(d.count.span);
    return j;
}

Json sanction_to_json(const Sanction& s) {
    Json j = Json::object();
    j["category"] = to_string(s.category);
    j["label"] = s.label.value;
    j["count"] = s.count.value;
    j["unit"] = to_string(s.unit);
    j["approximate"] = s.count.approximate;
    j["span"] = span_to_json(s.span);
    Json breakdown = Json::array();
    for (const SanctionDetail& d : s.breakdown) breakdown.push_back(sanction_detail_to_json(d));
    j["breakdown"] = std::move(breakdown);
    j["label_span"] = span_to_json(s.label.span);
    j["count_span"] = span_to_json(s.count.span);
    return j;
}

Json money_to_json(const MoneyAmount& m) {
    Json j = Json::object();
    j["category"] = to_string(m.category);
    j["label"] = m.label.value;
    j["amount_yuan"] = money_yuan_to_json(m.amount_fen);
    j["amount_fen"] = m.amount_fen;
    j["text"] = m.text.value;
    j["approximate"] = m.approximate;
    j["span"] = span_to_json(m.span);
    j["label_span"] = span_to_json(m.label.span);
    j["text_span"] = span_to_json(m.text.span);
    return j;
}

// Sections nest as deep as the document does; depth is bounded by the parser
// (headings have a handful of marker styles), but recursion here only follows
// the tree that exists in memory.
Json section_to_json(const Section& s) {
    Json j = Json::object();
    j["marker"] = s.marker;
    j["label"] = s.label;
    j["ordinal"] = s.ordinal;
    j["level"] = s.level;
    j["title"] = s.title.value;
    j["problem"] = text_value(s.problem);
    j["text"] = s.text.value;
    j["span"] = span_to_json(s.span);
    j["title_span"] = span_to_json(s.title.span);
    j["problem_span"] = s.problem ? span_to_json(s.problem->span) : Json(nullptr);
    j["text_span"] = span_to_json(s.text.span);
    Json children = Json::array();
    for (const Section& c : s.children) children.push_back(section_to_json(c));
    j["children"] = std::move(children);
    return j;
}

Json next_step_to_json(const NextStep& n) {
    Json j = Json::object();
    j["marker"] = n.marker;
    j["ordinal"] = n.ordinal;
    j["title"] = n.title.value;
    j["text"] = n.text.value;
    j["span"] = span_to_json(n.span);
    j["title_span"] = span_to_json(n.title.span);
    j["text_span"] = span_to_json(n.text.span);
    return j;
}

Json contacts_to_json(const Contacts& c) {
    Json j = Json::object();
    const auto strings = [](const std::vector<Text>& v) {
        Json a = Json::array();
        for (const Text& t : v) a.push_back(t.value);
        return a;
    };
    j["phones"] = strings(c.phones);
    j["emails"] = strings(c.emails);
    j["postal_address"] = text_value(c.postal_address);
    j["postcode"] = text_value(c.postcode);
    j["websites"] = strings(c.websites);
    j["span"] = span_to_json(c.span);

    // Every contact with its kind and span, in source order.
    struct Item {
        const char* kind;
        const Text* text;
    };
    std::vector<Item> items;
    for (const Text& t : c.phones) items.push_back({"phone", &t});
    for (const Text& t : c.emails) items.push_back({"email", &t});
    for (const Text& t : c.websites) items.push_back({"website", &t});
    if (c.postal_address) items.push_back({"postal_address", &*c.postal_address});
    if (c.postcode) items.push_back({"postcode", &*c.postcode});
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.text->span.begin < b.text->span.begin;
    });
    Json a = Json::array();
    for (const Item& it : items) {
        Json o = Json::object();
        o["kind"] = it.kind;
        o["value"] = it.text->value;
        o["span"] = span_to_json(it.text->span);
        a.push_back(std::move(o));
    }
    j["items"] = std::move(a);
    return j;
}

Json diagnostic_to_json(const Diagnostic& d) {
    Json j = Json::object();
    j["severity"] = to_string(d.severity);
    j["code"] = d.code;
    j["message"] = d.message;
    j["span"] = span_to_json(d.span);
    return j;
}

}  // namespace

Json span_to_json(Span span) {
    return Json::array({span.begin, span.end});
}

Json date_to_json(const Date& date) {
    if (date.is_special()) return nullptr;
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", static_cast<unsigned>(date.year()),
                                static_cast<unsigned>(date.month().as_number()), static_cast<unsigned>(date.day()));
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

Json money_yuan_to_json(std::int64_t amount_fen) {
    if (amount_fen % 100 == 0) return amount_fen / 100;
    // The nearest double to the exact value prints back as that value (at most
    // two decimals) through nlohmann's shortest round-trip output, for every
    // amount below 10^13 yuan; amount_fen stays the exact reference.
    return scaled_double(amount_fen, 2);
}

Json decimal_to_json(const Decimal& value) {
    return scaled_double(value.units, value.scale);
}

std::string dump(const Json& value, int indent) {
    return value.dump(indent < 0 ? -1 : indent, ' ', false, Json::error_handler_t::replace);
}

Json diagnostics_to_json_value(const Report& report) {
    Json a = Json::array();
    for (const Diagnostic& d : report.diagnostics) a.push_back(diagnostic_to_json(d));
    return a;
}

namespace {
Json totals_to_json(const std::vector<CategoryTotal>& totals) {
    Json o = Json::object();
    for (const CategoryTotal& t : totals) o[t.category] = t.value;
    return o;
}
}  // namespace

Json derived_to_json(const Derived& d) {
    Json j = Json::object();
    j["inspection_days"] = d.inspection_days ? Json(*d.inspection_days) : Json(nullptr);
    j["days_feedback_to_publication"] =
        d.days_feedback_to_publication ? Json(*d.days_feedback_to_publication) : Json(nullptr);
    j["sanctions_by_category"] = totals_to_json(d.sanctions_by_category);
    j["cases_by_category"] = totals_to_json(d.cases_by_category);
    Json money = Json::object();
    for (const CategoryTotal& t : d.money_by_category) money[t.category] = money_yuan_to_json(t.value);
    j["money_yuan_by_category"] = std::move(money);
    j["content_hash"] = d.content_hash;
    return j;
}

Json to_json_value(const Report& r) {
    Json j = Json::object();
    j["schema"] = report_schema;
    j["is_report"] = r.is_report;
    j["not_report_reason"] = r.not_report_reason ? Json(*r.not_report_reason) : Json(nullptr);
    j["encoding"] = to_string(r.encoding);
    j["title"] = text_value(r.title);
    j["kind"] = r.kind ? Json(to_string(*r.kind)) : Json(nullptr);
    j["header"] = header_to_json(r.header);
    j["progress"] = progress_to_json(r.progress);

    Json sanctions = Json::array();
    for (const Sanction& s : r.sanctions) sanctions.push_back(sanction_to_json(s));
    j["sanctions"] = std::move(sanctions);

    Json money = Json::array();
    for (const MoneyAmount& m : r.money) money.push_back(money_to_json(m));
    j["money"] = std::move(money);

    j["rules_established"] = count_value(r.rules_established);
    j["overview"] = r.overview ? text_object(*r.overview) : Json(nullptr);

    Json sections = Json::array();
    for (const Section& s : r.sections) sections.push_back(section_to_json(s));
    j["sections"] = std::move(sections);

    Json next_steps = Json::array();
    for (const NextStep& n : r.next_steps) next_steps.push_back(next_step_to_json(n));
    j["next_steps"] = std::move(next_steps);
    j["next_steps_block"] = r.next_steps_block ? text_object(*r.next_steps_block) : Json(nullptr);

    j["contacts"] = r.contacts ? contacts_to_json(*r.contacts) : Json(nullptr);
    j["signatory"] = text_value(r.signatory);
    j["published_date"] = dated_value(r.published_date);

    // Spans and flags of the top-level scalar members, as in header/progress.
    Json spans = Json::object();
    add_span(spans, "title", r.title);
    add_span(spans, "rules_established", r.rules_established);
    add_span(spans, "signatory", r.signatory);
    add_span(spans, "published_date", r.published_date);
    j["spans"] = std::move(spans);
    Json approximate = Json::array();
    if (r.rules_established && r.rules_established->approximate) approximate.push_back("rules_established");
    j["approximate"] = std::move(approximate);
    Json inferred = Json::array();
    if (r.published_date && r.published_date->year_inferred) inferred.push_back("published_date");
    j["year_inferred"] = std::move(inferred);

    Json chrome = Json::array();
    for (const Text& t : r.chrome) chrome.push_back(text_object(t));
    j["chrome"] = std::move(chrome);

    Json unclassified = Json::array();
    for (const Text& t : r.unclassified) unclassified.push_back(text_object(t));
    j["unclassified"] = std::move(unclassified);

    j["derived"] = derived_to_json(r.derived);
    j["diagnostics"] = diagnostics_to_json_value(r);
    j["source_size"] = r.source_size;
    return j;
}

}  // namespace zhenggai::output

namespace zhenggai {

std::string to_json(const Report& report, const JsonOptions& options) {
    return output::dump(output::to_json_value(report), options.indent);
}

std::string diagnostics_to_json(const Report& report, const JsonOptions& options) {
    return output::dump(output::diagnostics_to_json_value(report), options.indent);
}

}  // namespace zhenggai
