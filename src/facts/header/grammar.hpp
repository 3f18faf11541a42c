// Header sentence grammars.
//
// Each is a named rule over one clause of normalised text:
//   deployment    根据省委统一部署 / 根据十二届市委第三轮第一批巡视工作部署要求
//   inspection    2023年3月27日至5月26日,县委第二巡察组对秋山县商务局党组进行了常规巡察
//                 县委第二巡察组于…对…开展了巡察 / 对十届市委第五轮巡察的市档案馆…
//   feedback      6月27日,县委第二巡察组向秋山县商务局党组反馈了巡察意见 /
//                 并于7月26日反馈了巡视意见 / 区委4个巡察组向40家单位党组织全面反馈巡察情况
//   announcement  现将巡察整改进展情况予以公布 / 现将杭州市巡视整改进展情况予以公布 / 通报如下
//   round         十九届中央第六轮 / 七届市委第八轮 / 十二届市委第三轮第一批
#pragma once

#include "facts/header/ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/lead_set.hpp"

namespace zhenggai::facts::header::parser {
namespace x3 = boost::spirit::x3;

struct round_class;
struct deployment_class;
struct inspection_class;
struct feedback_class;
struct announcement_class;
struct period_class;
using round_type = x3::rule<round_class, ast::Phrase>;
using deployment_type = x3::rule<deployment_class, ast::Deployment>;
using inspection_type = x3::rule<inspection_class, ast::Inspection>;
using feedback_type = x3::rule<feedback_class, ast::Feedback>;
using announcement_type = x3::rule<announcement_class, ast::Announcement>;
/// A date or date range, optionally after 今年/去年 (for finding dates in a sentence).
using period_type = x3::rule<period_class, ast::Period>;
/// What ends a clause: , ; 。 : (an inline parser, so scans for it need no rule call).
inline const auto clause_ends = x3::lit(',') | ';' | "。" | ':';
/// The end of a clause, as a rule.
using clause_end_type = x3::rule<class clause_end_class>;
/// The first kind of inspection a phrase names (县委第二巡察组 → 巡察).
using kind_named_type = x3::rule<class kind_named_class, ast::Kind>;
/// A whole phrase that ends in an organisation's name (杭州市, 城管委党组), not 本轮.
using organisation_name_type = x3::rule<class organisation_name_class>;
BOOST_SPIRIT_DECLARE(round_type, deployment_type, inspection_type, feedback_type, announcement_type, period_type,
                     clause_end_type, kind_named_type, organisation_name_type)
}  // namespace zhenggai::facts::header::parser

namespace zhenggai::facts::header {
const parser::round_type& round();
const parser::deployment_type& deployment();
const parser::inspection_type& inspection();
const parser::feedback_type& feedback();
const parser::announcement_type& announcement();
const parser::period_type& period();
const parser::clause_end_type& clause_end();
const parser::kind_named_type& kind_named();
const parser::organisation_name_type& organisation_name();
/// The characters a round can open with (a number, or its committee: 中央第六轮).
const x3util::LeadSet& round_leads();
/// The characters a deployment can open with (its openers: 根据, 按照…).
const x3util::LeadSet& deployment_leads();
/// The characters an announcement can open with (现将, 现就).
const x3util::LeadSet& announcement_leads();
}  // namespace zhenggai::facts::header
