// The highlighted view of a Report: one self-contained HTML page (inline CSS
// and script, no external resources) showing the source text with every
// extracted value marked by kind, the diagnostics with links to their place,
// and the JSON form in a side panel.
#pragma once

#include <string>
#include <string_view>

#include "zhenggai/report.hpp"

namespace zhenggai {

struct HtmlOptions {
    /// true: a whole document (`<!doctype html>` … with a Content-Security-Policy
    /// that allows only the page's own inline script and styles). false: one
    /// `<div>` with its own `<style>` and `<script>`, for embedding (Jupyter).
    bool full_page = true;
    /// Page title and heading; empty: the report's title, or "zhenggai report".
    std::string title;
    /// Prefix for every element id (diagnostic anchors are `<prefix>d-N`), so
    /// that several fragments on one page stay apart.
    std::string id_prefix;
    /// Include the JSON form (schema zhenggai.report/1) in the side panel.
    bool include_json = true;
};

/// Render `report` over `text`, the UTF-8 text it was parsed from (its spans
/// index it). Everything taken from the text or the report is HTML-escaped;
/// invalid UTF-8 is shown as U+FFFD and spans are clamped to `text` and moved
/// to character boundaries, so any pair of report and text gives a valid page.
[[nodiscard]] std::string to_html(const Report& report, std::string_view text, const HtmlOptions& options = {});

}  // namespace zhenggai
