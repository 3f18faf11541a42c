// find_files: inputs → the files to read, in a stable order.
#include "zhenggai/files.hpp"

#include <fnmatch.h>
#include <glob.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <unordered_set>

namespace zhenggai {

namespace fs = std::filesystem;

const std::vector<std::string>& FileSelection::default_include() {
    static const std::vector<std::string> patterns = {"*.txt", "*.htm*"};
    return patterns;
}

namespace {

/// Whether `name` (a file name) or `relative` (its path below the walked
/// directory) matches one of the patterns.
bool matches(const std::vector<std::string>& patterns, const std::string& name, const std::string& relative) {
    return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) {
        const std::string& subject = p.find('/') != std::string::npos ? relative : name;
        return fnmatch(p.c_str(), subject.c_str(), 0) == 0;
    });
}

bool has_glob(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

class Finder {
public:
    Finder(const FileSelection& selection, FoundFiles& out)
        : include_(selection.include.empty() ? FileSelection::default_include() : selection.include),
          exclude_(selection.exclude),
          out_(out) {}

    void input(const std::string& arg) {
        if (arg == "-") return take(arg);
        std::error_code ec;
        const fs::file_status st = fs::status(arg, ec);
        if (fs::is_directory(st)) return walk(arg);
        if (!fs::exists(st) && has_glob(arg)) return expand(arg);
        const std::string name = fs::path(arg).filename().string();
        if (!matches(exclude_, name, arg)) take(arg);
    }

private:
    void take(const std::string& path) {
        if (seen_.insert(path).second) out_.files.push_back(path);
    }

    void walk(const std::string& root) {
        std::vector<std::string> found;
        std::error_code ec;
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
        if (ec) {
            out_.problems.push_back({root, "cannot read directory: " + ec.message()});
            return;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) {
                out_.problems.push_back({root, "cannot read directory: " + ec.message()});
                break;
            }
            std::error_code type_ec;
            if (!it->is_regular_file(type_ec)) continue;  // directories are walked, devices and sockets skipped
            const fs::path& p = it->path();
            const std::string name = p.filename().string();
            const std::string relative = p.lexically_relative(root).generic_string();
            if (matches(include_, name, relative) && !matches(exclude_, name, relative)) found.push_back(p.string());
        }
        std::sort(found.begin(), found.end());
        for (const std::string& f : found) take(f);
    }

    void expand(const std::string& pattern) {
        glob_t g{};
        const int rc = glob(pattern.c_str(), 0, nullptr, &g);
        if (rc == GLOB_NOMATCH || (rc == 0 && g.gl_pathc == 0)) {
            out_.problems.push_back({pattern, "no file matches the pattern"});
        } else if (rc != 0) {
            out_.problems.push_back({pattern, "cannot expand the pattern"});
        } else {
            for (std::size_t i = 0; i < g.gl_pathc; ++i) {  // sorted by glob()
                const std::string path = g.gl_pathv[i];
                std::error_code ec;
                if (fs::is_directory(path, ec)) walk(path);
                else if (!matches(exclude_, fs::path(path).filename().string(), path)) take(path);
            }
        }
        globfree(&g);
    }

    const std::vector<std::string>& include_;
    const std::vector<std::string>& exclude_;
    FoundFiles& out_;
    std::unordered_set<std::string> seen_;
};

/// Why a directory yielded nothing, naming the patterns, since an --include
/// that matches no file name is the usual cause.
std::string nothing_to_read(const FileSelection& selection) {
    const std::vector<std::string>& include =
        selection.include.empty() ? FileSelection::default_include() : selection.include;
    std::string patterns;
    for (std::size_t i = 0; i < include.size(); ++i) {
        if (i > 0) patterns += i + 1 == include.size() ? " or " : ", ";
        patterns += include[i];
    }
    std::string message = "no files to read: the directory holds no " + patterns + " file";
    if (!selection.exclude.empty()) message += " that is not excluded";
    return message;
}

}  // namespace

FoundFiles find_files(std::span<const std::string> inputs, const FileSelection& selection) {
    FoundFiles out;
    Finder finder(selection, out);
    for (const std::string& arg : inputs) finder.input(arg);
    return out;
}

FoundInputs find_inputs(std::span<const std::string> args, const FileSelection& selection) {
    FoundInputs out;
    for (const std::string& arg : args) {
        FoundFiles found = find_files(std::span<const std::string>(&arg, 1), selection);
        std::error_code ec;
        const bool directory = std::filesystem::is_directory(arg, ec);
        if (found.files.empty() && found.problems.empty() && directory) {
            // find_files takes an empty walk as no problem; here it would be silence.
            found.problems.push_back({arg, nothing_to_read(selection)});
        }
        // Anything but the argument itself (or nothing, --exclude having left it out)
        // came from a directory or a pattern, even when that yielded nothing.
        const bool as_given = found.files.size() == 1 && found.files.front() == arg;
        if (directory || (!as_given && !(found.files.empty() && found.problems.empty()))) out.walked = true;
        for (std::string& file : found.files) out.files.push_back(std::move(file));
        for (InputProblem& problem : found.problems) out.problems.push_back(std::move(problem));
    }
    return out;
}

}  // namespace zhenggai
