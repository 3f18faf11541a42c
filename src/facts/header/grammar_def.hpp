#pragma once

#include "facts/dates/dates.hpp"
#include "facts/header/ast_adapted.hpp"
#include "facts/header/grammar.hpp"
#include "facts/header/vocabulary.hpp"
#include "facts/numbers/primitives.hpp"
#include "facts/x3/utf8.hpp"
#include "facts/x3/matcher.hpp"

namespace zhenggai::facts::header::parser {

namespace x3 = boost::spirit::x3;
using numbers::parser::integer;
using x3util::utf8_char;
namespace vocab = vocabulary;

// ---------------------------------------------------------------- tokens

const clause_end_type clause_end = "clause end";
const auto clause_end_def = clause_ends;

/// A date or a date range, read by the one dates grammar (dates.hpp).
const auto period_token = x3util::matcher<ast::Period>([](std::string_view s, ast::Period& p) -> std::size_t {
    const char* const at = s.data();
    if (const auto r = match_date_range(s)) {
        p.start = r->start;
        p.start_text = {at, at + r->start.length};
        p.end = r->end;
        p.end_text = {at + r->end_offset, at + r->length};
        return r->length;
    }
    if (const auto d = match_date(s); d && (d->year || d->day || !d->period.empty())) {
        p.start = *d;
        p.start_text = {at, at + d->length};
        return d->length;
    }
    return 0;
});

const period_type period = "date or period";
/// 今年3月1日至4月30日: the year is named, not written.
const auto period_def = x3::omit[-(x3::lit("今年") | "去年" | "当年")] >> period_token;

/// A bracketed note inside a name: (北京市通州区文物局,含…); never nested.
const auto paren_group = x3::lit('(') >> *(!x3::lit(')') >> !x3::lit('(') >> utf8_char) >> ')';
/// A note that only introduces a short name: (以下简称“党组”).
/// A note that introduces a short name, wherever the words stand in it:
/// (以下简称“党组”), (2家企业已重组整合为X集团,以下简称“X”).
const auto alias_note = x3::lit('(') >> *(!(vocab::alias_words | ')' | '(') >> utf8_char) >> vocab::alias_words
                        >> *(!x3::lit(')') >> utf8_char) >> ')';

const kind_named_type kind_named = "kind of inspection named";
const auto kind_named_def = x3::omit[*(!vocab::kinds >> utf8_char)] >> vocab::kinds;

const organisation_name_type organisation_name = "name of an organisation";
const auto organisation_name_def = *(!(vocab::organisation_ends >> x3::eoi) >> utf8_char) >> vocab::organisation_ends >> x3::eoi;

BOOST_SPIRIT_DEFINE(clause_end, period, kind_named, organisation_name)

// ---------------------------------------------------------------- round

const round_type round = "inspection round";
const auto round_def =
    x3::raw[-(integer >> "届") >> vocab::committees >> "第" >> integer >> "轮" >> -(x3::lit("第") >> integer >> "批")];

BOOST_SPIRIT_DEFINE(round)

// ---------------------------------------------------------------- deployment

struct deployment_class : x3::annotate_on_success {};
struct round_deployment_class : x3::annotate_on_success {};
struct authority_deployment_class : x3::annotate_on_success {};

/// What closes the deployment clause: [巡视工作] 统一部署.
const auto deploy_end = *vocab::authority_tails >> vocab::deploy_words;
const x3::rule<class authority_class, ast::Phrase> authority_phrase = "authority";
const auto authority_phrase_def = x3::raw[x3::repeat(1, 30)[!deploy_end >> !clause_end >> !x3::lit("《") >> utf8_char]];
BOOST_SPIRIT_DEFINE(authority_phrase)
const auto no_phrase = x3::attr(boost::optional<ast::Phrase>());

const x3::rule<round_deployment_class, ast::Deployment> round_deployment = "deployment of a round";
const x3::rule<authority_deployment_class, ast::Deployment> authority_deployment = "deployment by an authority";
const deployment_type deployment = "deployment";

// 根据十二届市委第三轮第一批巡视工作部署要求: the round stands for the authority.
const auto round_deployment_def = vocab::openers >> round >> no_phrase >> deploy_end;
// 根据省委统一部署 / 按照市委巡察工作部署.
const auto authority_deployment_def = vocab::openers >> no_phrase >> authority_phrase >> deploy_end;
const auto deployment_def = round_deployment | authority_deployment;

BOOST_SPIRIT_DEFINE(round_deployment, authority_deployment, deployment)

// ---------------------------------------------------------------- inspection

struct inspection_class : x3::annotate_on_success {};
struct unit_class : x3::annotate_on_success {};

/// A date introduced by 于/自/从 after the body: 巡视组于2023年3月27日至…对….
const auto on_dates = x3::omit[-(x3::lit("于") | "自" | "从")] >> period;
/// Where the inspecting body ends: before 对, before its dates, or at the clause end.
const auto body_stop = (-vocab::manners >> "对") | on_dates | clause_end;
/// The inspecting body names the kind of inspection: 县委第二巡察组, 中央巡视组.
const auto inspecting_body =
    x3::raw[x3::repeat(0, 30)[!body_stop >> !vocab::kinds >> utf8_char] >> vocab::kinds
            >> x3::repeat(0, 30)[!body_stop >> utf8_char]];

const auto unit_stop = vocab::inspect_verbs | clause_end | alias_note;
const x3::rule<class unit_piece_class, ast::Phrase> unit_piece = "part of a unit's name";
const auto unit_piece_def = x3::raw[+(!unit_stop >> (paren_group | utf8_char))];
BOOST_SPIRIT_DEFINE(unit_piece)
const x3::rule<unit_class, ast::Unit> unit = "inspected unit";
const auto unit_def = x3::matches[&vocab::first_person] >> (unit_piece % x3::omit[alias_note]) >> x3::omit[*alias_note];

/// 进行了(常规|专项|为期两个月的…)巡视: the verb phrase names the kind, or
/// (开展了整改情况回访督查) leaves it to the body.
const auto inspect_phrase =
    x3::omit[vocab::inspect_verbs] >> -(x3::omit[*(!(vocab::kinds | clause_end) >> utf8_char)] >> vocab::kinds);

/// A clause opened by its dates: 2023年3月27日至5月26日, — what the dates
/// grammar could not read before the comma (a day of 99999999999日) is
/// passed over, so the rest of the sentence is still read; the date read is
/// checked, and refused with a diagnostic, later.
const auto dates_clause = period >> x3::omit[-(*(!clause_end >> utf8_char) >> ',')];

const inspection_type inspection = "inspection sentence";
const auto inspection_def = -dates_clause >> inspecting_body >> x3::omit[-vocab::manners]
                            >> -(on_dates >> x3::omit[-x3::lit(',')]) >> x3::omit[-vocab::manners] >> "对"
                            >> -(round >> x3::omit[vocab::kinds] >> "的") >> unit >> inspect_phrase;

BOOST_SPIRIT_DEFINE(unit, inspection)

// ---------------------------------------------------------------- feedback

struct feedback_class : x3::annotate_on_success {};
struct recipient_class : x3::annotate_on_success {};
struct organisation_recipient_class : x3::annotate_on_success {};
struct other_recipient_class : x3::annotate_on_success {};

/// 反馈了 / 反馈巡察意见 / 反馈巡视情况: not 反馈的问题 (a statistic) or 反馈会议.
const auto feedback_verb =
    x3::lit("反馈") >> (x3::lit("了") | (-vocab::kinds >> (x3::lit("反馈意见") | "意见" | "情况"))) ;
const auto before_verb = -vocab::manners >> feedback_verb;
const auto on_date = x3::omit[x3::lit("于")] >> period;
const auto feedback_body_stop = x3::lit("向") | on_date | before_verb | clause_end;
const x3::rule<class feedback_body_class, ast::Phrase> feedback_body = "body delivering the feedback";
// A group (巡视组), or the person leading it (省委常委、纪委书记X同志带队).
const auto feedback_body_def = x3::raw[x3::repeat(1, 60)[!feedback_body_stop >> utf8_char]];
BOOST_SPIRIT_DEFINE(feedback_body)

const x3::rule<organisation_recipient_class, ast::Recipient> organisation_recipient = "recipient organisation";
const x3::rule<other_recipient_class, ast::Recipient> other_recipient = "recipient that names no organisation";
const x3::rule<recipient_class, ast::Recipient> recipient = "feedback recipient";
// The recipient's name ends in an organisation word right before the verb.
const auto organisation_recipient_def =
    x3::raw[*(!(vocab::organisation_ends >> before_verb) >> !clause_end >> (paren_group | utf8_char))
            >> vocab::organisation_ends] >> &before_verb >> x3::attr(true);
const auto other_recipient_def = x3::raw[+(!before_verb >> !clause_end >> utf8_char)] >> x3::attr(false);
const auto recipient_def = organisation_recipient | other_recipient;

const feedback_type feedback = "feedback sentence";
/// What may stand between the date and 向: 并于7月5日召开巡察反馈会向….
const auto feedback_filler = x3::repeat(0, 16)[!(x3::lit("向") | before_verb | clause_end) >> utf8_char];
const auto feedback_def = -dates_clause >> x3::omit[-x3::lit("并")] >> -feedback_body
                          >> -(on_date >> x3::omit[-x3::lit(',')]) >> x3::omit[feedback_filler]
                          >> -(x3::lit("向") >> recipient) >> x3::omit[before_verb];

BOOST_SPIRIT_DEFINE(organisation_recipient, other_recipient, recipient, feedback)

// ---------------------------------------------------------------- announcement

struct announcement_class : x3::annotate_on_success {};
struct named_unit_class : x3::annotate_on_success {};

const auto named_unit_stop = (-x3::lit("的") >> vocab::kinds) | clause_end | alias_note | vocab::announce_verbs;
const x3::rule<class named_unit_piece_class, ast::Phrase> named_unit_piece = "part of a named unit";
const auto named_unit_piece_def = x3::raw[+(!named_unit_stop >> (paren_group | utf8_char))];
BOOST_SPIRIT_DEFINE(named_unit_piece)
const x3::rule<named_unit_class, ast::Unit> named_unit = "unit named in the announcement";
// 现将杭州市巡视整改进展情况…: a name right before the kind of inspection.
const auto named_unit_def = !vocab::announce_fillers >> x3::matches[&vocab::first_person]
                            >> (named_unit_piece % x3::omit[alias_note]) >> x3::omit[*alias_note]
                            >> x3::omit[-x3::lit("的")] >> &vocab::kinds;

const announcement_type announcement = "announcement";
const auto announcement_def = vocab::announce_openers >> -named_unit
                              >> x3::omit[*(!(vocab::announce_verbs | clause_end) >> utf8_char)] >> vocab::announce_verbs
                              >> x3::attr(true);

BOOST_SPIRIT_DEFINE(named_unit, announcement)

}  // namespace zhenggai::facts::header::parser
