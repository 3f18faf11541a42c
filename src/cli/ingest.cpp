// `zhenggai ingest PATH... --db FILE [--jobs N] [--include GLOB] [--exclude GLOB] [--quiet]`
#include "cli/ingest.hpp"

#include <unistd.h>

#include <cstdio>
#include <optional>
#include <string>

#include "cli/options.hpp"
#include "zhenggai/store.hpp"

namespace zhenggai::cli {

const std::string_view ingest_help =
    "Usage: zhenggai ingest --db FILE [--jobs N] [--include GLOB]... [--exclude GLOB]...\n"
    "                       [--quiet] [--] PATH...\n"
    "\n"
    "Read every file PATH names (a directory is walked recursively), parse it and\n"
    "write it into the SQLite database FILE (created if missing): a `files` row per\n"
    "file, a `reports` row per distinct report (republished copies share one) and\n"
    "the report's tables (sanctions, money, sections, ...); see docs/store.md.\n"
    "Re-running is incremental: files with the size and mtime (or the bytes) stored\n"
    "are skipped, changed ones replaced. Each batch of files is one transaction, so\n"
    "an interrupted run loses nothing committed; run it again to resume. A file\n"
    "that cannot be read is a `files` row with its error and never stops the run.\n"
    "\n"
    "Options:\n"
    "  --db FILE          the database (required)\n"
    "  -j, --jobs N       N threads in all (0: one per CPU, the default): they\n"
    "                     read and parse files, and one of them writes the store\n"
    "  --include GLOB     files of a walked directory to take, by name, or by path\n"
    "                     below it if GLOB holds a '/' (repeatable; default: *.txt\n"
    "                     and *.htm*)\n"
    "  --exclude GLOB     files to leave out (repeatable)\n"
    "  -q, --quiet        no progress line (it is shown only on a terminal anyway)\n"
    "  -h, --help         show this help and exit\n"
    "  --                 treat every later argument as a path\n"
    "\n"
    "PATH may also be a quoted glob pattern ('crawl/*/page-*.htm').\n"
    "\n"
    "Exit status: 0 every file was read, 1 some were recorded as failed, 2 usage\n"
    "error or the database could not be written.\n";

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failure = 1;
constexpr int exit_usage = 2;

void print_err(const std::string& s) {
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
}

int usage_error(const std::string& what) {
    print_err("zhenggai: error: " + what + "\nTry 'zhenggai ingest --help' for more information.\n");
    return exit_usage;
}

std::string duration(double seconds) {
    const auto s = static_cast<long>(seconds + 0.5);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    return buf;
}

/// `files 1234/10000  45.2 MB/s  errors 3  ETA 0:00:12`, redrawn in place.
bool show_progress(const IngestProgress& p) {
    const double mb_s = p.seconds > 0 ? static_cast<double>(p.bytes_read) / 1e6 / p.seconds : 0;
    const double eta = p.files_done > 0 ? p.seconds * static_cast<double>(p.files_total - p.files_done) /
                                              static_cast<double>(p.files_done)
                                        : 0;
    char line[160];
    std::snprintf(line, sizeof line, "\rfiles %zu/%zu  %.1f MB/s  errors %zu  ETA %s\x1b[K", p.files_done,
                  p.files_total, mb_s, p.files_failed, duration(eta).c_str());
    print_err(line);
    return true;
}

}  // namespace

int run_ingest(const std::vector<std::string>& args) {
    std::vector<std::string> paths;
    std::optional<std::string> db;
    IngestOptions options;
    bool quiet = false, only_paths = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_paths || a.empty() || a[0] != '-') {
            paths.push_back(a);
        } else if (a == "--") {
            only_paths = true;
        } else if (a == "-") {
            return usage_error("standard input cannot be ingested: give file or directory names");
        } else if (a == "-h" || a == "--help") {
            std::fwrite(ingest_help.data(), 1, ingest_help.size(), stdout);
            return std::fflush(stdout) == 0 ? exit_ok : exit_failure;
        } else if (a == "-q" || a == "--quiet") {
            quiet = true;
        } else if (is_option(a, "", "--db")) {
            const auto value = option_value(args, i, "--db");
            if (!value || value->empty()) return usage_error("option '--db' needs a file name");
            if (db) return usage_error("option '--db' given more than once");
            db = *value;
        } else if (std::string error; selection_option(args, i, options.selection, error)) {
            if (!error.empty()) return usage_error(error);
        } else if (is_option(a, "-j", "--jobs")) {
            const auto value = option_value(args, i, "--jobs");
            const auto jobs = value ? parse_jobs(*value) : std::nullopt;
            if (!jobs) return usage_error("option '--jobs' needs a number from 0 to 9999");
            options.jobs = *jobs;
        } else {
            return usage_error("unknown option '" + a + "' for 'ingest'");
        }
    }
    if (!db) return usage_error("no database given (--db FILE)");
    if (paths.empty()) return usage_error("no files or directories to ingest");

    const bool progress = !quiet && isatty(fileno(stderr)) != 0;
    if (progress) options.on_progress = show_progress;
    const IngestResult r = ingest(paths, *db, options);
    if (progress) print_err("\r\x1b[K");
    for (const InputProblem& problem : r.input_problems)
        print_err("zhenggai: " + problem.input + ": error: " + problem.message + "\n");
    if (r.store_error) {
        print_err("zhenggai: " + *db + ": error: " + *r.store_error + "\n");
        return exit_usage;
    }
    const IngestProgress& s = r.summary;
    if (!quiet) {
        char line[200];
        std::snprintf(line, sizeof line,
                      "zhenggai: %zu files: %zu parsed, %zu unchanged, %zu failed; %zu new reports (%.1f MB in %.1f s)\n",
                      s.files_total, s.files_parsed, s.files_unchanged, s.files_failed, s.reports_added,
                      static_cast<double>(s.bytes_read) / 1e6, s.seconds);
        print_err(line);
        if (s.files_failed > 0)
            print_err("zhenggai: the failures are in the database: SELECT path, error FROM files WHERE status = 'error'\n");
    }
    return s.files_failed > 0 || !r.input_problems.empty() ? exit_failure : exit_ok;
}

}  // namespace zhenggai::cli
