// The `zhenggai._core` extension module: parse entry points, the Report class
// and the exception hierarchy. The C++ core never throws for bad input; this is
// the one edge where failures become Python exceptions.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <string>

#include "batch.hpp"
#include "bind.hpp"
#include "file_io.hpp"
#include "html.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"
#include "zhenggai/version.hpp"

namespace zhenggai::pybind {

namespace {

using namespace pybind11::literals;

// Exception types, created once at import (leaked with the module).
PyObject* g_error = nullptr;
PyObject* g_file_error = nullptr;
PyObject* g_input_error = nullptr;

constexpr int pickle_format = 1;

[[noreturn]] void raise_input_too_large(std::size_t size) {
    PyErr_Format(g_input_error, "input of %zu bytes is too large (at most %zu bytes can be parsed)", size,
                 max_source);
    throw py::error_already_set();
}

[[noreturn]] void raise_file_error(int err, const py::object& filename) {
    const py::object exc = py::handle(g_file_error)(err, std::strerror(err), filename);
    PyErr_SetObject(g_file_error, exc.ptr());
    throw py::error_already_set();
}

/// parse() of text decoded by zhenggai::load(), as zhenggai::parse_bytes does.
zhenggai::Report parse_loaded(const std::string& text, const zhenggai::LoadedText& loaded) {
    zhenggai::Report r = zhenggai::parse(text);
    r.encoding = zhenggai::from_string<zhenggai::Encoding>(loaded.encoding).value_or(zhenggai::Encoding::utf8);
    r.diagnostics.insert(r.diagnostics.begin(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    return r;
}

/// One parsed source and everything derived from it; immutable once built.
struct ReportState {
    /// UTF-8 text (from a str): parsed as it is.
    explicit ReportState(std::string text)
        : source(std::move(text)), report(zhenggai::parse(source)), offsets(source), data(convert(report, offsets)) {}

    /// Bytes of unknown encoding: detected and decoded by zhenggai::load(), then parsed.
    ReportState(zhenggai::LoadedText loaded, std::string input)
        : source(std::move(loaded.text)),
          report(parse_loaded(source, loaded)),
          offsets(source),
          data(convert(report, offsets)),
          loaded_from_bytes(true),
          raw(input == source ? std::string() : std::move(input)) {}

    std::string source;      ///< the UTF-8 text that was parsed (decoded input)
    zhenggai::Report report;  ///< the C++ model (for to_json)
    OffsetMap offsets;       ///< byte -> code point
    ReportData data;         ///< the Python-facing copy
    bool loaded_from_bytes = false;  ///< made by parse_bytes / parse_file (pickles as the input bytes)
    std::string raw;         ///< the input bytes when they differ from `source`, else empty

    /// The bytes to parse again when unpickling.
    [[nodiscard]] const std::string& input() const noexcept { return loaded_from_bytes && !raw.empty() ? raw : source; }
};

/// A ReportState from input bytes of any supported encoding (no GIL needed).
std::shared_ptr<const ReportState> load_state(std::string input) {
    zhenggai::LoadedText loaded = zhenggai::load(input);
    return std::make_shared<const ReportState>(std::move(loaded), std::move(input));
}

class Report {
public:
    explicit Report(std::shared_ptr<const ReportState> state) : state_(std::move(state)) {}

    [[nodiscard]] const ReportState& state() const noexcept { return *state_; }
    [[nodiscard]] const ReportData& data() const noexcept { return state_->data; }
    [[nodiscard]] bool same_state(const Report& o) const noexcept { return state_ == o.state_; }

    /// A derived Python object, built on first use and kept.
    template <class F>
    py::object cached(const char* key, F build) {
        if (cache_.contains(key)) return cache_[key];
        py::object v = build();
        cache_[key] = v;
        return v;
    }

private:
    std::shared_ptr<const ReportState> state_;
    py::dict cache_;  // holds only immutable values, never a reference back to the Report
};

/// Parse with the GIL released.
Report parse_source(std::string source) {
    if (source.size() > max_source) raise_input_too_large(source.size());
    std::shared_ptr<const ReportState> state;
    {
        py::gil_scoped_release nogil;
        state = std::make_shared<const ReportState>(std::move(source));
    }
    return Report(std::move(state));
}

/// Detect, decode and parse input bytes with the GIL released.
Report parse_input(std::string input) {
    if (input.size() > max_source) raise_input_too_large(input.size());
    std::shared_ptr<const ReportState> state;
    {
        py::gil_scoped_release nogil;
        state = load_state(std::move(input));
    }
    return Report(std::move(state));
}

/// UTF-8 of a str; lone surrogates (only reachable via surrogateescape or
/// surrogatepass decoding) become U+FFFD so that code point indices of the
/// input and of `Report.text` stay the same.
std::string encode_str(const py::handle& s) {
    if (PyObject* b = PyUnicode_AsUTF8String(s.ptr()); b != nullptr) {
        const auto bytes = py::reinterpret_steal<py::bytes>(b);
        char* data = nullptr;
        Py_ssize_t size = 0;
        PyBytes_AsStringAndSize(bytes.ptr(), &data, &size);
        return std::string(data, static_cast<std::size_t>(size));
    }
    if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) throw py::error_already_set();
    PyErr_Clear();
    return encode_code_points(PyUnicode_KIND(s.ptr()), PyUnicode_DATA(s.ptr()), PyUnicode_GET_LENGTH(s.ptr()));
}

Report parse_str(const py::object& text) {
    if (!PyUnicode_Check(text.ptr())) {
        if (PyObject_CheckBuffer(text.ptr()))
            throw py::type_error("parse() takes str; use parse_bytes() for UTF-8 bytes");
        throw py::type_error("parse() takes str, not " + std::string(Py_TYPE(text.ptr())->tp_name));
    }
    return parse_source(encode_str(text));
}

Report parse_bytes(const py::object& data) {
    if (PyUnicode_Check(data.ptr())) throw py::type_error("parse_bytes() takes bytes; use parse() for str");
    Py_buffer view;
    if (PyObject_GetBuffer(data.ptr(), &view, PyBUF_SIMPLE) != 0) throw py::error_already_set();
    std::string source;
    try {
        source.assign(static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
    } catch (...) {
        PyBuffer_Release(&view);
        throw;
    }
    PyBuffer_Release(&view);
    return parse_input(std::move(source));
}

/// The bytes of a file; raises FileError / InputError.
std::string read_path(const py::object& path) {
    PyObject* fs = PyOS_FSPath(path.ptr());
    if (fs == nullptr) throw py::error_already_set();
    const auto fspath = py::reinterpret_steal<py::object>(fs);
#ifdef _WIN32
    py::object as_str = PyUnicode_Check(fspath.ptr()) ? fspath : py::module_::import("os").attr("fsdecode")(fspath);
    Py_ssize_t n = 0;
    wchar_t* w = PyUnicode_AsWideCharString(as_str.ptr(), &n);
    if (w == nullptr) throw py::error_already_set();
    NativePath native(w, static_cast<std::size_t>(n));
    PyMem_Free(w);
    if (native.find(L'\0') != NativePath::npos) throw py::value_error("embedded null character in path");
#else
    py::object encoded = fspath;
    if (PyUnicode_Check(fspath.ptr())) {
        PyObject* b = PyUnicode_EncodeFSDefault(fspath.ptr());
        if (b == nullptr) throw py::error_already_set();
        encoded = py::reinterpret_steal<py::object>(b);
    }
    NativePath native = encoded.cast<std::string>();
    if (native.find('\0') != NativePath::npos) throw py::value_error("embedded null byte in path");
#endif
    ReadResult r;
    {
        py::gil_scoped_release nogil;
        r = read_file(native);
    }
    if (r.too_large) raise_input_too_large(r.data.size());
    if (r.error != 0) raise_file_error(r.error, fspath);
    return std::move(r.data);
}

Report parse_file(const py::object& path) { return parse_input(read_path(path)); }

/// (text, encoding) of input bytes, as zhenggai::load() decodes them.
py::tuple loaded_tuple(std::string input) {
    if (input.size() > max_source) raise_input_too_large(input.size());
    zhenggai::LoadedText loaded;
    {
        py::gil_scoped_release nogil;
        loaded = zhenggai::load(input);
    }
    return py::make_tuple(make_str(loaded.text), make_str(loaded.encoding));
}

py::tuple load_bytes(const py::object& data) {
    if (PyUnicode_Check(data.ptr())) throw py::type_error("load_bytes() takes bytes, not str");
    Py_buffer view;
    if (PyObject_GetBuffer(data.ptr(), &view, PyBUF_SIMPLE) != 0) throw py::error_already_set();
    std::string input;
    try {
        input.assign(static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
    } catch (...) {
        PyBuffer_Release(&view);
        throw;
    }
    PyBuffer_Release(&view);
    return loaded_tuple(std::move(input));
}

py::tuple load_file(const py::object& path) { return loaded_tuple(read_path(path)); }

py::str report_text(const ReportState& s) {
    if (s.offsets.valid_utf8()) return make_str(s.source);
    const std::u32string u = decode_replacing(s.source);
    PyObject* o = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, u.data(), static_cast<Py_ssize_t>(u.size()));
    if (o == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(o);
}

std::string report_repr(const Report& r) {
    const ReportData& d = r.data();
    std::string out = "Report(";
    if (!d.is_report) out += "is_report=False, ";
    if (d.title) out += "title=" + short_repr(d.title->value) + ", ";
    if (d.kind) out += "kind=" + short_repr(*d.kind) + ", ";
    out += "sections=" + std::to_string(d.sections.size());
    out += ", sanctions=" + std::to_string(d.sanctions.size());
    out += ", diagnostics=" + std::to_string(d.diagnostics.size());
    out += ", source_size=" + std::to_string(d.source_size) + ")";
    return out;
}

}  // namespace

void bind_report(py::module_& m) {
    py::class_<Report> cls(m, "Report", R"doc(
Everything the parser found in one report.

Values are plain Python values (str, int, datetime.date, decimal.Decimal) or
None when absent; where they were read is in ``.span`` / ``.spans[name]``.
Spans index ``text`` as a str; ``Span.byte_start``/``byte_end`` index
``source``. ``to_json()`` gives the documented JSON form (byte offsets).

Reports are immutable. They pickle as their source bytes and are parsed again
when unpickled (parsing is deterministic).)doc");
    cls.def_property_readonly("is_report", [](const Report& r) { return r.data().is_report; },
                              "False for pages that are not rectification reports.")
        .def_property_readonly(
            "not_report_reason",
            [](const Report& r) -> py::object {
                return r.data().not_report_reason ? py::object(make_str(*r.data().not_report_reason)) : py::none();
            },
            "Why is_report is False, or None.")
        .def_property_readonly(
            "encoding", [](const Report& r) { return make_str(r.data().encoding); },
            "The input's encoding as detected: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030' or "
            "'big5' ('utf-8' for a str).")
        .def_property_readonly("title", [](const Report& r) { return opt_str(r.data().title); })
        .def_property_readonly(
            "kind", [](const Report& r) -> py::object { return r.data().kind ? py::object(make_str(*r.data().kind)) : py::none(); },
            "'巡视' (central or provincial inspection), '巡察' (city or county), or None.")
        .def_property_readonly("header",
                               [](Report& r) { return r.cached("header", [&] { return py::cast(r.data().header); }); })
        .def_property_readonly(
            "progress", [](Report& r) { return r.cached("progress", [&] { return py::cast(r.data().progress); }); })
        .def_property_readonly(
            "sanctions", [](Report& r) { return r.cached("sanctions", [&] { return object_tuple(r.data().sanctions); }); })
        .def_property_readonly("money",
                               [](Report& r) { return r.cached("money", [&] { return object_tuple(r.data().money); }); })
        .def_property_readonly("rules_established", [](const Report& r) { return opt_int(r.data().rules_established); },
                               "Number of rules and systems set up or revised, or None.")
        .def_property_readonly("overview", [](const Report& r) { return opt_str(r.data().overview); },
                               "Text between the header and the first heading, or None.")
        .def_property_readonly(
            "sections", [](Report& r) { return r.cached("sections", [&] { return object_tuple(r.data().sections); }); })
        .def_property_readonly(
            "next_steps",
            [](Report& r) { return r.cached("next_steps", [&] { return object_tuple(r.data().next_steps); }); })
        .def_property_readonly("contacts",
                               [](Report& r) {
                                   return r.cached("contacts", [&]() -> py::object {
                                       return r.data().contacts ? py::cast(*r.data().contacts) : py::none();
                                   });
                               })
        .def_property_readonly("signatory", [](const Report& r) { return opt_str(r.data().signatory); })
        .def_property_readonly("published_date", [](const Report& r) { return opt_date(r.data().published_date); })
        .def_property_readonly("chrome",
                               [](Report& r) { return r.cached("chrome", [&] { return str_tuple(r.data().chrome); }); },
                               "Page furniture around the report (breadcrumbs, metadata).")
        .def_property_readonly("chrome_spans", [](const Report& r) { return span_tuple(r.data().chrome); })
        .def_property_readonly(
            "unclassified",
            [](Report& r) { return r.cached("unclassified", [&] { return object_tuple(r.data().unclassified); }); },
            "Body text no other element covers (Text objects); each has an 'unclassified-text' diagnostic.")
        .def_property_readonly(
            "next_steps_block",
            [](const Report& r) -> py::object {
                return r.data().next_steps_block ? py::cast(*r.data().next_steps_block) : py::none();
            },
            "The next-steps part as a whole (下一步,…一是…二是…) as a Text, or None.")
        .def_property_readonly(
            "derived",
            [](const Report& r) {
                const Derived& d = r.data().derived;
                const auto totals = [](const std::vector<std::pair<std::string, std::int64_t>>& v, bool money) {
                    py::dict out;
                    for (const auto& [k, n] : v) out[make_str(k)] = money ? to_decimal(n, 2) : py::object(py::int_(n));
                    return out;
                };
                py::dict out;
                out["inspection_days"] = d.inspection_days ? py::object(py::int_(*d.inspection_days)) : py::none();
                out["days_feedback_to_publication"] =
                    d.days_feedback_to_publication ? py::object(py::int_(*d.days_feedback_to_publication)) : py::none();
                out["sanctions_by_category"] = totals(d.sanctions_by_category, false);
                out["cases_by_category"] = totals(d.cases_by_category, false);
                out["money_yuan_by_category"] = totals(d.money_by_category, true);
                out["content_hash"] = make_str(d.content_hash);
                return out;
            },
            "Figures derived from the extracted ones, as a new dict: inspection_days, "
            "days_feedback_to_publication, sanctions_by_category (people), cases_by_category, "
            "money_yuan_by_category (decimal.Decimal yuan) and content_hash (equal for republished copies).")
        .def_property_readonly(
            "diagnostics",
            [](Report& r) { return r.cached("diagnostics", [&] { return object_tuple(r.data().diagnostics); }); })
        .def_property_readonly("source_size", [](const Report& r) { return r.data().source_size; },
                               "Bytes of the parsed UTF-8 text; every byte span lies within it.")
        .def_property_readonly(
            "text", [](Report& r) { return r.cached("text", [&] { return report_text(r.state()); }); },
            R"doc(The parsed text as str: the UTF-8 ``source`` decoded, each invalid
sequence read as one U+FFFD (as bytes.decode('utf-8', 'replace') does). For
parse(str) a leading BOM stays as '\ufeff'; parse_bytes/parse_file decode the
input first (see ``encoding``) and drop a BOM. Every span's start/end index
this string.)doc")
        .def_property_readonly(
            "source", [](const Report& r) { return py::bytes(r.state().source); },
            "The exact UTF-8 bytes that were parsed (the decoded input); byte spans index them.")
        .def_property_readonly(
            "spans",
            [](const Report& r) {
                const ReportData& d = r.data();
                py::dict s;
                put_span(s, "title", d.title);
                put_span(s, "rules_established", d.rules_established);
                put_span(s, "overview", d.overview);
                put_span(s, "signatory", d.signatory);
                put_span(s, "published_date", d.published_date);
                return s;
            },
            "Span of each present top-level field, by field name.")
        .def_property_readonly(
            "approximate",
            [](const Report& r) {
                py::set s;
                if (r.data().rules_established && r.data().rules_established->approximate) s.add("rules_established");
                return py::frozenset(s);
            },
            "Names of the top-level counts written as approximate.")
        .def_property_readonly(
            "year_inferred",
            [](const Report& r) {
                py::set s;
                if (r.data().published_date && r.data().published_date->year_inferred) s.add("published_date");
                return py::frozenset(s);
            },
            "Names of the top-level dates whose year was inferred.")
        .def(
            "to_json",
            [](const Report& r, const py::object& indent) {
                JsonOptions options;
                if (!indent.is_none()) {
                    options.indent = indent.cast<int>();
                    if (options.indent < 0) throw py::value_error("indent must be None or >= 0");
                }
                std::string json;
                {
                    py::gil_scoped_release nogil;
                    json = zhenggai::to_json(r.state().report, options);
                }
                return make_str(json);
            },
            "indent"_a = py::none(),
            "The JSON form (schema zhenggai.report/1); spans there are UTF-8 byte offsets. "
            "indent=None gives one line.")
        .def(
            "__eq__",
            [](const Report& a, const Report& b) {
                return a.same_state(b) || (a.state().source == b.state().source && a.data() == b.data());
            },
            py::is_operator())
        .def("__hash__", [](const Report& r) { return std::hash<std::string>{}(r.state().source); })
        .def("__repr__", &report_repr)
        .def("__copy__", [](py::object self) { return self; })
        .def("__deepcopy__", [](py::object self, const py::object&) { return self; }, "memo"_a)
        .def(py::pickle(
            [](const Report& r) -> py::tuple {
                // (format, text) re-parses with parse(); (format, input bytes, True)
                // with parse_bytes(), which decodes them the same way again.
                if (r.state().loaded_from_bytes)
                    return py::make_tuple(pickle_format, py::bytes(r.state().input()), true);
                return py::make_tuple(pickle_format, py::bytes(r.state().source));
            },
            [](const py::tuple& state) {
                if ((state.size() != 2 && state.size() != 3) || state[0].cast<int>() != pickle_format)
                    throw py::value_error("unsupported Report pickle state");
                if (state.size() == 3 && state[2].cast<bool>()) return parse_input(state[1].cast<std::string>());
                return parse_source(state[1].cast<std::string>());
            }));

    m.def("parse", &parse_str, "text"_a, R"doc(
Parse one report given as str. The GIL is released while parsing.

Lone surrogates (from surrogateescape/surrogatepass decoding) are read as
U+FFFD, so str indices of ``text`` and of ``Report.text`` always agree.)doc");
    m.def("parse_bytes", &parse_bytes, "data"_a, R"doc(
Parse one report given as bytes (any bytes-like object) of any supported
encoding: UTF-8 (a BOM is dropped), UTF-16 (BOM), GB18030/GBK or Big5, detected
as zhenggai.load_bytes() does (``Report.encoding``). ``Report.text`` is the
decoded text; bytes invalid in the detected encoding are read as U+FFFD with an
``invalid-utf8`` / ``invalid-bytes`` diagnostic.)doc");
    m.def("parse_file", &parse_file, "path"_a, R"doc(
Read a file of any supported encoding (see parse_bytes) and parse it. Raises
zhenggai.FileError (an OSError, with errno/strerror/filename) when the file
cannot be read.)doc");
    m.def("load_bytes", &load_bytes, "data"_a, R"doc(
Detect the encoding of ``data`` and decode it: returns (text, encoding), the
text parse_bytes() would parse.)doc");
    m.def("load_file", &load_file, "path"_a, R"doc(
Read a file, detect its encoding and decode it: returns (text, encoding).
Raises zhenggai.FileError when the file cannot be read.)doc");
}

}  // namespace zhenggai::pybind

PYBIND11_MODULE(_core, m) {
    namespace zp = zhenggai::pybind;
    m.doc() = "zhenggai native core: parse rectification progress reports into typed data.";
    m.attr("__version__") = zhenggai::version;

    zp::g_error = PyErr_NewExceptionWithDoc("zhenggai.Error", "Base class of all zhenggai errors.", PyExc_Exception,
                                            nullptr);
    if (zp::g_error == nullptr) throw pybind11::error_already_set();
    {
        pybind11::tuple bases = pybind11::make_tuple(pybind11::handle(zp::g_error), pybind11::handle(PyExc_OSError));
        zp::g_file_error = PyErr_NewExceptionWithDoc(
            "zhenggai.FileError", "A file could not be read (also an OSError, with errno, strerror and filename).",
            bases.ptr(), nullptr);
        if (zp::g_file_error == nullptr) throw pybind11::error_already_set();
    }
    {
        pybind11::tuple bases =
            pybind11::make_tuple(pybind11::handle(zp::g_error), pybind11::handle(PyExc_ValueError));
        zp::g_input_error = PyErr_NewExceptionWithDoc(
            "zhenggai.InputError", "The input cannot be parsed at all (e.g. larger than 4 GiB); also a ValueError.",
            bases.ptr(), nullptr);
        if (zp::g_input_error == nullptr) throw pybind11::error_already_set();
    }
    m.attr("Error") = pybind11::handle(zp::g_error);
    m.attr("FileError") = pybind11::handle(zp::g_file_error);
    m.attr("InputError") = pybind11::handle(zp::g_input_error);

    zp::bind_values(m);
    zp::bind_report(m);
    zp::bind_html(m, [](pybind11::handle h) { const auto& s = h.cast<const zp::Report&>().state(); return zp::ReportView{&s.report, s.source}; });
    zp::bind_batch(m, {[](std::string s) -> std::shared_ptr<const void> { return std::make_shared<const zp::ReportState>(std::move(s)); },
                       [](std::shared_ptr<const void> p) -> pybind11::object { return pybind11::cast(zp::Report(std::static_pointer_cast<const zp::ReportState>(std::move(p)))); },
                       [](std::string s) -> std::shared_ptr<const void> { return zp::load_state(std::move(s)); }});
}
