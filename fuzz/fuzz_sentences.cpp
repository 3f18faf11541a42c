// The statistics sentence grammars (sanction, progress figure, rules) on
// arbitrary text: every paragraph is read as report-level scope, so each rule
// runs at every position of every clause with a count. Every value must lie
// under its span, and a count's span must hold the digits or numerals of its
// value (a simple reference reading of the same text).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "facts/numbers/numbers.hpp"
#include "facts/statistics/statistics.hpp"
#include "fuzz_common.hpp"
#include "input/document.hpp"
#include "report_checks.hpp"
#include "structure/paragraphs.hpp"

namespace {

// The reference: the first number under a count's span (in the normalised
// copy the grammar read) equals the count's value.
void check_count(const zhenggai::input::Document& doc, const zhenggai::Count& c, const char* what) {
    zhenggai::fuzz::require(c.span.begin < c.span.end && c.span.end <= doc.source().size(), what);
    // The value as written (pinyin insertions dropped), full-width digits folded.
    std::string src = doc.normalized().value_at(c.span), folded;
    for (std::size_t i = 0; i < src.size(); ++i) {
        if (src.compare(i, 2, "\xEF\xBC") == 0 && i + 2 < src.size()
            && static_cast<unsigned char>(src[i + 2]) >= 0x90 && static_cast<unsigned char>(src[i + 2]) <= 0x99) {
            folded += static_cast<char>('0' + (static_cast<unsigned char>(src[i + 2]) - 0x90));
            i += 2;
        } else {
            folded += src[i];
        }
    }
    // Arabic figures only: Chinese numerals may be folded from traditional forms.
    if (folded.empty() || folded[0] < '0' || folded[0] > '9') return;
    const auto n = zhenggai::facts::match_arabic(folded);
    if (n && n->scale == 0) zhenggai::fuzz::require(n->units == c.value, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace zhenggai;
    const std::string buf(fuzz::as_view(data, size));
    const std::string_view s = buf;
    std::vector<Diagnostic> diagnostics;
    const input::Document doc(s, diagnostics);
    const std::vector<input::Range> paragraphs = structure::split_paragraphs(doc.text());

    auto sanctions = facts::extract_sanctions(doc, paragraphs);
    const Progress progress = facts::extract_progress(doc, paragraphs);
    const auto rules = facts::extract_rules(doc, paragraphs, paragraphs);
    for (const Sanction& sn : sanctions) {
        check_count(doc, sn.count, "sanction count is not the number under its span");
        for (const SanctionDetail& d : sn.breakdown) check_count(doc, d.count, "breakdown count is not the number under its span");
    }
    for (const auto* c : {&progress.problems_reported, &progress.measures_planned, &progress.problems_completed})
        if (*c) check_count(doc, **c, "progress count is not the number under its span");
    if (rules) check_count(doc, *rules, "rules count is not the number under its span");
    fuzz::require_none(checks::check_statistics(std::move(sanctions), progress, rules, s), "statistics");
    for (const Diagnostic& d : diagnostics)
        fuzz::require(d.span.begin <= d.span.end && d.span.end <= s.size(), "diagnostic span outside the input");
    return 0;
}
