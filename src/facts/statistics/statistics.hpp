// Report-level statistics: sanctions (党纪处分48人(…)), case counts (立案53件),
// progress (问题/措施/完成率) and rules established (建立完善制度96项).
//
// Figures are taken from their sentence shapes inside the report-level scope
// only (the statistics paragraph, or sentences introduced by 整改期间 / 在巡视
// 整改工作中 …). Numbers about one campaign inside a measure are left alone.
#pragma once

#include <optional>
#include <vector>

#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::facts {

struct ScopedParagraph {
    input::Range range;
    bool overview = false;  ///< before the first heading: statistics here are report-level
};

/// The parts of the text where report-level statistics may stand.
[[nodiscard]] std::vector<input::Range> statistics_scope(const input::Document& doc,
                                                         const std::vector<ScopedParagraph>& paragraphs);

[[nodiscard]] std::vector<Sanction> extract_sanctions(const input::Document& doc, const std::vector<input::Range>& scope);

[[nodiscard]] Progress extract_progress(const input::Document& doc, const std::vector<input::Range>& paragraphs);

[[nodiscard]] std::optional<Count> extract_rules(const input::Document& doc, const std::vector<input::Range>& scope,
                                                 const std::vector<input::Range>& paragraphs);

/// Normalised category of a sanction label as written (FORMAT.md §7), `other` if unknown.
[[nodiscard]] SanctionCategory sanction_category(std::string_view label);

}  // namespace zhenggai::facts
