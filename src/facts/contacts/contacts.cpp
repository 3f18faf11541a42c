#include "facts/contacts/contacts.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "facts/contacts/tokens.hpp"
#include "input/text.hpp"

namespace zhenggai::facts {

namespace {

using input::Range;
constexpr std::size_t npos = std::string_view::npos;

enum class Field { phone, email, address, postcode, website };

struct Label {
    std::string_view word;
    Field field;
};
// Longer labels first so 联系电话 is not read as 电话 plus stray text.
constexpr std::array kLabels = {
    Label{"联系电话", Field::phone},   Label{"举报电话", Field::phone},   Label{"监督电话", Field::phone},
    Label{"咨询电话", Field::phone},   Label{"值班电话", Field::phone},   Label{"电话", Field::phone},
    Label{"电 话", Field::phone},     Label{"手机", Field::phone},       Label{"聯繫電話", Field::phone},
    Label{"電話", Field::phone},       Label{"电子信箱", Field::email},   Label{"电子邮箱", Field::email},
    Label{"电子邮件", Field::email},   Label{"邮箱", Field::email},       Label{"E-mail", Field::email},
    Label{"Email", Field::email},      Label{"email", Field::email},      Label{"電子信箱", Field::email},
    Label{"电子郵箱", Field::email},   Label{"邮政信箱", Field::address}, Label{"通讯地址", Field::address},
    Label{"通信地址", Field::address}, Label{"来信地址", Field::address}, Label{"联系地址", Field::address},
    Label{"邮寄地址", Field::address}, Label{"地址", Field::address},     Label{"郵政信箱", Field::address},
    Label{"邮政编码", Field::postcode}, Label{"邮编", Field::postcode},   Label{"郵政編碼", Field::postcode},
    Label{"網址", Field::website},     Label{"网址", Field::website},     Label{"网站", Field::website},
};

Range sub(Range r, std::size_t b, std::size_t e) {
    return {static_cast<std::uint32_t>(r.begin + b), static_cast<std::uint32_t>(r.begin + e)};
}

// The label at s[i], if any (longest first). Most characters start no
// label, so the first byte and character are tested before the table.
const Label* label_at(std::string_view s, std::size_t i) {
    const std::string_view here = s.substr(i);
    if (here.empty()) return nullptr;
    const auto c = static_cast<unsigned char>(here[0]);
    if (c < 0x80 ? (c != 'E' && c != 'e') : (c < 0xE4 || c > 0xE9)) return nullptr;
    static const text::LeadSet leads = [] {
        std::vector<std::string_view> v;
        for (const auto& l : kLabels) v.push_back(l.word);
        return text::LeadSet(v);
    }();
    std::size_t len = 0;
    if (!leads.contains(text::code_point_at(here, 0, len))) return nullptr;
    for (const auto& l : kLabels)
        if (here.starts_with(l.word)) return &l;
    return nullptr;
}

// Skip blanks and one ':' after a label.
std::size_t skip_colon(std::string_view s, std::size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size() && s[i] == ':') ++i;
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

// End of an item's value: the next ; or 。 (outside brackets), or the end.
std::size_t value_end(std::string_view s, std::size_t i) {
    int depth = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '(') ++depth;
        else if (c == ')' && depth > 0) --depth;
        else if (depth == 0 && (c == ';' || s.substr(i).starts_with(text::kFullStop))) return i;
        i += input::utf8_length(s, i);
    }
    return i;
}

template <class Matcher>
std::size_t read_tokens(const input::Document& doc, Range r, std::string_view s, std::size_t b, std::size_t e,
                        Matcher match, std::vector<Text>& into) {
    std::size_t i = b, last = b;
    while (i < e) {
        if (auto n = match(s.substr(i, e - i))) {
            into.push_back(doc.text_value(sub(r, i, i + *n)));
            i += *n;
            last = i;
            // Several values: separated by blanks, 、, ',' , 或 / or.
            std::size_t j = i;
            while (j < e && (s[j] == ' ' || s[j] == ',' || s[j] == '/')) ++j;
            for (std::string_view sep : {"、", "或"})
                if (s.substr(j).starts_with(sep)) j += sep.size();
            while (j < e && s[j] == ' ') ++j;
            i = j;
            continue;
        }
        break;
    }
    return last;
}

}  // namespace

