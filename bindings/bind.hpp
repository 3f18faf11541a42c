// What the binding translation units share: the parsed state behind every
// Python object, the offset index, and the stub text built while registering.
//
// There is one copy of the model: the C++ Report. A Python Report holds it
// (through ReportState); every nested object is a view (state + pointer into
// it), and values become Python objects only when an attribute is read.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <filesystem>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/document.hpp"
#include "zhenggai/report.hpp"
#include "zhenggai/text_index.hpp"

namespace zhenggai::pybind {

namespace py = ::pybind11;

/// Spans are 32-bit: larger inputs are refused with InputError.
constexpr std::size_t max_source = std::numeric_limits<std::uint32_t>::max();

/// One read document; immutable once built, shared by its Report and every view.
struct ReportState {
    zhenggai::Document doc;           ///< the text that was parsed and its Report: the one model
    bool loaded_from_bytes = false;   ///< made from input bytes (pickles as those bytes)
    bool read_from_json = false;      ///< made by from_json (pickles as its JSON form and source)
    std::string raw;                  ///< the input bytes when they differ from `doc.text`

    [[nodiscard]] const std::string& source() const noexcept { return doc.text; }
    [[nodiscard]] const zhenggai::Report& report() const noexcept { return doc.report; }
    [[nodiscard]] const TextIndex& offsets() const {  // str indices of byte offsets, built on first use
        std::call_once(once_, [&] { offsets_ = std::make_unique<TextIndex>(doc.text); });
        return *offsets_;
    }
    [[nodiscard]] const std::string& input() const noexcept { return raw.empty() ? doc.text : raw; }

private:
    mutable std::once_flag once_;
    mutable std::unique_ptr<TextIndex> offsets_;
};
using State = std::shared_ptr<const ReportState>;

/// A state for a read document; `input`: the bytes it was decoded from, if any.
[[nodiscard]] State make_state(zhenggai::Document doc, const std::string* input = nullptr);

/// The path an os.fspath() result (str or bytes) names; ValueError for a NUL.
[[nodiscard]] std::filesystem::path to_path(const py::handle& fspath);

/// The exception (not raised) for a document that could not be read:
/// FileError(errno, message, filename), InputError for one too large, Error else.
[[nodiscard]] py::object read_error(const zhenggai::ReadError& e, const py::handle& filename);

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
void bind_store(py::module_& m);  ///< ingest and the store's tables (store.cpp)

}  // namespace zhenggai::pybind
