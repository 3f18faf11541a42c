// Internal: the JSON form of a Report as an nlohmann value, for the CLI and
// the bindings. Public headers never include nlohmann; use zhenggai/json.hpp
// (to_json) from outside the library.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "zhenggai/json.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::output {

/// Objects keep their keys in insertion order, so documents read in the order
/// of the schema ("schema" first, "source_size" last).
using Json = nlohmann::ordered_json;

/// The whole report (schema "zhenggai.report/1").
[[nodiscard]] Json to_json_value(const Report& report);

/// Only the diagnostics, as an array.
[[nodiscard]] Json diagnostics_to_json_value(const Report& report);

/// One value, as the whole-report form writes it.
[[nodiscard]] Json span_to_json(Span span);
[[nodiscard]] Json date_to_json(const Date& date);               ///< "YYYY-MM-DD", or null for special dates
[[nodiscard]] Json money_yuan_to_json(std::int64_t amount_fen);  ///< exact: integer or <= 2 decimals
[[nodiscard]] Json decimal_to_json(const Decimal& value);        ///< JSON number, printed exactly

/// Serialise any value the way to_json does: compact for indent < 0, never
/// throws on invalid UTF-8 (bad bytes become U+FFFD).
[[nodiscard]] std::string dump(const Json& value, int indent = -1);

}  // namespace zhenggai::output
