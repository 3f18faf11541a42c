#pragma once

#include <boost/optional.hpp>
#include <string>
#include <vector>

namespace zhenggai::facts::numbers::ast {

/// Digits as written; converted to an exact integer after the parse.
struct Arabic {
    std::string integer;
    boost::optional<std::string> fraction;
};

/// Chinese numeral tokens: 0-9 for digits, 10/100/1000/10000/100000000 for units.
using ChineseTokens = std::vector<long long>;

}  // namespace zhenggai::facts::numbers::ast
