// The `zhenggai._core` extension module: parse entry points, the Report class
// and the exception hierarchy. The C++ core never throws for bad input; this is
// the one edge where failures become Python exceptions.
#include <cstring>
#include <string>

#include "bind.hpp"
#include "cli/run.hpp"
#include "input/utf8.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"
#include "zhenggai/version.hpp"

namespace zhenggai::pybind {

State make_state(zhenggai::Document doc, const std::string* input) {
    auto state = std::make_shared<ReportState>();
    state->doc = std::move(doc);
    state->loaded_from_bytes = input != nullptr;
    if (input != nullptr && *input != state->doc.text) state->raw = *input;
    return state;
}

std::filesystem::path to_path(const py::handle& fspath) {
#ifdef _WIN32
    std::wstring native = py::str(PyUnicode_Check(fspath.ptr()) ? fspath : py::module_::import("os").attr("fsdecode")(fspath))
                              .cast<std::wstring>();
#else
    py::object encoded = py::reinterpret_borrow<py::object>(fspath);
    if (PyUnicode_Check(fspath.ptr())) encoded = py::reinterpret_steal<py::object>(PyUnicode_EncodeFSDefault(fspath.ptr()));
    if (!encoded) throw py::error_already_set();
    std::string native = encoded.cast<std::string>();
#endif
    if (native.find(decltype(native)::value_type(0)) != decltype(native)::npos)
        throw py::value_error("embedded null byte in path");
    return native;
}

namespace {

using namespace pybind11::literals;

PyObject *g_error = nullptr, *g_file_error = nullptr, *g_input_error = nullptr;
constexpr int pickle_format = 2;

}  // namespace

py::object read_error(const zhenggai::ReadError& e, const py::handle& filename) {
    using Kind = zhenggai::ReadError::Kind;
    if (e.kind == Kind::too_large) return py::handle(g_input_error)(e.message);
    if (e.kind == Kind::internal) return py::handle(g_error)(e.message);
    return py::handle(g_file_error)(e.system_error != 0 ? e.system_error : EIO, e.message, filename);
}

namespace {

[[noreturn]] void raise(const py::object& error) {
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(error.ptr())), error.ptr());
    throw py::error_already_set();
}

[[noreturn]] void raise_input_too_large(std::size_t size) {
    PyErr_Format(g_input_error, "input of %zu bytes is too large (at most %zu bytes can be parsed)", size, max_source);
    throw py::error_already_set();
}

/// Read with the GIL released (text: UTF-8 as it is; else bytes of any encoding).
ReportHandle parse_released(std::string source, bool text) {
    if (source.size() > max_source) raise_input_too_large(source.size());
    py::gil_scoped_release nogil;
    if (text) return ReportHandle(make_state(zhenggai::read_text(std::move(source))));
    return ReportHandle(make_state(zhenggai::read(source), &source));
}

/// A Report read back from its JSON form, over the text it was parsed from
/// (its spans index it; without one, every str span is empty at 0).
ReportHandle read_json(std::string json, std::string source, bool has_source) {
    zhenggai::JsonResult r = [&] {
        py::gil_scoped_release nogil;
        return zhenggai::from_json(json);
    }();
    if (!r) {
        const zhenggai::JsonError& e = r.error();
        const std::string where = e.kind == zhenggai::JsonError::Kind::syntax ? "at byte " + std::to_string(e.offset)
                                  : e.pointer.empty() ? std::string("at the root") : "at " + e.pointer;
        PyErr_SetString(g_input_error, ("not a zhenggai.report/1 document (" + where + "): " + e.message).c_str());
        throw py::error_already_set();
    }
    zhenggai::Document doc;
    doc.report = std::move(r).value();
    if (has_source && source.size() != doc.report.source_size)
        throw py::value_error("source is not the text the report was parsed from: " + std::to_string(source.size()) +
                              " bytes, the report's spans index " + std::to_string(doc.report.source_size));
    doc.text = std::move(source);
    auto state = std::make_shared<ReportState>();
    state->doc = std::move(doc);
    state->read_from_json = true;
    return ReportHandle(std::move(state));
}

/// UTF-8 of a str; lone surrogates become U+FFFD, so str indices of the input
/// and of Report.text stay the same.
std::string encode_str(const py::handle& s) {
    if (PyObject* b = PyUnicode_AsUTF8String(s.ptr()); b != nullptr) {  // not cached in the caller's str
        const auto bytes = py::reinterpret_steal<py::bytes>(b);
        return {PyBytes_AS_STRING(b), static_cast<std::size_t>(PyBytes_GET_SIZE(b))};
    }
    if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) throw py::error_already_set();
    PyErr_Clear();
    std::string out;
    char buf[4];
    for (Py_ssize_t i = 0, n = PyUnicode_GET_LENGTH(s.ptr()); i < n; ++i) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s.ptr(), i);
        out.append(buf, input::encode_utf8(c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c, buf));
    }
    return out;
}

