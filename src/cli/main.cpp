// zhenggai: the command-line tool.
//
//     zhenggai parse [--pretty] [--output FILE] [--jobs N] FILE... | -
//     zhenggai check [--strict] [--jobs N] FILE... | -
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
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

#include "cli/options.hpp"
#include "cli/annotate.hpp"
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
    "  help     show help for a command: zhenggai help parse\n"
    "\n"
    "Options:\n"
    "  -h, --help       show this help and exit\n"
    "  -V, --version    print the version and exit\n"
    "\n"
    "FILE is a text file in UTF-8 (with or without BOM), UTF-16, GB18030/GBK or\n"
    "Big5 (detected); '-' reads standard input.\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  some input could not be read or processed, or `check` found problems\n"
    "  2  usage error (unknown command or option, missing argument)\n";

constexpr std::string_view parse_help =
    "Usage: zhenggai parse [--pretty] [--output FILE] [--jobs N] [--] FILE... | -\n"
    "\n"
    "Parse each FILE and print it as JSON (schema zhenggai.report/1).\n"
    "One input prints one JSON document. Several inputs print JSON Lines: one\n"
    "compact document per line, in input order, each with an added \"path\"\n"
    "member holding the argument as given. Inputs that cannot be read are\n"
    "reported on stderr and produce no line; the others are still processed.\n"
    "\n"
    "Options:\n"
    "  -p, --pretty         indent the document (one input only; JSON Lines\n"
    "                       stay one line per document)\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  -j, --jobs N         parse N files at a time on N threads (0: one per\n"
    "                       CPU; default 1); the output stays in input order\n"
    "  -h, --help           show this help and exit\n"
    "  --                   treat every later argument as a file name\n"
    "\n"
    "'-' reads standard input (at most once).\n"
    "\n"
    "Exit status: 0 success, 1 some input failed, 2 usage error.\n";

constexpr std::string_view check_help =
    "Usage: zhenggai check [--strict] [--jobs N] [--] FILE... | -\n"
    "\n"
    "Parse each FILE and print its diagnostics to standard output as\n"
    "    FILE:LINE:COL: SEVERITY: MESSAGE [CODE]\n"
    "with LINE and COL 1-based and COL counted in Unicode code points (CR LF,\n"
    "LF and a lone CR each end a line). SEVERITY is info, warning or error.\n"
    "Standard input is shown as <stdin>.\n"
    "\n"
    "Options:\n"
    "  --strict      warnings make the check fail too\n"
    "  -j, --jobs N  check N files at a time on N threads (0: one per CPU;\n"
    "                default 1); the output stays in input order\n"
    "  -h, --help    show this help and exit\n"
    "  --            treat every later argument as a file name\n"
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

/// Spans are 32-bit byte offsets, so larger inputs cannot be parsed.
constexpr std::size_t max_input_size = std::numeric_limits<std::uint32_t>::max();

struct ReadResult {
    std::string data;
    std::optional<std::string> error;  ///< the reason, when the input could not be read
};

std::string errno_text(int err) {
    const char* s = std::strerror(err);
    return s != nullptr ? std::string(s) : "error " + std::to_string(err);
}

/// Reads all of `f` in binary. Does not close it.
ReadResult read_all(std::FILE* f) {
    ReadResult r;
    char buf[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(buf, 1, sizeof buf, f);
        if (n > 0) {
            if (r.data.size() + n > max_input_size) {
                r.data.clear();
                r.error = "input too large (spans are 32-bit byte offsets; limit 4 GiB)";
                return r;
            }
            r.data.append(buf, n);
        }
        if (n < sizeof buf) {
            if (std::ferror(f)) {
                const int err = errno;
                r.data.clear();
                r.error = err != 0 ? errno_text(err) : std::string("read error");
            }
            return r;
        }
    }
}

ReadResult read_input(const std::string& arg) {
    if (arg == "-") {
#ifdef _WIN32
        _setmode(_fileno(stdin), _O_BINARY);
#endif
        errno = 0;
        return read_all(stdin);
    }
    errno = 0;
    std::FILE* f = std::fopen(arg.c_str(), "rb");
    if (f == nullptr) {
        const int err = errno;
        return ReadResult{{}, err != 0 ? errno_text(err) : std::string("cannot open file")};
    }
    errno = 0;
    ReadResult r = read_all(f);
    std::fclose(f);
    return r;
}

