// The contacts block from the contacts grammar (grammar.hpp): each labelled
// item is one contact_item rule; this file only finds where items may start
// (one trigger pass over the characters that can open a label) and files the
// values the grammar recognised under their kind.
#include "facts/contacts/contacts.hpp"

#include "facts/contacts/ast.hpp"
#include "facts/contacts/grammar.hpp"
#include "facts/x3/tagged_reader.hpp"
#include "input/text.hpp"

namespace zhenggai::facts {

namespace {

namespace ast = contacts::ast;
using input::Range;

// Every label opens with an ASCII letter (E-mail) or a CJK character of the
// blocks U+4E00..U+9FFF, whose UTF-8 lead bytes are 0xE4..0xE9: elsewhere no
// item can start and the grammar is not tried.
bool may_open_label(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u == 'E' || u == 'e' || (u >= 0xE4 && u <= 0xE9);
}

// Every item has digits (phones, postcodes), an '@' (e-mail) or a colon
// (addresses, web sites): without any, nothing to look at.
bool may_hold_item(std::string_view s) {
    for (const char c : s)
        if (text::is_digit(c) || c == '@' || c == ':') return true;
    return false;
}

// Calls f(item) for each contact item in the reader's text, left to right.
template <typename F>
void for_each_item(x3util::TaggedReader& reader, F&& f) {
    const std::string_view s = reader.text();
    for (std::size_t i = 0; i < s.size();) {
        if (may_open_label(s[i]) && contacts::contact_item_leads().may_start(s, i)) {
            ast::Item item;
            std::size_t next = i;
            if (reader.parse_at(next, s.size(), contacts::contact_item(), item) && next > i) {
                if (!f(item)) return;
                i = next;
                continue;
            }
        }
        i += input::utf8_length(s, i);
    }
}

}  // namespace

bool has_contact_item(std::string_view s) {
    if (!may_hold_item(s)) return false;
    x3util::TaggedReader reader(s);
    bool found = false;
    for_each_item(reader, [&](const ast::Item&) {
        found = true;
        return false;
    });
    return found;
}

std::optional<Contacts> extract_contacts(const input::Document& doc, const std::vector<Range>& paragraphs) {
    Contacts c;
    bool any = false;
    std::uint32_t first = 0, last = 0;
    for (const Range r : paragraphs) {
        if (!may_hold_item(doc.text(r))) continue;
        x3util::TaggedReader reader(doc, r);
        for_each_item(reader, [&](const ast::Item& item) {
            for (const ast::Value& v : item.values) {
                Text t = reader.text_of(v);
                switch (item.kind) {
                    case ast::ItemKind::phone: c.phones.push_back(std::move(t)); break;
                    case ast::ItemKind::email: c.emails.push_back(std::move(t)); break;
                    case ast::ItemKind::website: c.websites.push_back(std::move(t)); break;
                    case ast::ItemKind::address: c.postal_address = std::move(t); break;
                    case ast::ItemKind::postcode: c.postcode = std::move(t); break;
                }
            }
            if (item.postcode) c.postcode = reader.text_of(*item.postcode);
            const Range at = reader.range_of(item);
            if (!any) first = at.begin;
            any = true;
            last = at.end;
            return true;
        });
    }
    if (!any) return std::nullopt;
    c.span = doc.span(Range{first, last});
    return c;
}

}  // namespace zhenggai::facts
