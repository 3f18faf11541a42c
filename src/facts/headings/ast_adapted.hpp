#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/headings/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::headings::ast::Marker, kind, ordinal)
