// Runs the sentence grammars (rules over position_tagged ASTs, instantiated
// for x3cfg::tagged_context_type) on one range of a Document's normalised
// text, and maps the positions annotate_on_success recorded back to ranges of
// the normalised text and spans of the source.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string_view>

#include "facts/x3/config.hpp"
#include "input/document.hpp"

namespace zhenggai::facts::x3util {

/// The error handler's report stream: the sentence grammars have no
/// expectation points, so nothing is written to it.
inline std::ostream& silent_stream() {
    static std::ostream stream(nullptr);
    return stream;
}

class TaggedReader {
public:
    TaggedReader(const input::Document& doc, input::Range r)
        : doc_(&doc), base_(r.begin), text_(doc.text(r)),
          handler_(text_.data(), text_.data() + text_.size(), silent_stream()) {}
    /// Over a plain string (no Document: ranges are offsets into `s`).
    explicit TaggedReader(std::string_view s)
        : text_(s), handler_(text_.data(), text_.data() + text_.size(), silent_stream()) {}

    TaggedReader(const TaggedReader&) = delete;
    TaggedReader& operator=(const TaggedReader&) = delete;

    [[nodiscard]] std::string_view text() const noexcept { return text_; }

    /// Parse `rule` at text()[pos, end); on success `pos` moves past the match.
    template <typename Rule, typename Attribute>
    bool parse_at(std::size_t& pos, std::size_t end, const Rule& rule, Attribute& out) {
        const char* first = text_.data() + pos;
        const char* const last = text_.data() + end;
        namespace x3 = boost::spirit::x3;
        if (!x3::parse(first, last, x3::with<x3::error_handler_tag>(std::ref(handler_))[rule], out)) return false;
        pos = static_cast<std::size_t>(first - text_.data());
        return true;
    }

    /// Offsets of a node inside text().
    [[nodiscard]] std::pair<std::size_t, std::size_t> offsets_of(const boost::spirit::x3::position_tagged& node) const {
        const auto where = handler_.position_of(node);
        return {static_cast<std::size_t>(where.begin() - text_.data()), static_cast<std::size_t>(where.end() - text_.data())};
    }
    /// The node's range of the normalised text.
    [[nodiscard]] input::Range range_of(const boost::spirit::x3::position_tagged& node) const {
        const auto [b, e] = offsets_of(node);
        return {base_ + static_cast<std::uint32_t>(b), base_ + static_cast<std::uint32_t>(e)};
    }
    [[nodiscard]] Span span_of(const boost::spirit::x3::position_tagged& node) const { return doc_->span(range_of(node)); }
    [[nodiscard]] Text text_of(const boost::spirit::x3::position_tagged& node) const {
        return doc_->text_value(range_of(node));
    }

private:
    const input::Document* doc_ = nullptr;
    std::uint32_t base_ = 0;
    std::string_view text_;
    x3cfg::error_handler_type handler_;
};

}  // namespace zhenggai::facts::x3util
