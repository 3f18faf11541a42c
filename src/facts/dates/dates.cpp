#include "facts/dates/dates.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "facts/dates/grammar.hpp"

namespace zhenggai::facts {

namespace x3 = boost::spirit::x3;

namespace {

// The period words are string literals in the grammar; hand back a view into
// the input rather than the parsed copy.
std::string_view period_view(std::string_view s, std::size_t length, const boost::optional<std::string>& p) {
    if (!p) return {};
    return s.substr(length - p->size(), p->size());
}

}  // namespace

std::optional<DateMatch> match_date(std::string_view s) noexcept {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    dates::ast::Date d;
    if (!x3::parse(first, last, dates::date(), d)) return std::nullopt;
    DateMatch m;
    if (d.year) m.year = *d.year > 99999 ? 0 : static_cast<int>(*d.year);  // 0: never a valid year
    m.month = d.month;
    if (d.day) m.day = *d.day;
    m.length = static_cast<std::size_t>(first - s.data());
    if (d.day && d.period) {
        // "3日中" is not a period: give the word back.
        m.length -= d.period->size();
    } else {
        m.period = period_view(s, m.length, d.period);
    }
    return m;
}

std::optional<DateMatch> match_numeric_date(std::string_view s) noexcept {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    dates::ast::NumericDate d;
    if (!x3::parse(first, last, dates::numeric_date(), d)) return std::nullopt;
    DateMatch m;
    m.year = d.year;
    m.month = d.month;
    m.day = d.day;
    m.length = static_cast<std::size_t>(first - s.data());
    return m;
}

std::optional<DateRangeMatch> match_date_range(std::string_view s) noexcept {
    const auto start = match_date(s);
    if (!start) return std::nullopt;
    const char* first = s.data() + start->length;
    const char* const last = s.data() + s.size();
    if (!x3::parse(first, last, dates::range_separator())) return std::nullopt;
    const std::size_t end_offset = static_cast<std::size_t>(first - s.data());
    const auto end = match_date(s.substr(end_offset));
    if (!end) return std::nullopt;
    DateRangeMatch r;
    r.start = *start;
    r.end = *end;
    r.end_offset = end_offset;
    r.length = end_offset + end->length;
    return r;
}

std::optional<Date> make_date(int year, int month, int day) noexcept {
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
    using calendar = boost::gregorian::gregorian_calendar;
    if (day > calendar::end_of_month_day(static_cast<unsigned short>(year), static_cast<unsigned short>(month)))
        return std::nullopt;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

}  // namespace zhenggai::facts
