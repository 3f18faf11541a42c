// Deterministic random texts made of given pieces, for the property tests
// that compare a fast routine with a simple reference on many inputs.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace zhenggai::testing {

class PieceTexts {
public:
    explicit PieceTexts(std::uint64_t seed) : state_(seed) {}

    /// Up to `max_pieces - 1` pieces, each drawn from `pieces`, joined.
    std::string next(std::span<const std::string_view> pieces, std::size_t max_pieces) {
        std::string text;
        const std::size_t count = draw() % max_pieces;
        for (std::size_t k = 0; k < count; ++k) text += pieces[draw() % pieces.size()];
        return text;
    }

private:
    std::uint64_t draw() {  // xorshift64
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        return state_;
    }
    std::uint64_t state_;
};

}  // namespace zhenggai::testing
