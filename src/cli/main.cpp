// zhenggai: the command-line tool.
//
//     zhenggai parse [--pretty | --indent N] [--output FILE] [--jobs N] [--include GLOB] [--exclude GLOB] PATH... | -
//     zhenggai check [--strict] [--jobs N] [--include GLOB] [--exclude GLOB] PATH... | -
//     zhenggai ingest --db FILE [--jobs N] PATH...
//     zhenggai --version | --help
//
// Exit codes: 0 ok, 1 some input could not be processed (or `check` found
// errors), 2 usage error. See docs/cli.md.
#if defined(_MSC_VER) && !defined(_CRT_SECURE_NO_WARNINGS)
#define _CRT_SECURE_NO_WARNINGS  // fopen / strerror are used deliberately
#endif
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/annotate.hpp"
#include "cli/ingest.hpp"
#include "cli/input.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "input/utf8.hpp"
#include "output/json_value.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/zhenggai.hpp"  // also zhenggai/batch.hpp: parallel_for

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failure = 1;
constexpr int exit_usage = 2;

constexpr std::string_view program = "zhenggai";

// ------------------------------------------------------------------ help ---

constexpr std::string_view main_help =
    "Usage: zhenggai <command> [options] FILE...\n"
    "       zhenggai --version | --help\n"
    "\n"
    "Parse rectification progress reports (整改进展情况的通报) into typed JSON.\n"
    "\n"
    "Commands:\n"
    "  parse    print each report as JSON (schema zhenggai.report/1)\n"
    "  check    print the parser's diagnostics, compiler-style\n"
    "  annotate write an HTML page with the extracted fields highlighted\n"
    "  ingest   parse files and directories into an SQLite database\n"
    "  help     show help for a command: zhenggai help parse\n"
    "\n"
    "Options:\n"
    "  -h, --help       show this help and exit\n"
    "  -V, --version    print the version and exit\n"
    "\n"
    "FILE is a text file or an HTML page in UTF-8 (with or without BOM), UTF-16,\n"
    "GB18030/GBK or Big5 (detected); '-' reads standard input.\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  some input could not be read or processed, or `check` found problems\n"
    "  2  usage error (unknown command or option, missing argument)\n";

constexpr std::string_view parse_help =
    "Usage: zhenggai parse [--pretty | --indent N] [--output FILE] [--jobs N]\n"
    "                      [--include GLOB]... [--exclude GLOB]... [--] PATH... | -\n"
    "\n"
    "Parse each file PATH names and print it as JSON (schema zhenggai.report/1).\n"
    "A directory is walked recursively: its *.txt and *.htm* files (see\n"
    "--include), sorted by path. One file prints one JSON document. Several\n"
    "files, or any directory or pattern, print JSON Lines: one compact document\n"
    "per line, in input order, each with an added \"path\" member holding the\n"
    "argument as given or the path of the file found. Inputs that cannot be\n"
    "read are reported on stderr and produce no line; the others are still\n"
    "processed.\n"
    "\n"
    "Options:\n"
    "  -p, --pretty         indent the document by two spaces (one file only;\n"
    "                       JSON Lines stay one line per document)\n"
    "  --indent N           indent it by N spaces (0 to 99)\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  -j, --jobs N         parse N files at a time on N threads (0: one per\n"
    "                       CPU; default 1); the output stays in input order\n"
    "  --include GLOB       files of a walked directory to take, by name, or by\n"
    "                       path below it if GLOB holds a '/' (repeatable;\n"
    "                       default: *.txt and *.htm*)\n"
    "  --exclude GLOB       files to leave out (repeatable)\n"
    "  -h, --help           show this help and exit\n"
    "  --                   treat every later argument as a path\n"
    "\n"
    "PATH may also be a quoted glob pattern ('crawl/*/page-*.htm'). '-' reads\n"
    "standard input (at most once). A directory without files to read is an\n"
    "error.\n"
    "\n"
    "Exit status: 0 success, 1 some input failed, 2 usage error.\n";

