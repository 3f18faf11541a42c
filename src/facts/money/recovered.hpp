// Money recovered, refunded or recouped (清退款项16.29万元, 挽回经济损失4.8亿元).
// Investments, budgets and funds (总投资783亿元) are not money items: an
// amount counts only when its clause names a recovery.
#pragma once

#include <vector>

#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::facts {

[[nodiscard]] std::vector<MoneyAmount> extract_money(const input::Document& doc, const std::vector<input::Range>& paragraphs);

}  // namespace zhenggai::facts
