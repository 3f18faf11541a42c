// Spans and diagnostics: how every extracted value points back at its source.
#pragma once

#include <cstdint>
#include <string>

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

enum class Severity : std::uint8_t { info, warning, error };

/// Something the parser wants a human to know: a value it could not take, a
/// guess it had to make, or a contradiction in the report. `code` is stable
/// (kebab-case) and meant for filtering; `message` is for people.
struct Diagnostic {
    Severity severity = Severity::warning;
    std::string code;
    std::string message;
    Span span;
};

[[nodiscard]] constexpr const char* to_string(Severity s) noexcept {
    switch (s) {
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "warning";
}

}  // namespace zhenggai
