// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/numbers/grammar_def.hpp"

namespace zhenggai::facts::numbers::parser {
BOOST_SPIRIT_INSTANTIATE(arabic_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(chinese_type, x3cfg::iterator_type, x3cfg::context_type)
}  // namespace zhenggai::facts::numbers::parser

namespace zhenggai::facts::numbers {
const parser::arabic_type& arabic() { return parser::arabic; }
const parser::chinese_type& chinese() { return parser::chinese; }
const x3util::LeadSet& number_leads() {
    static const x3util::LeadSet set = [] {
        x3util::LeadSet s;
        s.add_digits();
        s.add_words(parser::chinese_symbols);
        return s;
    }();
    return set;
}
}  // namespace zhenggai::facts::numbers
