#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/contacts/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::contacts::ast::Item, kind, values, postcode)
