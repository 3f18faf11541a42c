// The JSON form of a Report: schema "zhenggai.report/1".
//
// One generic walker over the model's description (zhenggai/model/describe.hpp):
// keys, their order, renamed keys, the compact forms of value types (spans in a
// "spans" object or a "<key>_span" sibling, flags in arrays or keys of their
// own, contacts listed with their kinds) all come from the description; no
// struct is named here.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "output/json_value.hpp"
#include "output/model_walk.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/model/describe.hpp"

namespace zhenggai::output {

namespace {

using model::Described;
using model::JsonForm;
using model::JsonNumber;
using model::JsonShape;
using model::ValueType;
using model::ValueTypeOf;
using walk::FieldValueType;
using walk::for_each_field_in;
using walk::for_each_flag;
using walk::is_optional;
using walk::is_vector;
using walk::present;

/// Parse "<integer>e-<scale>" with from_chars: the correctly rounded double
/// nearest to units / 10^scale, independent of the C locale.
double scaled_double(std::int64_t units, int scale) {
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%llde-%d", static_cast<long long>(units), scale);
    double d = 0.0;
    if (n > 0 && static_cast<std::size_t>(n) < sizeof buf) {
        const auto res = std::from_chars(buf, buf + n, d);
        if (res.ec == std::errc{}) return d;
    }
    // Unreachable in practice (from_chars only fails on overflow/underflow,
    // which "int64 e-255" cannot reach); fall back to plain division.
    d = static_cast<double>(units);
    for (int i = 0; i < scale; ++i) d /= 10.0;
    return d;
}

template <Described S>
Json encode_struct(const S& s);

/// The JSON of any model value, by its type.
template <class T>
Json encode(const T& v, JsonNumber number = JsonNumber::as_is) {
    if constexpr (is_optional<T>) {
        return v ? encode(*v, number) : Json(nullptr);
    } else if constexpr (is_vector<T>) {
        Json a = Json::array();
        for (const auto& item : v) a.push_back(encode(item, number));
        return a;
    } else if constexpr (Described<T>) {
        return encode_struct(v);
    } else if constexpr (std::is_enum_v<T>) {
        return to_string(v);
    } else if constexpr (std::is_same_v<T, Date>) {
        return date_to_json(v);
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
        return number == JsonNumber::fen_as_yuan ? money_yuan_to_json(v) : Json(v);
    } else {
        return Json(v);
    }
}

/// A value type written as its value: Text as its string, Count as its number.
template <class V>
Json encode_value(const V& v) {
    if constexpr (is_optional<V>) {
        return v ? encode_value(*v) : Json(nullptr);
    } else if constexpr (is_vector<V>) {
        Json a = Json::array();
        for (const auto& item : v) a.push_back(encode_value(item));
        return a;
    } else {
        static_assert(ValueType<V>, "a compact JSON form needs a value type (one value and one span field)");
        return encode(v.*model::value_field<V>().member);
    }
}

template <Described S>
void write_grouped_spans(const S& s, Json& j) {
    Json spans = Json::object();
    // One array per flag name, in the order the names first appear; every
    // array is written, empty or not, so the document's shape is fixed.
    std::vector<std::pair<std::string_view, Json>> flag_lists;
    for_each_field_in<S, JsonForm::value_spans_grouped>([&](const auto& fld) {
        using V = FieldValueType<decltype(fld)>;
        const V* v = present(s.*fld.member);
        if (v) spans[std::string(fld.json_key())] = encode(v->*model::span_field<V>().member);
        for_each_flag<V>([&](const auto& flag) {
            auto list = std::find_if(flag_lists.begin(), flag_lists.end(),
                                     [&](const auto& named) { return named.first == flag.name; });
            if (list == flag_lists.end()) list = flag_lists.insert(list, {flag.name, Json::array()});
            if (v && v->*flag.member) list->second.push_back(fld.json_key());
        });
    });
    j["spans"] = std::move(spans);
    for (auto& [name, list] : flag_lists) j[std::string(name)] = std::move(list);
}

template <Described S>
void write_beside_spans(const S& s, Json& j) {
    for_each_field_in<S, JsonForm::value_span_beside>([&](const auto& fld) {
        using V = FieldValueType<decltype(fld)>;
        const V* v = present(s.*fld.member);
        j[std::string(fld.json_key()) + "_span"] = v ? encode(v->*model::span_field<V>().member) : Json(nullptr);
    });
}

template <Described S>
void write_beside_flags(const S& s, Json& j) {
    for_each_field_in<S, JsonForm::value_span_beside>([&](const auto& fld) {
        using V = FieldValueType<decltype(fld)>;
        const V* v = present(s.*fld.member);
        for_each_flag<V>([&](const auto& flag) { j[std::string(flag.name)] = v && v->*flag.member; });
    });
}

template <Described S>
void write_listed_items(const S& s, std::string_view key, Json& j) {
    struct Item {
        std::string_view kind;
        Json value;
        Span span;
        std::ptrdiff_t member_offset;
    };
    std::vector<Item> items;
    for_each_field_in<S, JsonForm::value_listed>([&](const auto& fld) {
        using M = typename std::remove_cvref_t<decltype(fld)>::Type;
        using V = ValueTypeOf<M>;
        const M& m = s.*fld.member;
        // Items that start at the same byte keep the order of the struct's
        // members, whatever order the JSON keys have.
        const std::ptrdiff_t offset = reinterpret_cast<const char*>(&m) - reinterpret_cast<const char*>(&s);
        const auto add = [&](const V& v) {
            items.push_back({fld.options.json.item_kind, encode(v.*model::value_field<V>().member),
                             v.*model::span_field<V>().member, offset});
        };
        if constexpr (is_vector<M>) {
            for (const V& v : m) add(v);
        } else if (const V* v = present(m)) {
            add(*v);
        }
    });
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.member_offset < b.member_offset;
    });
    Json a = Json::array();
    for (Item& item : items) {
        Json o = Json::object();
        o["kind"] = item.kind;
        o["value"] = std::move(item.value);
        o["span"] = span_to_json(item.span);
        a.push_back(std::move(o));
    }
    j[std::string(key)] = std::move(a);
}

