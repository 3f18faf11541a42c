#pragma once

#include "facts/dates/ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/lead_set.hpp"

namespace zhenggai::facts::dates::parser {

namespace x3 = boost::spirit::x3;

using date_type = x3::rule<class date_class, ast::Date>;
using numeric_date_type = x3::rule<class numeric_date_class, ast::NumericDate>;
using range_separator_type = x3::rule<class range_separator_class>;

BOOST_SPIRIT_DECLARE(date_type, numeric_date_type, range_separator_type)

}  // namespace zhenggai::facts::dates::parser

namespace zhenggai::facts::dates {
const parser::date_type& date();
const parser::numeric_date_type& numeric_date();
const parser::range_separator_type& range_separator();
/// Where a date can begin: a digit, or a numeral of a year, month or day
/// (the first characters of the grammar's tables).
const x3util::LeadSet& date_leads();
}  // namespace zhenggai::facts::dates
