// parse_many: str, bytes and os.PathLike items parsed on a pool of C++ threads
// (zhenggai::parallel_for) with the GIL released. Results come back in input
// order; an item that cannot be parsed gives an exception *instance* in its
// place (FileError, InputError, Error) instead of raising.
//
// Three phases:
//   1. with the GIL: classify every item; copy bytes-like data, turn paths into
//      native path bytes, note where each str's characters are;
//   2. without the GIL, on `workers` threads: encode str to UTF-8, read files,
//      parse and build the Python-facing copy of each report;
//   3. with the GIL: wrap each state as a Report, or build its error object.
#include "batch.hpp"
#include "bind.hpp"
#include "file_io.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <limits>
#include <new>
#include <string>
#include <vector>

#include "zhenggai/batch.hpp"

namespace zhenggai::pybind {

namespace {

using namespace pybind11::literals;



enum class Kind : unsigned char { text, data, path };

struct Item {
    Kind kind = Kind::data;
    // text: the str's storage, read without the GIL (the str is kept alive by `items`).
    int ucs_kind = 0;
    const void* ucs_data = nullptr;
    Py_ssize_t ucs_length = 0;
    bool ascii = false;
    // data: a copy of the bytes; path: the native path.
    std::string bytes;
    NativePath path;
    py::object filename;  ///< what FileError.filename shows (os.fspath of the item)
};

struct Outcome {
    std::shared_ptr<const void> state;
    int error = 0;            ///< errno of a file that could not be read
    bool too_large = false;
    std::size_t size = 0;     ///< bytes, for the too-large message
    std::string internal;     ///< an unexpected failure (out of memory, ...)
};

/// UTF-8 of a str's code points; lone surrogates become U+FFFD (as parse() does).
std::string encode(const Item& it) {
    if (it.ascii) return std::string(static_cast<const char*>(it.ucs_data), static_cast<std::size_t>(it.ucs_length));
    return encode_code_points(it.ucs_kind, it.ucs_data, it.ucs_length);
}

/// Reads a whole file; sets `o.error` or `o.too_large` on failure.
std::string read_file(const NativePath& path, Outcome& o) {
    ReadResult r = pybind::read_file(path);
    o.error = r.error;
    o.too_large = r.too_large;
    o.size = r.size;
    return std::move(r.data);
}

Item classify(const py::handle& obj, std::size_t index) {
    Item it;
    PyObject* o = obj.ptr();
    if (PyUnicode_Check(o)) {
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(o) != 0) throw py::error_already_set();
#endif
        it.kind = Kind::text;
        it.ucs_kind = PyUnicode_KIND(o);
        it.ucs_data = PyUnicode_DATA(o);
        it.ucs_length = PyUnicode_GET_LENGTH(o);
        it.ascii = PyUnicode_IS_ASCII(o) != 0;
        return it;
    }
    if (PyObject_CheckBuffer(o)) {
        Py_buffer view;
        if (PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) != 0) throw py::error_already_set();
        try {
            it.bytes.assign(static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
        } catch (...) {
            PyBuffer_Release(&view);
            throw;
        }
        PyBuffer_Release(&view);
        return it;
    }
    if (PyObject_HasAttrString(reinterpret_cast<PyObject*>(Py_TYPE(o)), "__fspath__") != 0) {
        PyObject* fs = PyOS_FSPath(o);
        if (fs == nullptr) throw py::error_already_set();
        it.filename = py::reinterpret_steal<py::object>(fs);
        it.kind = Kind::path;
#ifdef _WIN32
        py::object as_str = PyUnicode_Check(fs) ? it.filename : py::module_::import("os").attr("fsdecode")(it.filename);
        Py_ssize_t n = 0;
        wchar_t* w = PyUnicode_AsWideCharString(as_str.ptr(), &n);
        if (w == nullptr) throw py::error_already_set();
        it.path.assign(w, static_cast<std::size_t>(n));
        PyMem_Free(w);
        if (it.path.find(L'\0') != NativePath::npos)
            throw py::value_error("embedded null character in path (item " + std::to_string(index) + ")");
#else
        py::object encoded = it.filename;
        if (PyUnicode_Check(fs)) {
            PyObject* b = PyUnicode_EncodeFSDefault(fs);
            if (b == nullptr) throw py::error_already_set();
            encoded = py::reinterpret_steal<py::object>(b);
        }
        it.path = encoded.cast<std::string>();
        if (it.path.find('\0') != NativePath::npos)
            throw py::value_error("embedded null byte in path (item " + std::to_string(index) + ")");
#endif
        return it;
    }
    throw py::type_error("parse_many() items must be str (text), bytes (UTF-8 text) or os.PathLike (a file), not " +
                         std::string(Py_TYPE(o)->tp_name) + " (item " + std::to_string(index) + ")");
}

void run_one(const Item& it, Outcome& o, const ReportMaker& maker) {
    try {
        std::string source;
        switch (it.kind) {
            case Kind::text: source = encode(it); break;
            case Kind::data: source = it.bytes; break;
            case Kind::path:
                source = read_file(it.path, o);
                if (o.error != 0 || o.too_large) return;
                break;
        }
        if (source.size() > max_source) {
            o.too_large = true;
            o.size = source.size();
            return;
        }
        o.state = it.kind != Kind::text && maker.parse_bytes != nullptr ? maker.parse_bytes(std::move(source))
                                                                        : maker.parse(std::move(source));
    } catch (const std::bad_alloc&) {
        o.internal = "out of memory";
    } catch (const std::exception& e) {
        o.internal = e.what();
    } catch (...) {
        o.internal = "unknown failure";
    }
}

/// The module's exception types (borrowed: the module holds them for the life of the process).
struct Errors {
    py::handle error, file_error, input_error;
};

py::list parse_many(const Errors& errors, const ReportMaker& maker, const py::iterable& items_in, int workers) {
    if (workers < 0) throw py::value_error("workers must be >= 0 (0: one per CPU)");
    // Hold every item: the str storage read in phase 2 must stay alive.
    const py::list items(items_in);
    const std::size_t n = items.size();
    std::vector<Item> work;
    work.reserve(n);
    for (std::size_t i = 0; i < n; ++i) work.push_back(classify(items[i], i));

    std::vector<Outcome> out(n);
    {
        py::gil_scoped_release nogil;
        zhenggai::parallel_for(n, static_cast<unsigned>(workers),
                               [&](std::size_t i) { run_one(work[i], out[i], maker); });
    }

    const py::handle file_error = errors.file_error, input_error = errors.input_error, error = errors.error;
    py::list result(n);
    for (std::size_t i = 0; i < n; ++i) {
        Outcome& o = out[i];
        py::object v;
        if (o.state) {
            v = maker.wrap(std::move(o.state));
        } else if (o.too_large) {
            v = input_error("input of " + std::to_string(o.size) + " bytes is too large (at most " +
                            std::to_string(max_source) + " bytes can be parsed)");
        } else if (o.error != 0) {
            v = file_error(o.error, std::strerror(o.error), work[i].filename);
        } else {
            v = error("internal error while parsing item " + std::to_string(i) + ": " + o.internal);
        }
        result[i] = std::move(v);
    }
    return result;
}

}  // namespace

void bind_batch(py::module_& m, ReportMaker maker) {
    const py::object error = m.attr("Error"), file_error = m.attr("FileError"), input_error = m.attr("InputError");
    const Errors errors{error, file_error, input_error};
    m.def(
        "parse_many",
        [errors, maker](const py::iterable& items, int workers) { return parse_many(errors, maker, items, workers); },
        "items"_a, "workers"_a = 0, R"doc(
Parse many reports on `workers` C++ threads (0: one per CPU) with the GIL
released. Items are str (the text itself), bytes-like (UTF-8 text) or
os.PathLike (a file to read; a plain str is always text, never a path).

Returns a list in input order. Each element is a Report, or - for an item
that could not be parsed - an exception instance that is not raised:
FileError (unreadable file, with errno/strerror/filename), InputError (too
large) or Error (an unexpected failure). An item of another type raises
TypeError before anything is parsed.)doc");
}

}  // namespace zhenggai::pybind
