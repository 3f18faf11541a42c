// Internal: the JSON Schema of the JSON form, generated from the model's
// description. docs/schema/report.schema.json is this text, committed; a test
// fails when they differ, and `zhenggai_describe --schema` regenerates it.
#pragma once

#include <string>

namespace zhenggai::output {

/// docs/schema/report.schema.json as the description generates it: indented
/// by two spaces, with a final newline.
[[nodiscard]] std::string report_schema_text();

}  // namespace zhenggai::output
