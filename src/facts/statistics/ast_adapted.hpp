#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/statistics/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::Count, value, approximate, unit)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::Label, key, merged)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::LabelFirst, label, count)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::CountFirst, count, label)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::Breakdown, items, closed)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::Sanction, item, breakdown)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::Counted, count, noun)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::NounFirst, noun, count)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::Completed, verb, noun, count)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::CompletedCountFirst, count, noun, verb)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::statistics::ast::Findings, cue, problems)
