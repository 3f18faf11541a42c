// Peak memory of one parse.
//
//     zhenggai_peak_memory [--repeat K] [FILE]
//
// Reads FILE (default: the reference report, ../shared/seeds/jiaxing-2024.txt
// or tests/data/sample-report.txt), optionally repeats its sections K times
// (as the scaling benchmark does), parses it once and prints one JSON line:
//
//   {"input_bytes": N, "heap_peak_bytes": P, "heap_live_after_bytes": L,
//    "maxrss_before_kb": A, "maxrss_after_kb": B, "repeat": K}
//
// heap_peak_bytes is exact: the highest number of live heap bytes (operator
// new, which is how the whole library allocates) during the parse, above what
// was live before it (the input itself is not counted). heap_live_after_bytes
// is what the finished Report holds. maxrss is getrusage's high-water mark of
// the whole process, for a cross-check.
#include <sys/resource.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "common.hpp"
#include "zhenggai/parse.hpp"

namespace {

std::atomic<std::size_t> g_live{0};
std::atomic<std::size_t> g_peak{0};

void* counted_alloc(std::size_t n) {
    // The size is kept in front of the block so that delete knows it.
    void* p = std::malloc(n + 16);
    if (p == nullptr) throw std::bad_alloc();
    *static_cast<std::size_t*>(p) = n;
    const std::size_t live = g_live.fetch_add(n) + n;
    std::size_t peak = g_peak.load();
    while (live > peak && !g_peak.compare_exchange_weak(peak, live)) {
    }
    return static_cast<char*>(p) + 16;
}

void counted_free(void* p) noexcept {
    if (p == nullptr) return;
    void* base = static_cast<char*>(p) - 16;
    g_live.fetch_sub(*static_cast<std::size_t*>(base));
    std::free(base);
}

long maxrss_kb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

}  // namespace

void* operator new(std::size_t n) { return counted_alloc(n); }
void* operator new[](std::size_t n) { return counted_alloc(n); }
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_free(p); }

int main(int argc, char** argv) {
    namespace zb = zhenggai::bench;
    unsigned repeat = 1;
    std::string file;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--repeat" && i + 1 < argc) {
            repeat = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
            if (repeat == 0) repeat = 1;
        } else if (a == "-h" || a == "--help") {
            std::puts("usage: zhenggai_peak_memory [--repeat K] [FILE]");
            return 0;
        } else {
            file = a;
        }
    }
    std::string text;
    if (file.empty()) {
        text = zb::reference_fixture().text;
    } else if (auto t = zb::read_file(file)) {
        text = std::move(*t);
    } else {
        std::fprintf(stderr, "zhenggai_peak_memory: cannot read %s\n", file.c_str());
        return 1;
    }
    if (repeat > 1) text = zb::repeat_sections(text, repeat);
    if (text.empty()) {
        std::fprintf(stderr, "zhenggai_peak_memory: empty input\n");
        return 1;
    }

    const long rss_before = maxrss_kb();
    const std::size_t live_before = g_live.load();
    g_peak.store(live_before);
    std::size_t live_after = 0;
    std::size_t diagnostics = 0;
    {
        zhenggai::Report r = zhenggai::parse(text);
        live_after = g_live.load() - live_before;
        diagnostics = r.diagnostics.size();
    }
    const std::size_t peak = g_peak.load() - live_before;
    const long rss_after = maxrss_kb();
    std::printf(
        "{\"input_bytes\": %zu, \"repeat\": %u, \"heap_peak_bytes\": %zu, \"heap_live_after_bytes\": %zu, "
        "\"maxrss_before_kb\": %ld, \"maxrss_after_kb\": %ld, \"diagnostics\": %zu}\n",
        text.size(), repeat, peak, live_after, rss_before, rss_after, diagnostics);
    return 0;
}