constexpr std::string_view check_help =
    "Usage: zhenggai check [--strict] [--jobs N] [--include GLOB]...\n"
    "                      [--exclude GLOB]... [--] PATH... | -\n"
    "\n"
    "Parse each file PATH names and print its diagnostics to standard output as\n"
    "    FILE:LINE:COL: SEVERITY: MESSAGE [CODE]\n"
    "with LINE and COL 1-based and COL counted in Unicode code points (CR LF,\n"
    "LF and a lone CR each end a line). SEVERITY is info, warning or error.\n"
    "Standard input is shown as <stdin>. A directory is walked recursively: its\n"
    "*.txt and *.htm* files (see --include), sorted by path.\n"
    "\n"
    "Options:\n"
    "  --strict        warnings make the check fail too\n"
    "  -j, --jobs N    check N files at a time on N threads (0: one per CPU;\n"
    "                  default 1); the output stays in input order\n"
    "  --include GLOB  files of a walked directory to take, by name, or by path\n"
    "                  below it if GLOB holds a '/' (repeatable; default: *.txt\n"
    "                  and *.htm*)\n"
    "  --exclude GLOB  files to leave out (repeatable)\n"
    "  -h, --help      show this help and exit\n"
    "  --              treat every later argument as a path\n"
    "\n"
    "PATH may also be a quoted glob pattern. A directory without files to read\n"
    "is an error.\n"
    "\n"
    "Exit status: 0 no errors (no warnings either with --strict), 1 an error\n"
    "(or, with --strict, a warning) was found or some input could not be read,\n"
    "2 usage error.\n";

// ------------------------------------------------------------- messages ---

void print_err(const std::string& line) {
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

/// `zhenggai: FILE: error: WHAT`
void file_error(const std::string& file, const std::string& what) {
    print_err(std::string(program) + ": " + file + ": error: " + what + "\n");
}

/// `zhenggai: error: WHAT`, then a hint; returns the usage exit code.
int usage_error(const std::string& what, std::string_view command = {}) {
    std::string hint = command.empty() ? "zhenggai --help" : "zhenggai " + std::string(command) + " --help";
    print_err(std::string(program) + ": error: " + what + "\nTry '" + hint + "' for more information.\n");
    return exit_usage;
}

// ---------------------------------------------------------------- input ---

using zhenggai::cli::display_name;
using zhenggai::cli::errno_text;

/// `zhenggai: FILE: error: WHAT` as text, for messages made on worker threads.
std::string file_error_text(const std::string& file, const std::string& what) {
    return std::string(program) + ": " + file + ": error: " + what + "\n";
}

/// Reads and parses one input; nullopt (with the reason appended to `err`)
/// when it cannot be read or the parser failed unexpectedly. Thread-safe.
std::optional<zhenggai::Document> load(const std::string& arg, std::string& err) {
    try {
        zhenggai::Document doc = zhenggai::cli::read_input(arg);  // detects and decodes GB18030, Big5, UTF-16
        if (doc.ok()) return doc;
        err += file_error_text(display_name(arg), "cannot read: " + doc.error->message);
    } catch (const std::exception& e) {
        err += file_error_text(display_name(arg), std::string("internal error: ") + e.what());
    } catch (...) {
        err += file_error_text(display_name(arg), "internal error");
    }
    return std::nullopt;
}

/// What one input produced, made on any thread and written in input order.
struct Rendered {
    std::string out;  ///< for the output stream
    std::string err;  ///< for standard error
    bool failed = false;
};

/// emit(render(i)) for i in [0, count), in order. With jobs != 1, render runs
/// on `jobs` worker threads and emit on this one as each next result is
/// ready; a ring of 16 results per thread bounds what is held at a time.
/// render must not throw.
template <class Render, class Emit>
void for_each_in_order(std::size_t count, unsigned jobs, Render render, Emit emit) {
    const std::size_t window = std::size_t{16} * zhenggai::resolve_threads(jobs);
    std::vector<Rendered> ring(std::min(window, std::max<std::size_t>(count, 1)));
    zhenggai::for_each_in_order(
        count, jobs, ring.size(), [&](std::size_t i) { ring[i % ring.size()] = render(i); },
        [&](std::size_t i) {
            emit(std::move(ring[i % ring.size()]));
            return true;
        });
}

// --------------------------------------------------------------- output ---

/// Standard output or a file, with write errors remembered.
class Output {
public:
    Output() = default;
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;
    ~Output() {
        if (file_ != nullptr && file_ != stdout) std::fclose(file_);
    }

    /// Opens `path` ("-" = standard output); returns the reason on failure.
    std::optional<std::string> open(const std::string& path) {
        name_ = path;
        if (path == "-") return std::nullopt;
        errno = 0;
        file_ = std::fopen(path.c_str(), "wb");
        if (file_ == nullptr) {
            const int err = errno;
            file_ = stdout;
            return err != 0 ? errno_text(err) : std::string("cannot open file");
        }
        return std::nullopt;
    }

    void write(std::string_view s) {
        if (!s.empty() && std::fwrite(s.data(), 1, s.size(), file_) != s.size() && !error_) error_ = errno;
    }

    /// Flushes (and closes a file); false, after printing why, on failure.
    bool finish() {
        if (std::fflush(file_) != 0 && !error_) error_ = errno;
        if (file_ != stdout) {
            if (std::fclose(file_) != 0 && !error_) error_ = errno;
            file_ = stdout;
        }
        if (std::ferror(stdout) && !error_) error_ = EIO;
        if (error_) {
            const std::string where = name_ == "-" ? "standard output" : name_;
            print_err(std::string(program) + ": " + where + ": error: cannot write: " +
                      errno_text(*error_ != 0 ? *error_ : EIO) + "\n");
            return false;
        }
        return true;
    }

private:
    std::FILE* file_ = stdout;
    std::string name_ = "-";
    std::optional<int> error_;
};

// ------------------------------------------------------------- commands ---

struct Arguments {
    std::vector<std::string> files;  ///< as given; find_inputs says what they name
    zhenggai::FileSelection selection;
    int indent = -1;  ///< --pretty (2) / --indent N: spaces per level; -1 compact
    bool strict = false;
    unsigned jobs = 1;  ///< --jobs: files parsed at a time (0: one per CPU)
    std::optional<std::string> output;
};

/// Parses the options of `parse` / `check`. Returns an exit code to stop
/// with (help printed or usage error), or nullopt to go on.
std::optional<int> parse_arguments(std::string_view command, const std::vector<std::string>& args,
                                   Arguments& out) {
    const bool is_parse = command == "parse";
    bool only_files = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_files || a == "-" || a.empty() || a[0] != '-') {
            out.files.push_back(a);
            continue;
        }
        if (a == "--") {
            only_files = true;
        } else if (a == "-h" || a == "--help") {
            const std::string_view help = is_parse ? parse_help : check_help;
            std::fwrite(help.data(), 1, help.size(), stdout);
            return std::fflush(stdout) == 0 ? exit_ok : exit_failure;
        } else if (is_parse && (a == "-p" || a == "--pretty")) {
            out.indent = 2;
        } else if (is_parse && zhenggai::cli::is_option(a, "", "--indent")) {
            const auto given = zhenggai::cli::option_value(args, i, "--indent");
            const auto indent = given ? zhenggai::cli::parse_count(*given, 2) : std::nullopt;
            if (!indent) return usage_error("option '--indent' needs a number from 0 to 99", command);
            out.indent = static_cast<int>(*indent);
        } else if (is_parse && zhenggai::cli::is_option(a, "-o", "--output")) {
            const auto given = zhenggai::cli::option_value(args, i, "--output");
            if (!given) return usage_error("option '" + a + "' needs a file name", command);
            std::string value = *given;
            if (value.empty()) return usage_error("option '--output' needs a file name", command);
            if (out.output) return usage_error("option '--output' given more than once", command);
            out.output = std::move(value);
        } else if (std::string error; zhenggai::cli::selection_option(args, i, out.selection, error)) {
            if (!error.empty()) return usage_error(error, command);
        } else if (!is_parse && a == "--strict") {
            out.strict = true;
        } else if (zhenggai::cli::is_option(a, "-j", "--jobs")) {
            const auto given = zhenggai::cli::option_value(args, i, "--jobs");
            if (!given) return usage_error("option '" + a + "' needs a number", command);
            const auto jobs = zhenggai::cli::parse_jobs(*given);
            if (!jobs) return usage_error("option '--jobs' needs a number from 0 to 9999, not '" + *given + "'", command);
            out.jobs = *jobs;
        } else {
            return usage_error("unknown option '" + a + "' for '" + std::string(command) + "'", command);
        }
    }
    if (out.files.empty()) {
        return usage_error("no input files (use '-' for standard input)", command);
    }
    if (std::count(out.files.begin(), out.files.end(), "-") > 1) {
        return usage_error("standard input ('-') given more than once", command);
    }
    return std::nullopt;
}

