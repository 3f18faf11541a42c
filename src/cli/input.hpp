// What the commands read: a file, or standard input for '-', as one
// zhenggai::Document (the library's read_file does the files).
#pragma once

#include <string>

#include "zhenggai/document.hpp"

namespace zhenggai::cli {

/// Reads and parses one argument ('-': standard input). Failures are the
/// Document's error. Thread-safe for files.
[[nodiscard]] Document read_input(const std::string& arg);

/// The name messages show for an argument ('-' is <stdin>).
[[nodiscard]] std::string display_name(const std::string& arg);

/// strerror() as a string.
[[nodiscard]] std::string errno_text(int err);

}  // namespace zhenggai::cli
