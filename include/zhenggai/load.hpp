// Input layer: bytes of unknown encoding → UTF-8 text ready for parse().
// An HTML page (recognised by its content, not its name) is decoded by its
// BOM, its <meta charset> or detection, and turned into the text it shows.
//
// Scraped reports arrive as UTF-8 (with or without BOM), UTF-16 (BOM),
// GB18030/GBK or Big5. load() detects and decodes them with ICU's converters;
// bytes that are not valid in the detected encoding become U+FFFD and a
// diagnostic naming the byte offset in the original input.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/diagnostic.hpp"
#include "zhenggai/parse.hpp"

namespace zhenggai {

struct LoadedText {
    std::string text;       ///< UTF-8 (a UTF-8 BOM is kept; parse() skips it); Report spans index this text
    std::string encoding;   ///< "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5"
    /// Decoding problems. Spans index `text` (the U+FFFD written in place of
    /// the bad bytes); messages give the offset in the original bytes.
    std::vector<Diagnostic> diagnostics;
    /// The input was an HTML page (recognised by its content): `text` is the
    /// text it shows, and `runs` say where each run of it is in the page
    /// (byte offsets into the input bytes, whatever their encoding).
    bool html = false;
    std::vector<SourceRun> runs;
};

/// Detect the encoding of `bytes` and decode them to UTF-8. Never throws for
/// bad input.
[[nodiscard]] LoadedText load(std::string_view bytes);

/// Decode `bytes` as the named encoding (an ICU converter name such as
/// "GB18030", "Big5", "UTF-16LE"), skipping detection.
[[nodiscard]] LoadedText load_as(std::string_view bytes, std::string_view encoding);

/// load() then parse(): the Report's `encoding` says what was detected and its
/// diagnostics include the decoding ones.
[[nodiscard]] Report parse_bytes(std::string_view bytes);

}  // namespace zhenggai
