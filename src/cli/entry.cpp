// The `zhenggai` executable: its arguments to zhenggai::cli::run.
#include <string>
#include <vector>

#include "cli/run.hpp"

int main(int argc, char** argv) {
    std::vector<std::string> args;
    try {
        for (int i = 1; i < argc; ++i) args.emplace_back(argv[i] != nullptr ? argv[i] : "");
    } catch (...) {
        return 1;  // out of memory before anything could be said
    }
    return zhenggai::cli::run(args);
}
