// Standard input is read here; files by zhenggai::read_file.
#if defined(_MSC_VER) && !defined(_CRT_SECURE_NO_WARNINGS)
#define _CRT_SECURE_NO_WARNINGS  // strerror is used deliberately
#endif
#include "cli/input.hpp"

#include <cstdio>
#include <cstring>

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
    FileBytes in = read_bytes(stdin);
    if (!in.error) return read(in.bytes);
    Document d;
    d.report.is_report = false;
    d.error = std::move(in.error);
    return d;
}

}  // namespace zhenggai::cli
