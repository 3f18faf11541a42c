// Parse one report file and print it as JSON (stdout) plus a summary (stderr).
//
//     zhenggai_example report.txt
#include <zhenggai/zhenggai.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " REPORT.txt\n";
        return 2;
    }

    zhenggai::FileResult result = zhenggai::parse_file(argv[1]);
    if (!result) {
        std::cerr << result.error().path << ": " << result.error().message << '\n';
        return 1;
    }
    const zhenggai::Report& report = result.value();

    std::cout << zhenggai::to_json(report, {.indent = 2}) << '\n';

    std::cerr << "zhenggai " << zhenggai::version << ": "
              << (report.title ? report.title->value : std::string("(no title)")) << " — "
              << report.sections.size() << " sections, " << report.diagnostics.size()
              << " diagnostics\n";
    return 0;
}