int run_parse(const Arguments& args, const zhenggai::FoundInputs& inputs) {
    Output out;
    if (args.output) {
        if (auto err = out.open(*args.output)) {
            file_error(*args.output, "cannot write: " + *err);
            return exit_failure;
        }
    }
    const bool lines = inputs.files.size() > 1 || inputs.walked;
    bool failed = false;
    auto render = [&](std::size_t i) {
        const std::string& file = inputs.files[i];
        Rendered r;
        std::optional<zhenggai::Document> read = load(file, r.err);
        if (!read) {
            r.failed = true;
            return r;
        }
        try {
            // JSON Lines: "path" first, then the report's members in schema order.
            zhenggai::output::append_json(r.out, read->report, lines ? -1 : args.indent,
                                          lines ? std::optional<std::string_view>(file) : std::nullopt);
            r.out += '\n';
        } catch (const std::exception& e) {
            r.out.clear();
            r.err += file_error_text(display_name(file), std::string("internal error: ") + e.what());
            r.failed = true;
        }
        return r;
    };
    for_each_in_order(inputs.files.size(), args.jobs, render, [&](Rendered r) {
        if (!r.err.empty()) print_err(r.err);
        out.write(r.out);
        failed = failed || r.failed;
    });
    if (!out.finish()) failed = true;
    return failed ? exit_failure : exit_ok;
}

