// `zhenggai ingest`: files and directories into the SQLite store.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace zhenggai::cli {

/// The text of `zhenggai ingest --help`.
extern const std::string_view ingest_help;

/// Runs `zhenggai ingest` with the arguments after the command name; returns
/// the exit status (0 all files read, 1 some recorded as failed, 2 usage or
/// store error).
[[nodiscard]] int run_ingest(const std::vector<std::string>& args);

}  // namespace zhenggai::cli
