// Shared by the benchmark binary and the peak-memory tool: where the inputs
// are, how to read them, and how to make an input k times a report's size.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef ZHENGGAI_SOURCE_DIR
#define ZHENGGAI_SOURCE_DIR "."
#endif

namespace zhenggai::bench {

struct Fixture {
    std::string name;  ///< e.g. "tests/sample-report", "seed/jiaxing-2024"
    std::string text;
};

/// The repository root: $ZHENGGAI_SOURCE_DIR, else the one compiled in.
inline std::filesystem::path source_dir() {
    if (const char* env = std::getenv("ZHENGGAI_SOURCE_DIR"); env != nullptr && *env != '\0') return env;
    return ZHENGGAI_SOURCE_DIR;
}

inline std::optional<std::string> read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return std::move(ss).str();
}

/// The seed report of the shared corpus (../shared/seeds/jiaxing-2024.txt), if present.
inline std::optional<Fixture> seed_fixture() {
    const auto p = source_dir() / ".." / "shared" / "seeds" / "jiaxing-2024.txt";
    if (auto t = read_file(p)) return Fixture{"seed/jiaxing-2024", std::move(*t)};
    return std::nullopt;
}

/// tests/data/*.txt, examples/reports/*.txt and the seed when present, sorted by name.
inline std::vector<Fixture> load_fixtures() {
    std::vector<Fixture> out;
    auto add_dir = [&](const std::filesystem::path& dir, const std::string& prefix) {
        std::error_code ec;
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
            if (e.path().extension() == ".txt") files.push_back(e.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            if (auto t = read_file(f)) out.push_back({prefix + f.stem().string(), std::move(*t)});
        }
    };
    add_dir(source_dir() / "tests" / "data", "tests/");
    add_dir(source_dir() / "examples" / "reports", "examples/");
    if (auto s = seed_fixture()) out.push_back(std::move(*s));
    return out;
}

/// The report used for module and scaling benchmarks: the seed, else the sample report.
inline Fixture reference_fixture() {
    if (auto s = seed_fixture()) return std::move(*s);
    const auto p = source_dir() / "tests" / "data" / "sample-report.txt";
    if (auto t = read_file(p)) return {"tests/sample-report", std::move(*t)};
    return {"none", {}};
}

/// `text` with its numbered body repeated `k` times: the lines before the
/// first top-level heading (一、), then the lines from there up to 下一步 (or
/// the last three lines) k times, then the rest. Time and memory should grow
/// linearly in k.
inline std::string repeat_sections(std::string_view text, unsigned k) {
    std::vector<std::string_view> lines;
    for (std::size_t b = 0; b < text.size();) {
        std::size_t e = text.find('\n', b);
        e = e == std::string_view::npos ? text.size() : e + 1;
        lines.push_back(text.substr(b, e - b));
        b = e;
    }
    std::size_t first = lines.size(), last = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (first == lines.size() && lines[i].starts_with("一、")) first = i;
        if (first != lines.size() && (lines[i].starts_with("下一步") || lines[i].starts_with("下步"))) {
            last = i;
            break;
        }
    }
    if (first == lines.size()) first = 0;
    if (last == lines.size()) last = lines.size() > first + 3 ? lines.size() - 3 : lines.size();
    std::string out;
    out.reserve(text.size() * k);
    for (std::size_t i = 0; i < first; ++i) out += lines[i];
    for (unsigned r = 0; r < k; ++r) {
        for (std::size_t i = first; i < last; ++i) out += lines[i];
        if (!out.empty() && out.back() != '\n') out += '\n';
    }
    for (std::size_t i = last; i < lines.size(); ++i) out += lines[i];
    return out;
}

}  // namespace zhenggai::bench
