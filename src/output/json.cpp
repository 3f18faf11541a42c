// The JSON form of a Report: schema "zhenggai.report/1".
//
// One generic walker over the model's description (zhenggai/model/describe.hpp):
// keys, their order, renamed keys, the compact forms of value types (spans in a
// "spans" object or a "<key>_span" sibling, flags in arrays or keys of their
// own, contacts listed with their kinds) all come from the description; no
// struct is named here.
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "input/utf8.hpp"
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

/// Writes JSON text straight into a string, formatted byte for byte as
/// nlohmann's dump() formats the same document (compact, or indented with
/// `indent` spaces: "{\n  \"key\": value,\n ...}", empty containers as {} and
/// []), so the output is the same whichever writes it. Building an
/// nlohmann tree first cost as much as parsing the report.
class Writer {
public:
    Writer(std::string& out, int indent) : out_(out), used_(out.size()), indent_(indent) {}
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;
    ~Writer() { out_.resize(used_); }  // the buffer is grown ahead of the text: cut it to what was written

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    void key(std::string_view k, std::string_view suffix = {}) {
        element();
        put('"');
        string_body(k);
        string_body(suffix);
        put('"');
        put(indent_ < 0 ? std::string_view(":") : std::string_view(": "));
        after_key_ = true;
    }

    void null() { raw("null"); }
    void boolean(bool b) { raw(b ? "true" : "false"); }
    void string(std::string_view s) {
        element();
        put('"');
        string_body(s);
        put('"');
    }
    template <class I>
    void integer(I v) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        raw(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
    }
    /// A double as nlohmann prints it (shortest round trip, "100.0" for integral values).
    void real(double d) { raw(Json(d).dump()); }
    /// Text already formatted as a JSON value.
    void raw(std::string_view text) {
        element();
        put(text);
    }

private:
    // Output goes into out_[0, used_), the string grown ahead in large steps:
    // one size test per piece instead of std::string's per-append bookkeeping.
    [[gnu::always_inline]] char* room(std::size_t n) {
        if (out_.size() - used_ < n) [[unlikely]] grow(n);
        return out_.data() + used_;
    }
    [[gnu::noinline]] void grow(std::size_t n) {
        out_.resize(std::max({out_.capacity(), out_.size() * 2, used_ + n + 4096}));
    }
    [[gnu::always_inline]] void put(char c) {
        *room(1) = c;
        ++used_;
    }
    [[gnu::always_inline]] void put(std::string_view s) {
        if (s.empty()) return;  // an empty view may hold no pointer, which memcpy must not be given
        std::memcpy(room(s.size()), s.data(), s.size());
        used_ += s.size();
    }

    void open(char c) {
        element();
        put(c);
        first_.push_back(true);
    }
    void close(char c) {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty) newline();
        put(c);
    }
    /// Before a value or key: the separator and, indented, the new line.
    void element() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (first_.empty()) return;  // the document's value
        if (!first_.back()) put(',');
        first_.back() = false;
        newline();
    }
    void newline() {
        if (indent_ < 0) return;
        const std::size_t n = first_.size() * static_cast<std::size_t>(indent_);
        char* p = room(n + 1);
        *p = '\n';
        std::memset(p + 1, ' ', n);
        used_ += n + 1;
    }

    /// The inside of a JSON string: `s` escaped as nlohmann escapes it. One
    /// pass checks the UTF-8 and finds what needs escaping, eight plain ASCII
    /// bytes and the three-byte characters of CJK text at a step: this was
    /// the writer's hottest loop.
    void string_body(std::string_view s) {
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        const auto* b = reinterpret_cast<const unsigned char*>(s.data());
        const std::size_t n = s.size(), start = used_;
        std::size_t plain = 0, i = 0;  // plain: start of the run not yet copied
        while (i < n) {
            const unsigned char c = b[i];
            if (c >= 0x80) {
                if (input::is_plain_three_byte(b + i, n - i)) {
                    i += 3;
                } else if (const input::Utf8Decoded d = input::decode_utf8(s, i); d.valid) {
                    i += d.length;
                } else {
                    // nlohmann's own replacement of invalid sequences by
                    // U+FFFD, so the two agree here too; such strings are rare.
                    used_ = start;
                    const std::string quoted =
                        Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
                    put(std::string_view(quoted).substr(1, quoted.size() - 2));
                    return;
                }
                continue;
            }
            if (n - i >= 8) {
                std::uint64_t w;
                std::memcpy(&w, b + i, 8);
                // Any byte that is '"', '\\' or below 0x20 sets a high bit
                // here (a lowest one exactly; a false one above it only sends
                // this word to the byte test).
                const std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
                const std::uint64_t special =
                    ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w);
                if (((w | special) & highs) == 0) {
                    i += 8;
                    continue;
                }
            }
            if (c >= 0x20 && c != '"' && c != '\\') {
                ++i;
            } else {
                put(s.substr(plain, i - plain));
                escape(c);
                plain = ++i;
            }
        }
        put(s.substr(plain));
    }
    void escape(unsigned char c) {
        switch (c) {
            case '"': put("\\\""); break;
            case '\\': put("\\\\"); break;
            case '\b': put("\\b"); break;
            case '\f': put("\\f"); break;
            case '\n': put("\\n"); break;
            case '\r': put("\\r"); break;
            case '\t': put("\\t"); break;
            default: {
                char buf[8];
                const int k = std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                put(std::string_view(buf, static_cast<std::size_t>(k)));
            }
        }
    }

    std::string& out_;
    std::size_t used_;  ///< bytes of out_ written; the rest is room ahead
    int indent_;
    std::vector<bool> first_;  ///< per open container: nothing written in it yet
    bool after_key_ = false;
};

