// Money clause grammars.
//
// Sentence rule over one clause of normalised text (position_tagged AST):
//   money_clause   a recovery verb (the category), the words up to the
//                  amount — never across , ; : ( 。 、 —, then the amount:
//                  清退违规发放津补贴16.29万元 / 挽回其他经济损失320万余元 /
//                  核减工程结算款1.2亿元 / 补发拖欠工资8640元 / 追回资金50万美元
//                  (a currency that is not converted: amount.foreign)
// Token rule:
//   amount_extent  how far an amount the amount grammar refused reaches
//                  (digits, then up to two characters and 元), for its diagnostic
#pragma once

#include "facts/money/clause_ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/lead_set.hpp"

namespace zhenggai::facts::money::parser {
namespace x3 = boost::spirit::x3;
struct money_clause_class;
using money_clause_type = x3::rule<money_clause_class, ast::Clause>;
using amount_extent_type = x3::rule<class amount_extent_class>;
BOOST_SPIRIT_DECLARE(money_clause_type)
BOOST_SPIRIT_DECLARE(amount_extent_type)
}  // namespace zhenggai::facts::money::parser

namespace zhenggai::facts::money {
const parser::money_clause_type& money_clause();
const parser::amount_extent_type& amount_extent();
/// Where a money_clause can begin: the first characters of the recovery verbs.
const x3util::LeadSet& money_clause_leads();
}  // namespace zhenggai::facts::money