/// A list of {key, value} records as one object.
template <model::KeyedRecord R>
Json encode_keyed_object(const std::vector<R>& records, JsonNumber number) {
    const auto& [key_field, value_field] = model::description<R>.entries;
    Json o = Json::object();
    for (const R& r : records) o[r.*key_field.member] = encode(r.*value_field.member, number);
    return o;
}

template <Described S, std::size_t I>
void write_entry(const S& s, Json& j) {
    constexpr const auto& entry = model::entry<S, I>;
    using Entry = std::remove_cvref_t<decltype(entry)>;
    if constexpr (model::is_field<Entry>) {
        const std::string key(entry.json_key());
        const auto& m = s.*entry.member;
        constexpr JsonForm form = entry.form();
        if constexpr (form == JsonForm::nested) {
            j[key] = encode(m, entry.options.json.number);
        } else if constexpr (form == JsonForm::keyed_object) {
            j[key] = encode_keyed_object(m, entry.options.json.number);
        } else {
            j[key] = encode_value(m);
        }
    } else if constexpr (std::is_same_v<Entry, model::ConstantKey>) {
        j[std::string(entry.key)] = entry.value;
    } else if constexpr (std::is_same_v<Entry, model::GroupedSpans>) {
        write_grouped_spans(s, j);
    } else if constexpr (std::is_same_v<Entry, model::BesideSpans>) {
        write_beside_spans(s, j);
    } else if constexpr (std::is_same_v<Entry, model::BesideFlags>) {
        write_beside_flags(s, j);
    } else if constexpr (std::is_same_v<Entry, model::ListedItems>) {
        write_listed_items(s, entry.key, j);
    } else {
        static_assert(model::is_also_as<Entry>, "an entry kind the writer does not know");
        j[std::string(entry.key)] = encode(s.*entry.member, entry.number);
    }
}

// Sections nest as deep as the document does; the recursion only follows the
// tree that exists in memory.
template <Described S>
Json encode_struct(const S& s) {
    constexpr JsonShape shape = model::description<S>.shape;
    if constexpr (shape == JsonShape::number) {
        static_assert(std::is_same_v<S, Decimal>, "the number shape is Decimal's: units / 10^scale");
        return decimal_to_json(s);
    } else if constexpr (shape == JsonShape::array) {
        Json a = Json::array();
        for_each_field_in<S, JsonForm::nested>([&](const auto& fld) { a.push_back(encode(s.*fld.member)); });
        return a;
    } else {
        Json j = Json::object();
        model::for_each_entry_index<S>([&](auto index) { write_entry<S, decltype(index)::value>(s, j); });
        return j;
    }
}

}  // namespace

Json span_to_json(Span span) { return encode(span); }

Json date_to_json(const Date& date) {
    if (date.is_special()) return nullptr;
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", static_cast<unsigned>(date.year()),
                                static_cast<unsigned>(date.month().as_number()), static_cast<unsigned>(date.day()));
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

Json money_yuan_to_json(std::int64_t amount_fen) {
    if (amount_fen % 100 == 0) return amount_fen / 100;
    // The nearest double to the exact value prints back as that value (at most
    // two decimals) through nlohmann's shortest round-trip output, for every
    // amount below 10^13 yuan; amount_fen stays the exact reference.
    return scaled_double(amount_fen, 2);
}

Json decimal_to_json(const Decimal& value) { return scaled_double(value.units, value.scale); }

std::string dump(const Json& value, int indent) {
    return value.dump(indent < 0 ? -1 : indent, ' ', false, Json::error_handler_t::replace);
}

Json diagnostics_to_json_value(const Report& report) { return encode(report.diagnostics); }

Json to_json_value(const Report& report) { return encode(report); }

}  // namespace zhenggai::output

namespace zhenggai {

std::string to_json(const Report& report, const JsonOptions& options) {
    return output::dump(output::to_json_value(report), options.indent);
}

std::string diagnostics_to_json(const Report& report, const JsonOptions& options) {
    return output::dump(output::diagnostics_to_json_value(report), options.indent);
}

}  // namespace zhenggai