template <Described S>
void write_struct(Writer& w, const S& s);

/// An amount of fen as yuan: an integer, or the double that prints as the
/// exact value (at most two decimals, for every amount below 10^13 yuan);
/// amount_fen stays the exact reference.
void write_yuan(Writer& w, std::int64_t amount_fen) {
    if (amount_fen % 100 == 0) w.integer(amount_fen / 100);
    else w.real(scaled_double(amount_fen, 2));
}

void write_date(Writer& w, const Date& date) {
    if (const auto text = date_text(date)) w.string(*text);
    else w.null();
}

/// Any model value, by its type.
template <class T>
void write(Writer& w, const T& v, JsonNumber number = JsonNumber::as_is) {
    if constexpr (is_optional<T>) {
        if (v) write(w, *v, number);
        else w.null();
    } else if constexpr (is_vector<T>) {
        w.begin_array();
        for (const auto& item : v) write(w, item, number);
        w.end_array();
    } else if constexpr (Described<T>) {
        write_struct(w, v);
    } else if constexpr (std::is_enum_v<T>) {
        w.string(to_string(v));
    } else if constexpr (std::is_same_v<T, Date>) {
        write_date(w, v);
    } else if constexpr (std::is_same_v<T, bool>) {
        w.boolean(v);
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
        if (number == JsonNumber::fen_as_yuan) write_yuan(w, v);
        else w.integer(v);
    } else if constexpr (std::is_integral_v<T>) {
        w.integer(v);
    } else if constexpr (std::is_floating_point_v<T>) {
        w.real(static_cast<double>(v));
    } else {
        w.string(std::string_view(v));
    }
}

/// A value type written as its value: Text as its string, Count as its number.
template <class V>
void write_value(Writer& w, const V& v) {
    if constexpr (is_optional<V>) {
        if (v) write_value(w, *v);
        else w.null();
    } else if constexpr (is_vector<V>) {
        w.begin_array();
        for (const auto& item : v) write_value(w, item);
        w.end_array();
    } else {
        static_assert(ValueType<V>, "a compact JSON form needs a value type (one value and one span field)");
        write(w, v.*model::value_field<V>().member);
    }
}

template <Described S>
void write_grouped_spans(Writer& w, const S& s) {
    w.key("spans");
    w.begin_object();
    // One array per flag name, in the order the names first appear; every
    // array is written, empty or not, so the document's shape is fixed.
    std::vector<std::pair<std::string_view, std::vector<std::string_view>>> flag_lists;
    for_each_field_in<S, JsonForm::value_spans_grouped>([&](const auto& fld) {
        using V = FieldValueType<decltype(fld)>;
        const V* v = present(s.*fld.member);
        if (v) {
            w.key(fld.json_key());
            write(w, v->*model::span_field<V>().member);
        }
        for_each_flag<V>([&](const auto& flag) {
            auto list = std::find_if(flag_lists.begin(), flag_lists.end(),
                                     [&](const auto& named) { return named.first == flag.name; });
            if (list == flag_lists.end()) list = flag_lists.insert(list, {flag.name, {}});
            if (v && v->*flag.member) list->second.push_back(fld.json_key());
        });
    });
    w.end_object();
    for (const auto& [name, keys] : flag_lists) {
        w.key(name);
        w.begin_array();
        for (std::string_view k : keys) w.string(k);
        w.end_array();
    }
}

template <Described S>
void write_beside_spans(Writer& w, const S& s) {
    for_each_field_in<S, JsonForm::value_span_beside>([&](const auto& fld) {
        using V = FieldValueType<decltype(fld)>;
        const V* v = present(s.*fld.member);
        w.key(fld.json_key(), "_span");
        if (v) write(w, v->*model::span_field<V>().member);
        else w.null();
    });
}

/// Members written as key and value, where a later one with the same key
/// replaces the earlier in its place (as assigning into a JSON object does).
template <class Value>
using Members = std::vector<std::pair<std::string_view, Value>>;

template <class Value>
void set_member(Members<Value>& members, std::string_view key, Value value) {
    auto it = std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.first == key; });
    if (it == members.end()) members.emplace_back(key, std::move(value));
    else it->second = std::move(value);
}

template <Described S>
void write_beside_flags(Writer& w, const S& s) {
    Members<bool> flags;
    for_each_field_in<S, JsonForm::value_span_beside>([&](const auto& fld) {
        using V = FieldValueType<decltype(fld)>;
        const V* v = present(s.*fld.member);
        for_each_flag<V>([&](const auto& flag) { set_member(flags, flag.name, v && v->*flag.member); });
    });
    for (const auto& [name, value] : flags) {
        w.key(name);
        w.boolean(value);
    }
}

