#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/money/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::money::ast::Suffix, approximate_before, magnitude, approximate_after)
