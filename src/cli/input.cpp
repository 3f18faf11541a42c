// Standard input is read here; files by zhenggai::read_file.
#if defined(_MSC_VER) && !defined(_CRT_SECURE_NO_WARNINGS)
#define _CRT_SECURE_NO_WARNINGS  // strerror is used deliberately
#endif
#include "cli/input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace zhenggai::cli {

std::string errno_text(int err) {
    const char* s = std::strerror(err);
    return s != nullptr ? std::string(s) : "error " + std::to_string(err);
}

std::string display_name(const std::string& arg) { return arg == "-" ? "<stdin>" : arg; }

Document read_input(const std::string& arg) {
    if (arg != "-") return read_file(arg);
#ifdef _WIN32
    _setmode(_fileno(stdin), _O_BINARY);
#endif
    constexpr std::size_t max_size = std::numeric_limits<std::uint32_t>::max();
    std::string data;
    char buf[1 << 16];
    for (;;) {
        errno = 0;
        const std::size_t n = std::fread(buf, 1, sizeof buf, stdin);
        if (data.size() + n > max_size) {
            Document d;
            d.report.is_report = false;
            d.error = ReadError{ReadError::Kind::too_large, 0, "larger than 4 GiB, the most that can be parsed"};
            return d;
        }
        data.append(buf, n);
        if (n < sizeof buf) break;
    }
    if (std::ferror(stdin)) {
        const int err = errno;
        Document d;
        d.report.is_report = false;
        d.error = ReadError{ReadError::Kind::read_failed, err, err != 0 ? errno_text(err) : "read error"};
        return d;
    }
    return read(data);
}

}  // namespace zhenggai::cli
