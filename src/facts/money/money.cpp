#include "facts/money/money.hpp"

#include <limits>

#include "facts/money/grammar.hpp"
#include "facts/numbers/numbers.hpp"

namespace zhenggai::facts {

namespace x3 = boost::spirit::x3;

namespace {
constexpr bool text_is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
}  // namespace

std::optional<MoneyMatch> match_money(std::string_view s, MoneyFailure* failure) noexcept {
    auto fail = [&](MoneyFailure f) -> std::optional<MoneyMatch> {
        if (failure) *failure = f;
        return std::nullopt;
    };
    const auto number = match_number(s);
    if (!number) {
        // Digits the number grammar refused (too many, or too many decimals):
        // say so when a money unit follows, rather than "not money".
        std::size_t n = 0;
        bool dot = false;
        while (n < s.size() && (text_is_digit(s[n]) || (s[n] == '.' && !dot && (dot = true)))) ++n;
        if (n == 0) return fail(MoneyFailure::not_money);
        const char* first = s.data() + n;
        money::ast::Suffix suffix;
        if (!x3::parse(first, s.data() + s.size(), money::suffix(), suffix)) return fail(MoneyFailure::not_money);
        return fail(dot && n < 20 ? MoneyFailure::not_exact : MoneyFailure::too_large);
    }
    const char* first = s.data() + number->length;
    const char* const last = s.data() + s.size();
    money::ast::Suffix suffix;
    if (!x3::parse(first, last, money::suffix(), suffix)) return fail(MoneyFailure::not_money);

    // fen = units * magnitude * 100 / 10^scale, and it must come out whole.
    const std::int64_t multiplier = (suffix.magnitude ? *suffix.magnitude : 1) * 100;
    const std::int64_t divisor = pow10(number->scale);
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    if (number->units > kMax / multiplier) return fail(MoneyFailure::too_large);
    const std::int64_t scaled = number->units * multiplier;
    if (scaled % divisor != 0) return fail(MoneyFailure::not_exact);

    MoneyMatch m;
    m.fen = scaled / divisor;
    m.approximate = suffix.approximate_before || suffix.approximate_after;
    m.length = static_cast<std::size_t>(first - s.data());
    if (failure) *failure = MoneyFailure::none;
    return m;
}

}  // namespace zhenggai::facts
