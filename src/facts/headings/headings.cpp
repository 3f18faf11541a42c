#include "facts/headings/headings.hpp"

#include "facts/headings/grammar.hpp"

namespace zhenggai::facts {

namespace x3 = boost::spirit::x3;

std::optional<MarkerMatch> match_heading_marker(std::string_view s) noexcept {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    headings::ast::Marker m;
    if (!x3::parse(first, last, headings::marker(), m)) return std::nullopt;
    MarkerMatch r;
    r.kind = static_cast<MarkerKind>(m.kind);
    r.ordinal = m.ordinal;
    r.length = static_cast<std::size_t>(first - s.data());
    r.label_length = r.length;
    if (r.kind == MarkerKind::chinese_enum || r.kind == MarkerKind::arabic_enum) {
        r.label_length -= s.substr(0, r.length).ends_with("、") ? 3 : 1;
    }
    return r;
}

std::optional<MarkerMatch> match_inline_point(std::string_view s) noexcept {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    int ordinal = 0;
    if (!x3::parse(first, last, headings::inline_point(), ordinal)) return std::nullopt;
    MarkerMatch r;
    r.ordinal = ordinal;
    r.length = static_cast<std::size_t>(first - s.data());
    r.label_length = r.length;
    return r;
}

}  // namespace zhenggai::facts
