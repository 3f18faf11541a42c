#pragma once

#include "facts/contacts/ast_adapted.hpp"
#include "facts/contacts/grammar.hpp"
#include "facts/contacts/vocabulary.hpp"
#include "facts/x3/utf8.hpp"

namespace zhenggai::facts::contacts::parser {

namespace x3 = boost::spirit::x3;
using x3util::ascii_digit;
using x3util::utf8_char;
namespace vocab = vocabulary;

// ---------------------------------------------------------------- tokens

const phone_type phone = "phone number";
const email_type email = "e-mail address";
const url_type url = "web address";
const postcode_type postcode = "postcode";

const auto digits = [](int lo, int hi) { return x3::repeat(lo, hi)[ascii_digit]; };
const auto dash = x3::lit('-') | x3::lit("—") | x3::lit("–");
const auto area_code = x3::char_('0') >> digits(2, 3);
const auto landline = ((area_code >> -dash) | ('(' >> area_code >> ')')) >> digits(7, 8) >> -(dash >> digits(1, 4));
const auto mobile = x3::char_('1') >> x3::char_('3', '9') >> digits(9, 9);
const auto phone_def = (landline | mobile | digits(5, 8)) >> !ascii_digit;

// ASCII letters and digits spelled out: x3::alnum consults <cctype>, which
// asserts (or is undefined) on the bytes of multi-byte UTF-8 characters.
const auto ascii_alnum = x3::char_('a', 'z') | x3::char_('A', 'Z') | x3::char_('0', '9');
const auto local_char = ascii_alnum | x3::char_("._%+-");
const auto domain_label = +(ascii_alnum | x3::char_('-'));
const auto email_def = +local_char >> '@' >> domain_label >> +('.' >> domain_label);

// A web address never ends on '.' or ':' (www.x.cn. ends a sentence).
const auto url_plain = ascii_alnum | x3::char_("-_~/?#@!$&*+=%");
const auto url_def = ((x3::lit("http") >> -x3::lit('s') >> "://") | x3::lit("www."))
                     >> +(url_plain | (+x3::char_(".:") >> &url_plain));

const auto postcode_def = digits(6, 6) >> !ascii_digit;

BOOST_SPIRIT_DEFINE(phone, email, url, postcode)

// ---------------------------------------------------------------- labels

/// A label from the one table whose item is of kind `k`.
struct kind_label_parser : x3::parser<kind_label_parser> {
    using attribute_type = ast::ItemKind;
    static constexpr bool has_attribute = true;
    constexpr explicit kind_label_parser(ast::ItemKind k) : kind(k) {}
    ast::ItemKind kind;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& ctx, RContext& rctx, Attribute& attr) const {
        Iterator it = first;
        ast::ItemKind k{};
        if (!vocab::labels.parse(it, last, ctx, rctx, k) || k != kind) return false;
        first = it;
        x3::traits::move_to(k, attr);
        return true;
    }
};
constexpr kind_label_parser label_of(ast::ItemKind k) { return kind_label_parser(k); }

const auto blanks = *x3::lit(' ');
/// Between a label and its value: blanks and at most one ':' (电话0571… / 电 话: 0571…).
const auto gap = blanks >> -x3::lit(':') >> blanks;
/// An address label needs its colon: 健全地址库 names no address.
const auto colon_gap = blanks >> ':' >> blanks;
/// Between several values after one label: 0571-86091234、13907311234 / … 或 … / a/b.
const auto value_separator = *(x3::lit(' ') | ',' | '/') >> -(x3::lit("、") | "或") >> blanks;

// ---------------------------------------------------------------- values

struct phone_value_class : x3::annotate_on_success {};
struct email_value_class : x3::annotate_on_success {};
struct url_value_class : x3::annotate_on_success {};
struct postcode_value_class : x3::annotate_on_success {};
struct address_value_class : x3::annotate_on_success {};
struct address_postcode_class {};
const x3::rule<phone_value_class, ast::Value> phone_value = "phone number";
const x3::rule<email_value_class, ast::Value> email_value = "e-mail address";
const x3::rule<url_value_class, ast::Value> url_value = "web address";
const x3::rule<postcode_value_class, ast::Value> postcode_value = "postcode";
const x3::rule<address_value_class, ast::Value> address_value = "postal address";
const x3::rule<address_postcode_class, ast::Value> address_postcode = "postcode inside an address";

