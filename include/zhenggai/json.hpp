// The JSON form of a Report (schema "zhenggai.report/1", docs/schema/report.schema.json).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "zhenggai/report.hpp"

namespace zhenggai {

struct JsonOptions {
    int indent = -1;  ///< -1: one line; >= 0: pretty-printed with that indent
};

/// Serialise a report. Strings are valid UTF-8 by construction; spans are
/// [begin, end] byte offsets into the parsed text.
[[nodiscard]] std::string to_json(const Report& report, const JsonOptions& options = {});

/// Serialise only the diagnostics (array), e.g. for tools that check reports.
[[nodiscard]] std::string diagnostics_to_json(const Report& report, const JsonOptions& options = {});

/// Why a document could not be read back into a Report.
struct JsonError {
    enum class Kind : std::uint8_t {
        syntax,   ///< the text is not JSON, not UTF-8, or nests deeper than 256 levels
        content,  ///< JSON, but not a zhenggai.report/1 document
    };
    Kind kind = Kind::syntax;
    std::string message;
    std::size_t offset = 0;  ///< syntax: the byte offset at which the text stops being JSON
    std::string pointer;     ///< content: JSON Pointer (RFC 6901) to the wrong value, e.g. "/sections/0/span"
};

/// A Report read from JSON, or the reason there is none. Mirrors std::expected.
class JsonResult {
public:
    JsonResult(Report r) : v_(std::move(r)) {}     // NOLINT(google-explicit-constructor)
    JsonResult(JsonError e) : v_(std::move(e)) {}  // NOLINT(google-explicit-constructor)
    [[nodiscard]] bool has_value() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }
    [[nodiscard]] const Report& value() const& { return std::get<Report>(v_); }
    [[nodiscard]] Report&& value() && { return std::get<Report>(std::move(v_)); }
    [[nodiscard]] const JsonError& error() const& { return std::get<JsonError>(v_); }

private:
    std::variant<Report, JsonError> v_;
};

/// Read the JSON form back: from_json(to_json(r)) == r. The JSON form writes
/// decimals and yuan as JSON numbers (doubles to most readers), so the round
/// trip is exact for decimals of up to 15 significant digits and yuan totals
/// below 10^13 yuan; beyond that a value reads back as the nearest double.
/// It cannot hold a DatedValue that is not a valid day, nor contacts of one
/// kind out of source order; the parser makes neither. Members the schema
/// does not know are ignored, so documents from later versions of the same
/// schema still read. Malformed input gives a JsonError with its position;
/// nothing is thrown but std::bad_alloc.
[[nodiscard]] JsonResult from_json(std::string_view json);

}  // namespace zhenggai
