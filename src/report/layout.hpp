// Pipeline stage one: locate the parts of the page, once.
//
// From the outline (paragraphs and their headings) decide which paragraphs
// are page chrome, the title, the header, the body and its numbered part,
// next steps, contacts, the signatory and the date line. Every later stage
// reads these indices instead of searching again.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "facts/header/header.hpp"
#include "input/document.hpp"
#include "structure/outline.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::report {

/// Where the parts are, as paragraph indices of the outline.
struct Layout {
    static constexpr std::size_t npos = std::string_view::npos;
    std::vector<std::size_t> title;      ///< paragraphs forming the title
    std::vector<std::size_t> chrome;     ///< page furniture before the header and after the date
    std::size_t header = npos;           ///< paragraph with the header sentence
    std::size_t body_begin = 0;          ///< first paragraph after the header
    std::size_t first_heading = 0;       ///< first numbered heading of the body (section_stop if none)
    std::size_t next_steps = npos;       ///< paragraph opening with 下一步
    std::size_t section_stop = 0;        ///< one past the numbered body (before a 下一步 paragraph)
    std::size_t contacts_begin = npos;   ///< first paragraph of the contacts block
    std::size_t body_stop = 0;           ///< one past the body text (before contacts)
    std::size_t body_end = 0;            ///< one past the body with contacts (before the signature)
    std::size_t signatory = npos;
    std::size_t date_line = npos;

    /// The first paragraph of the page proper after its title.
    [[nodiscard]] std::size_t page_first() const noexcept { return title.empty() ? 0 : title.back() + 1; }
};

/// What the locating pass reads off the parts themselves: the header
/// sentences, the title text, the chrome lines, the signatory and the page's date.
struct LocatedText {
    facts::HeaderReading header;  ///< the header paragraph, its sentences as read when it was found
    std::optional<Text> title;
    std::vector<Text> chrome;  ///< in source order
    std::optional<Text> closing;
    std::optional<Text> signatory;
    std::optional<DatedValue> date;
};

/// Locate the parts of the page.
[[nodiscard]] Layout locate_parts(const input::Document& doc, const structure::Outline& outline, LocatedText& found);

/// The title inside `where` (a paragraph, or the words run into the header
/// sentence) without bullets, metadata labels or an appended date, if it
/// reads as a rectification title (关于…整改…的通报/报告/情况/公告).
[[nodiscard]] std::optional<input::Range> title_within(const input::Document& doc, input::Range where);

/// Whether a paragraph opens the next-steps part (下一步, 今后,…).
[[nodiscard]] bool starts_next_steps(std::string_view paragraph);

}  // namespace zhenggai::report
