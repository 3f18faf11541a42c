// Parsing many reports at once on a pool of threads.
//
//     std::vector<std::string_view> texts = ...;
//     std::vector<zhenggai::Report> reports = zhenggai::parse_many(texts, 2);
//
// Results come back in input order. Nothing throws for one bad item: a file
// that cannot be read is a FileError, and an unexpected failure while parsing
// (std::bad_alloc, ...) becomes a Report with an `internal-error` diagnostic.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "zhenggai/parse.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai {

/// The number of threads `threads` asks for: itself, or the hardware
/// concurrency (at least 1) when it is 0.
[[nodiscard]] unsigned resolve_threads(unsigned threads) noexcept;

/// Runs `task(i)` for every i in [0, count) on up to `threads` threads
/// (0 = hardware concurrency, never more threads than items; the calling thread
/// is one of them). Indices are handed out in increasing order through an
/// atomic counter. Returns when every task has run. If tasks throw, the other
/// indices still run and the first exception is rethrown at the end. If a
/// thread cannot be started, the remaining threads do its share.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task);

/// Parses every text (as `parse` does), in parallel; `result[i]` is the report
/// of `texts[i]`. Never throws except std::bad_alloc for the result vector
/// itself: a failure inside one parse gives that item `is_report == false` and
/// an error diagnostic with code `internal-error`.
[[nodiscard]] std::vector<Report> parse_many(std::span<const std::string_view> texts, unsigned threads = 0);

/// Reads and parses every file (as `parse_file` does), in parallel; `result[i]`
/// belongs to `paths[i]`. Unreadable files, and unexpected failures, are
/// FileErrors of their item.
[[nodiscard]] std::vector<FileResult> parse_files(std::span<const std::filesystem::path> paths, unsigned threads = 0);

}  // namespace zhenggai
