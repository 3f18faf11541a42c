// Structure layer, the outline: the paragraphs of the text and, for each, the
// numbered heading it opens with. Headings are recognised here once; every
// later stage (locating the parts, the section tree, next steps, the
// overview) looks them up instead of reading the paragraph again.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "input/document.hpp"
#include "structure/sections.hpp"

namespace zhenggai::structure {

class Outline {
public:
    explicit Outline(const input::Document& doc);

    [[nodiscard]] const std::vector<input::Range>& paragraphs() const noexcept { return paragraphs_; }
    [[nodiscard]] std::size_t size() const noexcept { return paragraphs_.size(); }
    [[nodiscard]] bool empty() const noexcept { return paragraphs_.empty(); }
    [[nodiscard]] input::Range operator[](std::size_t i) const noexcept { return paragraphs_[i]; }

    /// The heading paragraph `i` opens with, or nullptr.
    [[nodiscard]] const Heading* heading(std::size_t i) const noexcept {
        return headings_[i] ? &*headings_[i] : nullptr;
    }
    /// The first paragraph in [first, last) that opens with a heading, or `last`.
    [[nodiscard]] std::size_t first_heading(std::size_t first, std::size_t last) const noexcept;

private:
    std::vector<input::Range> paragraphs_;
    std::vector<std::optional<Heading>> headings_;  // one per paragraph
};

}  // namespace zhenggai::structure
