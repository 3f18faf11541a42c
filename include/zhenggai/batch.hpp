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

/// Streams `count` items through `threads` threads (0 = hardware
/// concurrency) to the calling thread, in order: `produce(i)` runs on a
/// worker (or on the calling thread, which is one of the `threads` and
/// produces while its next item is not ready), `consume(i)` on the calling
/// thread for i = 0, 1, ... as soon as item i is produced, while the others
/// go on with the next ones. At most `window` items are produced ahead of
/// the one consumed, so a caller keeps results in a ring of `window` slots
/// (slot i % window) and memory stays bounded, however many items there
/// are; item i + window is produced only after consume(i) has returned, so
/// consume(i) may also prepare that slot for it. `consume` returning false
/// stops the run: no item after it is consumed. With threads == 1 both run
/// on the calling thread, one item after the other. `produce` must not
/// throw (an exception it lets out ends the program); one thrown by
/// `consume` is rethrown after the workers stop.
void for_each_in_order(std::size_t count, unsigned threads, std::size_t window,
                       const std::function<void(std::size_t)>& produce,
                       const std::function<bool(std::size_t)>& consume);

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
