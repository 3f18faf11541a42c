// Command-line option values, shared by the subcommands.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhenggai/files.hpp"

namespace zhenggai::cli {

/// Whether `arg` names the option `long_name` (--output, --output=X) or its
/// short form (-o); `short_name` may be empty.
inline bool is_option(std::string_view arg, std::string_view short_name, std::string_view long_name) {
    return (!short_name.empty() && arg == short_name) || arg == long_name ||
           (arg.size() > long_name.size() && arg.starts_with(long_name) && arg[long_name.size()] == '=');
}

/// The value of the option at args[i]: after '=' in the same argument, or the
/// next argument (then `i` moves past it). Empty when there is none.
inline std::optional<std::string> option_value(const std::vector<std::string>& args, std::size_t& i,
                                               std::string_view long_name) {
    const std::string& a = args[i];
    if (a.size() > long_name.size() && a.starts_with(long_name) && a[long_name.size()] == '=')
        return a.substr(long_name.size() + 1);
    if (i + 1 < args.size()) return args[++i];
    return std::nullopt;
}

/// A number of at most `max_digits` ASCII digits, or nullopt.
inline std::optional<unsigned> parse_count(std::string_view value, std::size_t max_digits) {
    if (value.empty() || value.size() > max_digits || value.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    unsigned n = 0;
    for (const char c : value) n = n * 10 + static_cast<unsigned>(c - '0');
    return n;
}

/// The value of --jobs: a number from 0 (one per CPU) to 9999, or nullopt.
inline std::optional<unsigned> parse_jobs(std::string_view value) { return parse_count(value, 4); }

/// Takes --include GLOB / --exclude GLOB (or --include=GLOB) at args[i] into
/// `selection`; false when args[i] is neither. A missing pattern sets `error`
/// to the message, so every command that walks directories words it alike.
inline bool selection_option(const std::vector<std::string>& args, std::size_t& i, FileSelection& selection,
                             std::string& error) {
    const std::string& a = args[i];
    const bool include = is_option(a, "", "--include");
    if (!include && !is_option(a, "", "--exclude")) return false;
    const std::string_view name = include ? "--include" : "--exclude";
    const auto value = option_value(args, i, name);
    if (!value || value->empty()) {
        error = "option '" + std::string(name) + "' needs a pattern";
    } else {
        (include ? selection.include : selection.exclude).push_back(*value);
    }
    return true;
}

}  // namespace zhenggai::cli
