// What the contacts grammar produces. Every node is position_tagged: the
// grammar records where it was read, and the extractor turns those positions
// into spans.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <cstdint>
#include <vector>

namespace zhenggai::facts::contacts::ast {

namespace x3 = boost::spirit::x3;

/// What a contact label introduces (电话 → phone, 邮编 → postcode …).
enum class ItemKind : std::uint8_t { phone, email, website, address, postcode };

/// A value as written: a phone number, an e-mail or web address, a postal
/// address, a postcode. The text under its span is the value.
struct Value : x3::position_tagged {};

/// One labelled item: 联系电话:0571-86091234、13907311234 /
/// 邮政信箱:秋山市秋月路18号(邮编:310012).
struct Item : x3::position_tagged {
    ItemKind kind = ItemKind::phone;
    std::vector<Value> values;         ///< one or more (several phones); one address or postcode
    boost::optional<Value> postcode;   ///< a postcode written inside an address
};

}  // namespace zhenggai::facts::contacts::ast
