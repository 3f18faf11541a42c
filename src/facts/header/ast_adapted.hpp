#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "facts/header/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::header::ast::Unit, first_person, pieces)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::header::ast::Deployment, round, authority)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::header::ast::Inspection, period_before, body, period_after, round, unit, kind)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::header::ast::Recipient, text, organisation)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::header::ast::Feedback, date_before, body, date_after, recipient)
BOOST_FUSION_ADAPT_STRUCT(zhenggai::facts::header::ast::Announcement, unit, closed)
