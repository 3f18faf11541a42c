// The Python classes of the model, registered by walking its description
// (zhenggai/model/describe.hpp): one property per field, named, typed and
// documented as there, reading the one C++ Report. The stub text of every
// class is written by the same walk, so the .pyi cannot disagree with it.
#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "bind.hpp"
#include "zhenggai/diagnostic_codes.hpp"
#include "zhenggai/model/describe.hpp"

namespace zhenggai::pybind {

namespace model = zhenggai::model;
using namespace pybind11::literals;

std::string& stub() {
    static std::string text;
    return text;
}

namespace {

/// A nested object of a report: the state that keeps it alive and where it is.
template <class S>
struct View {
    State state;
    const S* p;
};

/// A span in both units: str indices into Report.text and UTF-8 byte offsets.
struct PySpan {
    std::uint32_t start = 0, end = 0, byte_start = 0, byte_end = 0;
    friend bool operator==(const PySpan&, const PySpan&) = default;
};

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

// Handles created once at import and leaked: they must outlive every object.
py::handle g_date, g_decimal, g_codes;
template <class E>
std::vector<py::handle>& enum_members() {
    static std::vector<py::handle> members;
    return members;
}
template <class V>
py::handle& value_class() {
    static py::handle cls;
    return cls;
}

py::object to_decimal(std::int64_t units, int scale) {
    // Decimal((sign, digits, exponent)) is exact and independent of the context.
    std::string digits = std::to_string(units);
    if (units < 0) digits.erase(0, 1);
    py::tuple t(digits.size());
    for (std::size_t i = 0; i < digits.size(); ++i) t[i] = py::int_(digits[i] - '0');
    return g_decimal(py::make_tuple(units < 0 ? 1 : 0, t, -scale));
}

// ------------------------------------------------------ Python type names ---

const char* enum_name(Severity) { return "Severity"; }
const char* enum_name(InspectionKind) { return "InspectionKind"; }
const char* enum_name(SanctionCategory) { return "SanctionCategory"; }
const char* enum_name(SanctionUnit) { return "SanctionUnit"; }
const char* enum_name(MoneyCategory) { return "MoneyCategory"; }
const char* enum_name(Encoding) { return "Encoding"; }
const char* enum_name(DiagnosticCode) { return "DiagnosticCode"; }

/// The builtin a value type's Python class derives from.
template <class T>
const char* builtin_of() {
    if constexpr (std::is_same_v<T, std::string>) return "str";
    else if constexpr (std::is_integral_v<T>) return "int";
    else if constexpr (std::is_same_v<T, Date>) return "datetime.date";
    else return "decimal.Decimal";
}

/// The annotation of a C++ type as the .pyi writes it.
template <class T>
std::string annotation() {
    if constexpr (std::is_same_v<T, bool>) return "bool";
    else if constexpr (std::is_enum_v<T>) return enum_name(T{});
    else if constexpr (std::is_integral_v<T>) return "int";
    else if constexpr (std::is_same_v<T, std::string>) return "str";
    else if constexpr (std::is_same_v<T, Date>) return "datetime.date";
    else if constexpr (std::is_same_v<T, Decimal>) return "decimal.Decimal";
    else if constexpr (IsOptional<T>::value) return annotation<typename T::value_type>() + " | None";
    else if constexpr (IsVector<T>::value) {
        using E = typename T::value_type;
        if constexpr (model::KeyedRecord<E> && !model::ValueType<E>)
            return "dict[str, " + annotation<typename std::remove_cvref_t<decltype(model::entry<E, 1>)>::Type>() + "]";
        else return "tuple[" + annotation<E>() + ", ...]";
    } else return std::string(model::description<T>.name);
}

// ------------------------------------------------------ C++ -> Python ---

PySpan map_span(const ReportState& st, Span s) {
    const TextIndex& m = st.offsets();
    const std::uint32_t start = m.code_point(s.begin);
    return {start, std::max(start, m.code_point_after(s.end)), s.begin, s.end};
}

template <class T>
py::object to_py(const T& v, const State& st);

/// A value type as its Python class: the builtin value, with span and flags as keywords.
template <model::ValueType V>
py::object value_object(const V& v, const State& st) {
    py::object value = to_py(v.*model::value_field<V>().member, st);
    if (value.is_none()) return value;  // a DatedValue without a valid day
    py::dict kw;
    model::for_each_field<V>([&](const auto& f) {
        if (f.role() != model::Role::value) kw[py::str(std::string(f.name))] = to_py(v.*f.member, st);
    });
    return value_class<V>()(value, **kw);
}

template <class T>
py::object to_py(const T& v, const State& st) {
    if constexpr (std::is_same_v<T, bool>) return py::bool_(v);
    else if constexpr (std::is_enum_v<T>)
        return py::reinterpret_borrow<py::object>(enum_members<T>().at(static_cast<std::size_t>(v)));
    else if constexpr (std::is_integral_v<T>) return py::int_(v);
    else if constexpr (std::is_same_v<T, std::string>) return make_str(v);
    else if constexpr (std::is_same_v<T, Date>) {
        if (v.is_special()) return py::none();
        const auto ymd = v.year_month_day();
        return g_date(static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day));
    } else if constexpr (std::is_same_v<T, Decimal>) return to_decimal(v.units, v.scale);
    else if constexpr (std::is_same_v<T, Span>) return py::cast(map_span(*st, v));
    else if constexpr (IsOptional<T>::value) return v ? to_py(*v, st) : py::none();
    else if constexpr (IsVector<T>::value) {
        using E = typename T::value_type;
        if constexpr (model::KeyedRecord<E> && !model::ValueType<E>) {
            py::dict d;
            for (const E& r : v) d[make_str(r.*model::entry<E, 0>.member)] = to_py(r.*model::entry<E, 1>.member, st);
            return d;
        } else {
            py::tuple t(v.size());
            for (std::size_t i = 0; i < v.size(); ++i) t[i] = to_py(v[i], st);
            return t;
        }
    } else if constexpr (model::ValueType<T>) return value_object(v, st);
    else return py::cast(View<T>{st, &v});
}

/// Diagnostic::code is a string in the model (codes read from JSON may be
/// new); the codes of the catalogue come back as DiagnosticCode members.
template <class S, std::size_t I>
constexpr bool is_diagnostic_code() {
    if constexpr (std::is_same_v<S, Diagnostic>) return model::entry<S, I>.name == "code";
    else return false;
}

template <class S, std::size_t I>
py::object field_value(const S& s, const State& st) {
    if constexpr (is_diagnostic_code<S, I>()) {
        py::str code = make_str(s.*model::entry<S, I>.member);
        return py::reinterpret_borrow<py::dict>(g_codes).attr("get")(code, code);
    } else return to_py(s.*model::entry<S, I>.member, st);
}

// ------------------------------------------- hashing, finding, printing ---

inline void mix(std::size_t& h, std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); }

