#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/money/clause_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::money::ast::Clause, label, amount)
