// The input layer for bytes of unknown encoding: load() (detection and
// decoding of UTF-8, UTF-16, GB18030, Big5), load_as() with a named
// converter, and parse_bytes(). The decoded text is valid UTF-8, diagnostics
// point into it, and the report parsed from it keeps every invariant.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

#include "fuzz_common.hpp"
#include "report_checks.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"

namespace {

using namespace zhenggai;

// `passthrough`: load() hands text it takes for UTF-8 (encoding "utf-8" or
// "utf-8-bom") through unchanged, invalid bytes included, for parse() to
// report with their positions; whatever a converter decoded must be valid.
void check_loaded(const LoadedText& t, const char* what, bool passthrough) {
    const bool utf8 = t.encoding == "utf-8" || t.encoding == "utf-8-bom";
    if (!(passthrough && utf8) && !checks::valid_utf8(t.text))
        fuzz::die(std::string(what) + ": decoded text (" + t.encoding + ") is not valid UTF-8");
    if (t.encoding.empty()) fuzz::die(std::string(what) + ": no encoding named");
    for (const Diagnostic& d : t.diagnostics)
        if (d.span.begin > d.span.end || d.span.end > t.text.size())
            fuzz::die(std::string(what) + ": diagnostic span outside the decoded text (" + d.code + ")");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(fuzz::as_view(data, size));

    const LoadedText loaded = load(bytes);
    check_loaded(loaded, "load", true);
    const LoadedText again = load(bytes);
    fuzz::require(again.text == loaded.text && again.encoding == loaded.encoding, "load is not deterministic");

    // A named converter, chosen by the first byte so every one gets inputs.
    static constexpr const char* kEncodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"};
    const char* named = kEncodings[size ? data[0] % 5 : 0];
    check_loaded(load_as(bytes, named), named, false);

    const Report report = parse_bytes(bytes);
    fuzz::require(to_string(report.encoding) == loaded.encoding, "parse_bytes and load disagree on the encoding");
    fuzz::require_none(checks::check_report(report, loaded.text), "parse_bytes report invariants");
    try {
        (void)to_json(report);
    } catch (const std::exception& e) {
        fuzz::die(std::string("to_json threw: ") + e.what());
    }
    return 0;
}