std::string buffer_bytes(const py::object& data, const char* what) {
    if (PyUnicode_Check(data.ptr())) throw py::type_error(std::string(what));
    Py_buffer view;
    if (PyObject_GetBuffer(data.ptr(), &view, PyBUF_SIMPLE) != 0) throw py::error_already_set();
    std::string out(static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
    PyBuffer_Release(&view);
    return out;
}

/// The bytes of a file, read with the GIL released; raises FileError / InputError.
std::string read_path(const py::object& path) {
    const auto fspath = py::reinterpret_steal<py::object>(PyOS_FSPath(path.ptr()));
    if (!fspath) throw py::error_already_set();
    const std::filesystem::path native = to_path(fspath);
    zhenggai::FileBytes file;
    {
        py::gil_scoped_release nogil;
        file = zhenggai::read_bytes(native);
    }
    if (file.error) raise(read_error(*file.error, fspath));
    return std::move(file.bytes);
}

py::tuple loaded(const std::string& input) {
    if (input.size() > max_source) raise_input_too_large(input.size());
    zhenggai::LoadedText text;
    {
        py::gil_scoped_release nogil;
        text = zhenggai::load(input);
    }
    return py::make_tuple(make_str(text.text), to_python(from_string<Encoding>(text.encoding).value_or(Encoding::utf8)));
}

std::string report_repr(const ReportHandle& h) {
    const Report& r = h.state->report();
    std::string out = "Report(";
    if (!r.is_report) out += "is_report=False, ";
    if (r.title) out += "title=" + py::repr(py::str(make_str(r.title->value))[py::slice(0, 24, 1)]).cast<std::string>() + ", ";
    if (r.kind) out += std::string("kind='") + to_string(*r.kind) + "', ";
    return out + "sections=" + std::to_string(r.sections.size()) + ", sanctions=" + std::to_string(r.sanctions.size()) +
           ", diagnostics=" + std::to_string(r.diagnostics.size()) + ", source_size=" + std::to_string(r.source_size) +
           ")";
}

void bind_report(py::module_& m) {
    py::class_<ReportHandle> cls(m, "Report", R"doc(Everything the parser found in one report.

Each value is a Python value that also knows where it was read: Text is a str,
Count an int, DatedValue a datetime.date, Percentage a decimal.Decimal, each
with ``.span``; absent values are None. ``report.text[v.span.start:v.span.end]``
is the source of v. Reports are immutable; they pickle as their source bytes.)doc");
    stub() += "class Report:\n    \"\"\"Everything the parser found in one report.\"\"\"\n\n";
    bind_report_class(cls);
    cls.def_property_readonly(
           "text",
           [](ReportHandle& h) {
               if (!h.text) h.text = make_str(h.state->source());
               return h.text;
           },
           "The parsed text as str (invalid UTF-8 read as U+FFFD); every span's start/end index it.")
        .def_property_readonly(
            "source", [](const ReportHandle& h) { return py::bytes(h.state->source()); },
            "The exact UTF-8 bytes that were parsed; byte spans index them.")
        .def(
            "to_json",
            [](const ReportHandle& h, std::optional<int> indent) {
                if (indent && *indent < 0) throw py::value_error("indent must be None or >= 0");
                std::string json;
                {
                    py::gil_scoped_release nogil;
                    json = zhenggai::to_json(h.state->report(), {.indent = indent.value_or(-1)});
                }
                return make_str(json);
            },
            "indent"_a = py::none(), "The JSON form (schema zhenggai.report/1); spans there are byte offsets.")
        .def(
            "__eq__",
            [](const ReportHandle& a, const ReportHandle& b) {
                return a.state == b.state || (a.state->source() == b.state->source() && a.state->report() == b.state->report());
            },
            py::is_operator())
        .def("__hash__", [](const ReportHandle& h) { return std::hash<std::string>{}(h.state->source()); })
        .def("__repr__", &report_repr)
        .def("__copy__", [](py::object self) { return self; })
        .def("__deepcopy__", [](py::object self, const py::object&) { return self; }, "memo"_a)
        .def(py::pickle(
            [](const ReportHandle& h) {  // parsed again when unpickled (parsing is deterministic)
                const ReportState& st = *h.state;
                return py::make_tuple(pickle_format, py::bytes(st.input()), st.loaded_from_bytes,
                                      st.read_from_json ? py::object(py::bytes(zhenggai::to_json(st.report()))) : py::none());
            },
            [](const py::tuple& t) {
                if (t.size() != 4 || t[0].cast<int>() != pickle_format)
                    throw py::value_error("unsupported Report pickle state");
                if (!t[3].is_none()) return read_json(t[3].cast<std::string>(), t[1].cast<std::string>(), true);
                return parse_released(t[1].cast<std::string>(), !t[2].cast<bool>());
            }));
    stub() += R"(    @property
    def text(self) -> str: ...
    @property
    def source(self) -> bytes: ...
    def to_json(self, indent: int | None = None) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def _repr_html_(self) -> str: ...
)";
    stub_value_protocol("Report");

    m.def(
        "parse",
        [](const py::object& text) {
            if (!PyUnicode_Check(text.ptr()))
                throw py::type_error(PyObject_CheckBuffer(text.ptr()) ? "parse() takes str; use parse_bytes() for bytes"
                                                                      : "parse() takes str");
            return parse_released(encode_str(text), true);
        },
        "text"_a, "Parse one report given as str (the GIL is released while parsing).");
    m.def(
        "parse_bytes",
        [](const py::object& data) {
            return parse_released(buffer_bytes(data, "parse_bytes() takes bytes; use parse() for str"), false);
        },
        "data"_a, "Parse bytes of any supported encoding (UTF-8, UTF-16 with BOM, GB18030, Big5), detected.");
    m.def(
        "parse_file", [](const py::object& path) { return parse_released(read_path(path), false); }, "path"_a,
        "Read a file of any supported encoding and parse it; FileError when it cannot be read.");
    m.def(
        "from_json",
        [](const py::str& document, const py::object& source) {
            const bool text = !source.is_none() && PyUnicode_Check(source.ptr());
            std::string bytes = source.is_none() ? std::string()
                                : text           ? encode_str(source)
                                                 : buffer_bytes(source, "from_json() source must be str or bytes");
            return read_json(encode_str(document), std::move(bytes), !source.is_none());
        },
        "document"_a, "source"_a = py::none(),
        "A Report read back from its JSON form (to_json()); source: the text it was parsed from (Report.source "
        "or Report.text), which its spans index. InputError when the document is not zhenggai.report/1.");
    m.def(
        "load_bytes", [](const py::object& data) { return loaded(buffer_bytes(data, "load_bytes() takes bytes")); },
        "data"_a, "(text, encoding) of input bytes, as parse_bytes() decodes them.");
    m.def(
        "load_file", [](const py::object& path) { return loaded(read_path(path)); }, "path"_a,
        "(text, encoding) of a file, as parse_file() decodes it.");
    stub() += R"(def parse(text: str) -> Report: ...
def parse_bytes(data: bytes | bytearray | memoryview) -> Report: ...
def parse_file(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> Report: ...
def from_json(document: str, source: str | bytes | None = None) -> Report: ...
def load_bytes(data: bytes | bytearray | memoryview) -> tuple[str, Encoding]: ...
def load_file(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> tuple[str, Encoding]: ...
)";
}

PyObject* new_error(const char* name, const char* doc, py::handle base) {
    PyObject* e = PyErr_NewExceptionWithDoc(name, doc, base.ptr(), nullptr);
    if (e == nullptr) throw py::error_already_set();
    return e;
}

}  // namespace

}  // namespace zhenggai::pybind

