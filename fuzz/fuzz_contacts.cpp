// Contacts: the token matchers on raw bytes, the contact_item grammar at every
// position of the normalised text, and extract_contacts on a Document built
// from them; every value must be the source under its span.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "facts/contacts/ast.hpp"
#include "facts/contacts/contacts.hpp"
#include "facts/contacts/grammar.hpp"
#include "facts/contacts/tokens.hpp"
#include "facts/x3/tagged_reader.hpp"
#include "fuzz_common.hpp"
#include "input/document.hpp"
#include "input/utf8.hpp"
#include "report_checks.hpp"
#include "structure/paragraphs.hpp"

namespace {

using namespace zhenggai;
using fuzz::require;
namespace ast = facts::contacts::ast;

// The contact_item rule at every character of the first 256 bytes of `s`:
// an item and its values lie inside the text, in order, and each value is
// the token its kind says.
void check_items(std::string_view s) {
    facts::x3util::TaggedReader reader(s);
    for (std::size_t i = 0; i < s.size() && i < 256; i += input::utf8_length(s, i)) {
        ast::Item item;
        std::size_t next = i;
        if (!reader.parse_at(next, s.size(), facts::contacts::contact_item(), item)) continue;
        require(next > i && next <= s.size(), "contact item consumed nothing or ran past its input");
        const auto [ib, ie] = reader.offsets_of(item);
        require(ib == i && ie == next, "contact item span is not what it consumed");
        require(!item.values.empty(), "contact item without a value");
        std::size_t at = ib;
        for (const ast::Value& v : item.values) {
            const auto [b, e] = reader.offsets_of(v);
            require(at <= b && b < e && e <= ie, "contact value outside its item or out of order");
            at = e;
            const std::string_view value = s.substr(b, e - b);
            switch (item.kind) {
                case ast::ItemKind::phone: require(facts::match_phone(value) == value.size(), "phone value is no phone"); break;
                case ast::ItemKind::email: require(facts::match_email(value) == value.size(), "e-mail value is no e-mail"); break;
                case ast::ItemKind::website: require(facts::match_url(value) == value.size(), "web value is no web address"); break;
                case ast::ItemKind::postcode: require(facts::match_postcode(value) == 6, "postcode value is not six digits"); break;
                case ast::ItemKind::address:
                    require(value.find(';') == std::string_view::npos || value.find('(') != std::string_view::npos,
                            "address runs over its item's ';'");
                    require(value.back() != ' ', "address ends with a blank");
                    break;
            }
        }
        if (item.postcode) {
            require(item.kind == ast::ItemKind::address, "postcode inside an item that is no address");
            const auto [b, e] = reader.offsets_of(*item.postcode);
            require(at <= b && e <= ie && e - b == 6, "postcode inside the address misplaced or not six digits");
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
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
    check_items(doc.text());
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