template <Described S>
void write_listed_items(Writer& w, const S& s, std::string_view key) {
    struct Item {
        std::string_view kind;
        std::string_view value;
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
            items.push_back({fld.options.json.item_kind, std::string_view(v.*model::value_field<V>().member),
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
    w.key(key);
    w.begin_array();
    for (const Item& item : items) {
        w.begin_object();
        w.key("kind");
        w.string(item.kind);
        w.key("value");
        w.string(item.value);
        w.key("span");
        write(w, item.span);
        w.end_object();
    }
    w.end_array();
}

/// A list of {key, value} records as one object.
template <model::KeyedRecord R>
void write_keyed_object(Writer& w, const std::vector<R>& records, JsonNumber number) {
    const auto& [key_field, value_field] = model::description<R>.entries;
    Members<const R*> members;
    for (const R& r : records) set_member(members, std::string_view(r.*key_field.member), &r);
    w.begin_object();
    for (const auto& [key, r] : members) {
        w.key(key);
        write(w, r->*value_field.member, number);
    }
    w.end_object();
}

template <Described S, std::size_t I>
void write_entry(Writer& w, const S& s) {
    constexpr const auto& entry = model::entry<S, I>;
    using Entry = std::remove_cvref_t<decltype(entry)>;
    if constexpr (model::is_field<Entry>) {
        const auto& m = s.*entry.member;
        constexpr JsonForm form = entry.form();
        w.key(entry.json_key());
        if constexpr (form == JsonForm::nested) {
            write(w, m, entry.options.json.number);
        } else if constexpr (form == JsonForm::keyed_object) {
            write_keyed_object(w, m, entry.options.json.number);
        } else {
            write_value(w, m);
        }
    } else if constexpr (std::is_same_v<Entry, model::ConstantKey>) {
        w.key(entry.key);
        w.string(entry.value);
    } else if constexpr (std::is_same_v<Entry, model::GroupedSpans>) {
        write_grouped_spans(w, s);
    } else if constexpr (std::is_same_v<Entry, model::BesideSpans>) {
        write_beside_spans(w, s);
    } else if constexpr (std::is_same_v<Entry, model::BesideFlags>) {
        write_beside_flags(w, s);
    } else if constexpr (std::is_same_v<Entry, model::ListedItems>) {
        write_listed_items(w, s, entry.key);
    } else {
        static_assert(model::is_also_as<Entry>, "an entry kind the writer does not know");
        w.key(entry.key);
        write(w, s.*entry.member, entry.number);
    }
}

template <Described S>
void write_members(Writer& w, const S& s) {
    model::for_each_entry_index<S>([&](auto index) { write_entry<S, decltype(index)::value>(w, s); });
}

// Sections nest as deep as the document does; the recursion only follows the
// tree that exists in memory.
template <Described S>
void write_struct(Writer& w, const S& s) {
    constexpr JsonShape shape = model::description<S>.shape;
    if constexpr (shape == JsonShape::number) {
        static_assert(std::is_same_v<S, Decimal>, "the number shape is Decimal's: units / 10^scale");
        w.real(scaled_double(s.units, s.scale));
    } else if constexpr (shape == JsonShape::array) {
        w.begin_array();
        for_each_field_in<S, JsonForm::nested>([&](const auto& fld) { write(w, s.*fld.member); });
        w.end_array();
    } else {
        w.begin_object();
        write_members(w, s);
        w.end_object();
    }
}

template <class T>
std::string value_text(const T& value) {
    std::string out;
    {
        Writer w(out, -1);  // trims `out` when it goes
        write(w, value);
    }
    return out;
}

}  // namespace

std::optional<std::string> date_text(const Date& date) {
    if (date.is_special()) return std::nullopt;
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", static_cast<unsigned>(date.year()),
                                static_cast<unsigned>(date.month().as_number()), static_cast<unsigned>(date.day()));
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

std::string money_yuan_text(std::int64_t amount_fen) {
    std::string out;
    {
        Writer w(out, -1);
        write_yuan(w, amount_fen);
    }
    return out;
}

std::string decimal_text(const Decimal& value) { return value_text(value); }

void append_json(std::string& out, const Report& report, int indent, std::optional<std::string_view> path) {
    Writer w(out, indent);
    w.begin_object();
    if (path) {
        w.key("path");
        w.string(*path);
    }
    write_members(w, report);
    w.end_object();
}

std::string dump(const Json& value, int indent) {
    return value.dump(indent < 0 ? -1 : indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace zhenggai::output

namespace zhenggai {

std::string to_json(const Report& report, const JsonOptions& options) {
    std::string out;
    out.reserve(report.source_size * 4 + 1024);  // the JSON form is about four times its text
    output::append_json(out, report, options.indent);
    return out;
}

std::string diagnostics_to_json(const Report& report, const JsonOptions& options) {
    std::string out;
    {
        output::Writer w(out, options.indent);
        output::write(w, report.diagnostics);
    }
    return out;
}

}  // namespace zhenggai
