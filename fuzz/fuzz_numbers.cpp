// Numbers, counts, percentages and heading markers: the matchers never read
// past their input, never claim more bytes than they were given, and agree
// with a plain reference on what they can be checked against.
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>

#include "facts/headings/headings.hpp"
#include "facts/numbers/numbers.hpp"
#include "facts/statistics/counts.hpp"
#include "fuzz_common.hpp"

namespace {

using namespace zhenggai;
using zhenggai::fuzz::require;

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // An exactly sized heap copy, so ASan sees any read one byte past the end.
    const std::string buf(fuzz::as_view(data, size));
    const std::string_view s = buf;

    const auto number = facts::match_number(s);
    if (number) {
        require(number->length > 0 && number->length <= s.size(), "match_number: bad length");
        require(number->units >= 0, "match_number: negative value");
        require(number->scale <= 18, "match_number: scale > 18");
    }
    const auto arabic = facts::match_arabic(s);
    if (arabic) {
        require(arabic->length > 0 && arabic->length <= s.size(), "match_arabic: bad length");
        require(!arabic->chinese, "match_arabic: marked Chinese");
        require(s[0] >= '0' && s[0] <= '9', "match_arabic: matched without a leading digit");
        require(arabic->units >= 0, "match_arabic: negative value");
    }
    const auto chinese = facts::match_chinese_numeral(s);
    if (chinese) {
        require(chinese->length > 0 && chinese->length <= s.size(), "match_chinese_numeral: bad length");
        require(chinese->units >= 0, "match_chinese_numeral: negative value");
        require(chinese->scale == 0, "match_chinese_numeral: has a scale");
    }
    if (number && !s.empty() && s[0] >= '0' && s[0] <= '9')
        require(arabic && arabic->units == number->units && arabic->length == number->length,
                "match_number and match_arabic disagree");

    // A run of ASCII digits must read as exactly its value (or be refused when
    // it does not fit in 64 bits) — checked against std::from_chars.
    if (all_digits(s)) {
        std::int64_t expected = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), expected);
        const auto got = facts::parse_integer(s);
        if (ec == std::errc{} && end == s.data() + s.size()) {
            require(got.has_value(), "parse_integer refused a number that fits in 64 bits");
            require(*got == expected, "parse_integer disagrees with from_chars");
        } else {
            require(!got.has_value(), "parse_integer accepted a number that does not fit in 64 bits");
        }
    } else if (const auto v = facts::parse_integer(s)) {
        require(*v >= 0, "parse_integer: negative value");
    }

    if (const auto c = facts::match_count(s)) {
        require(c->length > 0 && c->length <= s.size(), "match_count: bad length");
        require(!c->unit.empty(), "match_count: no unit");
        require(c->unit.data() >= s.data() && c->unit.data() + c->unit.size() <= s.data() + s.size(),
                "match_count: unit outside the input");
        require(c->unit.data() + c->unit.size() == s.data() + c->length, "match_count: unit does not end the match");
        require(c->value >= 0, "match_count: negative value");
    }
    if (const auto p = facts::match_percent(s)) {
        require(p->length > 0 && p->length <= s.size(), "match_percent: bad length");
        require(p->units >= 0, "match_percent: negative value");
    }
    if (const auto m = facts::match_heading_marker(s)) {
        require(m->length > 0 && m->length <= s.size(), "match_heading_marker: bad length");
        require(m->label_length > 0 && m->label_length <= m->length, "match_heading_marker: bad label length");
    }
    if (const auto m = facts::match_inline_point(s)) {
        require(m->length > 0 && m->length <= s.size(), "match_inline_point: bad length");
    }
    return 0;
}
