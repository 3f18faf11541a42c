// Signature grammars: the lines that end a report. Each rule reads a whole
// paragraph (it ends at the end of its input), over position_tagged ASTs.
//   signatory_line  the issuing body: [中共]<name><ending> — 中共青川市委 /
//                   青川市商务局党组 / 禾浦区委巡察办 — at most 40 characters,
//                   no sentence punctuation
//   signed_date     2024年5月6日 / 二〇二四年五月六日 / 2024-05-06 / 2024年5月 (no day)
//   closing_line    特此通报。 / 特此报告。
//   note_line       (此件公开发布): a bracketed note of at most 30 characters
#pragma once

#include "facts/signature/ast.hpp"
#include "facts/x3/config.hpp"

namespace zhenggai::facts::signature::parser {
namespace x3 = boost::spirit::x3;
struct signatory_line_class;
struct signed_date_class;
struct closing_line_class;
struct note_line_class;
using signatory_line_type = x3::rule<signatory_line_class, ast::Signatory>;
using signed_date_type = x3::rule<signed_date_class, ast::SignedDate>;
using closing_line_type = x3::rule<closing_line_class, ast::Closing>;
using note_line_type = x3::rule<note_line_class, ast::Note>;
BOOST_SPIRIT_DECLARE(signatory_line_type, signed_date_type, closing_line_type, note_line_type)
}  // namespace zhenggai::facts::signature::parser

namespace zhenggai::facts::signature {
const parser::signatory_line_type& signatory_line();
const parser::signed_date_type& signed_date();
const parser::closing_line_type& closing_line();
const parser::note_line_type& note_line();
}  // namespace zhenggai::facts::signature
