// Contacts grammars.
//
// Token rules (plain, no attribute): the values of a contacts block.
//   phone     0571-86091234, (0571)86091234, 13907311234, 12388
//   email     xcb@qiushan.gov.cn
//   url       http://www.qiushan.gov.cn, www.qiushan.gov.cn (never ends on . or :)
//   postcode  exactly six digits
// Sentence rule, over one item of the block (position_tagged AST):
//   contact_item  a label from the one label table, then its values:
//                 电话0571-86091234、13907311234 / 电子信箱:x@y.cn /
//                 邮政信箱:<address>(邮编:310012) / 通信地址:<address>,邮编310012 /
//                 邮编:310012 / 网址:http://…
#pragma once

#include "facts/contacts/ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/lead_set.hpp"

namespace zhenggai::facts::contacts::parser {
namespace x3 = boost::spirit::x3;
using phone_type = x3::rule<class phone_class>;
using email_type = x3::rule<class email_class>;
using url_type = x3::rule<class url_class>;
using postcode_type = x3::rule<class postcode_class>;
BOOST_SPIRIT_DECLARE(phone_type, email_type, url_type, postcode_type)

struct contact_item_class;
using contact_item_type = x3::rule<contact_item_class, ast::Item>;
BOOST_SPIRIT_DECLARE(contact_item_type)
}  // namespace zhenggai::facts::contacts::parser

namespace zhenggai::facts::contacts {
const parser::phone_type& phone();
const parser::email_type& email();
const parser::url_type& url();
const parser::postcode_type& postcode();
const parser::contact_item_type& contact_item();
/// Where a contact_item can begin: the first characters of the label table.
const x3util::LeadSet& contact_item_leads();
}  // namespace zhenggai::facts::contacts
