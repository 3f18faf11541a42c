// A test text with its Document and paragraphs, shared by the module suites.
#pragma once

#include <algorithm>
#include <string>
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

}  // namespace zhenggai::testing
