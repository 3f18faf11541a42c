#pragma once

#include "facts/numbers/primitives.hpp"
#include "facts/statistics/counts.hpp"
#include "facts/statistics/ast_adapted.hpp"
#include "facts/statistics/grammar.hpp"
#include "facts/statistics/vocabulary.hpp"
#include "facts/x3/utf8.hpp"
#include "facts/x3/matcher.hpp"

namespace zhenggai::facts::statistics::parser {

namespace x3 = boost::spirit::x3;
using numbers::parser::arabic_token;
using numbers::parser::integer;
using x3util::utf8_char;
namespace vocab = vocabulary;

// ---------------------------------------------------------------- tokens

const count_suffix_type count_suffix = "count unit";
const percent_sign_type percent_sign = "percent sign";

// Longest units first (人次 before 人).
const auto any_unit = x3::string("人次") | x3::string("人") | x3::string("名") | x3::string("件")
                      | x3::string("起") | x3::string("个") | x3::string("项") | x3::string("条")
                      | x3::string("类") | x3::string("家") | x3::string("次") | x3::string("处");
const auto count_suffix_def = x3::omit[-x3util::approx_suffix] >> any_unit;
const auto percent_sign_def = x3::lit('%') | x3::lit("％");

BOOST_SPIRIT_DEFINE(count_suffix, percent_sign)

// ---------------------------------------------------------------- counts
// Each rule ID derives from annotate_on_success: a successful parse records
// the node's position, which becomes its span.

struct people_count_class : x3::annotate_on_success {};
struct case_count_class : x3::annotate_on_success {};
struct item_count_class : x3::annotate_on_success {};
struct rule_count_class : x3::annotate_on_success {};
const x3::rule<people_count_class, ast::Count> people_count = "count of people";
const x3::rule<case_count_class, ast::Count> case_count = "count of cases";
const x3::rule<item_count_class, ast::Count> item_count = "count of problems or measures";
const x3::rule<rule_count_class, ast::Count> rule_count = "count of rules";

const auto approx = x3::matches[x3util::approx_suffix];
const auto people_count_def = integer >> approx >> vocab::people_units;
const auto case_count_def = integer >> approx >> vocab::case_units;
const auto item_count_def = integer >> approx >> vocab::item_units;
const auto rule_count_def = integer >> approx >> (vocab::item_units | vocab::case_units);

BOOST_SPIRIT_DEFINE(people_count, case_count, item_count, rule_count)

// ---------------------------------------------------------------- clause pieces

/// Ends a clause: the grammars never read across one (brackets aside).
const auto clause_end = x3::lit(',') | ';' | "。" | ':';
/// One step of a scan inside a clause: a whole number or one character.
const auto step = arabic_token | utf8_char;
/// Any count, for lookaheads.
const auto some_count = x3::omit[integer >> -x3util::approx_suffix >> (vocab::people_units | vocab::case_units | vocab::item_units)];

// ---------------------------------------------------------------- sanctions

struct sanction_label_class : x3::annotate_on_success {};
struct case_label_class : x3::annotate_on_success {};
struct label_first_class : x3::annotate_on_success {};
struct count_first_class : x3::annotate_on_success {};
struct case_item_class : x3::annotate_on_success {};
struct item_class : x3::annotate_on_success {};
struct breakdown_class : x3::annotate_on_success {};
struct sanction_class : x3::annotate_on_success {};

const sanction_label_type sanction_label = "sanction label";
const x3::rule<case_label_class, ast::Label> case_label = "case label";
const x3::rule<label_first_class, ast::LabelFirst> label_first = "sanction, label first";
const x3::rule<count_first_class, ast::CountFirst> count_first = "sanction, count first";
const x3::rule<case_item_class, ast::LabelFirst> case_item = "case figure";
const x3::rule<item_class, ast::Item> item = "sanction item";
const x3::rule<breakdown_class, ast::Breakdown> breakdown = "sanction breakdown";
const sanction_type sanction = "sanction";

/// Words joining merged categories: 谈话提醒、批评教育 / 批评教育和提醒谈话.
const auto joiner = x3::lit("、") | "和" | "及" | "或";
/// Characters a label may carry after its category words (立案[审查调查],
/// 诫勉[谈话]): up to eight, never a count, a separator or a filler word.
const auto label_tail = x3::omit[
    x3::repeat(0, 8)[!(clause_end | "、" | '(' | ')' | some_count | vocab::count_fillers | arabic_token) >> utf8_char]];

const auto sanction_label_def = vocab::people_sanctions >> x3::matches[+(joiner >> vocab::people_sanctions)] >> label_tail;
const auto case_label_def = vocab::case_figures >> x3::matches[+(joiner >> vocab::case_figures)] >> label_tail;

// 党纪处分48人 / 诫勉谈话共6人.
const auto label_first_def = sanction_label >> -vocab::count_fillers >> people_count;
// 立案审查调查11件.
const auto case_item_def = case_label >> -vocab::count_fillers >> case_count;
// 对5人批评教育 / 3名干部受到诫勉: a short noun phrase may stand between.
const auto count_first_def =
    people_count >> x3::omit[x3::repeat(0, 8)[!(clause_end | "、" | vocab::people_sanctions | some_count | arabic_token) >> utf8_char]]
    >> sanction_label;
const auto item_def = case_item | label_first | count_first;

// (其中党内警告20人,撤销党内职务3人…): the list may be cut off before ')'.
const auto list_separator = x3::lit(',') | "、" | ';';
const auto breakdown_def = '(' >> -x3::lit("其中") >> (item % list_separator) >> -list_separator >> x3::matches[')'];

const auto sanction_def = item >> -breakdown;

BOOST_SPIRIT_DEFINE(sanction_label, case_label, label_first, count_first, case_item, item, breakdown, sanction)

// ---------------------------------------------------------------- progress

struct counted_class : x3::annotate_on_success {};
struct noun_first_class : x3::annotate_on_success {};
struct completed_class : x3::annotate_on_success {};
struct completed_count_first_class : x3::annotate_on_success {};
struct findings_class : x3::annotate_on_success {};
// Not annotated: the rate's span is its figure (93.48%), which percent_value
// records; the name in front of it is not part of the value.
struct rate_class {};
struct percent_value_class : x3::annotate_on_success {};
struct progress_figure_class : x3::annotate_on_success {};

const x3::rule<counted_class, ast::Counted> counted = "counted problems or measures";
const x3::rule<noun_first_class, ast::NounFirst> noun_first = "problems or measures, noun first";
const x3::rule<completed_class, ast::Completed> completed = "completed count";
const x3::rule<completed_count_first_class, ast::CompletedCountFirst> completed_count_first = "completed count, count first";
const x3::rule<findings_class, ast::Findings> findings = "findings fed back";
const x3::rule<rate_class, ast::Rate> rate = "completion rate";
const progress_figure_type progress_figure = "progress figure";

/// 问题 that is the thing counted, not 问题表现 / 问题线索 / 问题清单.
const auto not_a_count_noun = !(x3::lit("表现") | "线索" | "案例" | "清单" | "台账");
const auto problem_word = -x3::lit("“") >> vocab::problem_nouns >> not_a_count_noun;
const auto noun = -x3::lit("“") >> ((vocab::problem_nouns >> x3::attr(ast::ProgressNoun::problem)) | vocab::work_nouns)
                  >> not_a_count_noun;

// 46个具体问题 / 128条整改措施 / 72项整改任务.
const auto counted_def = item_count >> -vocab::problem_qualifiers >> noun;
// 整改措施96条 / 问题共46个.
const auto noun_first_def = noun >> -vocab::count_fillers >> item_count;
// 已完成整改35个 / 已完成整改任务20项 / 已完成88项.
// 已完成整改任务20项 is read as 已完成 + 整改任务 before the symbol table's
// longest word (已完成整改) can take 整改 away from the noun.
const auto completed_def =
    (x3::attr(ast::CompletionVerb::done) >> x3::omit[x3::lit("已完成") | "完成"] >> noun >> -vocab::count_fillers >> item_count)
    | (vocab::completion_verbs >> -noun >> -vocab::count_fillers >> item_count);
// 36个问题已整改完成 / 88项已完成.
// Not 46个具体问题已完成整改43个: there the count after the verb is the one completed.
const auto completed_count_first_def = item_count >> -vocab::problem_qualifiers >> -noun >> vocab::completion_verbs
                                       >> !(-vocab::count_fillers >> item_count);
// 反馈的4个方面13类30个具体问题 / 梳理出问题46个: a cue word, then (after any
// levels of the hierarchy) the problems count of that clause.
const x3::rule<class problems_found_class, ast::Count> problems_found = "problems count";
const auto problems_found_def = (item_count >> x3::omit[-vocab::problem_qualifiers >> problem_word])
                                | (x3::omit[problem_word >> -vocab::count_fillers] >> item_count);
const auto findings_def = vocab::feedback_cues >> x3::omit[*(!(clause_end | problems_found) >> step)] >> problems_found;
/// A percentage (93.48%, 80%) as an exact Rate.
const auto percent = x3util::matcher<ast::Rate>([](std::string_view s, ast::Rate& rate) -> std::size_t {
    const auto m = match_percent(s);
    if (!m) return 0;
    rate.units = m->units;
    rate.scale = m->scale;
    return m->length;
});
const x3::rule<percent_value_class, ast::Rate> percent_value = "percentage";
const auto percent_value_def = percent;

// 整改完成率93.48% / 完成率为100%.
const auto rate_def = vocab::rate_names >> -(x3::lit("达到") | "达" | "为" | "是") >> percent_value;

const auto progress_figure_def = findings | completed | completed_count_first | rate | counted | noun_first;

BOOST_SPIRIT_DEFINE(counted, noun_first, completed, completed_count_first, problems_found, findings, percent_value, rate,
                    progress_figure)

// ---------------------------------------------------------------- rules

// 建立完善制度96项 / 出台制度文件12个 / 新建23项制度.
const auto rules_noun_first = x3::lit("制度") >> -vocab::rule_tails >> -vocab::count_fillers >> rule_count;
const auto rules_count_first = rule_count >> x3::omit[x3::repeat(0, 4)[!(clause_end | "制度") >> utf8_char]] >> "制度";
const rules_figure_type rules_figure = "rules established";
const auto rules_figure_def =
    vocab::rule_verbs >> x3::omit[*(!(clause_end | rules_noun_first | rules_count_first) >> step)]
    >> (rules_noun_first | rules_count_first);

BOOST_SPIRIT_DEFINE(rules_figure)

}  // namespace zhenggai::facts::statistics::parser
