#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/dates/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::dates::ast::Date, year, month, day, period)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::dates::ast::NumericDate, year, month, day)
