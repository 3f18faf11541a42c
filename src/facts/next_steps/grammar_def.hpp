#pragma once

#include "facts/next_steps/ast_adapted.hpp"
#include "facts/next_steps/grammar.hpp"
#include "facts/numbers/numbers.hpp"
#include "facts/x3/utf8.hpp"

namespace zhenggai::facts::next_steps::parser {

namespace x3 = boost::spirit::x3;
using x3util::utf8_char;

/// A Chinese numeral (一, 十二) that can number a point: 1 to 99, read by the
/// project's one Chinese-numerals reader.
struct chinese_ordinal_parser : x3::parser<chinese_ordinal_parser> {
    using attribute_type = int;
    static constexpr bool has_attribute = true;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attribute& attr) const {
        const auto m = match_chinese_numeral(std::string_view(first, static_cast<std::size_t>(last - first)));
        if (!m || m->scale != 0 || m->units < 1 || m->units > 99) return false;
        first += m->length;
        x3::traits::move_to(static_cast<int>(m->units), attr);
        return true;
    }
};
const chinese_ordinal_parser chinese_ordinal{};

struct marker_class : x3::annotate_on_success {};
struct ordinal_marker_class : x3::annotate_on_success {};
struct title_class : x3::annotate_on_success {};
struct next_step_point_class : x3::annotate_on_success {};
const x3::rule<marker_class, ast::Marker> marker = "next-step marker";
const x3::rule<ordinal_marker_class, ast::Marker> ordinal_marker = "next-step marker (第一)";
const x3::rule<title_class, ast::Title> title = "next-step title";
const next_step_point_type next_step_point = "next-step point";

// 一是 / (一).
const auto marker_def = (x3::attr(ast::MarkerForm::shi) >> chinese_ordinal >> "是")
                        | (x3::attr(ast::MarkerForm::paren) >> '(' >> chinese_ordinal >> ')');
// 第一 — a marker only with its comma after it (第一时间 is none); the comma
// belongs to neither the marker nor the title.
const auto ordinal_marker_def = x3::attr(ast::MarkerForm::di) >> "第" >> chinese_ordinal;
const auto ordinal_comma = x3::lit(',') | "、";

// A quotation (“…”, ‘…’, 《…》, nested) is read whole: a 。 inside it does
// not end the title; one left open runs to the end of the text. Nesting is
// counted, not recursed into, so that ten thousand open quotes cost no stack.
struct quotation_parser : x3::parser<quotation_parser> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& ctx, RContext& rctx, Attribute&) const {
        const auto open = x3::lit("“") | "‘" | "《";
        const auto close = x3::lit("”") | "’" | "》";
        Iterator it = first;
        if (!open.parse(it, last, ctx, rctx, x3::unused)) return false;
        for (std::size_t depth = 1; depth > 0 && it != last;) {
            if (open.parse(it, last, ctx, rctx, x3::unused)) ++depth;
            else if (close.parse(it, last, ctx, rctx, x3::unused)) --depth;
            else if (!utf8_char.parse(it, last, ctx, rctx, x3::unused)) ++it;  // a stray byte
        }
        first = it;
        return true;
    }
};
const quotation_parser quotation{};
const auto title_def = x3::omit[*(quotation | (!(x3::lit(';') | "。") >> utf8_char))];

const auto next_step_point_def = (ordinal_marker >> x3::omit[ordinal_comma] >> title) | (marker >> title);

BOOST_SPIRIT_DEFINE(marker, ordinal_marker, title, next_step_point)

}  // namespace zhenggai::facts::next_steps::parser
