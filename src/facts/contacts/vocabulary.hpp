// The contact labels, each spelling once, as one X3 symbol table mapping the
// label to the kind of item it introduces.
//
// The grammar matches the normalised text (traditional characters folded to
// simplified, full-width punctuation and spaces to ASCII), so no label is
// listed in a second spelling. The table matches the longest label at a
// position (联系电话 before 电话, 电子邮箱 before 邮箱).
//
// Only grammar_def.hpp includes this header.
#pragma once

#include "facts/contacts/ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/symbols.hpp"

namespace zhenggai::facts::contacts::vocabulary {

namespace x3 = boost::spirit::x3;
using ast::ItemKind;

struct labels_t : x3util::symbols<ItemKind> {
    labels_t() {
        add("电话", ItemKind::phone)("电 话", ItemKind::phone)("联系电话", ItemKind::phone)
            ("举报电话", ItemKind::phone)("监督电话", ItemKind::phone)("咨询电话", ItemKind::phone)
            ("值班电话", ItemKind::phone)("手机", ItemKind::phone)
            ("电子信箱", ItemKind::email)("电子邮箱", ItemKind::email)("电子邮件", ItemKind::email)
            ("邮箱", ItemKind::email)("E-mail", ItemKind::email)("e-mail", ItemKind::email)
            ("Email", ItemKind::email)("email", ItemKind::email)
            ("网址", ItemKind::website)("网站", ItemKind::website)
            ("邮政信箱", ItemKind::address)("通讯地址", ItemKind::address)("通信地址", ItemKind::address)
            ("来信地址", ItemKind::address)("联系地址", ItemKind::address)("邮寄地址", ItemKind::address)
            ("地址", ItemKind::address)
            ("邮政编码", ItemKind::postcode)("邮编", ItemKind::postcode);
    }
};
inline const labels_t labels;

}  // namespace zhenggai::facts::contacts::vocabulary
