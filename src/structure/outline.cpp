#include "structure/outline.hpp"

#include "structure/paragraphs.hpp"

namespace zhenggai::structure {

Outline::Outline(const input::Document& doc) : paragraphs_(split_paragraphs(doc.text())) {
    headings_.reserve(paragraphs_.size());
    for (std::size_t i = 0; i < paragraphs_.size(); ++i) headings_.push_back(read_heading(doc, paragraphs_[i], i));
}

std::size_t Outline::first_heading(std::size_t first, std::size_t last) const noexcept {
    for (std::size_t i = first; i < last; ++i)
        if (headings_[i]) return i;
    return last;
}

}  // namespace zhenggai::structure
