// The files `parse` and `check` read: their arguments, with directories walked
// and glob patterns expanded by zhenggai::find_files, so that `reports/` names
// the same files for them as for `ingest`.
#pragma once

#include <string>
#include <vector>

#include "zhenggai/files.hpp"

namespace zhenggai::cli {

struct Inputs {
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

/// The files `args` name. Unlike `ingest`, a file named twice is read twice:
/// each argument is expanded on its own and the output follows the arguments.
[[nodiscard]] Inputs find_inputs(const std::vector<std::string>& args, const FileSelection& selection);

}  // namespace zhenggai::cli
