// What the binding translation units share: the parsed state behind every
// Python object, the offset map, and the stub text built while registering.
//
// There is one copy of the model: the C++ Report. A Python Report holds it
// (through ReportState); every nested object is a view (state + pointer into
// it), and values become Python objects only when an attribute is read.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/report.hpp"

namespace zhenggai::pybind {

namespace py = ::pybind11;

/// Spans are 32-bit: larger inputs are refused with InputError.
constexpr std::size_t max_source = std::numeric_limits<std::uint32_t>::max();

/// UTF-8 byte offsets of one source -> code point offsets of its decoding,
/// where each invalid sequence (maximal subpart, as Python's "replace") is one U+FFFD.
class OffsetMap {
public:
    explicit OffsetMap(std::string_view source);
    [[nodiscard]] std::uint32_t floor(std::uint32_t b) const noexcept;  ///< character holding byte b
    [[nodiscard]] std::uint32_t ceil(std::uint32_t b) const noexcept;   ///< first character at or after b

private:
    std::vector<std::uint32_t> starts_;  ///< byte offset of each character; empty if ASCII
    std::uint32_t size_ = 0, count_ = 0;
};

/// One parsed source; immutable once built, shared by its Report and every view.
struct ReportState {
    std::string source;               ///< the UTF-8 text that was parsed
    zhenggai::Report report;          ///< the model
    bool loaded_from_bytes = false;   ///< made by parse_bytes / parse_file (pickles as the input bytes)
    bool read_from_json = false;      ///< made by from_json (pickles as its JSON form and source)
    std::string raw;                  ///< the input bytes when they differ from `source`

    [[nodiscard]] const OffsetMap& offsets() const {  // built on first use
        std::call_once(once_, [&] { offsets_ = std::make_unique<OffsetMap>(source); });
        return *offsets_;
    }
    [[nodiscard]] const std::string& input() const noexcept { return raw.empty() ? source : raw; }

private:
    mutable std::once_flag once_;
    mutable std::unique_ptr<OffsetMap> offsets_;
};
using State = std::shared_ptr<const ReportState>;

/// parse() of UTF-8 text / load() then parse() of input bytes. No GIL needed.
[[nodiscard]] State parse_text(std::string source);
[[nodiscard]] State parse_input(std::string input);

/// The Python Report: a handle on one state, with the attributes already read.
struct ReportHandle {
    explicit ReportHandle(State s) : state(std::move(s)) {}
    State state;
    std::vector<py::object> cache;  ///< by entry index of the description
    py::object text;
};

/// A Python str from UTF-8 (invalid sequences read as U+FFFD).
[[nodiscard]] inline py::str make_str(std::string_view s) {
    PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
    if (o == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(o);
}

/// The member of the Python Encoding enum.
[[nodiscard]] py::object to_python(Encoding e);

/// The .pyi text, written while the module registers its names.
std::string& stub();
void stub_value_protocol(std::string_view cls);

void bind_model(py::module_& m);  ///< enums, Span and the described classes (model.cpp)
void bind_report_class(py::class_<ReportHandle>& cls);  ///< Report's described attributes
void bind_batch(py::module_& m);
void bind_html(py::module_& m);

}  // namespace zhenggai::pybind
