// The contacts block: 联系方式:电话0573-XXXXXXXX;邮政信箱:<address>;邮编:NNNNNN;
// 电子信箱:x@y.cn — inline or one item per line, with the labels' many spellings.
#pragma once

#include <optional>
#include <vector>

#include "input/document.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::facts {

/// Whether a paragraph carries at least one labelled contact item.
[[nodiscard]] bool has_contact_item(std::string_view paragraph);

/// Read every contact item in `paragraphs` (the contacts block).
[[nodiscard]] std::optional<Contacts> extract_contacts(const input::Document& doc, const std::vector<input::Range>& paragraphs);

}  // namespace zhenggai::facts
