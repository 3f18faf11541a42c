// Internal: the JSON form of a Report for the CLI and the annotated view, and
// the nlohmann value type the reader and the schema generator build on.
// Public headers never include nlohmann; use zhenggai/json.hpp (to_json)
// from outside the library.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "zhenggai/json.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::output {

/// Objects keep their keys in insertion order, so documents read in the order
/// of the schema ("schema" first, "source_size" last).
using Json = nlohmann::ordered_json;

/// Appends the JSON form of `report` (schema "zhenggai.report/1") to `out`:
/// compact for indent < 0, else indented by `indent` spaces; with `path`, a
/// "path" member comes first (the CLI's JSON Lines). Invalid UTF-8 in a
/// string becomes U+FFFD; never throws but for memory.
void append_json(std::string& out, const Report& report, int indent = -1,
                 std::optional<std::string_view> path = std::nullopt);

/// One value, as the whole-report form writes it.
[[nodiscard]] std::optional<std::string> date_text(const Date& date);  ///< "YYYY-MM-DD"; none for special dates
[[nodiscard]] std::string money_yuan_text(std::int64_t amount_fen);    ///< exact: integer or <= 2 decimals
[[nodiscard]] std::string decimal_text(const Decimal& value);          ///< a JSON number, printed exactly

/// Serialise an nlohmann value (the schema document): compact for indent < 0,
/// never throws on invalid UTF-8 (bad bytes become U+FFFD).
[[nodiscard]] std::string dump(const Json& value, int indent = -1);

}  // namespace zhenggai::output