std::string display_name(const std::string& arg) { return arg == "-" ? "<stdin>" : arg; }

/// `zhenggai: FILE: error: WHAT` as text, for messages made on worker threads.
std::string file_error_text(const std::string& file, const std::string& what) {
    return std::string(program) + ": " + file + ": error: " + what + "\n";
}

/// Parses one input; nullopt (with the reason appended to `err`) when it
/// cannot be read or the parser failed unexpectedly. Thread-safe.
std::optional<zhenggai::Report> load(const std::string& arg, std::string& err) {
    ReadResult in = read_input(arg);
    if (in.error) {
        err += file_error_text(display_name(arg), "cannot read: " + *in.error);
        return std::nullopt;
    }
    try {
        return zhenggai::parse_bytes(in.data);  // detects and decodes GB18030, Big5, UTF-16
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
/// on `jobs` threads (0: one per CPU) over windows of 4 * jobs inputs, so
/// only a window's output is held at a time. render must not throw.
template <class Render, class Emit>
void for_each_in_order(std::size_t count, unsigned jobs, Render render, Emit emit) {
    if (jobs == 1) {
        for (std::size_t i = 0; i < count; ++i) emit(render(i));
        return;
    }
    const std::size_t window = std::size_t{4} * zhenggai::resolve_threads(jobs);
    for (std::size_t begin = 0; begin < count; begin += window) {
        std::vector<Rendered> done(std::min(window, count - begin));
        zhenggai::parallel_for(done.size(), jobs, [&](std::size_t i) { done[i] = render(begin + i); });
        for (Rendered& r : done) emit(std::move(r));
    }
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

// ------------------------------------------------------------ positions ---

/// 1-based line and column (in code points) of byte offsets, visited in
/// increasing order. CR LF, LF and a lone CR each end a line; a UTF-8 BOM at
/// the start is not counted; an invalid byte sequence counts as one column
/// (it is read as one U+FFFD).
class PositionCursor {
public:
    explicit PositionCursor(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    struct Position {
        std::size_t line;
        std::size_t column;
    };

    Position at(std::size_t offset) {
        offset = std::min(offset, text_.size());
        if (offset < pos_) {  // not in order: start again
            *this = PositionCursor(text_);
            if (offset < pos_) return {1, 1};  // inside the BOM
        }
        while (pos_ < offset) {
            const char c = text_[pos_];
            if (c == '\n') {
                newline(pos_ + 1);
            } else if (c == '\r') {
                const bool crlf = pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n';
                if (crlf && pos_ + 1 == offset) {  // between CR and LF: end of this line
                    ++column_;
                    ++pos_;
                    return {line_, column_};
                }
                newline(pos_ + (crlf ? 2 : 1));
            } else {
                const std::size_t len = zhenggai::input::decode_utf8(text_, pos_).length;
                if (pos_ + len > offset) break;  // offset inside a character: point at it
                pos_ += len;
                ++column_;
            }
        }
        return {line_, column_};
    }

private:
    void newline(std::size_t next) {
        pos_ = next;
        ++line_;
        column_ = 1;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t column_ = 1;
};

// ------------------------------------------------------------- commands ---

struct Arguments {
    std::vector<std::string> files;
    bool pretty = false;
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
            out.pretty = true;
        } else if (is_parse && zhenggai::cli::is_option(a, "-o", "--output")) {
            const auto given = zhenggai::cli::option_value(args, i, "--output");
            if (!given) return usage_error("option '" + a + "' needs a file name", command);
            std::string value = *given;
            if (value.empty()) return usage_error("option '--output' needs a file name", command);
            if (out.output) return usage_error("option '--output' given more than once", command);
            out.output = std::move(value);
        } else if (!is_parse && a == "--strict") {
            out.strict = true;
        } else if (zhenggai::cli::is_option(a, "-j", "--jobs")) {
            const auto given = zhenggai::cli::option_value(args, i, "--jobs");
            if (!given) return usage_error("option '" + a + "' needs a number", command);
            const std::string value = *given;
            if (value.empty() || value.size() > 4 || value.find_first_not_of("0123456789") != std::string::npos)
                return usage_error("option '--jobs' needs a number from 0 to 9999, not '" + value + "'", command);
            out.jobs = static_cast<unsigned>(std::stoul(value));
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

int run_parse(const Arguments& args) {
    Output out;
    if (args.output) {
        if (auto err = out.open(*args.output)) {
            file_error(*args.output, "cannot write: " + *err);
            return exit_failure;
        }
    }
    const bool lines = args.files.size() > 1;
    bool failed = false;
    auto render = [&](std::size_t i) {
        const std::string& file = args.files[i];
        Rendered r;
        std::optional<zhenggai::Report> report = load(file, r.err);
        if (!report) {
            r.failed = true;
            return r;
        }
        try {
            zhenggai::output::Json doc = zhenggai::output::to_json_value(*report);
            if (lines) {
                // "path" first, then the report's members in schema order.
                zhenggai::output::Json tagged = zhenggai::output::Json::object();
                tagged["path"] = file;
                for (auto& [key, value] : doc.items()) tagged[key] = std::move(value);
                r.out = zhenggai::output::dump(tagged, -1);
            } else {
                r.out = zhenggai::output::dump(doc, args.pretty ? 2 : -1);
            }
            r.out += '\n';
        } catch (const std::exception& e) {
            r.out.clear();
            r.err += file_error_text(display_name(file), std::string("internal error: ") + e.what());
            r.failed = true;
        }
        return r;
    };
    for_each_in_order(args.files.size(), args.jobs, render, [&](Rendered r) {
        if (!r.err.empty()) print_err(r.err);
        out.write(r.out);
        failed = failed || r.failed;
    });
    if (!out.finish()) failed = true;
    return failed ? exit_failure : exit_ok;
}

int run_check(const Arguments& args) {
    Output out;
    bool failed = false;
    auto render = [&](std::size_t index) {
        Rendered r;
        const std::string& file = args.files[index];
        ReadResult in = read_input(file);
        const std::string name = display_name(file);
        if (in.error) {
            r.err = file_error_text(name, "cannot read: " + *in.error);
            r.failed = true;
            return r;
        }
        try {
            // Decode as parse_bytes() does; positions are counted in the decoded
            // text, which is what a person sees in an editor.
            zhenggai::LoadedText loaded = zhenggai::load(in.data);
            zhenggai::Report report = zhenggai::parse(loaded.text);
            report.diagnostics.insert(report.diagnostics.begin(), loaded.diagnostics.begin(),
                                      loaded.diagnostics.end());
            std::vector<const zhenggai::Diagnostic*> diagnostics;
            diagnostics.reserve(report.diagnostics.size());
            for (const zhenggai::Diagnostic& d : report.diagnostics) diagnostics.push_back(&d);
            std::stable_sort(diagnostics.begin(), diagnostics.end(),
                             [](const zhenggai::Diagnostic* a, const zhenggai::Diagnostic* b) {
                                 return a->span.begin < b->span.begin;
                             });
            PositionCursor cursor(loaded.text);
            std::string text;
            for (const zhenggai::Diagnostic* d : diagnostics) {
                const auto pos = cursor.at(d->span.begin);
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
    for_each_in_order(args.files.size(), args.jobs, render, [&](Rendered r) {
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

int run(const std::vector<std::string>& args) {
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
        return usage_error("unknown command '" + args[1] + "'");
    }
    if (first == "annotate") return zhenggai::cli::run_annotate({args.begin() + 1, args.end()});
    if (first == "parse" || first == "check") {
        Arguments parsed;
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (auto code = parse_arguments(first, rest, parsed)) return *code;
        return first == "parse" ? run_parse(parsed) : run_check(parsed);
    }
    if (!first.empty() && first[0] == '-') return usage_error("unknown option '" + first + "'");
    return usage_error("unknown command '" + first + "'");
}

}  // namespace

int main(int argc, char** argv) {
    try {
        std::vector<std::string> args;
        for (int i = 1; i < argc; ++i) args.emplace_back(argv[i] != nullptr ? argv[i] : "");
        return run(args);
    } catch (const std::exception& e) {
        print_err(std::string(program) + ": error: " + e.what() + "\n");
    } catch (...) {
        print_err(std::string(program) + ": error: unexpected failure\n");
    }
    return exit_failure;
}
