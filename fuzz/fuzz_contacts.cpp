// Contacts: the token matchers on raw bytes, and extract_contacts on a
// Document built from them; every value must be the source under its span.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "facts/contacts/contacts.hpp"
#include "facts/contacts/tokens.hpp"
#include "fuzz_common.hpp"
#include "input/document.hpp"
#include "report_checks.hpp"
#include "structure/paragraphs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace zhenggai;
    using fuzz::require;
    const std::string buf(fuzz::as_view(data, size));
    const std::string_view s = buf;

    // Tokens at every one of the first 64 positions.
    for (std::size_t i = 0; i < s.size() && i < 64; ++i) {
        const std::string_view t = s.substr(i);
        for (const auto n : {facts::match_phone(t), facts::match_email(t), facts::match_url(t), facts::match_postcode(t)})
            if (n) require(*n <= t.size(), "contact token longer than its input");
        if (const auto n = facts::match_postcode(t)) require(*n == 6, "postcode not six bytes");
    }

    std::vector<Diagnostic> diagnostics;
    const input::Document doc(s, diagnostics);
    const std::vector<input::Range> paragraphs = structure::split_paragraphs(doc.text());
    std::vector<input::Range> items;
    for (const input::Range& p : paragraphs) {
        require(p.begin <= p.end && p.end <= doc.text().size(), "paragraph outside the normalised text");
        if (facts::has_contact_item(doc.text(p))) items.push_back(p);
    }
    if (const auto c = facts::extract_contacts(doc, paragraphs)) fuzz::require_none(checks::check_contacts(*c, s), "contacts (all paragraphs)");
    if (const auto c = facts::extract_contacts(doc, items)) fuzz::require_none(checks::check_contacts(*c, s), "contacts (item paragraphs)");
    for (const Diagnostic& d : diagnostics)
        require(d.span.begin <= d.span.end && d.span.end <= s.size(), "diagnostic span outside the input");
    return 0;
}
