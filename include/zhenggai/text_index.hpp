// Positions in a text: UTF-8 byte offsets (what spans hold) as code point
// indices (what Python's str and most editors count) and as 1-based line and
// column.
//
//     zhenggai::TextIndex index(doc.text);
//     auto [line, column] = index.position(diagnostic.span.begin);
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace zhenggai {

/// Built once over a text (the text itself is not kept); lookups are
/// O(log n). Invalid UTF-8 counts as the decoder reads it: each maximal
/// invalid subsequence is one U+FFFD, one code point, as Python's
/// `bytes.decode("utf-8", "replace")` does.
class TextIndex {
public:
    explicit TextIndex(std::string_view utf8);

    /// 1-based line and column, the column in code points. CR LF, LF and a
    /// lone CR each end a line; a UTF-8 byte order mark opening the text is
    /// not a column.
    struct Position {
        std::uint32_t line = 1;
        std::uint32_t column = 1;
        friend bool operator==(const Position&, const Position&) = default;
    };

    /// The code point holding byte `byte` (its index in the decoded string);
    /// the number of code points for an offset at or past the end.
    [[nodiscard]] std::uint32_t code_point(std::uint32_t byte) const noexcept;
    /// The first code point that starts at or after byte `byte`: the end of a
    /// span whose last byte is inside a character.
    [[nodiscard]] std::uint32_t code_point_after(std::uint32_t byte) const noexcept;
    /// Where byte `byte` stands (inside a character: that character).
    [[nodiscard]] Position position(std::uint32_t byte) const noexcept;

    [[nodiscard]] std::uint32_t size() const noexcept { return size_; }          ///< bytes
    [[nodiscard]] std::uint32_t code_points() const noexcept { return count_; }  ///< decoded length
    [[nodiscard]] std::uint32_t lines() const noexcept { return static_cast<std::uint32_t>(line_starts_.size()); }

private:
    std::vector<std::uint32_t> starts_;       ///< byte offset of each code point; empty when all ASCII
    std::vector<std::uint32_t> line_starts_;  ///< byte offset of each line
    std::uint32_t size_ = 0, count_ = 0;
    bool bom_ = false;
};

}  // namespace zhenggai
