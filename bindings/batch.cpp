// parse_many: str, bytes and os.PathLike items parsed on a pool of C++ threads
// (zhenggai::parallel_for) with the GIL released. Results come back in input
// order; an item that cannot be parsed gives an exception *instance* in its
// place (FileError, InputError, Error) instead of raising.
#include <filesystem>
#include <optional>
#include <exception>
#include <new>
#include <system_error>
#include <string>
#include <vector>

#include "bind.hpp"
#include "input/utf8.hpp"
#include "zhenggai/batch.hpp"
#include "zhenggai/document.hpp"

namespace zhenggai::pybind {

namespace {

using namespace pybind11::literals;

enum class Kind : unsigned char { text, data, path };

struct Item {
    Kind kind = Kind::data;
    py::handle str;      ///< text: the str, read without the GIL (kept alive by the item list)
    std::string bytes;   ///< data: a copy of the bytes
    std::filesystem::path path;
    py::object filename;  ///< what FileError.filename shows (os.fspath of the item)
};

struct Outcome {
    State state;
    std::optional<ReadError> error;  ///< the file could not be read, or the parse failed unexpectedly
};

/// UTF-8 of a str's code points; lone surrogates become U+FFFD (as parse() does).
std::string encode(py::handle s) {
    const int kind = PyUnicode_KIND(s.ptr());
    const void* data = PyUnicode_DATA(s.ptr());
    const Py_ssize_t n = PyUnicode_GET_LENGTH(s.ptr());
    if (PyUnicode_IS_ASCII(s.ptr())) return {static_cast<const char*>(data), static_cast<std::size_t>(n)};
    std::string out;
    out.reserve(static_cast<std::size_t>(n) * 3);
    char buf[4];
    for (Py_ssize_t i = 0; i < n; ++i) {
        const Py_UCS4 c = PyUnicode_READ(kind, data, i);
        out.append(buf, input::encode_utf8(c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c, buf));
    }
    return out;
}

/// A str that is a report text never names an existing file: it has line
/// breaks. A short one-line str that does is a mistake (glob() results passed
/// as texts) that would silently give empty reports.
bool names_a_file(const py::handle& s) {
    const Py_ssize_t n = PyUnicode_GET_LENGTH(s.ptr());
    if (n == 0 || n > 4096) return false;
    for (Py_ssize_t i = 0; i < n; ++i) {
        const Py_UCS4 c = PyUnicode_READ_CHAR(s.ptr(), i);
        if (c == '\n' || c == '\r' || c == 0) return false;
    }
    // A str the file system cannot encode (a lone surrogate in a text) names no file.
    py::object encoded = py::reinterpret_steal<py::object>(PyUnicode_EncodeFSDefault(s.ptr()));
    if (!encoded) {
        PyErr_Clear();
        return false;
    }
    std::error_code ec;
    return std::filesystem::is_regular_file(std::filesystem::path(encoded.cast<std::string>()), ec);
}

Item classify(const py::handle& obj, std::size_t index, bool files) {
    Item it;
    PyObject* o = obj.ptr();
    if (files) {
        if (!PyUnicode_Check(o) && !PyBytes_Check(o) &&
            PyObject_HasAttrString(reinterpret_cast<PyObject*>(Py_TYPE(o)), "__fspath__") == 0)
            throw py::type_error("parse_files() items must be file names (str, bytes or os.PathLike), not " +
                                 std::string(Py_TYPE(o)->tp_name) + " (item " + std::to_string(index) + ")");
        it.kind = Kind::path;
        it.filename = py::reinterpret_steal<py::object>(PyOS_FSPath(o));
        if (!it.filename) throw py::error_already_set();
        it.path = to_path(it.filename);
    } else if (PyUnicode_Check(o)) {
        if (names_a_file(obj))
            throw py::type_error("parse_many() item " + std::to_string(index) + " is a str naming a file (" +
                                 py::repr(obj).cast<std::string>() +
                                 "), but parse_many() parses str items as report texts: use "
                                 "zhenggai.parse_files(paths) for file names");
        it.kind = Kind::text;
        it.str = obj;
    } else if (PyObject_CheckBuffer(o)) {
        Py_buffer view;
        if (PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) != 0) throw py::error_already_set();
        it.bytes.assign(static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
        PyBuffer_Release(&view);
    } else if (PyObject_HasAttrString(reinterpret_cast<PyObject*>(Py_TYPE(o)), "__fspath__") != 0) {
        it.kind = Kind::path;
        it.filename = py::reinterpret_steal<py::object>(PyOS_FSPath(o));
        if (!it.filename) throw py::error_already_set();
        it.path = to_path(it.filename);
    } else {
        throw py::type_error("parse_many() items must be str (text), bytes (UTF-8 text) or os.PathLike (a file), not " +
                             std::string(Py_TYPE(o)->tp_name) + " (item " + std::to_string(index) + ")");
    }
    return it;
}

void run_one(const Item& it, Outcome& o) {
    using ReadKind = ReadError::Kind;
    try {
        std::string source;
        if (it.kind == Kind::path) {
            FileBytes file = read_bytes(it.path);
            if (file.error) {
                o.error = std::move(file.error);
                return;
            }
            source = std::move(file.bytes);
        } else {
            source = it.kind == Kind::text ? encode(it.str) : it.bytes;
        }
        if (source.size() > max_source) {
            o.error = ReadError{ReadKind::too_large, 0, "input of " + std::to_string(source.size()) + " bytes is too large"};
            return;
        }
        o.state = it.kind == Kind::text ? make_state(read_text(std::move(source))) : make_state(read(source), &source);
    } catch (const std::bad_alloc&) {
        o.error = ReadError{ReadKind::internal, 0, "out of memory"};
    } catch (const std::exception& e) {
        o.error = ReadError{ReadKind::internal, 0, e.what()};
    } catch (...) {
        o.error = ReadError{ReadKind::internal, 0, "unknown failure"};
    }
}

py::list parse_many(const py::iterable& items_in, int workers, bool files) {
    if (workers < 0) throw py::value_error("workers must be >= 0 (0: one per CPU)");
    const py::list items(items_in);  // holds every str read in the threads
    std::vector<Item> work;
    work.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) work.push_back(classify(items[i], i, files));
    std::vector<Outcome> out(work.size());
    {
        py::gil_scoped_release nogil;
        zhenggai::parallel_for(work.size(), static_cast<unsigned>(workers), [&](std::size_t i) { run_one(work[i], out[i]); });
    }
    py::list result(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        Outcome& o = out[i];
        if (o.state) {
            result[i] = py::cast(ReportHandle(o.state));
        } else {
            if (o.error->kind == ReadError::Kind::internal)
                o.error->message = "internal error while parsing item " + std::to_string(i) + ": " + o.error->message;
            result[i] = read_error(*o.error, work[i].filename);
        }
    }
    return result;
}

}  // namespace

void bind_batch(py::module_& m) {
    m.def(
        "parse_many", [](const py::iterable& items, int workers) { return parse_many(items, workers, false); }, "items"_a,
        "workers"_a = 0, R"doc(Parse many reports on `workers` C++ threads (0: one per CPU), GIL released.

Items are str (the text), bytes-like (UTF-8 text) or os.PathLike (a file). Returns
a list in input order: a Report, or for an item that could not be parsed the
exception instance (FileError, InputError, Error), not raised.)doc");
    m.def(
        "parse_files", [](const py::iterable& paths, int workers) { return parse_many(paths, workers, true); },
        "paths"_a, "workers"_a = 0,
        "Read and parse files (str, bytes or os.PathLike names) on `workers` C++ threads; as parse_many.");
    stub() += R"(def parse_many(
    items: Iterable[str | bytes | bytearray | memoryview | os.PathLike[str] | os.PathLike[bytes]],
    workers: int = 0,
) -> list[Report | Error]: ...
def parse_files(
    paths: Iterable[str | bytes | os.PathLike[str] | os.PathLike[bytes]],
    workers: int = 0,
) -> list[Report | Error]: ...
)";
}

}  // namespace zhenggai::pybind
