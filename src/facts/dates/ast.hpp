#pragma once

#include <boost/optional.hpp>
#include <string>

namespace zhenggai::facts::dates::ast {

struct Date {
    boost::optional<long long> year;  ///< as written; 99999999999年 is refused later, with a diagnostic
    int month = 0;
    boost::optional<int> day;
    boost::optional<std::string> period;
};

struct NumericDate {
    int year = 0;
    int month = 0;
    int day = 0;
};

}  // namespace zhenggai::facts::dates::ast
