// The header sentences: 根据<authority>统一部署, <period>, <body>对<unit>进行了巡视。
// <date>, <body>向<recipient>反馈了巡视意见。现将…予以公布。 Read by the header
// grammars (grammar.hpp).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::facts {

namespace header_detail {
struct Scan;
struct ScanDeleter {
    void operator()(const Scan* s) const noexcept;
};
}  // namespace header_detail

/// The paragraph holding the header sentences, with what they say as read
/// while looking for them: extracting the facts then reads nothing twice.
class HeaderReading {
public:
    static constexpr std::size_t npos = std::string_view::npos;
    HeaderReading() = default;
    HeaderReading(std::size_t paragraph, std::unique_ptr<const header_detail::Scan, header_detail::ScanDeleter> scan)
        : paragraph_(paragraph), scan_(std::move(scan)) {}

    /// Index of the header paragraph, or npos.
    [[nodiscard]] std::size_t paragraph() const noexcept { return paragraph_; }
    [[nodiscard]] const header_detail::Scan* scan() const noexcept { return scan_.get(); }

private:
    std::size_t paragraph_ = npos;
    std::unique_ptr<const header_detail::Scan, header_detail::ScanDeleter> scan_;
};

/// Find the paragraph holding the header sentence (npos in the result if none).
[[nodiscard]] HeaderReading find_header(const input::Document& doc, const std::vector<input::Range>& paragraphs);

/// Index into `paragraphs` of the one holding the header sentence, or npos.
[[nodiscard]] std::size_t find_header_paragraph(const input::Document& doc, const std::vector<input::Range>& paragraphs);

struct HeaderFacts {
    Header header;
    std::optional<InspectionKind> kind;
    bool feedback_mentioned = false;   ///< 反馈 appears: inspection findings were delivered
    std::uint32_t end = 0;             ///< normalised offset where the header sentences end
    /// Words before the deployment clause in the header's first sentence: a
    /// title run into the header (…的通报根据党中央统一部署,…), or a lead-in.
    std::optional<input::Range> lead;
};

/// Read the header facts from the paragraph `where`.
[[nodiscard]] HeaderFacts extract_header(const input::Document& doc, input::Range where);

/// Read the header facts from paragraph `index`; when it opens with the
/// announcement (根据…部署要求,现将…予以公布), the inspection and feedback
/// sentences are read from the paragraphs after it.
[[nodiscard]] HeaderFacts extract_header(const input::Document& doc, const std::vector<input::Range>& paragraphs,
                                         std::size_t index);

/// The same for the paragraph `found` (non-empty), reusing its reading.
[[nodiscard]] HeaderFacts extract_header(const input::Document& doc, const std::vector<input::Range>& paragraphs,
                                         const HeaderReading& found);

/// The inspection round (十九届中央第七轮) inside `where`, if any.
[[nodiscard]] std::optional<Text> find_round(const input::Document& doc, input::Range where);

/// Turn a matched date into a calendar date, inferring a missing year from
/// `context` (the nearest earlier full date) and reporting what it could not
/// take. `at` is the normalised range of the date text.
struct DateMatch;
[[nodiscard]] std::optional<DatedValue> resolve_date(const input::Document& doc, const DateMatch& m, input::Range at,
                                                     const std::optional<DatedValue>& context, const char* what);

}  // namespace zhenggai::facts
