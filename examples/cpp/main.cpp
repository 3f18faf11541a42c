// Parse one report file and print it as JSON (stdout) plus a summary (stderr);
// check that the JSON reads back into the same report.
//
//     zhenggai_example report.txt
#include <zhenggai/zhenggai.hpp>

#include <iostream>
#include <string>

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

    const std::string json = zhenggai::to_json(report, {.indent = 2});
    std::cout << json << '\n';

    // The JSON form reads back into an equal Report (e.g. for tools that store it).
    const zhenggai::JsonResult back = zhenggai::from_json(json);
    if (!back || !(back.value() == report)) {
        std::cerr << "the JSON form did not read back: " << (back ? "a different report" : back.error().message)
                  << '\n';
        return 1;
    }

    std::cerr << "zhenggai " << zhenggai::version << ": "
              << (report.title ? report.title->value : std::string("(no title)")) << " — "
              << report.sections.size() << " sections, " << report.diagnostics.size()
              << " diagnostics\n";
    return 0;
}
