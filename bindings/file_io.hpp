// Reading a whole file in the bindings (with or without the GIL): one place
// for the native path type, the open call and the size limit.
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>

#include "bind.hpp"

namespace zhenggai::pybind {

struct ReadResult {
    std::string data;
    int error = 0;          ///< errno, 0 on success
    bool too_large = false;
    std::size_t size = 0;   ///< bytes seen when too_large
};

#ifdef _WIN32
using NativePath = std::wstring;
inline std::FILE* open_file(const NativePath& p) { return ::_wfopen(p.c_str(), L"rb"); }
#else
using NativePath = std::string;
inline std::FILE* open_file(const NativePath& p) { return std::fopen(p.c_str(), "rb"); }
#endif

/// The native form of an os.fspath() result (str or bytes); ValueError for a NUL.
inline NativePath native_path(const py::handle& fspath) {
#ifdef _WIN32
    py::object as_str = PyUnicode_Check(fspath.ptr()) ? py::reinterpret_borrow<py::object>(fspath)
                                                       : py::module_::import("os").attr("fsdecode")(fspath);
    Py_ssize_t n = 0;
    wchar_t* w = PyUnicode_AsWideCharString(as_str.ptr(), &n);
    if (w == nullptr) throw py::error_already_set();
    NativePath native(w, static_cast<std::size_t>(n));
    PyMem_Free(w);
#else
    py::object encoded = py::reinterpret_borrow<py::object>(fspath);
    if (PyUnicode_Check(fspath.ptr())) encoded = py::reinterpret_steal<py::object>(PyUnicode_EncodeFSDefault(fspath.ptr()));
    if (!encoded) throw py::error_already_set();
    NativePath native = encoded.cast<std::string>();
#endif
    if (native.find(NativePath::value_type(0)) != NativePath::npos) throw py::value_error("embedded null byte in path");
    return native;
}

/// The whole file, or the errno / size limit that stopped it.
inline ReadResult read_file(const NativePath& path) {
    ReadResult r;
    errno = 0;
    std::FILE* f = open_file(path);
    if (f == nullptr) {
        r.error = errno != 0 ? errno : EIO;
        return r;
    }
    char buf[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(buf, 1, sizeof buf, f);
        if (n == 0) break;
        if (r.data.size() + n > max_source) {
            r.too_large = true;
            r.size = r.data.size() + n;
            break;
        }
        r.data.append(buf, n);
    }
    if (!r.too_large && std::ferror(f) != 0) r.error = errno != 0 ? errno : EIO;
    std::fclose(f);
    return r;
}

}  // namespace zhenggai::pybind
