// find_inputs: the arguments of `parse` / `check` → the files to read.
#include "cli/walk.hpp"

#include <filesystem>
#include <span>
#include <system_error>

namespace zhenggai::cli {

namespace {

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

Inputs find_inputs(const std::vector<std::string>& args, const FileSelection& selection) {
    Inputs out;
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

}  // namespace zhenggai::cli
