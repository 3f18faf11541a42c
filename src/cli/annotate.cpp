// `zhenggai annotate [-o OUT.html] [--title TEXT] [--no-json] [--] FILE | -`
//
// Parses one report and writes a self-contained HTML page (inline CSS and
// script, no network) with every extracted value highlighted in the source,
// the diagnostics linked to their place and the JSON form in a side panel.
#if defined(_MSC_VER) && !defined(_CRT_SECURE_NO_WARNINGS)
#define _CRT_SECURE_NO_WARNINGS  // fopen / strerror are used deliberately
#endif
#include "cli/options.hpp"
#include "cli/annotate.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <optional>
#include <string>

#include "cli/input.hpp"
#include "zhenggai/html.hpp"

namespace zhenggai::cli {

const std::string_view annotate_help =
    "Usage: zhenggai annotate [-o OUT.html] [--title TEXT] [--no-json] [--] FILE | -\n"
    "\n"
    "Parse one report and write a self-contained HTML page: the source text with\n"
    "every extracted field highlighted by kind (hover or click one for its field\n"
    "and value), the diagnostics with links to their place, and the structured\n"
    "data (JSON) in a side panel. The page loads nothing from the network; all\n"
    "text from the input is escaped.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE    write the page to FILE instead of standard output\n"
    "  --title TEXT         page title (default: the report's title)\n"
    "  --no-json            leave the JSON out of the side panel\n"
    "  -h, --help           show this help and exit\n"
    "  --                   treat the next argument as the file name\n"
    "\n"
    "'-' reads standard input.\n"
    "\n"
    "Exit status: 0 success, 1 the input could not be read or the page not\n"
    "written, 2 usage error.\n";

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failure = 1;
constexpr int exit_usage = 2;

void print_err(const std::string& s) {
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
}

int usage_error(const std::string& what) {
    print_err("zhenggai: error: " + what + "\nTry 'zhenggai annotate --help' for more information.\n");
    return exit_usage;
}

/// Writes `page` to `path` ("-" or empty: standard output); false after
/// printing why on failure.
bool write_output(const std::string& path, const std::string& page) {
    const bool to_stdout = path.empty() || path == "-";
    std::FILE* f = stdout;
    if (!to_stdout) {
        errno = 0;
        f = std::fopen(path.c_str(), "wb");
        if (f == nullptr) {
            print_err("zhenggai: " + path + ": error: cannot write: " +
                      (errno != 0 ? errno_text(errno) : std::string("cannot open file")) + "\n");
            return false;
        }
    }
    int err = 0;
    if (std::fwrite(page.data(), 1, page.size(), f) != page.size()) err = errno != 0 ? errno : EIO;
    if (std::fflush(f) != 0 && err == 0) err = errno != 0 ? errno : EIO;
    if (!to_stdout && std::fclose(f) != 0 && err == 0) err = errno != 0 ? errno : EIO;
    if (to_stdout && std::ferror(stdout) && err == 0) err = EIO;
    if (err != 0) {
        print_err("zhenggai: " + (to_stdout ? std::string("standard output") : path) +
                  ": error: cannot write: " + errno_text(err) + "\n");
        return false;
    }
    return true;
}

}  // namespace

int run_annotate(const std::vector<std::string>& args) {
    std::optional<std::string> file;
    std::optional<std::string> output;
    HtmlOptions options;
    bool only_files = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_files || a == "-" || a.empty() || a[0] != '-') {
            if (file) return usage_error("annotate takes one input file");
            file = a;
            continue;
        }
        if (a == "--") {
            only_files = true;
        } else if (a == "-h" || a == "--help") {
            std::fwrite(annotate_help.data(), 1, annotate_help.size(), stdout);
            return std::fflush(stdout) == 0 ? exit_ok : exit_failure;
        } else if (cli::is_option(a, "-o", "--output")) {
            const auto given = cli::option_value(args, i, "--output");
            if (!given) return usage_error("option '" + a + "' needs a file name");
            std::string value = *given;
            if (value.empty()) return usage_error("option '--output' needs a file name");
            if (output) return usage_error("option '--output' given more than once");
            output = std::move(value);
        } else if (a == "--title" || a.rfind("--title=", 0) == 0) {
            if (a.size() > 7 && a[7] == '=') {
                options.title = a.substr(8);
            } else if (i + 1 < args.size()) {
                options.title = args[++i];
            } else {
                return usage_error("option '--title' needs a value");
            }
        } else if (a == "--no-json") {
            options.include_json = false;
        } else {
            return usage_error("unknown option '" + a + "' for 'annotate'");
        }
    }
    if (!file) return usage_error("no input file (use '-' for standard input)");

    const std::string name = display_name(*file);
    std::string page;
    try {
        const Document doc = read_input(*file);
        if (!doc.ok()) {
            print_err("zhenggai: " + name + ": error: cannot read: " + doc.error->message + "\n");
            return exit_failure;
        }
        page = to_html(doc.report, doc.text, options);
    } catch (const std::exception& e) {
        print_err("zhenggai: " + name + ": error: internal error: " + e.what() + "\n");
        return exit_failure;
    }
    return write_output(output.value_or("-"), page) ? exit_ok : exit_failure;
}

}  // namespace zhenggai::cli
