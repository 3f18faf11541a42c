// One input document, read: bytes or a file → decoded text → Report. The
// entry point for tools that read files; every front end (CLI, Python,
// batch) reads through it.
//
//     zhenggai::Document doc = zhenggai::read_file("reports/2024-07.htm");
//     if (!doc.ok()) std::cerr << doc.path << ": " << doc.error->message << '\n';
//     else use(doc.report, doc.text);   // spans index doc.text
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/report.hpp"

namespace zhenggai {

/// Why a document has no text: its file could not be read.
struct ReadError {
    enum class Kind : std::uint8_t {
        cannot_open,   ///< the file could not be opened (missing, no permission, ...)
        read_failed,   ///< an I/O error while reading it
        is_directory,  ///< the path names a directory
        too_large,     ///< larger than a span can address (4 GiB)
        internal,      ///< an unexpected failure (out of memory, ...)
    };
    Kind kind = Kind::read_failed;
    int system_error = 0;  ///< errno when the system gave one (EISDIR for a directory), else 0
    std::string message;   ///< for people: "No such file or directory", ...
};

/// A document as read. When `error` is set, `text` is empty and `report` is
/// the empty Report (is_report false).
struct Document {
    std::string path;               ///< the file as given; empty for bytes read from memory
    std::string text;               ///< the decoded UTF-8 text; the Report's spans index it
    Report report;                  ///< with the detected encoding and the decoding diagnostics
    std::optional<ReadError> error;

    [[nodiscard]] bool ok() const noexcept { return !error.has_value(); }
};

/// The bytes of a file, or why they could not be had.
struct FileBytes {
    std::string bytes;
    std::optional<ReadError> error;
};

/// Reads a whole file (at most 4 GiB, the most a span can address).
[[nodiscard]] FileBytes read_bytes(const std::filesystem::path& path);

/// Reads an open stream to its end (standard input, say), with the same
/// limit. The stream is not closed.
[[nodiscard]] FileBytes read_bytes(std::FILE* stream);

/// Detects the encoding of `bytes` (UTF-8, UTF-16 with BOM, GB18030/GBK,
/// Big5), decodes them and parses the text. Never throws for bad input.
[[nodiscard]] Document read(std::string_view bytes);

/// Parses UTF-8 text as it is (no detection; invalid bytes are diagnosed by
/// parse()). The text is moved into the Document.
[[nodiscard]] Document read_text(std::string utf8);

/// Reads, decodes and parses one file. I/O failures are the Document's
/// `error`, never exceptions.
[[nodiscard]] Document read_file(const std::filesystem::path& path);

/// read_file() of every path on up to `threads` threads (0: one per CPU);
/// `result[i]` belongs to `paths[i]`. One bad file never stops the others.
[[nodiscard]] std::vector<Document> read_files(std::span<const std::filesystem::path> paths, unsigned threads = 0);

}  // namespace zhenggai
