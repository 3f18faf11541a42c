#pragma once

#include <boost/optional.hpp>

namespace zhenggai::facts::money::ast {

/// What follows the number: [余] [万|亿|千] [余] 元.
struct Suffix {
    bool approximate_before = false;
    boost::optional<long long> magnitude;
    bool approximate_after = false;
};

}  // namespace zhenggai::facts::money::ast
