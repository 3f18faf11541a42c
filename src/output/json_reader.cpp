// from_json: the JSON form read back into a Report.
//
// The inverse of the writer in json.cpp, walking the same description
// (zhenggai/model/describe.hpp): every key the writer derives from a field is
// read back into that field, computed keys (amount_yuan) are skipped, and the
// parts of value types the compact forms scatter (spans in "spans" or
// "<key>_span", flags in arrays or keys of their own, contacts in "items") are
// gathered back. Numbers are read exactly: a decimal or an amount in yuan is
// rebuilt from the number's digits, never through arithmetic on a double.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
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
using walk::FieldType;
using walk::FieldValueType;
using walk::for_each_field_in;
using walk::for_each_flag;
using walk::is_optional;
using walk::is_vector;
using walk::present;

/// Deeper than any report's section tree (a handful of heading levels), and
/// shallow enough that hostile nesting cannot exhaust the stack.
constexpr int kMaxDepth = 64;

/// How deep a document may nest before it is parsed. nlohmann's ordered
/// objects copy their members (recursively) when they grow, so hostile
/// nesting would exhaust the stack while the text is still being parsed; a
/// report nests about 2 levels per section level, far below this.
constexpr int kMaxJsonNesting = 256;

/// The offset of the first bracket, outside strings, that opens a level
/// deeper than kMaxJsonNesting.
std::optional<std::size_t> nesting_too_deep(std::string_view text) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonNesting) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

/// The exact decimal a JSON number stands for, from its shortest digits.
std::optional<Decimal> exact_decimal(const Json& j) {
    if (j.is_number_unsigned()) {
        const auto u = j.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) return std::nullopt;
        return Decimal{static_cast<std::int64_t>(u), 0};
    }
    if (j.is_number_integer()) return Decimal{j.get<std::int64_t>(), 0};
    if (!j.is_number_float()) return std::nullopt;
    // nlohmann prints a double as the shortest digits that read back as it,
    // which are the digits the writer meant ("93.48", "1e+16", "1.5e-07").
    const std::string text = j.dump();
    std::size_t i = 0;
    const bool negative = i < text.size() && text[i] == '-';
    if (negative) ++i;
    std::int64_t units = 0;
    int scale = 0;
    bool in_fraction = false;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        if (text[i] == '.') {
            in_fraction = true;
            continue;
        }
        const int digit = text[i] - '0';
        if (units > (std::numeric_limits<std::int64_t>::max() - digit) / 10) return std::nullopt;
        units = units * 10 + digit;
        if (in_fraction) ++scale;
    }
    if (i < text.size()) {
        const int exponent = std::stoi(text.substr(i + 1));
        scale -= exponent;
    }
    for (; scale < 0; ++scale) {
        if (units > std::numeric_limits<std::int64_t>::max() / 10) return std::nullopt;
        units *= 10;
    }
    if (scale > std::numeric_limits<std::uint8_t>::max()) return std::nullopt;
    return Decimal{negative ? -units : units, static_cast<std::uint8_t>(scale)}.normalized();
}

/// A value as JSON prints it, for messages.
std::string shown(const Json& j) {
    std::string s = dump(j);
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return s;
}

class Reader {
public:
    [[nodiscard]] const std::optional<JsonError>& error() const { return error_; }