template <class T>
std::size_t hash_of(const T& v) {
    std::size_t h = 0;
    if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) h = std::hash<T>{}(v);
    else if constexpr (std::is_same_v<T, std::string>) h = std::hash<std::string>{}(v);
    else if constexpr (std::is_same_v<T, Date>) h = v.is_special() ? 0 : static_cast<std::size_t>(v.day_number());
    else if constexpr (std::is_same_v<T, Decimal>) {
        h = hash_of(v.normalized().units);
        mix(h, v.normalized().scale);
    }
    else if constexpr (IsOptional<T>::value) h = v ? hash_of(*v) + 1 : 0;
    else if constexpr (IsVector<T>::value) for (const auto& x : v) mix(h, hash_of(x));
    else model::for_each_field<T>([&](const auto& f) { mix(h, hash_of(v.*f.member)); });
    return h;
}

/// Calls f on every object of type T inside v, in a fixed order.
template <class T, class M, class F>
void walk(const M& v, F& f) {
    if constexpr (IsOptional<M>::value) {
        if (v) walk<T>(*v, f);
    } else if constexpr (IsVector<M>::value) {
        for (const auto& x : v) walk<T>(x, f);
    } else if constexpr (model::Described<M> && !model::ValueType<M>) {
        if constexpr (std::is_same_v<M, T>) f(v);
        model::for_each_field<M>([&](const auto& fld) { walk<T>(v.*fld.member, f); });
    }
}

