// Hard-wrapped text (input/wrapping.hpp), whatever the input:
//   - a text the detector does not call wrapped is not changed: the
//     normalised copy with detection is the copy without it, byte for byte;
//   - joining (as detected, and forced on the same input) only removes:
//     the joined copy is a subsequence of the unjoined one, every joined
//     piece of the source holds a line break, the pieces are sorted and
//     disjoint, and the offset map stays monotone (at character
//     boundaries) and inside the source.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "input/normalized_text.hpp"
#include "input/wrapping.hpp"

namespace {

using zhenggai::Diagnostic;
using zhenggai::Span;
using zhenggai::input::NormalizedText;
using zhenggai::input::Wrapping;

bool subsequence(std::string_view needle, std::string_view hay) {
    std::size_t j = 0;
    for (std::size_t i = 0; i < hay.size() && j < needle.size(); ++i)
        if (hay[i] == needle[j]) ++j;
    return j == needle.size();
}

void check_joined(const NormalizedText& joined, const NormalizedText& kept, std::string_view src) {
    using zhenggai::fuzz::require;
    require(joined.text().size() <= kept.text().size(), "joining made the text longer");
    require(subsequence(joined.text(), kept.text()), "the joined text is not the unjoined text minus pieces");
    std::uint32_t last_end = 0;
    for (const Span s : joined.joined()) {
        require(s.begin <= s.end && s.end <= src.size(), "joined piece outside the source");
        require(s.begin >= last_end, "joined pieces overlap or are out of order");
        const std::string_view p = src.substr(s.begin, s.size());
        require(p.find('\n') != std::string_view::npos || p.find('\r') != std::string_view::npos,
                "a joined piece holds no line break");
        last_end = s.end;
    }
    std::uint32_t prev = 0;
    const auto size = static_cast<std::uint32_t>(joined.text().size());
    const std::string_view t = joined.text();
    for (std::uint32_t i = 0; i <= size; ++i) {
        // At character boundaries (inside a U+FFFD that replaced one bad
        // byte the offsets run past the byte).
        if (i < size && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) continue;
        const std::uint32_t at = joined.to_source(i);
        require(at >= prev && at <= src.size(), "offset map not monotone or outside the source");
        prev = at;
    }
    require(joined.to_source(size) == src.size(), "the end of the text does not map to the end of the source");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view src = zhenggai::fuzz::as_view(data, size);
    std::vector<Diagnostic> d1, d2, d3;
    const NormalizedText kept = NormalizedText::from_source(src, d1, Wrapping::keep);
    const NormalizedText detected = NormalizedText::from_source(src, d2);
    if (!zhenggai::input::looks_hard_wrapped(kept.text())) {
        zhenggai::fuzz::require(detected.text() == kept.text(), "a text not detected as wrapped was changed");
        zhenggai::fuzz::require(detected.joined().empty() && !detected.unwrapped(), "joined pieces without detection");
    } else {
        check_joined(detected, kept, src);
    }
    const NormalizedText forced = NormalizedText::from_source(src, d3, Wrapping::join);
    check_joined(forced, kept, src);
    return 0;
}
