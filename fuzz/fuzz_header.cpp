// The header sentence grammars (deployment, inspection, feedback,
// announcement, round) on arbitrary text: every paragraph is read as a
// header, so each rule runs at every clause start. Every value must lie under
// its span, and a phrase's value must be the text under its span as written
// (the simple reference reading: the source with pinyin insertions dropped).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "facts/header/header.hpp"
#include "fuzz_common.hpp"
#include "input/document.hpp"
#include "structure/paragraphs.hpp"

namespace {

void check_text(const zhenggai::input::Document& doc, const std::optional<zhenggai::Text>& t, const char* what) {
    if (!t) return;
    zhenggai::fuzz::require(t->span.begin < t->span.end && t->span.end <= doc.source().size(), what);
    zhenggai::fuzz::require(doc.normalized().value_at(t->span) == t->value, what);
}

void check_date(const zhenggai::input::Document& doc, const std::optional<zhenggai::DatedValue>& d, const char* what) {
    if (!d || d->span.empty()) return;  // a context date carries no span
    zhenggai::fuzz::require(d->span.begin < d->span.end && d->span.end <= doc.source().size(), what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace zhenggai;
    const std::string buf(fuzz::as_view(data, size));
    std::vector<Diagnostic> diagnostics;
    const input::Document doc(buf, diagnostics);
    const std::vector<input::Range> paragraphs = structure::split_paragraphs(doc.text());

    const std::size_t found = facts::find_header_paragraph(doc, paragraphs);
    fuzz::require(found == std::string_view::npos || found < paragraphs.size(), "header paragraph out of range");
    for (std::size_t i = 0; i < paragraphs.size() && i < 8; ++i) {
        const facts::HeaderFacts hf = facts::extract_header(doc, paragraphs, i);
        const Header& h = hf.header;
        check_text(doc, h.authority, "authority is not the text under its span");
        check_text(doc, h.inspecting_body, "inspecting body is not the text under its span");
        check_text(doc, h.feedback_recipient, "recipient is not the text under its span");
        check_text(doc, h.round, "round is not the text under its span");
        if (h.inspected_unit) {
            // The unit leaves out short-name notes: its value is at most the text under its span.
            const Text& u = *h.inspected_unit;
            fuzz::require(u.span.begin < u.span.end && u.span.end <= doc.source().size(), "unit span outside the input");
            fuzz::require(!u.value.empty() && u.value.size() <= doc.normalized().value_at(u.span).size(),
                          "unit value longer than the text under its span");
        }
        check_date(doc, h.inspection_start, "inspection start span");
        check_date(doc, h.inspection_end, "inspection end span");
        check_date(doc, h.feedback_date, "feedback date span");
        fuzz::require(h.span.begin <= h.span.end && h.span.end <= doc.source().size(), "header span outside the input");
        fuzz::require(hf.end >= paragraphs[i].begin && hf.end <= paragraphs[i].end, "header end outside its paragraph");
    }
    for (const Diagnostic& d : diagnostics)
        fuzz::require(d.span.begin <= d.span.end && d.span.end <= buf.size(), "diagnostic span outside the input");
    return 0;
}
