// A test text with its Document and paragraphs, shared by the module suites.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "input/document.hpp"
#include "structure/paragraphs.hpp"

namespace zhenggai::testing {

// Not copyable: the Document views `src`.
struct TestDocument {
    std::string src;
    std::vector<Diagnostic> diags;
    input::Document doc;
    std::vector<input::Range> paras;

    explicit TestDocument(std::string s)
        : src(std::move(s)), doc(src, diags), paras(structure::split_paragraphs(doc.text())) {}
    TestDocument(const TestDocument&) = delete;
    TestDocument& operator=(const TestDocument&) = delete;

    /// The source bytes under a span.
    [[nodiscard]] std::string at(Span sp) const { return src.substr(sp.begin, sp.size()); }
    [[nodiscard]] bool has_diag(const std::string& code) const {
        return std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) { return d.code == code; });
    }
};

/// The full-width twin of a half-width test text (，；：（）), as published
/// pages write it; the normalised text of both is the same.
inline std::string full_width(std::string s) {
    const std::pair<std::string, std::string> map[] = {{",", "，"}, {";", "；"}, {":", "："}, {"(", "（"}, {")", "）"}};
    for (const auto& [half, full] : map) {
        for (std::size_t at = s.find(half); at != std::string::npos; at = s.find(half, at + full.size()))
            s.replace(at, half.size(), full);
    }
    return s;
}

}  // namespace zhenggai::testing
