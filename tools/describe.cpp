// zhenggai_describe: prints what the model's description generates, so the
// committed copies can be regenerated (the tests fail while they differ):
//
//     zhenggai_describe --schema > docs/schema/report.schema.json
#include <cstdio>
#include <string>
#include <string_view>

#include "output/schema.hpp"

int main(int argc, char** argv) {
    const std::string_view what = argc == 2 ? argv[1] : "";
    if (what == "--schema") {
        const std::string schema = zhenggai::output::report_schema_text();
        return std::fwrite(schema.data(), 1, schema.size(), stdout) == schema.size() ? 0 : 1;
    }
    std::fputs("usage: zhenggai_describe --schema\n", stderr);
    return 2;
}
