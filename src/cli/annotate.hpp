// `zhenggai annotate`: the highlighted HTML view of one report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace zhenggai::cli {

/// The text of `zhenggai annotate --help`.
extern const std::string_view annotate_help;

/// Runs `zhenggai annotate` with the arguments after the command name;
/// returns the exit status (0 ok, 1 input or output failed, 2 usage error).
[[nodiscard]] int run_annotate(const std::vector<std::string>& args);

}  // namespace zhenggai::cli
