// Dates: match_date, match_numeric_date, match_date_range and make_date.
// Lengths stay inside the input, periods point into it, and make_date gives
// a real calendar date or nothing for any integers (never throws).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "facts/dates/dates.hpp"
#include "fuzz_common.hpp"

namespace {

using namespace zhenggai;
using zhenggai::fuzz::require;

void check_match(const facts::DateMatch& m, std::string_view s, const char* what) {
    if (m.length == 0 || m.length > s.size()) fuzz::die(std::string(what) + ": bad length");
    if (!m.period.empty()) {
        const bool inside = m.period.data() >= s.data() && m.period.data() + m.period.size() <= s.data() + m.length;
        if (!inside) fuzz::die(std::string(what) + ": period does not point into the match");
    }
    // Whatever was read, turning it into a date must not crash or throw.
    if (m.year && m.day) {
        if (const auto d = facts::make_date(*m.year, m.month, *m.day)) {
            require(d->year() == *m.year && d->month() == m.month && d->day() == *m.day, "make_date changed the date");
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string buf(fuzz::as_view(data, size));
    const std::string_view s = buf;

    if (const auto m = facts::match_date(s)) check_match(*m, s, "match_date");
    if (const auto m = facts::match_numeric_date(s)) {
        check_match(*m, s, "match_numeric_date");
        require(m->year && m->day, "match_numeric_date without year or day");
    }
    if (const auto r = facts::match_date_range(s)) {
        require(r->length <= s.size(), "match_date_range: length past the input");
        require(r->end_offset >= r->start.length && r->end_offset < r->length, "match_date_range: bad end offset");
        check_match(r->start, s, "match_date_range.start");
        check_match(r->end, s.substr(r->end_offset), "match_date_range.end");
        require(r->end_offset + r->end.length == r->length, "match_date_range: end does not finish the match");
    }

    // make_date on arbitrary integers taken from the first 12 bytes.
    if (size >= 12) {
        int ymd[3];
        std::memcpy(ymd, data, sizeof ymd);
        if (const auto d = facts::make_date(ymd[0], ymd[1], ymd[2])) {
            require(ymd[0] >= 1400 && ymd[0] <= 9999, "make_date accepted a year out of range");
            require(d->year() == ymd[0] && d->month() == ymd[1] && d->day() == ymd[2], "make_date changed the date");
        }
    }
    return 0;
}
