// Copying the C++ model into the Python-facing structs (no Python API here:
// this runs with the GIL released).
#include <algorithm>

#include "input/utf8.hpp"
#include "model.hpp"

namespace zhenggai::pybind {

OffsetMap::OffsetMap(std::string_view source) : size_(static_cast<std::uint32_t>(source.size())) {
    starts_.reserve(source.size() + 1);
    bool ascii = true;
    std::size_t i = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(source.data());
    while (i < source.size()) {
        starts_.push_back(static_cast<std::uint32_t>(i));
        const unsigned c = p[i];
        if (c < 0x80u) {
            ++i;
            continue;
        }
        ascii = false;
        // Fast path for the common three-byte characters (CJK, punctuation);
        // E0 and ED need the full check (overlongs, surrogates).
        if (c >= 0xE1u && c <= 0xEFu && c != 0xEDu && i + 2 < source.size() && (p[i + 1] & 0xC0u) == 0x80u
            && (p[i + 2] & 0xC0u) == 0x80u) {
            i += 3;
            continue;
        }
        const input::Utf8Decoded d = input::decode_utf8(source, i);
        if (!d.valid) valid_ = false;
        i += d.length;
    }
    count_ = static_cast<std::uint32_t>(starts_.size());
    starts_.push_back(size_);
    if (ascii) {  // identity map: no table needed
        starts_.clear();
        starts_.shrink_to_fit();
    } else {
        starts_.shrink_to_fit();
    }
}

std::uint32_t OffsetMap::floor(std::uint32_t b) const noexcept {
    if (b >= size_) return count_;
    if (starts_.empty()) return b;
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), b);
    return static_cast<std::uint32_t>(it - starts_.begin()) - 1;
}

std::uint32_t OffsetMap::ceil(std::uint32_t b) const noexcept {
    if (b >= size_) return count_;
    if (starts_.empty()) return b;
    const auto it = std::lower_bound(starts_.begin(), starts_.end(), b);
    return static_cast<std::uint32_t>(it - starts_.begin());
}

Span OffsetMap::map(zhenggai::Span s) const noexcept {
    Span out;
    out.byte_start = s.begin;
    out.byte_end = s.end;
    out.start = floor(s.begin);
    out.end = std::max(out.start, ceil(s.end));
    return out;
}

std::u32string decode_replacing(std::string_view source) {
    std::u32string out;
    out.reserve(source.size());
    std::size_t i = 0;
    while (i < source.size()) {
        const unsigned char c = static_cast<unsigned char>(source[i]);
        if (c < 0x80) {
            out.push_back(c);
            ++i;
            continue;
        }
        const input::Utf8Decoded d = input::decode_utf8(source, i);
        out.push_back(d.valid ? d.code_point : U'\uFFFD');
        i += d.length;
    }
    return out;
}

namespace {

/// The string itself if valid UTF-8, else a copy with U+FFFD per invalid sequence.
std::string clean(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
        const input::Utf8Decoded d = input::decode_utf8(s, i);
        if (!d.valid) break;
        i += d.length;
    }
    if (i == s.size()) return std::string(s);
    std::string out(s.substr(0, i));
    while (i < s.size()) {
        const input::Utf8Decoded d = input::decode_utf8(s, i);
        out.append(d.valid ? s.substr(i, d.length) : std::string_view("\xEF\xBF\xBD"));
        i += d.length;
    }
    return out;
}

struct Converter {
    const OffsetMap& m;

    Span span(zhenggai::Span s) const { return m.map(s); }
    Text text(const zhenggai::Text& t) const { return Text{clean(t.value), span(t.span)}; }
    Count count(const zhenggai::Count& c) const { return Count{c.value, c.approximate, span(c.span)}; }
    Date date(const zhenggai::DatedValue& d) const {
        Date out;
        if (!d.value.is_special()) {
            const auto ymd = d.value.year_month_day();
            out.year = static_cast<int>(ymd.year);
            out.month = static_cast<int>(ymd.month);
            out.day = static_cast<int>(ymd.day);
        }
        out.year_inferred = d.year_inferred;
        out.span = span(d.span);
        return out;
    }
    Percent percent(const zhenggai::Percentage& p) const {
        return Percent{p.value.units, static_cast<int>(p.value.scale), span(p.span)};
    }

    template <class T, class F>
    auto opt(const std::optional<T>& o, F f) const -> std::optional<decltype((this->*f)(*o))> {
        if (!o) return std::nullopt;
        return (this->*f)(*o);
    }
    std::optional<Text> opt_text(const std::optional<zhenggai::Text>& o) const {
        return opt(o, &Converter::text);
    }
    std::optional<Date> opt_date(const std::optional<zhenggai::DatedValue>& o) const {
        if (!o || o->value.is_special()) return std::nullopt;  // an unset date is no date
        return date(*o);
    }
    std::optional<Count> opt_count(const std::optional<zhenggai::Count>& o) const {
        return opt(o, &Converter::count);
    }