/// A short repr of the fields that are plain values; lists by their length.
template <class S>
std::string repr_of(const S& s, const State& st) {
    std::string out = std::string(model::description<S>.name) + "(";
    model::for_each_field<S>([&](const auto& f) {
        using M = typename std::remove_cvref_t<decltype(f)>::Type;
        std::string item;
        if constexpr (IsVector<M>::value) {
            if (!(s.*f.member).empty()) item = std::to_string((s.*f.member).size());
        } else if constexpr (!std::is_same_v<model::ValueTypeOf<M>, Span> &&
                             (!model::Described<model::ValueTypeOf<M>> || model::ValueType<model::ValueTypeOf<M>>)) {
            py::object o = to_py(s.*f.member, st);
            if (std::is_enum_v<M>) o = o.attr("value");
            if (!o.is_none()) {
                py::str shown = py::repr(o);
                if (py::len(shown) > 30) shown = py::str(shown[py::slice(0, 27, 1)]) + py::str("…");
                item = shown.cast<std::string>();
            }
        }
        if (item.empty() || out.size() > 200) return;
        if (out.back() != '(') out += ", ";
        out += std::string(f.name) + "=" + item;
    });
    return out + ")";
}

// --------------------------------------------------------- registration ---

template <class S>
const S& object_of(const View<S>& v) {
    return *v.p;
}
const Report& object_of(const ReportHandle& h) { return h.state->report(); }
template <class S>
const State& state_of(const View<S>& v) {
    return v.state;
}

template <class S, std::size_t I, class Self>
py::object cached_field(Self& self) {
    if constexpr (std::is_same_v<Self, ReportHandle>) {  // attributes of a Report are read once
        if (self.cache.size() <= I) self.cache.resize(I + 1);
        if (!self.cache[I]) self.cache[I] = field_value<S, I>(object_of(self), self.state);
        return self.cache[I];
    } else return field_value<S, I>(object_of(self), state_of(self));
}

void stub_property(std::string_view name, const std::string& type) {
    stub() += "    @property\n    def " + std::string(name) + "(self) -> " + type + ": ...\n";
}

}  // namespace

/// __eq__, __hash__, __copy__ and __deepcopy__ of an immutable class.
void stub_value_protocol(std::string_view cls) {
    const std::string c(cls);
    stub() += "    def __eq__(self, other: object) -> bool: ...\n    def __hash__(self) -> int: ...\n    def __copy__(self) -> " +
              c + ": ...\n    def __deepcopy__(self, memo: Any) -> " + c + ": ...\n\n";
}

