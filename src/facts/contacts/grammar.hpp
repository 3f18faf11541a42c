#pragma once

#include "facts/x3/config.hpp"

namespace zhenggai::facts::contacts::parser {
namespace x3 = boost::spirit::x3;
using phone_type = x3::rule<class phone_class>;
using email_type = x3::rule<class email_class>;
using url_type = x3::rule<class url_class>;
using postcode_type = x3::rule<class postcode_class>;
BOOST_SPIRIT_DECLARE(phone_type, email_type, url_type, postcode_type)
}  // namespace zhenggai::facts::contacts::parser

namespace zhenggai::facts::contacts {
const parser::phone_type& phone();
const parser::email_type& email();
const parser::url_type& url();
const parser::postcode_type& postcode();
}  // namespace zhenggai::facts::contacts
