// The JSON Schema (draft 2020-12) of schema "zhenggai.report/1", derived from
// the model's description the same way the writer derives the documents: one
// definition per described struct, one property per key the writer emits,
// every key required (the writer always writes it), the closed sets from the
// enums' name tables, and each field's documentation as its description.
#include "output/schema.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "output/json_value.hpp"
#include "output/model_walk.hpp"
#include "zhenggai/model/describe.hpp"

namespace zhenggai::output {

namespace {

using model::Described;
using model::JsonForm;
using model::JsonNumber;
using model::JsonShape;
using model::Limits;
using walk::FieldType;
using walk::FieldValueType;
using walk::for_each_field_in;
using walk::for_each_flag;
using walk::is_optional;
using walk::is_vector;

constexpr std::string_view kConventions =
    "Strings are as written in the source; dates are ISO YYYY-MM-DD and only exact days (month- or ten-day-level "
    "dates are null with a diagnostic); spans are [begin, end] UTF-8 byte offsets into the parsed text, end "
    "exclusive. Additional properties are allowed so the contract can grow.";

constexpr std::string_view kDatePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

std::string ref_to(std::string_view def) { return "#/$defs/" + std::string(def); }

/// The schema that also allows null.
Json nullable(Json schema) {
    if (schema.contains("type") && schema["type"].is_string()) {
        schema["type"] = Json::array({schema["type"], "null"});
        return schema;
    }
    if (schema.contains("enum")) {
        schema["enum"].push_back(nullptr);
        return schema;
    }
    return Json{{"oneOf", Json::array({Json{{"type", "null"}}, std::move(schema)})}};
}

Json with_limits(Json schema, const Limits& limits) {
    if (limits.minimum) schema["minimum"] = *limits.minimum;
    if (!limits.pattern.empty()) schema["pattern"] = limits.pattern;
    return schema;
}

Json described(Json schema, std::string_view doc) {
    if (!doc.empty()) schema["description"] = doc;
    return schema;
}

class SchemaWriter {
public:
    /// The root: Report's definition inline, every other struct in $defs.
    Json document() {
        Json root = Json::object();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$id"] = "https://zhenggai.invalid/schema/report.schema.json";
        root["title"] = model::kReportSchemaId;
        const Json report = object_schema<Report>();
        std::string description(model::description<Report>.doc);
        description[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(description[0])));
        root["description"] = description + ". " + std::string(kConventions);
        for (const auto& [key, value] : report.items()) {
            if (key != "description") root[key] = value;
        }
        root["$defs"] = defs_;
        return root;
    }

private:
    /// The schema of a member of type T.
    template <class T>
    Json schema_of(const Limits& limits = {}, JsonNumber number = JsonNumber::as_is) {
        if constexpr (is_optional<T>) {
            return nullable(schema_of<typename T::value_type>(limits, number));
        } else if constexpr (is_vector<T>) {
            return Json{{"type", "array"}, {"items", schema_of<typename T::value_type>(limits, number)}};
        } else if constexpr (Described<T>) {
            if constexpr (model::description<T>.shape == JsonShape::number) {
                return with_limits(Json{{"type", "number"}}, limits);
            } else {
                return Json{{"$ref", ref_to(define<T>())}};
            }
        } else if constexpr (std::is_enum_v<T>) {
            Json names = Json::array();
            for (const auto& n : enum_names(T{})) names.push_back(n.name);
            return Json{{"enum", std::move(names)}};
        } else if constexpr (std::is_same_v<T, Date>) {
            return Json{{"type", "string"}, {"pattern", kDatePattern}};
        } else if constexpr (std::is_same_v<T, std::string>) {
            return with_limits(Json{{"type", "string"}}, limits);
        } else if constexpr (std::is_same_v<T, bool>) {
            return Json{{"type", "boolean"}};
        } else {
            static_assert(std::is_integral_v<T>, "a member type the schema does not know");
            Json schema{{"type", number == JsonNumber::fen_as_yuan ? "number" : "integer"}};
            if constexpr (std::is_unsigned_v<T>) schema["minimum"] = 0;
            return with_limits(std::move(schema), limits);
        }
    }

    /// The name of S's definition, written into $defs the first time.
    template <Described S>
    std::string_view define() {
        constexpr std::string_view name = model::description<S>.json_name;
        if (!defs_.contains(name)) {
            defs_[std::string(name)] = nullptr;  // claimed first: Section refers to itself
            defs_[std::string(name)] = struct_schema<S>();
        }
        return name;
    }

    template <Described S>
    Json struct_schema() {
        constexpr const auto& d = model::description<S>;
        if constexpr (d.shape == JsonShape::array) {
            Json items = Json::array();
            for_each_field_in<S, JsonForm::nested>([&](const auto& fld) {
                items.push_back(described(schema_of<FieldType<decltype(fld)>>(fld.options.limits), fld.doc));
            });
            const std::size_t n = items.size();
            return Json{{"type", "array"},
                        {"description", d.doc},
                        {"prefixItems", std::move(items)},
                        {"minItems", n},
                        {"maxItems", n}};
        } else {
            return object_schema<S>();
        }
    }

    /// The schema of the value a compact form writes in a value type's place.
    template <class M>
    Json value_schema(const Limits& limits) {
        using V = model::ValueTypeOf<M>;
        const auto& value = model::value_field<V>();
        Limits merged = value.options.limits;
        if (limits.minimum) merged.minimum = limits.minimum;
        if (!limits.pattern.empty()) merged.pattern = limits.pattern;
        Json schema = schema_of<FieldType<decltype(value)>>(merged);
        if constexpr (is_optional<M>) {
            return nullable(std::move(schema));
        } else if constexpr (is_vector<M>) {
            return Json{{"type", "array"}, {"items", std::move(schema)}};
        } else {
            return schema;
        }
    }