    template <class T>
    bool read(const Json& j, T& out, JsonNumber number = JsonNumber::as_is) {
        if constexpr (is_optional<T>) {
            if (j.is_null()) {
                out.reset();
                return true;
            }
            return read(j, out.emplace(), number);
        } else if constexpr (is_vector<T>) {
            if (!j.is_array()) return fail("expected an array, not " + shown(j));
            out.clear();
            out.resize(j.size());
            for (std::size_t i = 0; i < j.size(); ++i) {
                const Segment at(*this, std::to_string(i));
                if (!read(j[i], out[i], number)) return false;
            }
            return true;
        } else if constexpr (Described<T>) {
            if (depth_ >= kMaxDepth) return fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
            ++depth_;
            const bool ok = read_struct(j, out);
            --depth_;
            return ok;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (!j.is_boolean()) return fail("expected true or false, not " + shown(j));
            out = j.get<bool>();
            return true;
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (!j.is_string()) return fail("expected a string, not " + shown(j));
            out = j.get<std::string>();
            return true;
        } else if constexpr (std::is_enum_v<T>) {
            if (j.is_string()) {
                if (const auto e = from_string<T>(j.get<std::string>())) {
                    out = *e;
                    return true;
                }
            }
            return fail(shown(j) + " is not one of the names of its set");
        } else if constexpr (std::is_same_v<T, Date>) {
            return read_date(j, out);
        } else {
            static_assert(std::is_integral_v<T>, "a member type the reader does not know");
            if constexpr (std::is_same_v<T, std::int64_t>) {
                if (number == JsonNumber::fen_as_yuan) return read_yuan(j, out);
            }
            return read_integer(j, out);
        }
    }

private:
    /// One step of the JSON Pointer to the value being read, for the time it is read.
    class Segment {
    public:
        Segment(Reader& r, std::string step) : r_(r) { r_.path_.push_back(std::move(step)); }
        ~Segment() { r_.path_.pop_back(); }
        Segment(const Segment&) = delete;
        Segment& operator=(const Segment&) = delete;

    private:
        Reader& r_;
    };

    bool fail(std::string message) {
        if (!error_) {
            std::string pointer;
            for (const std::string& step : path_) {
                pointer += '/';
                for (const char c : step) {
                    if (c == '~')
                        pointer += "~0";
                    else if (c == '/')
                        pointer += "~1";
                    else
                        pointer += c;
                }
            }
            error_ = JsonError{JsonError::Kind::content, std::move(message), 0, std::move(pointer)};
        }
        return false;
    }

    /// The member `key` of object `j`, or null after failing with a message.
    const Json* member(const Json& j, std::string_view key) {
        const auto it = j.find(key);
        if (it == j.end()) {
            fail("missing member \"" + std::string(key) + "\"");
            return nullptr;
        }
        return &*it;
    }

    template <class T>
    bool read_member(const Json& j, std::string_view key, T& out, JsonNumber number = JsonNumber::as_is) {
        const Json* m = member(j, key);
        if (!m) return false;
        const Segment at(*this, std::string(key));
        return read(*m, out, number);
    }

    template <class T>
    bool read_integer(const Json& j, T& out) {
        const auto in_range = [](auto v) { return std::in_range<T>(v); };
        if (j.is_number_unsigned() && in_range(j.get<std::uint64_t>())) {
            out = static_cast<T>(j.get<std::uint64_t>());
            return true;
        }
        if (j.is_number_integer() && !j.is_number_unsigned() && in_range(j.get<std::int64_t>())) {
            out = static_cast<T>(j.get<std::int64_t>());
            return true;
        }
        return fail("expected an integer in the range of its field, not " + shown(j));
    }

    bool read_yuan(const Json& j, std::int64_t& fen) {
        const std::optional<Decimal> yuan = exact_decimal(j);
        if (!yuan || yuan->scale > 2) return fail("expected an amount in yuan to the fen, not " + shown(j));
        std::int64_t units = yuan->units;
        for (int s = yuan->scale; s < 2; ++s) {
            if (units > std::numeric_limits<std::int64_t>::max() / 10 ||
                units < std::numeric_limits<std::int64_t>::min() / 10) {
                return fail("amount out of range: " + shown(j));
            }
            units *= 10;
        }
        fen = units;
        return true;
    }

