// HTML pages as input: recognised by their content, turned into the text a
// reader sees (block elements and <br> end lines, table cells are separated,
// scripts, styles and comments vanish, entities are decoded), with the byte
// offset in the page of every run of that text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/report.hpp"

namespace zhenggai::input {

/// Whether `bytes` (decoded or not) are an HTML document rather than text:
/// markup opens them (after a BOM and white space) and an HTML element is
/// named in their first kilobytes. A text that merely contains '<' is not.
[[nodiscard]] bool looks_like_html(std::string_view bytes) noexcept;

/// The charset a page declares in its first kilobytes (<meta charset=…> or
/// <meta http-equiv="Content-Type" content="…; charset=…">), as an ICU
/// converter name: "UTF-8", "GB18030" (for gb2312, gbk, gb18030), "Big5"…
[[nodiscard]] std::optional<std::string> declared_charset(std::string_view bytes);

struct HtmlText {
    std::string text;             ///< what the page shows, one line per block
    std::vector<SourceRun> runs;  ///< in text order; offsets index `text` and the page
    std::size_t flattened_depth = 0;  ///< nonzero: the page nests this deep and was read tag by tag
};

/// Pages nested deeper than this are read tag by tag, without a tree.
inline constexpr std::size_t kMaxHtmlDepth = 2000;

/// The text of a page given as UTF-8. Never fails: broken markup is read as
/// browsers read it (the HTML5 parsing algorithm, by gumbo).
[[nodiscard]] HtmlText html_to_text(std::string_view utf8_page);

}  // namespace zhenggai::input