PYBIND11_MODULE(_core, m) {
    namespace zp = zhenggai::pybind;
    namespace py = pybind11;
    m.doc() = "zhenggai native core: parse rectification progress reports into typed data.";
    m.attr("__version__") = zhenggai::version;
    zp::stub() = R"("""Type stubs for the native module ``zhenggai._core`` (generated by scripts/stubs from the module)."""

import builtins
import datetime
import decimal
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

from typing_extensions import disjoint_base

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:
    from enum import Enum

    class StrEnum(str, Enum): ...  # type: ignore[misc]  # no members: a base class

__version__: str

class Error(Exception):
    """Base class of all zhenggai errors."""

class FileError(Error, OSError):
    """A file could not be read (also an OSError, with errno, strerror and filename)."""

class InputError(Error, ValueError):
    """The input cannot be parsed at all (e.g. larger than 4 GiB); also a ValueError."""

)";
    zp::g_error = zp::new_error("zhenggai.Error", "Base class of all zhenggai errors.", PyExc_Exception);
    zp::g_file_error = zp::new_error("zhenggai.FileError",
                                     "A file could not be read (also an OSError, with errno, strerror and filename).",
                                     py::make_tuple(py::handle(zp::g_error), py::handle(PyExc_OSError)));
    zp::g_input_error =
        zp::new_error("zhenggai.InputError", "The input cannot be parsed at all (e.g. larger than 4 GiB); also a ValueError.",
                      py::make_tuple(py::handle(zp::g_error), py::handle(PyExc_ValueError)));
    m.attr("Error") = py::handle(zp::g_error);
    m.attr("FileError") = py::handle(zp::g_file_error);
    m.attr("InputError") = py::handle(zp::g_input_error);

    zp::bind_model(m);
    zp::bind_report(m);
    zp::bind_batch(m);
    zp::bind_html(m);
    zp::bind_store(m);
    m.def(
        "_run_cli",
        [](const std::vector<py::bytes>& args) {
            const std::vector<std::string> argv(args.begin(), args.end());
            const py::gil_scoped_release nogil;
            return zhenggai::cli::run(argv);
        },
        py::arg("args"), "zhenggai ARGS... in this process, on its standard streams; the exit status.");
    zp::stub() += "def _run_cli(args: list[bytes]) -> int: ...\n";
    m.def("_stub", [] { return zp::stub(); }, "The text of _core.pyi, written while registering.");
}
