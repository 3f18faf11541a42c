// x3util::symbols: X3's symbol table (x3::symbols_parser, longest match,
// the same add/for_each/parse) over a lookup keyed by the first character.
//
// Why not X3's ternary search tree: the grammars try their tables at most
// characters of a text and almost always fail. A tree walk fails only after a
// run of less/greater byte comparisons, each a branch the processor cannot
// predict for the next, different text (the tree's find was the largest
// source of mispredicted branches in a simulation of the corpus parse). Here a
// failing lookup is one hash of the first character and, mostly, an empty
// bucket; a bucket holds the words of its first characters longest first,
// so the first whole-word match is the longest, as in the tree.
#pragma once

#include <boost/spirit/home/x3/string/symbols.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace zhenggai::facts::x3util {

namespace x3 = boost::spirit::x3;

/// The Lookup of x3::symbols_parser (the interface of x3::tst): exact bytes,
/// longest match, the first value added for a word kept.
template <class T>
class FirstCharLookup {
public:
    template <class It, class CaseCompare>
    T* find(It& first, It last, CaseCompare) const {
        // Exact bytes: no grammar matches a table under x3::no_case.
        static_assert(!is_no_case<CaseCompare>::value, "FirstCharLookup compares bytes exactly");
        if (first == last || entries_.empty()) return nullptr;
        const auto available = static_cast<std::size_t>(std::distance(first, last));
        const std::size_t k = lead_length(static_cast<unsigned char>(*first));
        if (k > available) return nullptr;  // no word begins with a cut character
        const std::uint32_t key = key_at(first, k);
        const std::size_t b = bucket(key);
        for (std::size_t i = begin_[b]; i < begin_[b + 1]; ++i) {
            const Entry& e = entries_[i];
            // The first character first: a bucket may hold several.
            if (e.key == key && e.word.size() <= available &&
                std::equal(e.word.begin() + static_cast<std::ptrdiff_t>(k), e.word.end(), first + static_cast<std::ptrdiff_t>(k))) {
                std::advance(first, static_cast<typename std::iterator_traits<It>::difference_type>(e.word.size()));
                return std::addressof(e.value);
            }
        }
        return nullptr;
    }

    /// Adds `word` unless it is there; the value stored for it. A word must
    /// begin with a whole UTF-8 character (its key); a vocabulary that breaks
    /// this is a programming error, caught when the table is built.
    template <class It>
    T* add(It first, It last, const T& value) {
        const std::string word(first, last);
        if (word.empty() || word.size() < lead_length(static_cast<unsigned char>(word[0])))
            throw std::invalid_argument("symbol table word does not begin with a whole character");
        if (T* there = value_of(word)) return there;
        entries_.push_back({word, value, key_of(word)});
        reindex();
        return value_of(word);
    }

    template <class It>
    void remove(It first, It last) {
        const std::string word(first, last);
        std::erase_if(entries_, [&](const Entry& e) { return e.word == word; });
        reindex();
    }

    void clear() {
        entries_.clear();
        reindex();
    }

    template <class F>
    void for_each(F f) const {
        for (const Entry& e : entries_) f(e.word, e.value);
    }

private:
    struct Entry {
        std::string word;
        mutable T value;  // find returns T*, as x3::tst does
        std::uint32_t key = 0;  // key_of(word)
    };

    template <class C>
    struct is_no_case : std::false_type {};
    template <class E>
    struct is_no_case<x3::no_case_compare<E>> : std::true_type {};

    T* value_of(const std::string& word) const {
        for (const Entry& e : entries_)
            if (e.word == word) return std::addressof(e.value);
        return nullptr;
    }

    /// Bytes of the first character's key: its UTF-8 length, at most 3 (the
    /// lead and two more bytes tell every Chinese character apart).
    static constexpr std::size_t lead_length(unsigned char b) noexcept { return b < 0xC0 ? 1 : b < 0xE0 ? 2 : 3; }

    /// The key of the first character: its k bytes at p.
    template <class It>
    static std::uint32_t key_at(It p, std::size_t k) noexcept {
        std::uint32_t key = 0;
        for (std::size_t i = 0; i < k; ++i)
            key |= std::uint32_t{static_cast<unsigned char>(p[static_cast<std::ptrdiff_t>(i)])} << (8 * i);
        return key;
    }
    static std::uint32_t key_of(const std::string& word) noexcept {
        return key_at(word.begin(), lead_length(static_cast<unsigned char>(word[0])));
    }

    [[nodiscard]] std::size_t bucket(std::uint32_t key) const noexcept {
        return static_cast<std::size_t>((key * 2654435761U) >> shift_);
    }

    /// Orders the entries by bucket, longest word first, and marks where each
    /// bucket begins: about four buckets per first character, so that most
    /// failing lookups meet an empty one. Tables are small and built once.
    void reindex() {
        std::vector<std::uint32_t> keys;
        keys.reserve(entries_.size());
        for (const Entry& e : entries_) keys.push_back(e.key);
        std::sort(keys.begin(), keys.end());
        const auto distinct = static_cast<std::size_t>(std::unique(keys.begin(), keys.end()) - keys.begin());
        unsigned bits = 4;
        while ((std::size_t{1} << bits) < 4 * distinct && bits < 16) ++bits;
        shift_ = 32 - bits;
        std::stable_sort(entries_.begin(), entries_.end(), [this](const Entry& a, const Entry& b) {
            const std::size_t ba = bucket(a.key), bb = bucket(b.key);
            return ba != bb ? ba < bb : a.word.size() > b.word.size();
        });
        begin_.assign((std::size_t{1} << bits) + 1, 0);
        for (const Entry& e : entries_) ++begin_[bucket(e.key) + 1];
        for (std::size_t b = 1; b < begin_.size(); ++b) begin_[b] += begin_[b - 1];
    }

    std::vector<Entry> entries_;
    std::vector<std::uint32_t> begin_ = std::vector<std::uint32_t>(17, 0);
    unsigned shift_ = 28;
};

/// A symbol table of the grammars: x3::symbols with the first-character lookup.
template <class T = x3::unused_type>
using symbols = x3::symbols_parser<boost::spirit::char_encoding::standard, T, FirstCharLookup<T>>;

}  // namespace zhenggai::facts::x3util
