// Structure layer, step one: the text as a list of non-empty paragraphs
// (one per line, trimmed). Reports put one paragraph per line whatever the
// source: blank lines and indentation carry no meaning here.
#pragma once

#include <string_view>
#include <vector>

#include "input/document.hpp"

namespace zhenggai::structure {

[[nodiscard]] std::vector<input::Range> split_paragraphs(std::string_view text);

}  // namespace zhenggai::structure
