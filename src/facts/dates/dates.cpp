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

constexpr std::string_view kDay = "日";

// A date whose 年 and 月 were lost in copying (2019312日, 430日): the digits
// before 日 split into year, month and day in only one valid way. Two digits
// alone are a day of the month (15日), never a damaged date, unless the
// caller knows better (the end of a damaged range).
std::optional<DateMatch> match_damaged(std::string_view s, std::size_t min_digits) noexcept {
    std::size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
    if (n < min_digits || n > 8 || !s.substr(n).starts_with(kDay)) return std::nullopt;
    auto digits = [&](std::size_t b, std::size_t e) {
        int v = 0;
        for (std::size_t i = b; i < e; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    std::optional<int> year;
    std::size_t md = 0;  // where month and day begin
    if (n >= 6 && (s.starts_with("19") || s.starts_with("20"))) {
        year = digits(0, 4);
        md = 4;
    }
    if (n - md < 2 || n - md > 4) return std::nullopt;
    std::optional<DateMatch> found;
    int readings = 0;
    for (std::size_t month_digits = 1; month_digits <= 2 && md + month_digits < n; ++month_digits) {
        const std::size_t day_digits = n - md - month_digits;
        if (day_digits > 2) continue;
        const int month = digits(md, md + month_digits), day = digits(md + month_digits, n);
        if (!make_date(year.value_or(2000), month, day)) continue;  // 2000: a leap year admits 2月29日
        ++readings;
        found = DateMatch{year, month, day, {}, n + kDay.size(), true};
    }
    if (readings != 1) return std::nullopt;
    return found;
}

}  // namespace

std::optional<DateMatch> match_date(std::string_view s) noexcept {
    // The trigger: callers try dates at every character of a clause, and a
    // date (damaged ones too) opens with a digit or a numeral.
    if (!dates::date_leads().may_start(s, 0)) return std::nullopt;
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    dates::ast::Date d;
    if (!x3::parse(first, last, dates::date(), d)) return match_damaged(s, 3);
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
    auto end = match_date(s.substr(end_offset));
    if (!end && start->damaged) end = match_damaged(s.substr(end_offset), 2);  // 2019312日至58日
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
