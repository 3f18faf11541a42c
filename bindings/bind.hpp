// Helpers shared by the binding translation units.
#pragma once

#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "input/utf8.hpp"
#include "model.hpp"

namespace zhenggai::pybind {

/// UTF-8 of `n` code points of a str's storage (any PyUnicode kind); lone
/// surrogates become U+FFFD, as the parser reads them, so code point indices
/// of the input and of `Report.text` stay the same.
inline std::string encode_code_points(int kind, const void* data, Py_ssize_t n) {
    std::string out;
    out.reserve(static_cast<std::size_t>(n) * (kind == PyUnicode_1BYTE_KIND ? 2 : 3));
    char buf[4];
    for (Py_ssize_t i = 0; i < n; ++i) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
        out.append(buf, input::encode_utf8(static_cast<char32_t>(c), buf));
    }
    return out;
}

namespace py = ::pybind11;

/// A Python str from UTF-8 (the model's strings are valid UTF-8 by construction).
[[nodiscard]] inline py::str make_str(std::string_view s) {
    PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
    if (o == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(o);
}

/// `repr()` of a str, shortened to `limit` code points.
[[nodiscard]] inline std::string short_repr(std::string_view s, std::size_t limit = 24) {
    py::str str = make_str(s);
    if (py::len(str) > limit) {
        str = py::str(str[py::slice(0, static_cast<py::ssize_t>(limit - 1), 1)]) + py::str("…");
    }
    return py::repr(str).cast<std::string>();
}

[[nodiscard]] py::object to_date(const Date& d);           // datetime.date
[[nodiscard]] py::object to_decimal(std::int64_t units, int scale);  // decimal.Decimal

// ---------------------------------------------------------------------------
// Pickle states: nested tuples of plain Python values, in members() order.

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

template <class T>
py::object to_state(const T& v) {
    if constexpr (std::is_same_v<T, bool>) {
        return py::bool_(v);
    } else if constexpr (std::is_integral_v<T>) {
        return py::int_(v);
    } else if constexpr (std::is_same_v<T, std::string>) {
        return make_str(v);
    } else if constexpr (is_optional<T>::value) {
        return v ? to_state(*v) : py::none();
    } else if constexpr (is_vector<T>::value) {
        py::tuple t(v.size());
        for (std::size_t i = 0; i < v.size(); ++i) t[i] = to_state(v[i]);
        return t;
    } else {
        return std::apply([](const auto&... m) -> py::object { return py::make_tuple(to_state(m)...); },
                          members(v));
    }
}

template <class T>
void from_state(py::handle h, T& v) {
    if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T> || std::is_same_v<T, std::string>) {
        v = h.cast<T>();
    } else if constexpr (is_optional<T>::value) {
        if (h.is_none()) {
            v.reset();
        } else {
            v.emplace();
            from_state(h, *v);
        }
    } else if constexpr (is_vector<T>::value) {
        const auto seq = py::reinterpret_borrow<py::sequence>(h);
        v.clear();
        v.resize(py::len(seq));
        for (std::size_t i = 0; i < v.size(); ++i) from_state(seq[i], v[i]);
    } else {
        const auto t = h.cast<py::tuple>();
        auto m = members(v);
        constexpr std::size_t n = std::tuple_size_v<decltype(m)>;
        if (t.size() != n) throw py::value_error("invalid pickle state");
        std::apply([&](auto&... f) {
            std::size_t i = 0;
            (from_state(t[i++], f), ...);
        }, m);
    }
}

/// `__eq__`, `__hash__`, pickling and copying for an immutable value class.
template <class T, class Class>
void value_protocol(Class& cls) {
    cls.def(
           "__eq__", [](const T& a, const T& b) { return a == b; }, py::is_operator())
        .def("__hash__", [](const T& v) { return py::hash(to_state(v)); })
        .def(py::pickle([](const T& v) { return to_state(v); },
                        [](const py::tuple& state) {
                            T v;
                            from_state(state, v);
                            return v;
                        }))
        .def("__copy__", [](py::object self) { return self; })
        .def(
            "__deepcopy__", [](py::object self, const py::object&) { return self; }, py::arg("memo"));
}

// Python views of the small value types.
[[nodiscard]] inline py::object opt_str(const std::optional<Text>& t) {
    return t ? py::object(make_str(t->value)) : py::none();
}
[[nodiscard]] inline py::object opt_int(const std::optional<Count>& c) {
    return c ? py::object(py::int_(c->value)) : py::none();
}
[[nodiscard]] inline py::object opt_date(const std::optional<Date>& d) {
    return d ? to_date(*d) : py::none();
}
[[nodiscard]] inline py::tuple str_tuple(const std::vector<Text>& v) {
    py::tuple t(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) t[i] = make_str(v[i].value);
    return t;
}
[[nodiscard]] inline py::tuple span_tuple(const std::vector<Text>& v) {
    py::tuple t(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) t[i] = py::cast(v[i].span);
    return t;
}
template <class T>
[[nodiscard]] py::tuple object_tuple(const std::vector<T>& v) {
    py::tuple t(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) t[i] = py::cast(v[i]);
    return t;
}

/// Adds `name -> span` to a spans dict when the value is present.
template <class T>
void put_span(py::dict& d, const char* name, const std::optional<T>& v) {
    if (v) d[name] = py::cast(v->span);
}
template <class T>
void put_span(py::dict& d, const char* name, const T& v) {
    d[name] = py::cast(v.span);
}

void bind_values(py::module_& m);
void bind_report(py::module_& m);

}  // namespace zhenggai::pybind
