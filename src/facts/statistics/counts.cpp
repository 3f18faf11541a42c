#include "facts/statistics/counts.hpp"

#include <string>

#include "facts/numbers/numbers.hpp"
#include "facts/statistics/grammar.hpp"

namespace zhenggai::facts {

namespace x3 = boost::spirit::x3;

std::optional<CountMatch> match_count(std::string_view s) noexcept {
    const auto number = match_number(s);
    if (!number || number->scale != 0) return std::nullopt;
    const char* const number_end = s.data() + number->length;
    const char* first = number_end;
    const char* const last = s.data() + s.size();
    std::string unit;
    if (!x3::parse(first, last, statistics::count_suffix(), unit)) return std::nullopt;
    CountMatch m;
    m.value = number->units;
    m.length = static_cast<std::size_t>(first - s.data());
    m.unit = s.substr(m.length - unit.size(), unit.size());
    m.approximate = m.length - unit.size() > number->length;
    return m;
}

std::optional<PercentMatch> match_percent(std::string_view s) noexcept {
    const auto number = match_arabic(s);
    if (!number) return std::nullopt;
    const char* first = s.data() + number->length;
    const char* const last = s.data() + s.size();
    if (!x3::parse(first, last, statistics::percent_sign())) return std::nullopt;
    return PercentMatch{number->units, number->scale, static_cast<std::size_t>(first - s.data())};
}

}  // namespace zhenggai::facts
