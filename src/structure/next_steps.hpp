// The next-steps part: 下一步,…一是…二是… or a 下一步工作打算 section whose
// sub-headings are the steps.
#pragma once

#include <vector>

#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::structure {

/// Inline points (一是…二是…) in the text ranges `block`, in order.
[[nodiscard]] std::vector<NextStep> inline_points(const input::Document& doc, const std::vector<input::Range>& block);

/// Steps from a section's children (三、下一步工作打算 → (一)(二)(三)).
[[nodiscard]] std::vector<NextStep> steps_from_sections(const std::vector<Section>& children);

}  // namespace zhenggai::structure
