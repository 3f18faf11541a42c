#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/next_steps/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::next_steps::ast::Marker, form, ordinal)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::next_steps::ast::Point, marker, title)
