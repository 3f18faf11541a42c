// Spans and diagnostics: how every extracted value points back at its source.
#pragma once

#include <cstdint>
#include <string>

#include "zhenggai/diagnostic_codes.hpp"
#include "zhenggai/enums.hpp"

namespace zhenggai {

/// A half-open range [begin, end) of UTF-8 byte offsets into the text that was
/// parsed (the original input, not any normalised copy of it).
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - begin; }
    [[nodiscard]] constexpr bool empty() const noexcept { return end == begin; }
    friend constexpr bool operator==(Span, Span) noexcept = default;
};

/// Something the parser wants a human to know: a value it could not take, a
/// guess it had to make, or a contradiction in the report. `code` is stable
/// (kebab-case, one of the DiagnosticCode catalogue) and meant for filtering;
/// `message` is for people.
struct Diagnostic {
    Severity severity = Severity::warning;
    std::string code;
    std::string message;
    Span span;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

}  // namespace zhenggai
