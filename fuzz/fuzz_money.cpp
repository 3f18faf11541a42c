// Money: match_money reads an exact amount in fen or refuses with a reason;
// it never rounds, never overflows and never claims bytes it was not given.
#include <cstddef>
#include <cstdint>
#include <string>

#include "facts/money/money.hpp"
#include "facts/numbers/numbers.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace zhenggai;
    using fuzz::require;
    const std::string buf(fuzz::as_view(data, size));
    const std::string_view s = buf;

    facts::MoneyFailure failure = facts::MoneyFailure::none;
    const auto m = facts::match_money(s, &failure);
    (void)facts::match_money(s);  // without the out-parameter
    if (m) {
        require(failure == facts::MoneyFailure::none, "match_money: a match with a failure reason");
        require(m->length > 0 && m->length <= s.size(), "match_money: bad length");
        require(m->fen >= 0, "match_money: negative amount");
        // The number it starts with, scaled to fen, must be at most the amount
        // (magnitudes only multiply) unless the number has a fraction.
        const auto n = facts::match_number(s);
        require(n.has_value(), "match_money matched without a number");
        require(n->length < m->length, "match_money: no unit after the number");
        if (n->scale == 0 && n->units <= INT64_MAX / 100) require(m->fen >= n->units * 100, "match_money: amount below its number");
    } else {
        require(failure != facts::MoneyFailure::none, "match_money: refused without a reason");
    }
    return 0;
}
