// Properties of a parse, whatever the input:
//   - determinism: parsing the same bytes twice (from two different buffers)
//     gives identical JSON;
//   - every Span in the Report (all fields, sections recursively) satisfies
//     begin <= end <= source_size;
//   - every Text the model reads as a contiguous slice equals the source
//     bytes under its span (see report_checks.hpp for the list).
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

#include "fuzz_common.hpp"
#include "report_checks.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace zhenggai;
    const std::string_view text = fuzz::as_view(data, size);
    const std::string copy(text);  // a second buffer at another address

    const Report first = parse(text);
    const Report second = parse(copy);
    fuzz::require_none(checks::check_report(first, text), "report invariants");

    std::string a, b;
    try {
        a = to_json(first);
        b = to_json(second);
    } catch (const std::exception& e) {
        fuzz::die(std::string("to_json threw: ") + e.what());
    }
    if (a != b) {
        std::size_t i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
        const std::size_t from = i > 60 ? i - 60 : 0;
        fuzz::die("parse is not deterministic; JSON differs at byte " + std::to_string(i) + ":\n  first:  " +
                  a.substr(from, 160) + "\n  second: " + b.substr(from, 160));
    }
    return 0;
}
