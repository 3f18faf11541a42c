#include "facts/money/recovered.hpp"

#include <array>
#include <vector>

#include "facts/money/money.hpp"
#include "input/text.hpp"

namespace zhenggai::facts {

namespace {

using input::Range;
constexpr std::size_t npos = std::string_view::npos;

struct RecoveryWord {
    std::string_view word;
    MoneyCategory key;
};
using M = MoneyCategory;
// Longest first where one contains another (清理收回 before 收回).
constexpr std::array kRecovery = {
    RecoveryWord{"清理收回", M::recovered}, RecoveryWord{"挽回", M::losses_recovered},
    RecoveryWord{"挽损", M::losses_recovered}, RecoveryWord{"减少损失", M::losses_recovered},
    RecoveryWord{"减少经济损失", M::losses_recovered}, RecoveryWord{"清退", M::refunded},
    RecoveryWord{"退还", M::refunded}, RecoveryWord{"退赔", M::refunded},
    RecoveryWord{"返还", M::refunded}, RecoveryWord{"退缴", M::refunded},
    RecoveryWord{"追回", M::recovered}, RecoveryWord{"追缴", M::recovered},
    RecoveryWord{"追繳", M::recovered}, RecoveryWord{"收缴", M::recovered},
    RecoveryWord{"收繳", M::recovered}, RecoveryWord{"收回", M::recovered},
    RecoveryWord{"清收", M::recovered}, RecoveryWord{"没收", M::recovered},
    RecoveryWord{"核减", M::reduced}, RecoveryWord{"补发", M::paid_back},
    RecoveryWord{"补缴", M::paid_back}, RecoveryWord{"補發", M::paid_back},
};

// The earliest recovery word in `clause` (the longest one at that position):
// one pass over the characters, comparing words only where one could start.
const RecoveryWord* find_recovery(std::string_view clause, std::size_t& at) {
    static const text::LeadSet leads = [] {
        std::vector<std::string_view> v;
        for (const auto& w : kRecovery) v.push_back(w.word);
        return text::LeadSet(v);
    }();
    std::size_t len = 1;
    for (std::size_t i = 0; i < clause.size(); i += len) {
        if (!leads.contains(text::code_point_at(clause, i, len))) continue;
        const RecoveryWord* found = nullptr;
        for (const auto& w : kRecovery)
            if (clause.substr(i).starts_with(w.word) && (!found || w.word.size() > found->word.size())) found = &w;
        if (found) {
            at = i;
            return found;
        }
    }
    at = npos;
    return nullptr;
}

Range sub(Range r, std::size_t b, std::size_t e) {
    return {static_cast<std::uint32_t>(r.begin + b), static_cast<std::uint32_t>(r.begin + e)};
}


}  // namespace

std::vector<MoneyAmount> extract_money(const input::Document& doc, const std::vector<Range>& paragraphs) {
    std::vector<MoneyAmount> out;
    for (const Range r : paragraphs) {
        const std::string_view s = doc.text(r);
        if (!text::contains_any(s, {"元"})) continue;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (!text::is_digit(s[i]) || (i > 0 && (text::is_digit(s[i - 1]) || s[i - 1] == '.'))) continue;
            MoneyFailure failure = MoneyFailure::none;
            const auto m = match_money(s.substr(i), &failure);
            if (!m && failure == MoneyFailure::not_money) {
                // A recovery amount in a currency or unit we do not convert
                // (50万美元, 3万港元): say so rather than drop it silently.
                std::size_t e = i;
                while (e < s.size() && (text::is_digit(s[e]) || s[e] == '.')) ++e;
                std::string_view rest = s.substr(e);
                for (std::string_view mag : {"万", "亿", "千"})
                    if (rest.starts_with(mag)) { rest.remove_prefix(mag.size()); break; }
                for (std::string_view approx : {"余", "多"})
                    if (rest.starts_with(approx)) { rest.remove_prefix(approx.size()); break; }
                std::size_t unit_len = 0;
                if (text::starts_with_any(rest, {"美元", "港元", "港币", "欧元", "英镑", "日元", "澳门元", "澳元", "卢布"}, &unit_len)) {
                    const std::size_t cb = text::clause_start(s, i, ",;:(", {text::kFullStop, text::kEnumComma});
                    const std::string_view clause = s.substr(cb, i - cb);
                    std::size_t at = npos;
                    if (find_recovery(clause, at) != nullptr) {
                        const std::size_t end = static_cast<std::size_t>(rest.data() - s.data()) + unit_len;
                        doc.diagnose<DiagnosticCode::money_unit_unknown>(sub(r, i, end), s.substr(i, end - i));
                    }
                }
                i = e > i ? e - 1 : i;
                continue;
            }
            if (!m) {
                if (failure == MoneyFailure::not_exact || failure == MoneyFailure::too_large) {
                    doc.diagnose<DiagnosticCode::money_not_exact>(
                                 sub(r, i, [&] {
                                     std::size_t e = i;
                                     while (e < s.size() && (text::is_digit(s[e]) || s[e] == '.')) ++e;
                                     const std::size_t yuan = text::fast_find(s, "元", e);
                                     return yuan != npos && yuan - e <= 9 ? yuan + 3 : e;
                                 }()),
                                 failure == MoneyFailure::too_large ? "too large to represent exactly"
                                                                    : "is not a whole number of fen");
                }
                continue;
            }
            const std::size_t cb = text::clause_start(s, i, ",;:(", {text::kFullStop, text::kEnumComma});
            const std::string_view clause = s.substr(cb, i - cb);
            std::size_t best = npos;
            const RecoveryWord* word = find_recovery(clause, best);
            if (word == nullptr) {
                i += m->length - 1;
                continue;
            }
            std::size_t lb = cb + best, le = i;
            while (le > lb && text::is_space(s[le - 1])) --le;
            MoneyAmount a;
            a.category = word->key;
            a.label = doc.text_value(sub(r, lb, le));
            a.amount_fen = m->fen;
            a.text = doc.text_value(sub(r, i, i + m->length));
            a.approximate = m->approximate;
            a.span = doc.span(sub(r, lb, i + m->length));
            out.push_back(std::move(a));
            i += m->length - 1;
        }
    }
    return out;
}

}  // namespace zhenggai::facts
