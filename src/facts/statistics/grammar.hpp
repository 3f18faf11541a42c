// Statistics grammars.
//
// Token rules: the suffix of a count (48[余]人) and the percent sign.
// Sentence rules, each a named rule over one clause of normalised text:
//   sanction         党纪处分48人(党内警告20人,…) / 对5人批评教育 / 立案23件
//   progress_figure  反馈的46个问题 / 制定整改措施96条 / 已完成整改35个 /
//                    36个问题已整改完成 / 整改完成率93.48%
//   rules_figure     建立完善制度96项 / 新建23项制度
//   sanction_label   the category words that open a label (for sanction_category)
#pragma once

#include <string>

#include "facts/statistics/ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/lead_set.hpp"

namespace zhenggai::facts::statistics::parser {
namespace x3 = boost::spirit::x3;

/// [余|多] unit — the part of a count after its number; the attribute is the unit.
using count_suffix_type = x3::rule<class count_suffix_class, std::string>;
using percent_sign_type = x3::rule<class percent_sign_class>;
BOOST_SPIRIT_DECLARE(count_suffix_type, percent_sign_type)

struct sanction_class;
struct progress_figure_class;
struct rules_figure_class;
struct sanction_label_class;
using sanction_type = x3::rule<sanction_class, ast::Sanction>;
using progress_figure_type = x3::rule<progress_figure_class, ast::ProgressFigure>;
using rules_figure_type = x3::rule<rules_figure_class, ast::Count>;
using sanction_label_type = x3::rule<sanction_label_class, ast::Label>;
BOOST_SPIRIT_DECLARE(sanction_type, progress_figure_type, rules_figure_type, sanction_label_type)
}  // namespace zhenggai::facts::statistics::parser

namespace zhenggai::facts::statistics {

/// Where sanction, progress_figure and rules_figure matches can begin (a
/// trigger for the scans that try them at each position of a clause).
const x3util::LeadSet& sanction_leads();
const x3util::LeadSet& progress_figure_leads();
const x3util::LeadSet& rules_figure_leads();

const parser::count_suffix_type& count_suffix();
const parser::percent_sign_type& percent_sign();
const parser::sanction_type& sanction();
const parser::progress_figure_type& progress_figure();
const parser::rules_figure_type& rules_figure();
const parser::sanction_label_type& sanction_label();
}  // namespace zhenggai::facts::statistics