    bool read_date(const Json& j, Date& out) {
        // The writer's form only: YYYY-MM-DD, a day that exists.
        const std::string s = j.is_string() ? j.get<std::string>() : std::string();
        const auto digits = [&](std::size_t from, std::size_t n) {
            int v = 0;
            for (std::size_t i = from; i < from + n; ++i) {
                if (s[i] < '0' || s[i] > '9') return -1;
                v = v * 10 + (s[i] - '0');
            }
            return v;
        };
        if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
            const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
            // Boost's calendar covers 1400..9999 and throws outside it.
            if (y >= 1400 && m >= 1 && m <= 12 && d >= 1 &&
                d <= boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                            static_cast<unsigned short>(m))) {
                out = Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                           static_cast<unsigned short>(d));
                return true;
            }
        }
        return fail("expected a date YYYY-MM-DD, not " + shown(j));
    }

    template <Described S>
    bool read_struct(const Json& j, S& s) {
        constexpr JsonShape shape = model::description<S>.shape;
        if constexpr (shape == JsonShape::number) {
            static_assert(std::is_same_v<S, Decimal>, "the number shape is Decimal's: units / 10^scale");
            const std::optional<Decimal> d = exact_decimal(j);
            if (!d) return fail("expected a number, not " + shown(j));
            s = *d;
            return true;
        } else if constexpr (shape == JsonShape::array) {
            constexpr std::size_t n = model::detail::described_field_count<S>();
            if (!j.is_array() || j.size() != n) {
                return fail("expected an array of " + std::to_string(n) + ", not " + shown(j));
            }
            std::size_t i = 0;
            bool ok = true;
            for_each_field_in<S, JsonForm::nested>([&](const auto& fld) {
                const Segment at(*this, std::to_string(i));
                ok = ok && read(j[i++], s.*fld.member);
            });
            return ok;
        } else {
            if (!j.is_object()) return fail("expected an object, not " + shown(j));
            // Fields first, then the entries that add spans and flags to them.
            bool ok = true;
            model::for_each_entry_index<S>(
                [&](auto index) { ok = ok && read_entry<S, decltype(index)::value>(j, s, Pass::fields); });
            model::for_each_entry_index<S>(
                [&](auto index) { ok = ok && read_entry<S, decltype(index)::value>(j, s, Pass::spans_and_flags); });
            return ok;
        }
    }

    enum class Pass { fields, spans_and_flags };

    template <Described S, std::size_t I>
    bool read_entry(const Json& j, S& s, Pass pass) {
        constexpr const auto& entry = model::entry<S, I>;
        using Entry = std::remove_cvref_t<decltype(entry)>;
        if constexpr (model::is_field<Entry>) {
            if (pass != Pass::fields) return true;
            constexpr JsonForm form = entry.form();
            auto& m = s.*entry.member;
            if constexpr (form == JsonForm::nested) {
                return read_member(j, entry.json_key(), m, entry.options.json.number);
            } else if constexpr (form == JsonForm::keyed_object) {
                return read_keyed_object(j, entry.json_key(), m, entry.options.json.number);
            } else if constexpr (form == JsonForm::value_listed) {
                return true;  // from the items, in the second pass
            } else {
                return read_value_member(j, entry.json_key(), m);
            }
        } else if constexpr (std::is_same_v<Entry, model::ConstantKey>) {
            if (pass != Pass::fields) return true;
            const Json* m = member(j, entry.key);
            if (!m) return false;
            if (!m->is_string() || m->get<std::string>() != entry.value) {
                const Segment at(*this, std::string(entry.key));
                return fail("expected \"" + std::string(entry.value) + "\", not " + shown(*m));
            }
            return true;
        } else if constexpr (model::is_also_as<Entry>) {
            return true;  // computed from a field the document also holds
        } else {
            if (pass != Pass::spans_and_flags) return true;
            if constexpr (std::is_same_v<Entry, model::GroupedSpans>) return read_grouped_spans(j, s);
            if constexpr (std::is_same_v<Entry, model::BesideSpans>) return read_beside_spans(j, s);
            if constexpr (std::is_same_v<Entry, model::BesideFlags>) return read_beside_flags(j, s);
            if constexpr (std::is_same_v<Entry, model::ListedItems>) return read_listed_items(j, entry.key, s);
            return true;
        }
    }

    /// A value type written as its value: null for an empty optional, else the value.
    template <class M>
    bool read_value_member(const Json& j, std::string_view key, M& m) {
        using V = model::ValueTypeOf<M>;
        const Json* v = member(j, key);
        if (!v) return false;
        const Segment at(*this, std::string(key));
        if constexpr (is_optional<M>) {
            if (v->is_null()) {
                m.reset();
                return true;
            }
            return read(*v, m.emplace().*model::value_field<V>().member);
        } else {
            return read(*v, m.*model::value_field<V>().member);
        }
    }

    template <class R>
    bool read_keyed_object(const Json& j, std::string_view key, std::vector<R>& records, JsonNumber number) {
        const Json* o = member(j, key);
        if (!o) return false;
        const Segment at(*this, std::string(key));
        if (!o->is_object()) return fail("expected an object, not " + shown(*o));
        const auto& [key_field, value_field] = model::description<R>.entries;
        records.clear();
        for (const auto& [name, value] : o->items()) {
            R& r = records.emplace_back();
            r.*key_field.member = name;
            const Segment item(*this, name);
            if (!read(value, r.*value_field.member, number)) return false;
        }
        return true;
    }

    template <Described S>
    bool read_grouped_spans(const Json& j, S& s) {
        const Json* spans = member(j, "spans");
        if (!spans) return false;
        bool ok = true;
        {
            const Segment at(*this, "spans");
            if (!spans->is_object()) return fail("expected an object, not " + shown(*spans));
            for_each_field_in<S, JsonForm::value_spans_grouped>([&](const auto& fld) {
                if (!ok) return;
                using V = FieldValueType<decltype(fld)>;
                V* v = present(s.*fld.member);
                const auto span = spans->find(fld.json_key());
                if (v && span == spans->end()) {
                    ok = fail("missing the span of \"" + std::string(fld.json_key()) + "\"");
                } else if (!v && span != spans->end()) {
                    const Segment key(*this, std::string(fld.json_key()));
                    ok = fail("a span for a value that is null");
                } else if (v) {
                    const Segment key(*this, std::string(fld.json_key()));
                    ok = read(*span, v->*model::span_field<V>().member);
                }
            });
        }
        // Each flag array names the fields whose value has that flag set.
        std::vector<std::pair<std::string_view, std::string_view>> may_name;  // (flag, key)
        for_each_field_in<S, JsonForm::value_spans_grouped>([&](const auto& fld) {
            using V = FieldValueType<decltype(fld)>;
            for_each_flag<V>([&](const auto& flag) {
                may_name.emplace_back(flag.name, fld.json_key());
                if (!ok) return;
                const Json* list = member(j, flag.name);
                if (!list) {
                    ok = false;
                    return;
                }
                const Segment at(*this, std::string(flag.name));
                if (!list->is_array()) {
                    ok = fail("expected an array of names, not " + shown(*list));
                    return;
                }
                const bool named = std::find(list->begin(), list->end(), Json(fld.json_key())) != list->end();
                V* v = present(s.*fld.member);
                if (named && !v) {
                    ok = fail("names \"" + std::string(fld.json_key()) + "\", which is null");
                } else if (v) {
                    v->*flag.member = named;
                }
            });
        });
        for (const auto& named_flag : may_name) {
            // Not a structured binding: clang 14 cannot capture one in the lambda below.
            const auto& flag = named_flag.first;
            if (!ok) break;
            const auto found = j.find(std::string(flag));
            if (found == j.end() || !found->is_array()) continue;  // failed above already
            const Json& list = *found;
            for (std::size_t i = 0; ok && i < list.size(); ++i) {
                const auto allowed = [&](const auto& entry) {
                    return entry.first == flag && list[i].is_string() &&
                           list[i].template get<std::string>() == entry.second;
                };
                if (std::none_of(may_name.begin(), may_name.end(), allowed)) {
                    const Segment at(*this, std::string(flag)), item(*this, std::to_string(i));
                    ok = fail(shown(list[i]) + " is not a member that can be " + std::string(flag));
                }
            }
        }
        return ok;
    }

    template <Described S>
    bool read_beside_spans(const Json& j, S& s) {
        bool ok = true;
        for_each_field_in<S, JsonForm::value_span_beside>([&](const auto& fld) {
            if (!ok) return;
            using V = FieldValueType<decltype(fld)>;
            const std::string key = std::string(fld.json_key()) + "_span";
            const Json* span = member(j, key);
            if (!span) {
                ok = false;
                return;
            }
            const Segment at(*this, key);
            if (V* v = present(s.*fld.member)) {
                ok = read(*span, v->*model::span_field<V>().member);
            } else if (!span->is_null()) {
                ok = fail("a span for a value that is null");
            }
        });
        return ok;
    }

    template <Described S>
    bool read_beside_flags(const Json& j, S& s) {
        bool ok = true;
        for_each_field_in<S, JsonForm::value_span_beside>([&](const auto& fld) {
            using V = FieldValueType<decltype(fld)>;
            for_each_flag<V>([&](const auto& flag) {
                if (!ok) return;
                bool set = false;
                ok = read_member(j, flag.name, set);
                if (V* v = present(s.*fld.member)) {
                    v->*flag.member = set;
                } else if (ok && set) {
                    const Segment at(*this, std::string(flag.name));
                    ok = fail("set for a value that is null");
                }
            });
        });
        return ok;
    }

    template <Described S>
    bool read_listed_items(const Json& j, std::string_view key, S& s) {
        const Json* items = member(j, key);
        if (!items) return false;
        bool ok = true;
        {
            const Segment at(*this, std::string(key));
            if (!items->is_array()) return fail("expected an array, not " + shown(*items));
            for_each_field_in<S, JsonForm::value_listed>([&](const auto& fld) {
                if constexpr (is_optional<FieldType<decltype(fld)>>)
                    (s.*fld.member).reset();
                else
                    (s.*fld.member).clear();
            });
            for (std::size_t i = 0; ok && i < items->size(); ++i) {
                const Segment item_at(*this, std::to_string(i));
                ok = read_item((*items)[i], s);
            }
        }
        // The bare values beside the items must be the same values.
        for_each_field_in<S, JsonForm::value_listed>([&](const auto& fld) {
            if (!ok) return;
            FieldType<decltype(fld)> bare{};
            using V = FieldValueType<decltype(fld)>;
            const auto& value_of = model::value_field<V>().member;
            if constexpr (is_vector<decltype(bare)>) {
                std::vector<typename std::remove_cvref_t<decltype(V{}.*value_of)>> values;
                if (!read_member(j, fld.json_key(), values)) {
                    ok = false;
                    return;
                }
                const auto& listed = s.*fld.member;
                ok = values.size() == listed.size() &&
                     std::equal(values.begin(), values.end(), listed.begin(),
                                [&](const auto& value, const V& v) { return value == v.*value_of; });
            } else {
                std::optional<typename std::remove_cvref_t<decltype(V{}.*value_of)>> value;
                if (!read_member(j, fld.json_key(), value)) {
                    ok = false;
                    return;
                }
                const auto& listed = s.*fld.member;
                ok = value.has_value() == listed.has_value() && (!value || *value == (*listed).*value_of);
            }
            if (!ok) {
                const Segment at(*this, std::string(fld.json_key()));
                fail("disagrees with the \"" + std::string(key) + "\" list");
            }
        });
        return ok;
    }

    template <Described S>
    bool read_item(const Json& item, S& s) {
        if (!item.is_object()) return fail("expected an object, not " + shown(item));
        std::string kind;
        if (!read_member(item, "kind", kind)) return false;
        bool known = false, ok = true;
        for_each_field_in<S, JsonForm::value_listed>([&](const auto& fld) {
            if (known || kind != fld.options.json.item_kind) return;
            known = true;
            using M = FieldType<decltype(fld)>;
            using V = FieldValueType<decltype(fld)>;
            V v{};
            ok = read_member(item, "value", v.*model::value_field<V>().member) &&
                 read_member(item, "span", v.*model::span_field<V>().member);
            if (!ok) return;
            M& m = s.*fld.member;
            if constexpr (is_vector<M>) {
                m.push_back(std::move(v));
            } else if (m) {
                ok = fail("a second item of kind \"" + kind + "\"");
            } else {
                m = std::move(v);
            }
        });
        if (!known) {
            const Segment at(*this, "kind");
            return fail("\"" + kind + "\" is not a kind of item");
        }
        return ok;
    }

    std::vector<std::string> path_;
    std::optional<JsonError> error_;
    int depth_ = 0;
};

}  // namespace

}  // namespace zhenggai::output

namespace zhenggai {

JsonResult from_json(std::string_view json) {
    if (const std::optional<std::size_t> at = output::nesting_too_deep(json)) {
        return JsonError{JsonError::Kind::syntax,
                         "nested deeper than " + std::to_string(output::kMaxJsonNesting) + " levels",
                         *at,
                         {}};
    }
    output::Json document;
    try {
        document = output::Json::parse(json.begin(), json.end());
    } catch (const output::Json::parse_error& e) {
        // nlohmann counts the bytes read, the offending one included.
        const std::size_t offset = e.byte > 0 ? std::min<std::size_t>(e.byte - 1, json.size()) : 0;
        return JsonError{JsonError::Kind::syntax, e.what(), offset, {}};
    }
    output::Reader reader;
    Report report;
    if (!reader.read(document, report)) return *reader.error();
    return report;
}

}  // namespace zhenggai