namespace {

/// Whether the value type v has the named flag set.
template <class V>
bool flag_set(const V& v, std::string_view flag) {
    bool set = false;
    model::for_each_field<V>([&](const auto& g) {
        if constexpr (std::is_same_v<typename std::remove_cvref_t<decltype(g)>::Type, bool>)
            set = set || (g.role() == model::Role::flag && g.name == flag && v.*g.member);
    });
    return set;
}
template <class V>
const V* present(const V& v) {
    return &v;
}
template <class V>
const V* present(const std::optional<V>& v) {
    return v ? &*v : nullptr;
}
template <class V>
const V* present(const std::vector<V>&) {
    return nullptr;
}

/// The names of S's fields of the given form whose value has `flag` set.
template <class S>
std::vector<std::string> flagged(const S& s, model::JsonForm form, std::string_view flag) {
    std::vector<std::string> names;
    model::for_each_field<S>([&](const auto& f) {
        using V = model::ValueTypeOf<typename std::remove_cvref_t<decltype(f)>::Type>;
        if constexpr (model::ValueType<V>) {
            const V* v = present(s.*f.member);
            if (f.form() == form && v != nullptr && flag_set(*v, flag)) names.emplace_back(f.name);
        }
    });
    return names;
}

/// One property per entry of S's description; the flags of its compact
/// fields as `approximate` / `year_inferred` (a frozenset of field names for
/// grouped fields, a bool for fields written beside).
template <class S, class Self>
void bind_fields(py::class_<Self>& cls) {
    std::vector<std::pair<std::string_view, model::JsonForm>> flags;
    model::for_each_entry_index<S>([&](auto index) {
        constexpr std::size_t I = decltype(index)::value;
        using E = std::remove_cvref_t<decltype(model::entry<S, I>)>;
        const E& e = model::entry<S, I>;
        if constexpr (model::is_field<E>) {
            cls.def_property_readonly(e.name.data(), &cached_field<S, I, Self>, e.doc.data());
            stub_property(e.name, is_diagnostic_code<S, I>() ? "DiagnosticCode" : annotation<typename E::Type>());
            using V = model::ValueTypeOf<typename E::Type>;
            if constexpr (model::ValueType<V>) {
                model::for_each_field<V>([&](const auto& g) {
                    const std::pair<std::string_view, model::JsonForm> flag{g.name, e.form()};
                    if (g.role() == model::Role::flag && e.form() != model::JsonForm::nested &&
                        std::find(flags.begin(), flags.end(), flag) == flags.end())
                        flags.push_back(flag);
                });
            }
        } else if constexpr (model::is_also_as<E>) {
            cls.def_property_readonly(
                e.key.data(), [](const Self& self) { return to_decimal(object_of(self).*model::entry<S, I>.member, 2); },
                e.doc.data());
            stub_property(e.key, "decimal.Decimal");
        }
    });
    for (const auto& [name, form] : flags) {
        const bool grouped = form == model::JsonForm::value_spans_grouped;
        cls.def_property_readonly(name.data(), [name = name, form = form, grouped](const Self& self) {
            const std::vector<std::string> names = flagged(object_of(self), form, name);
            if (!grouped) return py::object(py::bool_(!names.empty()));
            return py::object(py::frozenset(py::cast(names)));
        });
        stub_property(name, grouped ? "frozenset[str]" : "bool");
    }
}

template <class S>
void bind_view(py::module_& m) {
    using V = View<S>;
    constexpr const auto& d = model::description<S>;
    py::class_<V> cls(m, d.name.data(), d.doc.data());
    stub() += "class " + std::string(d.name) + ":\n    \"\"\"" + std::string(d.doc) + "\"\"\"\n\n";
    bind_fields<S>(cls);
    if constexpr (std::is_same_v<S, Derived>) {  // report.derived["content_hash"]: by JSON key, as before
        cls.def("__getitem__", [](const V& v, const std::string& key) {
            py::object out;
            model::for_each_entry_index<S>([&](auto index) {
                constexpr std::size_t I = decltype(index)::value;
                const auto& e = model::entry<S, I>;
                if constexpr (model::is_field<std::remove_cvref_t<decltype(e)>>) {
                    if (out || e.json_key() != key) return;
                    out = field_value<S, I>(*v.p, v.state);
                    if constexpr (IsVector<typename std::remove_cvref_t<decltype(e)>::Type>::value) {
                        if (e.options.json.number == model::JsonNumber::fen_as_yuan) {
                            py::dict yuan;
                            for (const auto& t : v.p->*e.member) yuan[make_str(t.category)] = to_decimal(t.value, 2);
                            out = yuan;
                        }
                    }
                }
            });
            if (!out) throw py::key_error(key);
            return out;
        });
        stub() += "    def __getitem__(self, key: str) -> Any: ...\n";
    }
    cls.def("__eq__", [](const V& a, const V& b) { return a.p == b.p || *a.p == *b.p; }, py::is_operator())
        .def("__hash__", [](const V& v) { return hash_of(*v.p); })
        .def("__repr__", [](const V& v) { return repr_of(*v.p, v.state); })
        .def("__copy__", [](py::object self) { return self; })
        .def("__deepcopy__", [](py::object self, const py::object&) { return self; }, "memo"_a)
        .def(py::pickle(
            [](const V& v) {  // (report, ordinal): the report pickles as its source
                std::size_t n = 0, found = 0;
                auto count = [&](const S& x) {
                    if (&x == v.p) found = n;
                    ++n;
                };
                walk<S>(v.state->report(), count);
                return py::make_tuple(ReportHandle(v.state), found);
            },
            [](const py::tuple& t) {
                if (t.size() != 2) throw py::value_error("invalid pickle state");
                const State st = t[0].cast<const ReportHandle&>().state;
                const auto want = t[1].cast<std::size_t>();
                std::size_t n = 0;
                const S* hit = nullptr;
                auto find = [&](const S& x) {
                    if (n++ == want) hit = &x;
                };
                walk<S>(st->report(), find);
                if (hit == nullptr) throw py::value_error("invalid pickle state");
                return V{st, hit};
            }));
    stub_value_protocol(d.name);
}

/// A value type's Python class: a subclass of its value's builtin (str, int,
/// datetime.date, decimal.Decimal) with `span` and its flags.
template <model::ValueType V>
void bind_value_class(py::module_& m, const py::module_& values) {
    constexpr const auto& d = model::description<V>;
    using T = typename std::remove_cvref_t<decltype(model::value_field<V>())>::Type;
    const char* base = builtin_of<T>();
    std::string text = std::string(std::is_integral_v<T> ? "@disjoint_base\n" : "") + "class " + std::string(d.name) +
                       "(" + base + "):\n    \"\"\"" + std::string(d.doc) + "\"\"\"\n\n";
    std::string init = "    def __new__(cls, value: " + annotation<T>() + ", *", props;
    py::list fields;
    model::for_each_field<V>([&](const auto& f) {
        using M = typename std::remove_cvref_t<decltype(f)>::Type;
        if (f.role() == model::Role::value) return;
        fields.append(py::str(std::string(f.name)));
        init += ", " + std::string(f.name) + ": " + annotation<M>() + (f.role() == model::Role::flag ? " = ..." : "");
        props += "    @property\n    def " + std::string(f.name) + "(self) -> " + annotation<M>() + ": ...\n";
    });
    py::object cls = values.attr("value_type")(d.name.data(), base, fields, d.doc.data());
    value_class<V>() = cls.release();
    m.attr(d.name.data()) = value_class<V>();
    stub() += text + init + ") -> " + std::string(d.name) + ": ...\n";
    stub_property("value", annotation<T>());
    stub() += props + "\n";
}

/// A closed set of the model as a StrEnum whose values are the documented names.
template <class E>
void bind_enum(py::module_& m, const char* doc, std::vector<const char*> python_names = {}) {
    const py::module_ enum_module = py::module_::import("enum");
    const bool has_str_enum = py::hasattr(enum_module, "StrEnum");
    py::list pairs;
    std::string text = std::string("class ") + enum_name(E{}) + "(StrEnum):\n    \"\"\"" + doc + "\"\"\"\n\n";
    for (const auto& row : enum_names(E{})) {
        std::string member = python_names.empty() ? row.name : python_names.at(static_cast<std::size_t>(row.value));
        std::replace(member.begin(), member.end(), '-', '_');
        pairs.append(py::make_tuple(member, row.name));
        text += "    " + member + " = \"" + row.name + "\"\n";
    }
    py::object cls = has_str_enum
                         ? enum_module.attr("StrEnum")(enum_name(E{}), pairs, "module"_a = "zhenggai")
                         : enum_module.attr("Enum")(enum_name(E{}), pairs, "module"_a = "zhenggai",
                                                    "type"_a = py::module_::import("builtins").attr("str"));
    cls.attr("__doc__") = doc;
    m.attr(enum_name(E{})) = cls;
    for (const auto& row : enum_names(E{})) enum_members<E>().push_back(cls(row.name).release());
    stub() += text + "\n";
}

template <class... T>
void bind_views(py::module_& m, model::TypeList<T...>) {
    // Span is the Python Span; value types are builtin subclasses; Decimal is decimal.Decimal.
    (..., [&] {
        if constexpr (!model::ValueType<T> && !std::is_same_v<T, Span> && !std::is_same_v<T, Decimal> &&
                      !std::is_same_v<T, Report> && !model::KeyedRecord<T>)
            bind_view<T>(m);
    }());
}

py::object make_slice(std::uint32_t start, std::uint32_t end) {
    return py::reinterpret_steal<py::object>(PySlice_New(py::int_(start).ptr(), py::int_(end).ptr(), nullptr));
}

}  // namespace

