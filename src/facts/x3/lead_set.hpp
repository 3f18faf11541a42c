// The characters a rule's matches can begin with, as a trigger for scans.
//
// A scan that tries a rule at every character of a long text mostly tries it
// where it cannot match. The first characters of the rule's first words (taken
// from its symbol tables, next to the rule) tell where it can: a scan checks
// the set first and runs the rule only there, which changes no match.
#pragma once

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>

#include "input/utf8.hpp"

namespace zhenggai::facts::x3util {

class LeadSet {
public:
    /// Adds the first character of `word`.
    void add_word(std::string_view word) noexcept {
        if (word.empty()) return;
        const auto d = input::decode_utf8(word, 0);
        if (d.valid && d.code_point < kSize) bits_.set(d.code_point);
    }
    /// Adds the first character of every word of an x3::symbols table.
    template <typename Table>
    void add_words(const Table& table) {
        table.for_each([this](const std::string& word, const auto&) { add_word(word); });
    }
    /// Adds the ASCII digits 0-9.
    void add_digits() noexcept {
        for (char32_t c = '0'; c <= '9'; ++c) bits_.set(c);
    }
    /// Whether the character at s[pos] is one of the set (false at the end).
    [[nodiscard]] bool may_start(std::string_view s, std::size_t pos) const noexcept {
        if (pos >= s.size()) return false;
        const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
        if (*p < 0x80) return bits_.test(*p);
        if (input::is_plain_three_byte(p, s.size() - pos))  // decoded without the general decoder's range checks
            return bits_.test(input::three_byte_code_point(p));
        const auto d = input::decode_utf8(s, pos);
        return d.valid && d.code_point < kSize && bits_.test(d.code_point);
    }

private:
    static constexpr std::size_t kSize = 0x10000;  // every word opens in the Basic Multilingual Plane
    std::bitset<kSize> bits_;
};

}  // namespace zhenggai::facts::x3util
