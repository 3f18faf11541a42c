#include "facts/contacts/tokens.hpp"

#include "facts/contacts/grammar.hpp"

namespace zhenggai::facts {

namespace x3 = boost::spirit::x3;

namespace {
template <class Rule>
std::optional<std::size_t> match(std::string_view s, const Rule& rule) noexcept {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    if (!x3::parse(first, last, rule)) return std::nullopt;
    return static_cast<std::size_t>(first - s.data());
}
}  // namespace

std::optional<std::size_t> match_phone(std::string_view s) noexcept { return match(s, contacts::phone()); }
std::optional<std::size_t> match_email(std::string_view s) noexcept { return match(s, contacts::email()); }
std::optional<std::size_t> match_postcode(std::string_view s) noexcept { return match(s, contacts::postcode()); }
std::optional<std::size_t> match_url(std::string_view s) noexcept { return match(s, contacts::url()); }

}  // namespace zhenggai::facts
