#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/numbers/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::numbers::ast::Arabic, integer, fraction)
