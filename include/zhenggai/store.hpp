// The corpus store: report files parsed into normalised SQLite tables.
//
//     zhenggai::IngestResult r = zhenggai::ingest({"crawl/"}, "corpus.sqlite", {.jobs = 2});
//     if (r.store_error) { ...the database could not be written... }
//     std::cout << r.summary.files_parsed << " parsed, " << r.summary.files_failed << " failed\n";
//
// Tables (docs/store.md): `files` (one row per file: path, size, mtime,
// sha256, encoding, status, error) and `reports` (one row per distinct
// report, by content hash, so republished copies share one), and one table
// per list of the model (sanctions, sanction_breakdown, money, sections,
// next_steps, contacts, diagnostics, ...), all derived from the model's
// description. Re-running is incremental; every batch of files is one
// transaction, so an interrupted run loses nothing committed and resumes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/files.hpp"

namespace zhenggai {

/// The identifier of the store's table layout, kept in its `meta` table.
inline constexpr std::string_view kStoreSchemaId = "zhenggai.store/1";

/// How far an ingest has got; passed to IngestOptions::on_progress.
struct IngestProgress {
    std::size_t files_total = 0;      ///< files found
    std::size_t files_done = 0;       ///< files handled so far (parsed, unchanged or failed)
    std::size_t files_parsed = 0;     ///< read and parsed (new or changed)
    std::size_t files_unchanged = 0;  ///< skipped: same size, mtime (or bytes) and parser version as stored
    std::size_t files_failed = 0;     ///< could not be read: a `files` row with its error
    std::size_t reports_added = 0;    ///< new `reports` rows (republished copies add none)
    std::uint64_t bytes_read = 0;     ///< bytes of the files read
    double seconds = 0;               ///< since the ingest started
};

struct IngestOptions {
    /// Threads in all (0: one per CPU): they read and parse files, and the
    /// calling thread, one of them, writes the store (and reads while it waits).
    unsigned jobs = 0;
    FileSelection selection{};
    std::size_t batch_files = 256;  ///< files per transaction
    /// Called on the calling thread after every committed batch; returning
    /// false stops the run there (what was committed stays; run again to resume).
    std::function<bool(const IngestProgress&)> on_progress{};
};

struct IngestResult {
    IngestProgress summary;
    /// The database could not be opened or written: the run stopped (what was
    /// committed before stays).
    std::optional<std::string> store_error;
    /// Inputs that named nothing to read (a directory that cannot be walked,
    /// a pattern that matched nothing).
    std::vector<InputProblem> input_problems;
    /// on_progress asked to stop before every file was handled.
    bool stopped = false;
};

/// Finds the files `inputs` name (find_files), reads and parses them on
/// `jobs` threads and writes them into the SQLite database `db` (created if
/// missing). One unreadable file is a `files` row with its error and never
/// stops the run. Never throws for bad input or a bad database.
[[nodiscard]] IngestResult ingest(std::span<const std::string> inputs, const std::string& db,
                                  const IngestOptions& options = {});

/// The SQL that creates the store's tables (CREATE TABLE ... ;), derived from
/// the model's description; for documentation and tools.
[[nodiscard]] std::string store_schema_sql();

}  // namespace zhenggai
