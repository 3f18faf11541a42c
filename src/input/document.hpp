// The text being parsed, seen through its normalised copy, plus the
// diagnostics sink every later stage writes to.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
    Document(std::string_view source, std::vector<Diagnostic>& diagnostics)
        : norm_(NormalizedText::from_source(source, diagnostics)), diagnostics_(&diagnostics) {}

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

    /// Record a diagnostic. A code repeated more than kMaxPerCode times is
    /// summarised once instead, so a hostile input cannot flood the report.
    void diagnose(Severity severity, std::string code, std::string message, Range where) const {
        std::size_t same = 0;
        for (const auto& d : *diagnostics_) same += d.code == code;
        if (same > kMaxPerCode) return;
        if (same == kMaxPerCode) {
            message = "further '" + code + "' diagnostics omitted";
            severity = Severity::info;
        }
        diagnostics_->push_back(Diagnostic{severity, std::move(code), std::move(message), span(where)});
    }
    static constexpr std::size_t kMaxPerCode = 50;
    [[nodiscard]] std::vector<Diagnostic>& diagnostics() const noexcept { return *diagnostics_; }

private:
    NormalizedText norm_;
    std::vector<Diagnostic>* diagnostics_;
};

}  // namespace zhenggai::input
