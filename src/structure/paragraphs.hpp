// Structure layer, step one: the text as a list of non-empty paragraphs
// (one per line, trimmed). Reports put one paragraph per line whatever the
// source: blank lines and indentation carry no meaning here. Hard-wrapped
// text (a PDF or Word attachment with a break every 30–40 characters) has its
// lines joined into paragraphs already, in the normalised text
// (input/wrapping.hpp), so a line here is a paragraph there too.
#pragma once

#include <string_view>
#include <vector>

#include "input/document.hpp"

namespace zhenggai::structure {

[[nodiscard]] std::vector<input::Range> split_paragraphs(std::string_view text);

}  // namespace zhenggai::structure
