// zhenggai_profile: parse a set of inputs a fixed number of times, for
// instruction-count profiles (valgrind --tool=callgrind) where the timing
// loop of Google Benchmark would make the count per parse unknown. Each input
// is parsed once before the measured passes.
//
//   zhenggai_profile seed [N]     the seed report N times (default 10)
//   zhenggai_profile corpus [N]   every fixture of parse/corpus N times
//   zhenggai_profile FILE [N]     one file N times
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "common.hpp"
#include "zhenggai/zhenggai.hpp"

namespace {

// The measured passes, apart from the warm-up parse before them: profile with
// valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*measured_passes*'.
[[gnu::noinline]] std::size_t measured_passes(const std::vector<zhenggai::bench::Fixture>& inputs, int n) {
    std::size_t diagnostics = 0;
    for (int i = 0; i < n; ++i) {
        for (const auto& f : inputs) diagnostics += zhenggai::parse(f.text).diagnostics.size();
    }
    return diagnostics;
}

}  // namespace

int main(int argc, char** argv) {
    namespace zb = zhenggai::bench;
    const std::string what = argc > 1 ? argv[1] : "seed";
    const int n = argc > 2 ? std::atoi(argv[2]) : 10;
    std::vector<zb::Fixture> inputs;
    if (what == "corpus") {
        inputs = zb::load_fixtures();
    } else if (what == "seed") {
        if (auto s = zb::seed_fixture()) inputs.push_back(std::move(*s));
    } else if (auto t = zb::read_file(what)) {
        inputs.push_back({what, std::move(*t)});
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "zhenggai_profile: no input for '%s'\n", what.c_str());
        return 1;
    }
    std::size_t bytes = 0;
    for (const auto& f : inputs) {
        bytes += f.text.size();
        (void)zhenggai::parse(f.text);  // warm-up: first-use initialisation stays out of the passes
    }
    const std::size_t diagnostics = measured_passes(inputs, n);
    std::printf("%zu inputs, %zu bytes per pass, %d passes (%zu diagnostics)\n", inputs.size(), bytes, n, diagnostics);
    return 0;
}
