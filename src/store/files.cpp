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

}  // namespace

FoundFiles find_files(std::span<const std::string> inputs, const FileSelection& selection) {
    FoundFiles out;
    Finder finder(selection, out);
    for (const std::string& arg : inputs) finder.input(arg);
    return out;
}

}  // namespace zhenggai
