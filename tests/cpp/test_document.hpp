// A test text with its Document and paragraphs, shared by the module suites.
#pragma once

#include <gtest/gtest.h>

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

    explicit TestDocument(std::string s, input::Wrapping wrapping = input::Wrapping::detect)
        : src(std::move(s)), doc(src, diags, wrapping), paras(structure::split_paragraphs(doc.text())) {}
    TestDocument(input::Wrapping wrapping, std::string s) : TestDocument(std::move(s), wrapping) {}
    TestDocument(const TestDocument&) = delete;
    TestDocument& operator=(const TestDocument&) = delete;

    /// The source bytes under a span.
    [[nodiscard]] std::string at(Span sp) const { return src.substr(sp.begin, sp.size()); }
    /// The value under a span as the parser gives it (dropped line breaks
    /// and pinyin insertions left out).
    [[nodiscard]] std::string value_at(Span sp) const { return doc.normalized().value_at(sp); }
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

/// The text as a PDF or Word attachment gives it: each line broken when it
/// reaches `columns` columns as written (a CJK character two, ASCII one),
/// inside words, numbers and dates; read it with input::Wrapping::join.
inline std::string hard_wrapped(const std::string& s, std::size_t columns = 30) {
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto lead = static_cast<unsigned char>(s[i]);
        const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        const std::size_t width = n == 1 ? 1 : 2;
        if (s[i] == '\n') {
            used = 0;
        } else if (used + width > columns) {
            out += '\n';
            used = 0;
        }
        out.append(s, i, n);
        if (s[i] != '\n') used += width;
        i += n;
    }
    return out;
}

/// The forms a sentence shape is tested in: as scraped (half width), as
/// published (full width) and as extracted from a PDF attachment (hard-wrapped
/// lines, read with the lines joined).
enum class Form { half_width, full_width, hard_wrapped };

class FormTest : public ::testing::TestWithParam<Form> {
protected:
    /// The test text as written in this form (no line breaks added).
    [[nodiscard]] std::string as_written(const std::string& half) const {
        return GetParam() == Form::full_width ? full_width(half) : half;
    }
    /// The input in this form.
    [[nodiscard]] std::string text(const std::string& half) const {
        return GetParam() == Form::hard_wrapped ? hard_wrapped(half) : as_written(half);
    }
    [[nodiscard]] input::Wrapping wrapping() const {
        return GetParam() == Form::hard_wrapped ? input::Wrapping::join : input::Wrapping::keep;
    }
};

inline std::string form_name(const ::testing::TestParamInfo<Form>& info) {
    switch (info.param) {
        case Form::half_width: return "HalfWidth";
        case Form::full_width: return "FullWidth";
        case Form::hard_wrapped: return "HardWrapped";
    }
    return "Unknown";
}

#define ZHENGGAI_INSTANTIATE_FORMS(Suite)                                                                       \
    INSTANTIATE_TEST_SUITE_P(Forms, Suite,                                                                    \
                             ::testing::Values(::zhenggai::testing::Form::half_width,                         \
                                               ::zhenggai::testing::Form::full_width,                         \
                                               ::zhenggai::testing::Form::hard_wrapped),                      \
                             ::zhenggai::testing::form_name)

}  // namespace zhenggai::testing
