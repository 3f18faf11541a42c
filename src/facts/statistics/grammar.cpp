// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/statistics/grammar_def.hpp"
// The Chinese numerals table, for the characters a count can begin with.
#include "facts/numbers/grammar_def.hpp"

namespace zhenggai::facts::statistics::parser {
BOOST_SPIRIT_INSTANTIATE(count_suffix_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(percent_sign_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(sanction_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(progress_figure_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(rules_figure_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(sanction_label_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
}  // namespace zhenggai::facts::statistics::parser

namespace zhenggai::facts::statistics {

namespace {

using x3util::LeadSet;

/// A count opens with its number: an Arabic digit or a Chinese numeral.
void add_number_leads(LeadSet& set) {
    set.add_digits();
    set.add_words(numbers::parser::chinese_symbols);
}

}  // namespace

// Each set follows the first alternatives of its rule in grammar_def.hpp.
const LeadSet& sanction_leads() {
    // item: case_item (case_figures …) | label_first (people_sanctions …) | count_first (people_count …).
    static const LeadSet set = [] {
        LeadSet s;
        s.add_words(vocabulary::case_figures);
        s.add_words(vocabulary::people_sanctions);
        add_number_leads(s);
        return s;
    }();
    return set;
}

const LeadSet& progress_figure_leads() {
    // findings (feedback_cues …) | completed (已完成 / 完成 / completion_verbs …)
    // | completed_count_first and counted (item_count …) | rate (rate_names …)
    // | noun_first (noun: an optional “, then problem_nouns or work_nouns).
    static const LeadSet set = [] {
        LeadSet s;
        s.add_words(vocabulary::feedback_cues);
        s.add_word("已完成");
        s.add_word("完成");
        s.add_words(vocabulary::completion_verbs);
        add_number_leads(s);
        s.add_words(vocabulary::rate_names);
        s.add_word("“");
        s.add_words(vocabulary::problem_nouns);
        s.add_words(vocabulary::work_nouns);
        return s;
    }();
    return set;
}

const LeadSet& rules_figure_leads() {
    // rules_figure: rule_verbs …
    static const LeadSet set = [] {
        LeadSet s;
        s.add_words(vocabulary::rule_verbs);
        return s;
    }();
    return set;
}

const parser::count_suffix_type& count_suffix() { return parser::count_suffix; }
const parser::percent_sign_type& percent_sign() { return parser::percent_sign; }
const parser::sanction_type& sanction() { return parser::sanction; }
const parser::progress_figure_type& progress_figure() { return parser::progress_figure; }
const parser::rules_figure_type& rules_figure() { return parser::rules_figure; }
const parser::sanction_label_type& sanction_label() { return parser::sanction_label; }
}  // namespace zhenggai::facts::statistics
