#pragma once

#include "facts/dates/dates.hpp"
#include "facts/signature/ast.hpp"
#include "facts/signature/grammar.hpp"
#include "facts/signature/vocabulary.hpp"
#include "facts/x3/utf8.hpp"
#include "facts/x3/matcher.hpp"

namespace zhenggai::facts::signature::parser {

namespace x3 = boost::spirit::x3;
using x3util::utf8_char;
namespace vocab = vocabulary;

const auto blanks = *x3::lit(' ');
const auto line_end = blanks >> x3::eoi;

// ---------------------------------------------------------------- signatory

struct signatory_line_class : x3::annotate_on_success {};
const signatory_line_type signatory_line = "signatory";

/// Sentence punctuation never stands in the name of a body.
const auto name_char = !(x3::lit("。") | ':' | ';' | ',' | '?' | '!') >> utf8_char;
const auto name_end = vocab::body_endings >> line_end;
const auto signatory_line_def =
    x3::omit[-x3::lit("中共") >> x3::repeat(1, 38)[!name_end >> name_char] >> vocab::body_endings] >> line_end;

// ---------------------------------------------------------------- date

/// A date read by the dates module (Chinese-style or numeric) that names at
/// least a year and a month.
const auto date = x3util::matcher<ast::SignedDate>([](std::string_view s, ast::SignedDate& d) -> std::size_t {
    auto m = match_numeric_date(s);
    if (!m) m = match_date(s);
    if (!m || !m->year || m->month == 0) return 0;
    d.year = *m->year;
    d.month = m->month;
    if (m->day) d.day = *m->day;
    return m->length;
});

struct signed_date_class : x3::annotate_on_success {};
const signed_date_type signed_date = "date under the signature";
const auto signed_date_def = date >> line_end;

// ---------------------------------------------------------------- closing, note

struct closing_line_class : x3::annotate_on_success {};
struct note_line_class : x3::annotate_on_success {};
const closing_line_type closing_line = "closing formula";
const note_line_type note_line = "note under the signatory";

const auto closing_line_def = x3::omit[vocab::closings >> -x3::lit("。")] >> line_end;
const auto note_line_def = x3::omit['(' >> x3::repeat(1, 28)[!x3::lit(')') >> utf8_char] >> ')'] >> line_end;

BOOST_SPIRIT_DEFINE(signatory_line, signed_date, closing_line, note_line)

}  // namespace zhenggai::facts::signature::parser
