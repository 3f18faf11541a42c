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

/// Spans are 32-bit: larger inputs are refused with InputError.
constexpr std::size_t max_source = std::numeric_limits<std::uint32_t>::max();

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