// A value's node carries only its position: the text under it is the value.
const auto phone_value_def = x3::omit[phone];
const auto email_value_def = x3::omit[email];
const auto url_value_def = x3::omit[url];
const auto postcode_value_def = x3::omit[postcode];

const auto postcode_label = label_of(ast::ItemKind::postcode);
// The postcode written inside an address is the postcode, not part of the
// address: …巡察办(邮编:310012) / …办公室,邮编310012 / …办公室 邮编:310012.
const auto address_postcode_def =
    ('(' >> x3::omit[postcode_label] >> gap >> postcode_value >> ')')
    | (x3::omit[*(x3::lit(' ') | ',') >> postcode_label] >> gap >> postcode_value);

// Where an address ends: the item's ';' or '。', the postcode inside it, or
// another labelled item (… 电话:0571…).
const auto another_item = *(x3::lit(' ') | ',') >> vocab::labels >> blanks >> ':';
// A bracketed postcode note ends the address even when its code is lost
// (…巡察组(邮政编码:)).
const auto address_end = blanks >> (x3::lit(';') | "。" | x3::omit[address_postcode] | ('(' >> postcode_label)
                                    | another_item | x3::eoi);
// A parenthesised street address belongs to the address: 行政中心A座(秋月路18号).
const auto bracketed = '(' >> *(!(x3::lit(')') | "。") >> utf8_char) >> ')';
const auto address_value_def = x3::omit[+(!address_end >> (bracketed | utf8_char))];

BOOST_SPIRIT_DEFINE(phone_value, email_value, url_value, postcode_value, address_value, address_postcode)

// ---------------------------------------------------------------- items

struct phone_item_class : x3::annotate_on_success {};
struct email_item_class : x3::annotate_on_success {};
struct url_item_class : x3::annotate_on_success {};
struct postcode_item_class : x3::annotate_on_success {};
struct address_item_class : x3::annotate_on_success {};
struct contact_item_class : x3::annotate_on_success {};
const x3::rule<phone_item_class, ast::Item> phone_item = "phone item";
const x3::rule<email_item_class, ast::Item> email_item = "e-mail item";
const x3::rule<url_item_class, ast::Item> url_item = "web address item";
const x3::rule<postcode_item_class, ast::Item> postcode_item = "postcode item";
const x3::rule<address_item_class, ast::Item> address_item = "postal address item";
const contact_item_type contact_item = "contact item";

const auto no_postcode = x3::attr(boost::optional<ast::Value>());

// 联系电话:0571-86091234、13907311234
const auto phone_item_def = label_of(ast::ItemKind::phone) >> gap >> (phone_value % value_separator) >> no_postcode;
// 电子信箱:xcb@qiushan.gov.cn
const auto email_item_def = label_of(ast::ItemKind::email) >> gap >> (email_value % value_separator) >> no_postcode;
// 网址:http://www.qiushan.gov.cn
const auto url_item_def = label_of(ast::ItemKind::website) >> gap >> (url_value % value_separator) >> no_postcode;
// 邮编:310012
const auto postcode_item_def = postcode_label >> gap >> x3::repeat(1)[postcode_value] >> no_postcode;
// 邮政信箱:秋山市秋月路18号市委巡察办(邮编:310012)
const auto address_item_def =
    label_of(ast::ItemKind::address) >> colon_gap >> x3::repeat(1)[address_value] >> -address_postcode;

const auto contact_item_def = phone_item | email_item | url_item | postcode_item | address_item;

BOOST_SPIRIT_DEFINE(phone_item, email_item, url_item, postcode_item, address_item, contact_item)

}  // namespace zhenggai::facts::contacts::parser
