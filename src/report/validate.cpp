#include "report/validate.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_set>
#include <vector>
#include <string>

namespace zhenggai::report {

namespace {
// Two sibling sections with the same title: a copy-paste or a scraping
// artefact worth a look.
void check_duplicates(input::DiagnosticSink& out, const std::vector<Section>& siblings) {
    // Pairwise for the usual handful of siblings; a hash set for long lists.
    auto report = [&](const Section& s) {
        out.add<DiagnosticCode::duplicate_section>(s.title.span, s.title.value);
    };
    if (siblings.size() <= 32) {
        for (std::size_t i = 1; i < siblings.size(); ++i) {
            const std::string& t = siblings[i].title.value;
            for (std::size_t j = 0; j < i; ++j) {
                const std::string& u = siblings[j].title.value;
                if (!t.empty() && t.size() == u.size() && t == u) {
                    report(siblings[i]);
                    break;
                }
            }
        }
    } else {
        std::unordered_set<std::string_view> seen;
        seen.reserve(siblings.size());
        for (const Section& s : siblings)
            if (!s.title.value.empty() && !seen.insert(s.title.value).second) report(s);
    }
    for (const Section& s : siblings) check_duplicates(out, s.children);
}

// The stretch from the first to the last of two spans, in whichever order
// the text gives them (a feedback date may stand before the inspection dates).
Span covering(Span a, Span b) { return Span{std::min(a.begin, b.begin), std::max(a.end, b.end)}; }
}  // namespace

void validate(const Report& r, input::DiagnosticSink& out) {
    check_duplicates(out, r.sections);
    for (const Sanction& s : r.sanctions) {
        if (s.breakdown.empty()) continue;
        std::int64_t sum = 0;
        for (const auto& d : s.breakdown) sum += d.count.value;
        if (sum != s.count.value) {
            out.add<DiagnosticCode::breakdown_sum_mismatch>(s.span, s.label.value, s.count.value, sum);
        }
    }
    const Header& h = r.header;
    if (h.inspection_start && h.inspection_end && h.inspection_end->value < h.inspection_start->value) {
        out.add<DiagnosticCode::inspection_end_before_start>(
            covering(h.inspection_start->span, h.inspection_end->span));
    }
    if (h.feedback_date && h.inspection_end && h.feedback_date->value < h.inspection_end->value) {
        out.add<DiagnosticCode::feedback_before_inspection_end>(
            covering(h.inspection_end->span, h.feedback_date->span));
    }
    if (r.published_date && h.feedback_date && r.published_date->value < h.feedback_date->value) {
        out.add<DiagnosticCode::published_before_feedback>(r.published_date->span);
    }
    const Progress& p = r.progress;
    if (p.completion_rate && p.problems_reported && p.problems_completed && p.problems_reported->value > 0) {
        const double expected = 100.0 * static_cast<double>(p.problems_completed->value) /
                                static_cast<double>(p.problems_reported->value);
        const double written = p.completion_rate->value.to_double();
        // Reports round to whole percent or to two decimals: allow that much.
        const double tolerance = p.completion_rate->value.scale == 0 ? 1.0 : 0.011;
        if (std::fabs(expected - written) > tolerance) {
            out.add<DiagnosticCode::completion_rate_mismatch>(p.completion_rate->span,
                                                              std::to_string(written).substr(0, 6),
                                                              p.problems_completed->value, p.problems_reported->value);
        }
    }
    if (p.problems_reported && p.problems_completed && p.problems_completed->value > p.problems_reported->value) {
        out.add<DiagnosticCode::progress_exceeds_total>(p.problems_completed->span);
    }
}

}  // namespace zhenggai::report
