// The whole pipeline: any bytes -> zhenggai::parse -> to_json. Neither may
// crash or throw, and every span must lie inside the input.
#include <cstddef>
#include <cstdint>
#include <exception>

#include "fuzz_common.hpp"
#include "report_checks.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace zhenggai;
    const std::string_view text = fuzz::as_view(data, size);
    const Report report = parse(text);
    try {
        const std::string json = to_json(report);
        fuzz::require(!json.empty(), "to_json returned an empty string");
        if (size < 1024) {  // serialising is half the time: the indented form only for small inputs
            const std::string pretty = to_json(report, {.indent = 2});
            fuzz::require(pretty.size() >= json.size(), "pretty JSON shorter than compact JSON");
            (void)diagnostics_to_json(report);
        }
    } catch (const std::exception& e) {
        fuzz::die(std::string("to_json threw: ") + e.what());
    }
    fuzz::require(report.source_size == size, "source_size differs from the input size");
    for (const Diagnostic& d : report.diagnostics)
        fuzz::require(d.span.begin <= d.span.end && d.span.end <= size, "diagnostic span outside the input");
    return 0;
}
