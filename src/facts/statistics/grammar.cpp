// Explicit instantiation: the only translation unit that compiles these rules.
#include "facts/statistics/grammar_def.hpp"

namespace zhenggai::facts::statistics::parser {
BOOST_SPIRIT_INSTANTIATE(count_suffix_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(percent_sign_type, x3cfg::iterator_type, x3cfg::context_type)
BOOST_SPIRIT_INSTANTIATE(sanction_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(progress_figure_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(rules_figure_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
BOOST_SPIRIT_INSTANTIATE(sanction_label_type, x3cfg::iterator_type, x3cfg::tagged_context_type)
}  // namespace zhenggai::facts::statistics::parser

namespace zhenggai::facts::statistics {
const parser::count_suffix_type& count_suffix() { return parser::count_suffix; }
const parser::percent_sign_type& percent_sign() { return parser::percent_sign; }
const parser::sanction_type& sanction() { return parser::sanction; }
const parser::progress_figure_type& progress_figure() { return parser::progress_figure; }
const parser::rules_figure_type& rules_figure() { return parser::rules_figure; }
const parser::sanction_label_type& sanction_label() { return parser::sanction_label; }

std::string_view ast::to_string(ast::SanctionKey k) noexcept {
    using K = ast::SanctionKey;
    switch (k) {
        case K::party_and_government_sanction: return "party_and_government_sanction";
        case K::party_discipline: return "party_discipline";
        case K::government_sanction: return "government_sanction";
        case K::organizational_handling: return "organizational_handling";
        case K::admonishment: return "admonishment";
        case K::accountability: return "accountability";
        case K::criticism_education: return "criticism_education";
        case K::reminder_talk: return "reminder_talk";
        case K::education_reminder: return "education_reminder";
        case K::transferred_to_judiciary: return "transferred_to_judiciary";
        case K::transferred_to_discipline_commission: return "transferred_to_discipline_commission";
        case K::ordered_self_examination: return "ordered_self_examination";
        case K::party_serious_warning: return "party_serious_warning";
        case K::party_warning: return "party_warning";
        case K::removal_from_party_post: return "removal_from_party_post";
        case K::party_probation: return "party_probation";
        case K::expulsion_from_party: return "expulsion_from_party";
        case K::major_demerit: return "major_demerit";
        case K::demerit: return "demerit";
        case K::demotion_in_grade: return "demotion_in_grade";
        case K::dismissal: return "dismissal";
        case K::expulsion: return "expulsion";
        case K::warning: return "warning";
        case K::reassignment: return "reassignment";
        case K::removal_from_post: return "removal_from_post";
        case K::demotion: return "demotion";
        case K::ordered_resignation: return "ordered_resignation";
        case K::suspension: return "suspension";
        case K::discipline: return "discipline";
        case K::cases_filed: return "cases_filed";
        case K::cases_closed: return "cases_closed";
    }
    return "other";
}
}  // namespace zhenggai::facts::statistics
