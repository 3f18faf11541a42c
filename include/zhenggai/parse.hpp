// Entry points: text in, Report out.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

#include "zhenggai/report.hpp"

namespace zhenggai {

/// Parse one report given as UTF-8 text (a BOM is allowed). Never throws for
/// bad input: problems become Report::diagnostics with positions. Invalid UTF-8
/// bytes are reported and treated as U+FFFD; spans still index `utf8` itself.
[[nodiscard]] Report parse(std::string_view utf8);

/// Why a file could not be parsed at all (it could not be read).
struct FileError {
    std::string path;
    std::string message;
};

/// A Report, or the reason there is none. Mirrors std::expected.
class FileResult {
public:
    FileResult(Report r) : v_(std::move(r)) {}          // NOLINT(google-explicit-constructor)
    FileResult(FileError e) : v_(std::move(e)) {}       // NOLINT(google-explicit-constructor)
    [[nodiscard]] bool has_value() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }
    [[nodiscard]] const Report& value() const& { return std::get<Report>(v_); }
    [[nodiscard]] Report&& value() && { return std::get<Report>(std::move(v_)); }
    [[nodiscard]] const FileError& error() const& { return std::get<FileError>(v_); }

private:
    std::variant<Report, FileError> v_;
};

/// Read a file, detect and decode its encoding (see load.hpp), and parse it.
/// Spans index the decoded UTF-8 text, `zhenggai::load(bytes).text`.
/// I/O failures are returned, not thrown.
[[nodiscard]] FileResult parse_file(const std::filesystem::path& path);

}  // namespace zhenggai
