// The JSON form of a Report (schema "zhenggai.report/1", docs/schema/report.schema.json).
#pragma once

#include <string>

#include "zhenggai/report.hpp"

namespace zhenggai {

struct JsonOptions {
    int indent = -1;             ///< -1: one line; >= 0: pretty-printed with that indent
};

/// Serialise a report. Strings are valid UTF-8 by construction; spans are
/// [begin, end] byte offsets into the parsed text.
[[nodiscard]] std::string to_json(const Report& report, const JsonOptions& options = {});

/// Serialise only the diagnostics (array), e.g. for tools that check reports.
[[nodiscard]] std::string diagnostics_to_json(const Report& report, const JsonOptions& options = {});

}  // namespace zhenggai
