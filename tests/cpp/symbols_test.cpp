// x3util::symbols against X3's own symbol table (its ternary search tree):
// the same match, length and value at every position of many random texts,
// for a vocabulary whose words share first characters and prefixes.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "facts/x3/config.hpp"
#include "facts/x3/symbols.hpp"
#include "piece_texts.hpp"

namespace {

namespace x3 = boost::spirit::x3;
using zhenggai::facts::x3util::symbols;

// Words with shared first characters (党, 严, 警), prefixes of each other
// (党纪处分 / 党纪政务处分, 警告 / 警), a two-byte character, ASCII, and words
// whose first character differs only in its last byte (处 E5 A4 84 / 外 E5 A4 96).
const std::vector<std::string_view> kWords = {"党纪处分", "党纪政务处分", "党内警告", "党内严重警告", "严重警告", "警告",
                                              "警", "处分", "外出", "é谈", "ab", "a", "a(", "移送司法机关", "移送"};

template <class Table>
void fill(Table& table) {
    int value = 0;
    for (const std::string_view w : kWords) table.add(std::string(w), ++value);
    table.add("警告", 99);  // added again: the first value stays, in both
}

TEST(Symbols, MatchesAsX3SymbolsAtEveryPosition) {
    x3::symbols<int> reference;
    symbols<int> table;
    fill(reference);
    fill(table);
    std::vector<std::string_view> pieces(kWords.begin(), kWords.end());
    for (const std::string_view extra : {"党", "纪", "严重", "x", "(", "\xE5", "\xA4", "\xE5\xA4", "\xC3", " "})
        pieces.push_back(extra);
    zhenggai::testing::PieceTexts texts(20261204);
    std::size_t hits = 0;
    for (int round = 0; round < 3000; ++round) {
        const std::string text = texts.next(pieces, 8);
        for (std::size_t at = 0; at <= text.size(); ++at) {
            const char* first_ref = text.data() + at;
            const char* first = first_ref;
            const char* const last = text.data() + text.size();
            int value_ref = 0, value = 0;
            const bool hit_ref = x3::parse(first_ref, last, reference, value_ref);
            const bool hit = x3::parse(first, last, table, value);
            ASSERT_EQ(hit, hit_ref) << text << " at " << at;
            EXPECT_EQ(first - text.data(), first_ref - text.data()) << text << " at " << at;
            if (hit) {
                ++hits;
                EXPECT_EQ(value, value_ref) << text << " at " << at;
            }
        }
    }
    EXPECT_GT(hits, 5000U);  // the texts do meet the words
}

TEST(Symbols, WithoutValuesAndEmpty) {
    symbols<> words;
    const std::string text = "严重警告";
    const char* first = text.data();
    EXPECT_FALSE(x3::parse(first, text.data() + text.size(), words));  // an empty table matches nothing
    words.add("严重")("严重警告");
    EXPECT_TRUE(x3::parse(first, text.data() + text.size(), words));
    EXPECT_EQ(first, text.data() + text.size());  // the longest word
    EXPECT_FALSE(x3::parse(first, text.data() + text.size(), words));  // at the end
}

TEST(Symbols, ForEachVisitsEveryWordOnce) {
    symbols<int> table;
    fill(table);
    std::vector<std::string> seen;
    table.for_each([&](const std::string& w, int) { seen.push_back(w); });
    std::sort(seen.begin(), seen.end());
    std::vector<std::string> want(kWords.begin(), kWords.end());
    std::sort(want.begin(), want.end());
    EXPECT_EQ(seen, want);
}

TEST(Symbols, AWordMustBeginWithAWholeCharacter) {
    symbols<> words;
    EXPECT_THROW(words.add("\xE5\xA4"), std::invalid_argument);
    EXPECT_THROW(words.add(""), std::invalid_argument);
}

}  // namespace
