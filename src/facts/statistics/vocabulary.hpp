// The statistics vocabulary, each word once, as X3 symbol tables.
//
// The grammars match the normalised text, where traditional characters are
// already folded to simplified and full-width punctuation to ASCII, so every
// word is listed in one spelling only. A symbol table matches the longest
// word at a position (党纪政务处分 before 党纪处分, 党内严重警告 before 党内
// 警告), so the order of entries carries no meaning.
//
// Only grammar_def.hpp includes this header: the tables are compiled into the
// one translation unit that instantiates the sentence rules.
#pragma once

#include "facts/statistics/ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/symbols.hpp"

namespace zhenggai::facts::statistics::vocabulary {

namespace x3 = boost::spirit::x3;
using ast::SanctionKey;
using ast::CountUnit;

/// Sanctions counted in people (FORMAT.md §7): written word -> normalised key.
struct people_sanctions_t : x3util::symbols<SanctionKey> {
    people_sanctions_t() {
        add("党纪政务处分", SanctionKey::party_and_government_sanction)
            ("党纪处分", SanctionKey::party_discipline)
            ("纪律处分", SanctionKey::party_discipline)
            ("政务处分", SanctionKey::government_sanction)
            ("政纪处分", SanctionKey::government_sanction)
            ("组织处理", SanctionKey::organizational_handling)
            ("组织调整", SanctionKey::organizational_handling)
            ("诫勉", SanctionKey::admonishment)
            ("问责", SanctionKey::accountability)
            ("批评教育", SanctionKey::criticism_education)
            ("批评帮助", SanctionKey::criticism_education)
            ("通报批评", SanctionKey::criticism_education)
            ("提醒谈话", SanctionKey::reminder_talk)
            ("谈话提醒", SanctionKey::reminder_talk)
            ("谈话函询", SanctionKey::reminder_talk)
            ("教育提醒", SanctionKey::education_reminder)
            ("移送司法机关", SanctionKey::transferred_to_judiciary)
            ("移送司法", SanctionKey::transferred_to_judiciary)
            ("移送", SanctionKey::transferred_to_judiciary)
            ("交由纪委调查", SanctionKey::transferred_to_discipline_commission)
            ("责令", SanctionKey::ordered_self_examination)
            ("党内严重警告", SanctionKey::party_serious_warning)
            ("严重警告", SanctionKey::party_serious_warning)  // only a Party sanction has 严重警告
            ("党政纪处分", SanctionKey::party_and_government_sanction)
            ("党内警告", SanctionKey::party_warning)
            ("撤销党内职务", SanctionKey::removal_from_party_post)
            ("留党察看", SanctionKey::party_probation)
            ("开除党籍", SanctionKey::expulsion_from_party)
            ("记大过", SanctionKey::major_demerit)
            ("记过", SanctionKey::demerit)
            ("降级", SanctionKey::demotion_in_grade)
            ("撤职", SanctionKey::dismissal)
            ("开除", SanctionKey::expulsion)
            ("警告", SanctionKey::warning)
            ("调离岗位", SanctionKey::reassignment)
            ("调离", SanctionKey::reassignment)
            ("免职", SanctionKey::removal_from_post)
            ("降职", SanctionKey::demotion)
            ("责令辞职", SanctionKey::ordered_resignation)
            ("停职检查", SanctionKey::suspension)
            ("停职", SanctionKey::suspension)
            ("处分", SanctionKey::discipline);
    }
};
inline const people_sanctions_t people_sanctions;

/// Case figures, counted in 件 / 起.
struct case_figures_t : x3util::symbols<SanctionKey> {
    case_figures_t() {
        add("立案", SanctionKey::cases_filed)
            ("审查调查", SanctionKey::cases_filed)
            ("结案", SanctionKey::cases_closed)
            ("了结", SanctionKey::cases_closed);
    }
};
inline const case_figures_t case_figures;

/// Counting units after a number.
struct people_units_t : x3util::symbols<CountUnit> {
    people_units_t() { add("人", CountUnit::ren)("人次", CountUnit::ren_ci)("名", CountUnit::ming); }
};
inline const people_units_t people_units;

struct case_units_t : x3util::symbols<CountUnit> {
    case_units_t() { add("件", CountUnit::jian)("起", CountUnit::qi); }
};
inline const case_units_t case_units;

/// Units of problems, measures, tasks and rules.
struct item_units_t : x3util::symbols<CountUnit> {
    item_units_t() { add("个", CountUnit::ge)("项", CountUnit::xiang)("条", CountUnit::tiao); }
};
inline const item_units_t item_units;

/// Words for the problems fed back, as a count counts them.
struct problem_nouns_t : x3util::symbols<> {
    problem_nouns_t() {
        add("问题")("问题清单")  // 79个“问题清单”: the list's entries
            ("反馈意见")("巡视反馈意见")("巡察反馈意见");
    }
};
inline const problem_nouns_t problem_nouns;

/// Words for the work planned against them: measures and tasks.
struct work_nouns_t : x3util::symbols<ast::ProgressNoun> {
    work_nouns_t() {
        using N = ast::ProgressNoun;
        add("整改措施", N::measure)("整改举措", N::measure)("措施", N::measure)("举措", N::measure)
            ("整改细化举措", N::measure)("整改细化措施", N::measure)("细化举措", N::measure)
            ("细化措施", N::measure)("具体措施", N::measure)("整改具体措施", N::measure)
            ("整改任务", N::task)("任务清单", N::task)("整改事项", N::task);
    }
};
inline const work_nouns_t work_nouns;

/// Qualifiers between a count and 问题 (46个具体问题, 436个面上问题).
struct problem_qualifiers_t : x3util::symbols<> {
    problem_qualifiers_t() {
        add("具体")("面上")("突出")("主要")("共性")("个性")("重点")("深层次");
    }
};
inline const problem_qualifiers_t problem_qualifiers;

/// Words in a clause that mark its problem count as the findings fed back.
struct feedback_cues_t : x3util::symbols<ast::Cue> {
    feedback_cues_t() {
        using C = ast::Cue;
        add("反馈", C::fed_back)("指出", C::fed_back)("交办", C::fed_back)("移交", C::fed_back)
            ("梳理", C::found)("列出", C::found)("查找", C::found)("查摆", C::found)("发现", C::found)
            ("认领", C::claimed);
    }
};
inline const feedback_cues_t feedback_cues;

/// Verbs saying that problems or tasks are done.
struct completion_verbs_t : x3util::symbols<ast::CompletionVerb> {
    completion_verbs_t() {
        using V = ast::CompletionVerb;
        add("已完成整改", V::rectified)("已整改完成", V::rectified)("已整改到位", V::rectified)
            ("已整改", V::rectified)("完成整改", V::rectified)("整改完成", V::rectified)("整改到位", V::rectified)
            ("已销号", V::rectified)("已完成", V::done)("已办结", V::done)("已全部完成", V::done);
    }
};
inline const completion_verbs_t completion_verbs;

/// Names of a completion rate (not 办结率, a petition statistic).
struct rate_names_t : x3util::symbols<> {
    rate_names_t() { add("整改完成率")("完成率")("整改率")("销号率")("整改到位率"); }
};
inline const rate_names_t rate_names;

/// Verbs that open a rules-established clause.
struct rule_verbs_t : x3util::symbols<> {
    rule_verbs_t() {
        add("建立")("完善")("新建")("修订")("制定")("出台")("健全")("修改")("印发")("建章立制")("制修订")
            ("新制定")("废止");
    }
};
inline const rule_verbs_t rule_verbs;

/// Nouns after 制度 in a rules count (制度机制32项).
struct rule_tails_t : x3util::symbols<> {
    rule_tails_t() { add("机制")("文件")("规定")("办法")("规范"); }
};
inline const rule_tails_t rule_tails;

/// Words between a label and its count that belong to neither (共48人, 合计5件).
struct count_fillers_t : x3util::symbols<> {
    count_fillers_t() { add("共")("共计")("合计")("累计")("总计")("分别")("达")("为")("了"); }
};
inline const count_fillers_t count_fillers;

}  // namespace zhenggai::facts::statistics::vocabulary
