// read / read_text / read_file: the one place where bytes and files become a
// decoded text and its Report. parse_bytes() and parse_file() are this with
// the text dropped.
#if defined(_MSC_VER) && !defined(_CRT_SECURE_NO_WARNINGS)
#define _CRT_SECURE_NO_WARNINGS  // fopen is used deliberately
#endif
#include "zhenggai/document.hpp"

#include <cerrno>
#include <cstdio>
#include <limits>
#include <system_error>

#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"

namespace zhenggai {

namespace {

/// The largest input a span can address.
constexpr std::size_t max_bytes = std::numeric_limits<std::uint32_t>::max();

std::string system_message(int err) { return std::generic_category().message(err); }

}  // namespace

Document read(std::string_view bytes) {
    LoadedText loaded = load(bytes);
    Document d;
    d.text = std::move(loaded.text);
    d.report = parse(d.text);
    d.report.encoding = from_string<Encoding>(loaded.encoding).value_or(Encoding::utf8);
    d.report.html = loaded.html;
    d.report.source_runs = std::move(loaded.runs);
    auto& diagnostics = d.report.diagnostics;
    diagnostics.insert(diagnostics.begin(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    return d;
}

Document read_text(std::string utf8) {
    Document d;
    d.text = std::move(utf8);
    d.report = parse(d.text);
    return d;
}

FileBytes read_bytes(std::FILE* stream) {
    using Kind = ReadError::Kind;
    FileBytes out;
    char buf[1 << 16];
    errno = 0;
    for (;;) {
        const std::size_t n = std::fread(buf, 1, sizeof buf, stream);
        if (n == 0) break;
        if (out.bytes.size() + n > max_bytes) {
            out.error = ReadError{Kind::too_large, 0, "larger than 4 GiB, the most that can be parsed"};
            break;
        }
        out.bytes.append(buf, n);
    }
    if (!out.error && std::ferror(stream) != 0) {
        const int err = errno != 0 ? errno : EIO;
        out.error = ReadError{Kind::read_failed, err, system_message(err)};
    }
    if (out.error) out.bytes = std::string();
    return out;
}

FileBytes read_bytes(const std::filesystem::path& path) {
    using Kind = ReadError::Kind;
    std::error_code ec;
    // fopen() opens a directory on POSIX and only the read fails (EISDIR): say what it is.
    if (std::filesystem::is_directory(path, ec)) return {{}, ReadError{Kind::is_directory, EISDIR, "is a directory"}};
    errno = 0;
#ifdef _WIN32
    std::FILE* f = ::_wfopen(path.c_str(), L"rb");
#else
    std::FILE* f = std::fopen(path.c_str(), "rb");
#endif
    if (f == nullptr) {
        const int err = errno;
        return {{}, ReadError{Kind::cannot_open, err, err != 0 ? system_message(err) : "cannot open file"}};
    }
    FileBytes out = read_bytes(f);
    std::fclose(f);
    return out;
}

Document read_file(const std::filesystem::path& path) {
    FileBytes file = read_bytes(path);
    Document d;
    if (file.error) {
        d.report.is_report = false;
        d.error = std::move(file.error);
    } else {
        d = read(file.bytes);
    }
    d.path = path.string();
    return d;
}

Report parse_bytes(std::string_view bytes) { return read(bytes).report; }

FileResult parse_file(const std::filesystem::path& path) {
    Document d = read_file(path);
    if (d.error) return FileError{std::move(d.path), std::move(d.error->message)};
    return std::move(d.report);
}

}  // namespace zhenggai