void bind_report_class(py::class_<ReportHandle>& cls) { bind_fields<Report>(cls); }

py::object to_python(Encoding e) { return to_py(e, nullptr); }

void bind_model(py::module_& m) {
    g_date = py::object(py::module_::import("datetime").attr("date")).release();
    g_decimal = py::object(py::module_::import("decimal").attr("Decimal")).release();

    bind_enum<Severity>(m, "How much a diagnostic matters.");
    bind_enum<InspectionKind>(m, "巡视 (central or provincial committee) or 巡察 (city or county).",
                              {"xunshi", "xuncha"});
    bind_enum<SanctionCategory>(m, "Normalised sanction and case categories; other for an unknown label.");
    bind_enum<SanctionUnit>(m, "What a sanction figure counts: 人 (people) or 件 (cases).", {"people", "cases"});
    bind_enum<MoneyCategory>(m, "What happened to an amount of money.");
    bind_enum<Encoding>(m, "The encoding detected in the input bytes.");
    bind_enum<DiagnosticCode>(m, "The stable code of a diagnostic (docs/diagnostics.md).");
    py::dict codes;
    for (py::handle member : enum_members<DiagnosticCode>()) codes[member.attr("value")] = member;
    g_codes = codes.release();

    py::class_<PySpan>(m, "Span", R"doc(Where a value was read: start/end index Report.text (str indices),
byte_start/byte_end its UTF-8 bytes (Report.source, and the JSON form).)doc")
        .def(py::init<std::uint32_t, std::uint32_t, std::uint32_t, std::uint32_t>(), "start"_a, "end"_a,
             "byte_start"_a, "byte_end"_a)
        .def_readonly("start", &PySpan::start, "First code point (str index).")
        .def_readonly("end", &PySpan::end, "One past the last code point.")
        .def_readonly("byte_start", &PySpan::byte_start, "First UTF-8 byte.")
        .def_readonly("byte_end", &PySpan::byte_end, "One past the last UTF-8 byte.")
        .def_property_readonly("slice", [](const PySpan& s) { return make_slice(s.start, s.end); })
        .def_property_readonly("byte_slice", [](const PySpan& s) { return make_slice(s.byte_start, s.byte_end); })
        .def("__len__", [](const PySpan& s) { return s.end - s.start; })
        .def("__repr__",
             [](const PySpan& s) {
                 return "Span(" + std::to_string(s.start) + ", " + std::to_string(s.end) + ", " +
                        std::to_string(s.byte_start) + ", " + std::to_string(s.byte_end) + ")";
             })
        .def("__eq__", [](const PySpan& a, const PySpan& b) { return a == b; }, py::is_operator())
        .def("__hash__", [](const PySpan& s) { return py::hash(py::make_tuple(s.start, s.end, s.byte_start, s.byte_end)); })
        .def("__copy__", [](py::object self) { return self; })
        .def("__deepcopy__", [](py::object self, const py::object&) { return self; }, "memo"_a)
        .def(py::pickle([](const PySpan& s) { return py::make_tuple(s.start, s.end, s.byte_start, s.byte_end); },
                        [](const py::tuple& t) {
                            if (t.size() != 4) throw py::value_error("invalid pickle state");
                            return PySpan{t[0].cast<std::uint32_t>(), t[1].cast<std::uint32_t>(),
                                          t[2].cast<std::uint32_t>(), t[3].cast<std::uint32_t>()};
                        }));
    stub() += R"(class Span:
    """Where a value was read: start/end index Report.text, byte_start/byte_end its UTF-8 bytes."""

    def __init__(self, start: int, end: int, byte_start: int, byte_end: int) -> None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...
    @property
    def slice(self) -> builtins.slice: ...
    @property
    def byte_slice(self) -> builtins.slice: ...
    def __len__(self) -> int: ...
)";
    stub_value_protocol("Span");
    const py::module_ values = py::module_::import("zhenggai._values");
    bind_value_class<Text>(m, values);
    bind_value_class<Count>(m, values);
    bind_value_class<DatedValue>(m, values);
    bind_value_class<Percentage>(m, values);
    bind_views(m, model::DescribedTypes{});
}

}  // namespace zhenggai::pybind
