// The ending from the signature grammars (facts/signature): each line's shape
// is a rule; this file decides where the ending stands — the last date line
// among the final paragraphs, the signatory right above it or above a note,
// a closing formula above that.
#include "structure/ending.hpp"

#include "facts/dates/dates.hpp"
#include "facts/signature/ast.hpp"
#include "facts/signature/grammar.hpp"
#include "facts/x3/tagged_reader.hpp"

namespace zhenggai::structure {

namespace {
namespace sig = facts::signature;
using input::Range;

// Whether paragraph `r` is all one `rule`; fills `node`, and its range.
template <typename Rule, typename Node>
bool whole(const input::Document& doc, Range r, const Rule& rule, Node& node, Range* at = nullptr) {
    facts::x3util::TaggedReader reader(doc, r);
    std::size_t pos = 0;
    if (!reader.parse_at(pos, reader.text().size(), rule, node)) return false;
    if (at) *at = reader.range_of(node);
    return true;
}
}  // namespace

Ending locate_ending(const input::Document& doc, const std::vector<Range>& paras, std::size_t floor) {
    Ending e;
    constexpr std::size_t npos = Ending::npos;
    for (std::size_t k = 0; k < 8 && k < paras.size(); ++k) {
        const std::size_t i = paras.size() - 1 - k;
        if (floor != npos && i <= floor) break;
        sig::ast::SignedDate d;
        Range at;
        if (!whole(doc, paras[i], sig::signed_date(), d, &at)) continue;
        e.date_line = i;
        if (!d.day) {
            doc.diagnose<DiagnosticCode::date_imprecise>(at, "the date under the signature (no day)");
        } else if (auto date = facts::make_date(d.year, d.month, *d.day)) {
            e.date = DatedValue{*date, doc.span(at), false};
        } else {
            doc.diagnose<DiagnosticCode::date_invalid>(at, "the date under the signature");
        }
        // The signatory stands right above the date, or above a bracketed
        // note such as (此件公开发布).
        std::size_t org = i > 0 ? i - 1 : npos;
        sig::ast::Note note;
        if (org != npos && org > 0 && whole(doc, paras[org], sig::note_line(), note)) {
            e.note = org;
            --org;
        }
        sig::ast::Signatory who;
        Range who_at;
        if (org != npos && (floor == npos || org > floor) && whole(doc, paras[org], sig::signatory_line(), who, &who_at)) {
            e.signatory = org;
            e.signatory_text = doc.text_value(who_at);
        } else {
            e.note = npos;  // a note without a signatory above it is no part of the ending
        }
        // 特此通报。 above the signatory (or above the date, unsigned).
        const std::size_t above = e.signatory != npos ? e.signatory : i;
        sig::ast::Closing closing;
        if (above > 0 && (floor == npos || above - 1 > floor) && whole(doc, paras[above - 1], sig::closing_line(), closing)) {
            e.closing = above - 1;
            e.closing_text = doc.text_value(paras[e.closing]);
        }
        break;
    }
    return e;
}

}  // namespace zhenggai::structure
