// The one place diagnostics are written: every stage, from decoding to
// validation, reports through a DiagnosticSink over the report's list.
//
// The sink takes a DiagnosticCode from the catalogue (zhenggai/
// diagnostic_codes.hpp), so the severity and the message template come from
// there and a code that is not in it does not compile. It caps each code at its
// catalogue limit (then one "further 'CODE' diagnostics omitted") and the whole
// list at kDiagnosticsTotal (then one too-many-diagnostics), so no input can
// flood a report.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/diagnostic.hpp"
#include "zhenggai/diagnostic_codes.hpp"

namespace zhenggai::input {

namespace detail {
/// How many `{}` a message template holds.
constexpr std::size_t placeholders(std::string_view message) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i + 1 < message.size(); ++i)
        if (message[i] == '{' && message[i + 1] == '}') ++n, ++i;
    return n;
}

inline std::string argument(std::string_view s) { return std::string(s); }
inline std::string argument(const char* s) { return std::string(s); }
inline std::string argument(const std::string& s) { return s; }
template <std::integral T>
std::string argument(T v) {
    return std::to_string(v);
}
}  // namespace detail

class DiagnosticSink {
public:
    /// Writes to `out`; diagnostics already in it count against the caps.
    explicit DiagnosticSink(std::vector<Diagnostic>& out);

    /// Record diagnostic C at `where`, its message template filled with `args`
    /// (strings or integers, one per `{}`).
    template <DiagnosticCode C, class... Args>
    void add(Span where, const Args&... args) {
        static_assert(detail::placeholders(describe(C).message) == sizeof...(Args),
                      "one argument per {} of the catalogue's message template");
        if (!admits(C)) return;
        const std::array<std::string, sizeof...(Args)> filled{detail::argument(args)...};
        emit(C, where, filled);
    }

    /// Whether a diagnostic C would still be listed: lets a site skip building
    /// costly arguments once its code is capped.
    [[nodiscard]] bool admits(DiagnosticCode c) const noexcept;

    /// The list written to.
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept { return *out_; }

private:
    void emit(DiagnosticCode c, Span where, std::span<const std::string> args);

    std::vector<Diagnostic>* out_;
    std::array<std::uint32_t, std::size(kDiagnosticCatalogue)> count_{};
    std::size_t total_ = 0;
};

}  // namespace zhenggai::input
