#pragma once

#include "facts/contacts/grammar.hpp"
#include "facts/x3/utf8.hpp"

namespace zhenggai::facts::contacts::parser {

namespace x3 = boost::spirit::x3;
using x3util::ascii_digit;

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

const auto url_char = ascii_alnum | x3::char_("-._~:/?#@!$&*+=%");
const auto url_def = ((x3::lit("http") >> -x3::lit('s') >> "://") | x3::lit("www.")) >> +url_char;

const auto postcode_def = digits(6, 6) >> !ascii_digit;

BOOST_SPIRIT_DEFINE(phone, email, url, postcode)

}  // namespace zhenggai::facts::contacts::parser