int run_check(const Arguments& args, const zhenggai::FoundInputs& inputs) {
    Output out;
    bool failed = false;
    auto render = [&](std::size_t index) {
        Rendered r;
        const std::string& file = inputs.files[index];
        const std::string name = display_name(file);
        std::optional<zhenggai::Document> read = load(file, r.err);
        if (!read) {
            r.failed = true;
            return r;
        }
        try {
            // Positions are counted in the decoded text, which is what a person sees in an editor.
            const zhenggai::Report& report = read->report;
            std::vector<const zhenggai::Diagnostic*> diagnostics;
            diagnostics.reserve(report.diagnostics.size());
            for (const zhenggai::Diagnostic& d : report.diagnostics) diagnostics.push_back(&d);
            std::stable_sort(diagnostics.begin(), diagnostics.end(),
                             [](const zhenggai::Diagnostic* a, const zhenggai::Diagnostic* b) {
                                 return a->span.begin < b->span.begin;
                             });
            const zhenggai::TextIndex index(read->text);
            std::string text;
            for (const zhenggai::Diagnostic* d : diagnostics) {
                const auto pos = index.position(d->span.begin);
                text += name + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " +
                        zhenggai::to_string(d->severity) + ": " + d->message + " [" + d->code + "]\n";
                if (d->severity == zhenggai::Severity::error ||
                    (args.strict && d->severity == zhenggai::Severity::warning)) {
                    r.failed = true;
                }
            }
            r.out = std::move(text);
        } catch (const std::exception& e) {
            r.err = file_error_text(name, std::string("internal error: ") + e.what());
            r.failed = true;
        }
        return r;
    };
    for_each_in_order(inputs.files.size(), args.jobs, render, [&](Rendered r) {
        if (!r.err.empty()) print_err(r.err);
        out.write(r.out);
        failed = failed || r.failed;
    });
    if (!out.finish()) failed = true;
    return failed ? exit_failure : exit_ok;
}

int print_stdout(std::string_view s) {
    std::fwrite(s.data(), 1, s.size(), stdout);
    return std::fflush(stdout) == 0 && !std::ferror(stdout) ? exit_ok : exit_failure;
}

int dispatch(const std::vector<std::string>& args) {
    if (args.empty()) {
        print_err(std::string(main_help));
        return exit_usage;
    }
    const std::string& first = args[0];
    if (first == "-h" || first == "--help") return print_stdout(main_help);
    if (first == "-V" || first == "--version") {
        return print_stdout(std::string(program) + " " + zhenggai::version + "\n");
    }
    if (first == "help") {
        if (args.size() == 1) return print_stdout(main_help);
        if (args[1] == "parse") return print_stdout(parse_help);
        if (args[1] == "check") return print_stdout(check_help);
        if (args[1] == "annotate") return print_stdout(zhenggai::cli::annotate_help);
        if (args[1] == "ingest") return print_stdout(zhenggai::cli::ingest_help);
        return usage_error("unknown command '" + args[1] + "'");
    }
    if (first == "annotate") return zhenggai::cli::run_annotate({args.begin() + 1, args.end()});
    if (first == "ingest") return zhenggai::cli::run_ingest({args.begin() + 1, args.end()});
    if (first == "parse" || first == "check") {
        Arguments parsed;
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (auto code = parse_arguments(first, rest, parsed)) return *code;
        // Walked before the output is opened, so a new output file is not among the inputs.
        const zhenggai::FoundInputs inputs = zhenggai::find_inputs(parsed.files, parsed.selection);
        for (const zhenggai::InputProblem& problem : inputs.problems) file_error(problem.input, problem.message);
        if (inputs.files.empty() && inputs.problems.empty()) {
            // Only files named by hand were there, and --exclude left out every one.
            print_err(std::string(program) + ": error: no files left to read: --exclude leaves out every input\n");
            return exit_failure;
        }
        const int status = first == "parse" ? run_parse(parsed, inputs) : run_check(parsed, inputs);
        return inputs.problems.empty() ? status : exit_failure;
    }
    if (!first.empty() && first[0] == '-') return usage_error("unknown option '" + first + "'");
    return usage_error("unknown command '" + first + "'");
}

}  // namespace

int zhenggai::cli::run(const std::vector<std::string>& args) {
    try {
        return dispatch(args);
    } catch (const std::exception& e) {
        print_err(std::string(program) + ": error: " + e.what() + "\n");
    } catch (...) {
        print_err(std::string(program) + ": error: unexpected failure\n");
    }
    return exit_failure;
}
