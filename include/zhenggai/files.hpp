// Which files a list of command-line inputs names: files as given, directories
// walked, glob patterns expanded. Shared by `zhenggai parse`, `check` and
// `ingest`, so the three agree on what `reports/` means.
//
//     zhenggai::FoundFiles found = zhenggai::find_files({"crawl/", "extra/*.htm"}, {});
//     for (const std::string& path : found.files) ...
#pragma once

#include <span>
#include <string>
#include <vector>

namespace zhenggai {

/// Which files of a walked directory are taken. Patterns are shell globs
/// (`*`, `?`, `[...]`) matched against the file name, or against the path
/// below the walked directory when the pattern holds a `/`.
struct FileSelection {
    /// Files of a walked directory to take; empty: the default patterns.
    std::vector<std::string> include;
    /// Files to leave out, walked or named.
    std::vector<std::string> exclude;

    /// Report pages as sites and crawlers save them: *.txt and *.htm*.
    static const std::vector<std::string>& default_include();
};

/// A problem with one input that names no file to read.
struct InputProblem {
    std::string input;
    std::string message;
};

struct FoundFiles {
    /// In a stable order: inputs in the order given, each directory's files
    /// sorted by path (byte order), every path once.
    std::vector<std::string> files;
    /// Directories that could not be walked, patterns that matched nothing.
    std::vector<InputProblem> problems;
};

/// What the arguments of `zhenggai parse` and `check` name (find_inputs).
struct FoundInputs {
    /// In argument order, each directory's files sorted; '-' and files named
    /// as arguments as given (a missing one is still read, and fails then).
    std::vector<std::string> files;
    /// Directories that could not be walked or hold no file to read, and
    /// patterns that matched nothing: each one an error for its argument.
    std::vector<InputProblem> problems;
    /// Whether some argument was a directory or a pattern. Its files are then
    /// printed as JSON Lines, however many it held, so that the shape of the
    /// output does not depend on what a directory happens to contain.
    bool walked = false;
};

/// The files `inputs` name. A directory is walked recursively (symbolic links
/// to directories are not followed) and its files are filtered by
/// `selection`; a named file is taken unless excluded, whether it exists or
/// not (reading it will say why it cannot be read); an input that does not
/// exist but holds glob characters is expanded. "-" (standard input) is
/// passed through.
[[nodiscard]] FoundFiles find_files(std::span<const std::string> inputs, const FileSelection& selection = {});

/// The files command-line arguments name, as `zhenggai parse` and `check`
/// (and `python -m zhenggai parse`) read them: find_files of each argument on
/// its own, so a file named twice is read twice and the output follows the
/// arguments (unlike `ingest`), and a directory that holds no file to read is
/// a problem that says which patterns it was searched for.
[[nodiscard]] FoundInputs find_inputs(std::span<const std::string> args, const FileSelection& selection = {});

}  // namespace zhenggai