    Json span_schema(bool may_be_null) {
        Json span{{"$ref", ref_to(define<Span>())}};
        return may_be_null ? nullable(std::move(span)) : span;
    }

    template <Described S>
    Json object_schema() {
        Json properties = Json::object();
        const auto add = [&](std::string_view key, Json schema) { properties[std::string(key)] = std::move(schema); };
        model::for_each_entry_index<S>([&](auto index) {
            constexpr const auto& entry = model::entry<S, decltype(index)::value>;
            using Entry = std::remove_cvref_t<decltype(entry)>;
            if constexpr (model::is_field<Entry>) {
                using M = FieldType<Entry>;
                constexpr JsonForm form = entry.form();
                const Limits& limits = entry.options.limits;
                if constexpr (form == JsonForm::nested) {
                    add(entry.json_key(), described(schema_of<M>(limits, entry.options.json.number), entry.doc));
                } else if constexpr (form == JsonForm::keyed_object) {
                    using R = typename M::value_type;
                    const auto& [key_field, value_field] = model::description<R>.entries;
                    using Value = FieldType<decltype(value_field)>;
                    add(entry.json_key(),
                        described(Json{{"type", "object"},
                                       {"additionalProperties",
                                        schema_of<Value>(value_field.options.limits, entry.options.json.number)}},
                                  std::string(entry.doc) + ", keyed by " + std::string(key_field.doc)));
                } else {
                    add(entry.json_key(), described(value_schema<M>(limits), entry.doc));
                }
            } else if constexpr (std::is_same_v<Entry, model::ConstantKey>) {
                add(entry.key, described(Json{{"const", entry.value}}, entry.doc));
            } else if constexpr (model::is_also_as<Entry>) {
                Limits limits;
                for_each_field_in<S, JsonForm::nested>([&](const auto& fld) {
                    if constexpr (std::is_same_v<FieldType<decltype(fld)>, FieldType<Entry>>) {
                        if (fld.member == entry.member) limits = fld.options.limits;
                    }
                });
                add(entry.key, described(schema_of<FieldType<Entry>>(limits, entry.number), entry.doc));
            } else if constexpr (std::is_same_v<Entry, model::GroupedSpans>) {
                add_grouped_spans<S>(add);
            } else if constexpr (std::is_same_v<Entry, model::BesideSpans>) {
                for_each_field_in<S, JsonForm::value_span_beside>([&](const auto& fld) {
                    add(std::string(fld.json_key()) + "_span",
                        described(span_schema(is_optional<FieldType<decltype(fld)>>),
                                  "where " + std::string(fld.name) + " stands in the source"));
                });
            } else if constexpr (std::is_same_v<Entry, model::BesideFlags>) {
                for_each_field_in<S, JsonForm::value_span_beside>([&](const auto& fld) {
                    for_each_flag<FieldValueType<decltype(fld)>>([&](const auto& flag) {
                        add(flag.name,
                            described(Json{{"type", "boolean"}}, std::string(fld.name) + ": " + std::string(flag.doc)));
                    });
                });
            } else if constexpr (std::is_same_v<Entry, model::ListedItems>) {
                add_listed_items<S>(entry, add);
            }
        });
        Json required = Json::array();
        for (const auto& [key, unused] : properties.items()) required.push_back(key);
        Json schema{{"type", "object"}, {"description", model::description<S>.doc}};
        schema["required"] = std::move(required);
        schema["properties"] = std::move(properties);
        return schema;
    }

    template <Described S, class Add>
    void add_grouped_spans(const Add& add) {
        struct FlagList {
            std::string_view name, doc;
            Json keys = Json::array();
        };
        Json spans = Json::object();
        std::vector<FlagList> flag_lists;  // in the order the writer writes them
        for_each_field_in<S, JsonForm::value_spans_grouped>([&](const auto& fld) {
            spans[std::string(fld.json_key())] = span_schema(false);
            for_each_flag<FieldValueType<decltype(fld)>>([&](const auto& flag) {
                auto list = std::find_if(flag_lists.begin(), flag_lists.end(),
                                         [&](const FlagList& l) { return l.name == flag.name; });
                if (list == flag_lists.end()) list = flag_lists.insert(list, FlagList{flag.name, flag.doc});
                list->keys.push_back(fld.json_key());
            });
        });
        add("spans", described(Json{{"type", "object"}, {"properties", std::move(spans)}},
                               "the span of each of the members above that is not null"));
        for (FlagList& list : flag_lists) {
            add(list.name,
                described(Json{{"type", "array"}, {"uniqueItems", true}, {"items", {{"enum", std::move(list.keys)}}}},
                          "the members above whose value is " + std::string(list.doc)));
        }
    }

    template <Described S, class Add>
    void add_listed_items(const model::ListedItems& entry, const Add& add) {
        Json kinds = Json::array();
        Json value = Json::object();
        for_each_field_in<S, JsonForm::value_listed>([&](const auto& fld) {
            kinds.push_back(fld.options.json.item_kind);
            using V = FieldValueType<decltype(fld)>;
            value = schema_of<FieldType<decltype(model::value_field<V>())>>();
        });
        Json item{
            {"type", "object"},
            {"required", Json::array({"kind", "value", "span"})},
            {"properties", {{"kind", {{"enum", std::move(kinds)}}}, {"value", value}, {"span", span_schema(false)}}}};
        add(entry.key, described(Json{{"type", "array"}, {"items", std::move(item)}}, entry.doc));
    }

    Json defs_ = Json::object();
};

}  // namespace

std::string report_schema_text() { return dump(SchemaWriter{}.document(), 2) + "\n"; }

}  // namespace zhenggai::output
