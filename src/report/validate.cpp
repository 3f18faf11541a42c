#include "report/validate.hpp"

#include <cmath>
#include <string_view>
#include <unordered_set>
#include <vector>
#include <string>

namespace zhenggai::report {

namespace {
// Capped per code like Document::diagnose, so no input floods the report.
void add(Report& r, Severity s, const char* code, std::string message, Span span) {
    constexpr std::size_t kMaxPerCode = 50;
    std::size_t same = 0;
    for (const auto& d : r.diagnostics) same += d.code == code;
    if (same > kMaxPerCode) return;
    if (same == kMaxPerCode) {
        message = std::string("further '") + code + "' diagnostics omitted";
        s = Severity::info;
    }
    r.diagnostics.push_back(Diagnostic{s, code, std::move(message), span});
}
}  // namespace

namespace {
// Two sibling sections with the same title: a copy-paste or a scraping
// artefact worth a look.
void check_duplicates(Report& r, const std::vector<Section>& siblings) {
    // Pairwise for the usual handful of siblings; a hash set for long lists.
    auto report = [&](const Section& s) {
        add(r, Severity::warning, "duplicate-section",
            "section \"" + s.title.value + "\" repeats an earlier sibling section", s.title.span);
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
    for (const Section& s : siblings) check_duplicates(r, s.children);
}
}  // namespace

void validate(Report& r) {
    check_duplicates(r, r.sections);
    for (const Sanction& s : r.sanctions) {
        if (s.breakdown.empty()) continue;
        std::int64_t sum = 0;
        for (const auto& d : s.breakdown) sum += d.count.value;
        if (sum != s.count.value) {
            add(r, Severity::warning, "breakdown-sum-mismatch",
                s.label.value + " " + std::to_string(s.count.value) + " but its breakdown sums to " + std::to_string(sum),
                s.span);
        }
    }
    const Header& h = r.header;
    if (h.inspection_start && h.inspection_end && h.inspection_end->value < h.inspection_start->value) {
        add(r, Severity::warning, "inspection-end-before-start", "the inspection ends before it starts",
            Span{h.inspection_start->span.begin, h.inspection_end->span.end});
    }
    if (h.feedback_date && h.inspection_end && h.feedback_date->value < h.inspection_end->value) {
        add(r, Severity::warning, "feedback-before-inspection-end",
            "findings fed back before the inspection ended",
            Span{h.inspection_end->span.begin, h.feedback_date->span.end});
    }
    if (r.published_date && h.feedback_date && r.published_date->value < h.feedback_date->value) {
        add(r, Severity::warning, "published-before-feedback", "report dated before the findings were fed back",
            r.published_date->span);
    }
    const Progress& p = r.progress;
    if (p.completion_rate && p.problems_reported && p.problems_completed && p.problems_reported->value > 0) {
        const double expected = 100.0 * static_cast<double>(p.problems_completed->value) /
                                static_cast<double>(p.problems_reported->value);
        const double written = p.completion_rate->value.to_double();
        // Reports round to whole percent or to two decimals: allow that much.
        const double tolerance = p.completion_rate->value.scale == 0 ? 1.0 : 0.011;
        if (std::fabs(expected - written) > tolerance) {
            add(r, Severity::warning, "completion-rate-mismatch",
                "completion rate " + std::to_string(written).substr(0, 6) + "% does not match " +
                    std::to_string(p.problems_completed->value) + "/" + std::to_string(p.problems_reported->value),
                p.completion_rate->span);
        }
    }
    if (p.problems_reported && p.problems_completed && p.problems_completed->value > p.problems_reported->value) {
        add(r, Severity::warning, "progress-exceeds-total", "more problems completed than reported",
            p.problems_completed->span);
    }
}

}  // namespace zhenggai::report
