// The text being parsed, seen through its normalised copy, plus the
// diagnostics sink every later stage writes to.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "input/diagnostic_sink.hpp"
#include "input/normalized_text.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::input {

/// A range [begin, end) of the normalised text.
struct Range {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - begin; }
    [[nodiscard]] constexpr bool empty() const noexcept { return end <= begin; }
};

class Document {
public:
    /// `wrapping` forces or forbids joining hard-wrapped lines (tests); by
    /// default the document decides from its line statistics.
    Document(std::string_view source, std::vector<Diagnostic>& diagnostics, Wrapping wrapping = Wrapping::detect)
        : sink_(diagnostics), norm_(NormalizedText::from_source(source, sink_, wrapping)) {}

    /// The normalised text all matching runs on.
    [[nodiscard]] std::string_view text() const noexcept { return norm_.text(); }
    [[nodiscard]] std::string_view text(Range r) const noexcept { return norm_.text().substr(r.begin, r.size()); }
    [[nodiscard]] std::string_view source() const noexcept { return norm_.source(); }
    [[nodiscard]] const NormalizedText& normalized() const noexcept { return norm_; }

    /// Source span of a normalised range.
    [[nodiscard]] Span span(Range r) const noexcept { return norm_.to_source(r.begin, r.end); }
    /// Source text (as written) with its span.
    [[nodiscard]] Text text_value(Range r) const {
        return Text{norm_.source_value(r.begin, r.end), span(r)};
    }

    /// Record diagnostic C at a normalised range, its message template filled
    /// with `args` (see DiagnosticSink::add; capped per code and in total).
    template <DiagnosticCode C, class... Args>
    void diagnose(Range where, const Args&... args) const {
        sink_.add<C>(span(where), args...);
    }
    static constexpr std::size_t kMaxPerCode = kDiagnosticsPerCode;
    /// The sink every stage after this one writes through.
    [[nodiscard]] DiagnosticSink& sink() const noexcept { return sink_; }

private:
    mutable DiagnosticSink sink_;  // declared first: the normaliser writes to it
    NormalizedText norm_;
};

}  // namespace zhenggai::input
