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

/// The files `inputs` name. A directory is walked recursively (symbolic links
/// to directories are not followed) and its files are filtered by
/// `selection`; a named file is taken unless excluded, whether it exists or
/// not (reading it will say why it cannot be read); an input that does not
/// exist but holds glob characters is expanded. "-" (standard input) is
/// passed through.
[[nodiscard]] FoundFiles find_files(std::span<const std::string> inputs, const FileSelection& selection = {});

}  // namespace zhenggai
