// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/contacts/grammar_def.hpp"

namespace zhenggai::facts::contacts::parser {
BOOST_SPIRIT_INSTANTIATE(phone_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(email_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(url_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(postcode_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(contact_item_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
}  // namespace zhenggai::facts::contacts::parser

namespace zhenggai::facts::contacts {
const parser::phone_type& phone() { return parser::phone; }
const parser::email_type& email() { return parser::email; }
const parser::url_type& url() { return parser::url; }
const parser::postcode_type& postcode() { return parser::postcode; }
const parser::contact_item_type& contact_item() { return parser::contact_item; }
const x3util::LeadSet& contact_item_leads() {
    // Every item opens with its label (label_of / postcode_label: vocab::labels).
    static const x3util::LeadSet set = [] {
        x3util::LeadSet s;
        s.add_words(vocabulary::labels);
        return s;
    }();
    return set;
}
}  // namespace zhenggai::facts::contacts
