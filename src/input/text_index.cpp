// TextIndex: one pass over the text recording where each code point and each
// line starts; lookups are binary searches.
#include "zhenggai/text_index.hpp"

#include <algorithm>
#include <limits>

#include "input/utf8.hpp"

namespace zhenggai {

TextIndex::TextIndex(std::string_view utf8) {
    // Spans are 32-bit; a longer text is indexed up to the last offset a span can hold.
    utf8 = utf8.substr(0, std::numeric_limits<std::uint32_t>::max());
    size_ = static_cast<std::uint32_t>(utf8.size());
    bom_ = utf8.starts_with("\xEF\xBB\xBF");
    line_starts_.push_back(0);
    bool ascii = true;
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    starts_.reserve(utf8.size() + 1);
    for (std::size_t i = 0; i < utf8.size();) {
        starts_.push_back(static_cast<std::uint32_t>(i));
        const unsigned char c = p[i];
        if (c < 0x80u) {
            ++i;
            if (c == '\n' || (c == '\r' && (i == utf8.size() || p[i] != '\n')))
                line_starts_.push_back(static_cast<std::uint32_t>(i));
            continue;
        }
        ascii = false;
        // Fast path for the common three-byte characters; E0 and ED need the full check.
        if (input::is_plain_three_byte(p + i, utf8.size() - i))
            i += 3;
        else
            i += input::decode_utf8(utf8, i).length;
    }
    count_ = static_cast<std::uint32_t>(starts_.size());
    if (ascii) {
        starts_.clear();  // the identity map
        starts_.shrink_to_fit();
    }
}

std::uint32_t TextIndex::code_point(std::uint32_t byte) const noexcept {
    if (byte >= size_) return count_;
    if (starts_.empty()) return byte;
    return static_cast<std::uint32_t>(std::upper_bound(starts_.begin(), starts_.end(), byte) - starts_.begin()) - 1;
}

std::uint32_t TextIndex::code_point_after(std::uint32_t byte) const noexcept {
    if (byte >= size_) return count_;
    if (starts_.empty()) return byte;
    return static_cast<std::uint32_t>(std::lower_bound(starts_.begin(), starts_.end(), byte) - starts_.begin());
}

TextIndex::Position TextIndex::position(std::uint32_t byte) const noexcept {
    byte = std::min(byte, size_);
    const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte) - 1;
    std::uint32_t column = code_point(byte) - code_point(*line) + 1;
    if (line == line_starts_.begin() && bom_) column = byte < 3 ? 1 : column - 1;
    return {static_cast<std::uint32_t>(line - line_starts_.begin()) + 1, column};
}

}  // namespace zhenggai
