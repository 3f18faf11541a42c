// The command-line tool as a function: the `zhenggai` executable and
// `python -m zhenggai` (through the extension module) both run it, so the two
// cannot differ in options, output or exit status.
#pragma once

#include <string>
#include <vector>

namespace zhenggai::cli {

/// Runs `zhenggai ARGS...` (`args` without the program name) on the process's
/// standard streams; returns the exit status: 0 ok, 1 some input failed, 2
/// usage error. Never throws.
int run(const std::vector<std::string>& args);

}  // namespace zhenggai::cli
