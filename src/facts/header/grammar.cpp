// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/header/grammar_def.hpp"
#include "facts/numbers/grammar.hpp"

namespace zhenggai::facts::header::parser {
// The round and the period are also run alone, through the tagged reader.
BOOST_SPIRIT_INSTANTIATE(round_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(period_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(clause_end_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(kind_named_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(organisation_name_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(deployment_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(inspection_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(feedback_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(announcement_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
}  // namespace zhenggai::facts::header::parser

namespace zhenggai::facts::header {
const parser::round_type& round() { return parser::round; }
const parser::deployment_type& deployment() { return parser::deployment; }
const parser::inspection_type& inspection() { return parser::inspection; }
const parser::feedback_type& feedback() { return parser::feedback; }
const parser::announcement_type& announcement() { return parser::announcement; }
const parser::period_type& period() { return parser::period; }
const parser::clause_end_type& clause_end() { return parser::clause_end; }
const parser::kind_named_type& kind_named() { return parser::kind_named; }
const parser::organisation_name_type& organisation_name() { return parser::organisation_name; }

namespace {
x3util::LeadSet leads_of(const auto& table) {
    x3util::LeadSet s;
    s.add_words(table);
    return s;
}
}  // namespace

// round: -(integer >> 届) >> vocab::committees >> ….
const x3util::LeadSet& round_leads() {
    static const x3util::LeadSet set = [] {
        x3util::LeadSet s = numbers::number_leads();
        s.add_words(parser::vocab::committees);
        return s;
    }();
    return set;
}
// deployment: vocab::openers >> …; announcement: vocab::announce_openers >> ….
const x3util::LeadSet& deployment_leads() {
    static const x3util::LeadSet set = leads_of(parser::vocab::openers);
    return set;
}
const x3util::LeadSet& announcement_leads() {
    static const x3util::LeadSet set = leads_of(parser::vocab::announce_openers);
    return set;
}
}  // namespace zhenggai::facts::header
