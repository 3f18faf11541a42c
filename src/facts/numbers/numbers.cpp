#include "facts/numbers/numbers.hpp"

#include <limits>

#include "facts/numbers/grammar.hpp"

namespace zhenggai::facts {

namespace x3 = boost::spirit::x3;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

// Exact digits -> integer, refusing anything that would overflow.
bool accumulate(std::string_view digits, std::int64_t& value) noexcept {
    for (const char c : digits) {
        const int d = c - '0';
        if (value > (kMax - d) / 10) return false;
        value = value * 10 + d;
    }
    return true;
}

// Evaluate Chinese numeral tokens. Two shapes exist in practice: positional
// digit strings (二〇二三, used for years) and the unit form (二十三, 一千零五,
// 十五, 两百). Anything else (十十, 万百) is rejected rather than guessed.
std::optional<std::int64_t> evaluate(const numbers::ast::ChineseTokens& t) noexcept {
    if (t.empty()) return std::nullopt;
    bool all_digits = true;
    for (const long long v : t) all_digits = all_digits && v < 10;
    if (all_digits) {
        if (t.size() == 1) return t[0];
        std::int64_t v = 0;
        for (const long long d : t) {
            if (v > (kMax - d) / 10) return std::nullopt;
            v = v * 10 + d;
        }
        return v;
    }
    std::int64_t total = 0;    // completed 万/亿 groups
    std::int64_t section = 0;  // value below the current 万
    long long digit = -1;      // pending digit, -1 when none
    long long last_small_unit = 100000;  // units inside a section must decrease
    for (const long long v : t) {
        if (v < 10) {
            if (digit > 0) return std::nullopt;  // two digits in a row inside the unit form
            digit = v;
        } else if (v < 10000) {
            if (v >= last_small_unit) return std::nullopt;
            section += (digit < 0 ? 1 : digit) * v;
            last_small_unit = v;
            digit = -1;
        } else {
            section += digit < 0 ? 0 : digit;
            if (section == 0 && total == 0) section = 1;  // 万 alone
            if (section > kMax / v || total > kMax - section || total + section > kMax / v) return std::nullopt;
            total = (total + section) * v;
            section = 0;
            digit = -1;
            last_small_unit = 100000;
        }
    }
    section += digit < 0 ? 0 : digit;
    if (total > kMax - section) return std::nullopt;
    return total + section;
}

}  // namespace

std::optional<NumberMatch> match_arabic(std::string_view s) noexcept {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    numbers::ast::Arabic a;
    if (!x3::parse(first, last, numbers::arabic(), a)) return std::nullopt;
    NumberMatch m;
    std::int64_t v = 0;
    if (!accumulate(a.integer, v)) return std::nullopt;
    if (a.fraction) {
        if (a.fraction->size() > 6) return std::nullopt;  // not a quantity in these reports
        if (!accumulate(*a.fraction, v)) return std::nullopt;
        m.scale = static_cast<std::uint8_t>(a.fraction->size());
    }
    m.units = v;
    m.length = static_cast<std::size_t>(first - s.data());
    return m;
}

std::optional<NumberMatch> match_chinese_numeral(std::string_view s) noexcept {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    numbers::ast::ChineseTokens tokens;
    if (!x3::parse(first, last, numbers::chinese(), tokens)) return std::nullopt;
    const auto v = evaluate(tokens);
    if (!v) return std::nullopt;
    NumberMatch m;
    m.units = *v;
    m.chinese = true;
    m.length = static_cast<std::size_t>(first - s.data());
    return m;
}

std::optional<NumberMatch> match_number(std::string_view s) noexcept {
    if (s.empty()) return std::nullopt;
    if (s[0] >= '0' && s[0] <= '9') return match_arabic(s);
    return match_chinese_numeral(s);
}

std::optional<std::int64_t> parse_integer(std::string_view s) noexcept {
    const auto m = match_number(s);
    if (!m || m->length != s.size() || m->scale != 0) return std::nullopt;
    return m->units;
}

}  // namespace zhenggai::facts