    Header header(const zhenggai::Header& h) const {
        return Header{opt_text(h.authority),      opt_text(h.inspecting_body), opt_text(h.inspected_unit),
                      opt_date(h.inspection_start), opt_date(h.inspection_end), opt_date(h.feedback_date),
                      opt_text(h.feedback_recipient), opt_text(h.round),          span(h.span)};
    }
    Progress progress(const zhenggai::Progress& p) const {
        return Progress{opt_count(p.problems_reported), opt_count(p.measures_planned),
                        opt_count(p.problems_completed), opt(p.completion_rate, &Converter::percent)};
    }
    SanctionDetail detail(const zhenggai::SanctionDetail& d) const {
        return SanctionDetail{to_string(d.category), text(d.label), count(d.count), span(d.span)};
    }
    Sanction sanction(const zhenggai::Sanction& s) const {
        Sanction out{to_string(s.category), text(s.label), count(s.count), to_string(s.unit), {}, span(s.span)};
        out.breakdown.reserve(s.breakdown.size());
        for (const auto& d : s.breakdown) out.breakdown.push_back(detail(d));
        return out;
    }
    MoneyAmount money(const zhenggai::MoneyAmount& a) const {
        return MoneyAmount{to_string(a.category), text(a.label), a.amount_fen, text(a.text), a.approximate,
                           span(a.span)};
    }
    Section section(const zhenggai::Section& s) const {
        Section out{clean(s.marker), clean(s.label), s.ordinal, s.level, text(s.title), opt_text(s.problem),
                    text(s.text), span(s.span), {}};
        out.children.reserve(s.children.size());
        for (const auto& c : s.children) out.children.push_back(section(c));
        return out;
    }
    NextStep next_step(const zhenggai::NextStep& n) const {
        return NextStep{clean(n.marker), n.ordinal, text(n.title), text(n.text), span(n.span)};
    }
    std::vector<Text> texts(const std::vector<zhenggai::Text>& v) const {
        std::vector<Text> out;
        out.reserve(v.size());
        for (const auto& t : v) out.push_back(text(t));
        return out;
    }
    Contacts contacts(const zhenggai::Contacts& c) const {
        return Contacts{texts(c.phones), texts(c.emails), texts(c.websites),
                        opt_text(c.postal_address), opt_text(c.postcode), span(c.span)};
    }
    Diagnostic diagnostic(const zhenggai::Diagnostic& d) const {
        return Diagnostic{to_string(d.severity), clean(d.code), clean(d.message), span(d.span)};
    }
};

template <class Out, class In, class F>
std::vector<Out> map_all(const std::vector<In>& in, F f) {
    std::vector<Out> out;
    out.reserve(in.size());
    for (const auto& x : in) out.push_back(f(x));
    return out;
}

}  // namespace

ReportData convert(const zhenggai::Report& r, const OffsetMap& offsets) {
    const Converter c{offsets};
    ReportData d;
    d.is_report = r.is_report;
    d.not_report_reason = r.not_report_reason;
    d.encoding = to_string(r.encoding);
    d.title = c.opt_text(r.title);
    if (r.kind) d.kind = to_string(*r.kind);
    d.header = c.header(r.header);
    d.progress = c.progress(r.progress);
    d.sanctions = map_all<Sanction>(r.sanctions, [&](const auto& x) { return c.sanction(x); });
    d.money = map_all<MoneyAmount>(r.money, [&](const auto& x) { return c.money(x); });
    d.rules_established = c.opt_count(r.rules_established);
    d.overview = c.opt_text(r.overview);
    d.sections = map_all<Section>(r.sections, [&](const auto& x) { return c.section(x); });
    d.next_steps = map_all<NextStep>(r.next_steps, [&](const auto& x) { return c.next_step(x); });
    d.next_steps_block = c.opt_text(r.next_steps_block);
    if (r.contacts) d.contacts = c.contacts(*r.contacts);
    d.signatory = c.opt_text(r.signatory);
    d.published_date = c.opt_date(r.published_date);
    d.chrome = c.texts(r.chrome);
    d.unclassified = c.texts(r.unclassified);
    const auto totals = [](const std::vector<zhenggai::CategoryTotal>& v) {
        std::vector<std::pair<std::string, std::int64_t>> out;
        out.reserve(v.size());
        for (const auto& t : v) out.emplace_back(t.category, t.value);
        return out;
    };
    d.derived = Derived{r.derived.inspection_days, r.derived.days_feedback_to_publication,
                        totals(r.derived.sanctions_by_category), totals(r.derived.cases_by_category),
                        totals(r.derived.money_by_category), r.derived.content_hash};
    d.diagnostics = map_all<Diagnostic>(r.diagnostics, [&](const auto& x) { return c.diagnostic(x); });
    d.source_size = r.source_size;
    return d;
}

}  // namespace zhenggai::pybind
