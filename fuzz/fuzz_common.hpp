// Helpers shared by the fuzz targets: a failed check prints what broke and
// aborts, which libFuzzer reports as a crash and saves the input for.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace zhenggai::fuzz {

[[noreturn]] inline void die(const std::string& what) {
    std::fprintf(stderr, "\n=== zhenggai fuzz check failed: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

inline void require(bool ok, const char* what) {
    if (!ok) die(what);
}

inline void require_none(const std::vector<std::string>& problems, const char* context) {
    if (problems.empty()) return;
    std::string all = context;
    for (const auto& p : problems) all += "\n  - " + p;
    die(all);
}

inline std::string_view as_view(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace zhenggai::fuzz