bool has_contact_item(std::string_view s) {
    // Every item has digits (phones, postcodes), an '@' (e-mail) or a colon
    // after its label (addresses, web sites): without any, nothing to look at.
    bool candidate = false;
    for (const char c : s) {
        if (text::is_digit(c) || c == '@' || c == ':') {
            candidate = true;
            break;
        }
    }
    if (!candidate) return false;
    for (std::size_t i = 0; i < s.size(); i += input::utf8_length(s, i)) {
        const Label* l = label_at(s, i);
        if (!l) continue;
        const std::size_t v = skip_colon(s, i + l->word.size());
        const std::string_view rest = s.substr(v);
        switch (l->field) {
            case Field::phone: if (match_phone(rest)) return true; break;
            case Field::email: if (match_email(rest)) return true; break;
            case Field::postcode: if (match_postcode(rest)) return true; break;
            case Field::website: if (match_url(rest)) return true; break;
            case Field::address:
                if (v > i + l->word.size() && !rest.empty()) return true;  // 邮政信箱: <something>
                break;
        }
    }
    return false;
}

std::optional<Contacts> extract_contacts(const input::Document& doc, const std::vector<Range>& paragraphs) {
    Contacts c;
    bool any = false;
    std::uint32_t first = 0, last = 0;
    for (const Range r : paragraphs) {
        const std::string_view s = doc.text(r);
        for (std::size_t i = 0; i < s.size();) {
            const Label* l = label_at(s, i);
            if (!l) {
                i += input::utf8_length(s, i);
                continue;
            }
            const std::size_t v = skip_colon(s, i + l->word.size());
            const std::size_t e = value_end(s, v);
            std::size_t consumed = v;
            switch (l->field) {
                case Field::phone: consumed = read_tokens(doc, r, s, v, e, match_phone, c.phones); break;
                case Field::email: consumed = read_tokens(doc, r, s, v, e, match_email, c.emails); break;
                case Field::website: consumed = read_tokens(doc, r, s, v, e, match_url, c.websites); break;
                case Field::postcode:
                    if (auto n = match_postcode(s.substr(v))) {
                        c.postcode = doc.text_value(sub(r, v, v + *n));
                        consumed = v + *n;
                    }
                    break;
                case Field::address: {
                    if (v == i + l->word.size() && l->word == "地址") break;  // 地址 needs a colon
                    std::size_t ae = e;
                    // A postcode in brackets after the address: (邮编:650091).
                    const std::size_t open = s.substr(v, e - v).rfind('(');
                    if (open != npos) {
                        const std::size_t ob = v + open;
                        const std::size_t lb = ob + 1;
                        const Label* inner = label_at(s, lb);
                        if (inner && inner->field == Field::postcode) {
                            const std::size_t pv = skip_colon(s, lb + inner->word.size());
                            if (auto n = match_postcode(s.substr(pv))) c.postcode = doc.text_value(sub(r, pv, pv + *n));
                            ae = ob;
                        }
                    }
                    while (ae > v && s[ae - 1] == ' ') --ae;
                    if (ae > v) {
                        c.postal_address = doc.text_value(sub(r, v, ae));
                        consumed = e;
                    }
                    break;
                }
            }
            if (consumed > v) {
                if (!any) first = r.begin + static_cast<std::uint32_t>(i);
                any = true;
                last = r.begin + static_cast<std::uint32_t>(consumed);
                i = consumed;
            } else {
                i += l->word.size();
            }
        }
    }
    if (!any) return std::nullopt;
    c.span = doc.span(Range{first, last});
    return c;
}

}  // namespace zhenggai::facts
