#include "facts/dates/grammar_def.hpp"

namespace zhenggai::facts::dates::parser {
BOOST_SPIRIT_INSTANTIATE(date_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(numeric_date_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(range_separator_type, x3cfg::iterator_type, x3cfg::context_type)
}  // namespace zhenggai::facts::dates::parser

namespace zhenggai::facts::dates {
const parser::date_type& date() { return parser::date; }
const parser::numeric_date_type& numeric_date() { return parser::numeric_date; }
const parser::range_separator_type& range_separator() { return parser::range_separator; }
const x3util::LeadSet& date_leads() {
    // date: -year (year_digits | chinese_year: year_digit …) >> month (uint12 | small_numeral …).
    static const x3util::LeadSet set = [] {
        x3util::LeadSet s;
        s.add_digits();
        s.add_words(parser::year_digit);
        s.add_words(parser::small_numeral);
        return s;
    }();
    return set;
}
}  // namespace zhenggai::facts::dates
