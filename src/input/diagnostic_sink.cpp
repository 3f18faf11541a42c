#include "input/diagnostic_sink.hpp"

#include <utility>

namespace zhenggai::input {

namespace {

std::string fill(std::string_view message, std::span<const std::string> args) {
    std::string out;
    std::size_t next = 0;
    for (std::size_t i = 0; i < message.size(); ++i) {
        if (message[i] == '{' && i + 1 < message.size() && message[i + 1] == '}' && next < args.size()) {
            out += args[next++];
            ++i;
        } else {
            out += message[i];
        }
    }
    return out;
}

}  // namespace

DiagnosticSink::DiagnosticSink(std::vector<Diagnostic>& out) : out_(&out) {
    for (const Diagnostic& d : out) {
        if (const auto c = from_string<DiagnosticCode>(d.code)) ++count_[static_cast<std::size_t>(*c)];
        ++total_;
    }
}

bool DiagnosticSink::admits(DiagnosticCode c) const noexcept {
    return total_ <= kDiagnosticsTotal && count_[static_cast<std::size_t>(c)] <= describe(c).per_code;
}

void DiagnosticSink::emit(DiagnosticCode c, Span where, std::span<const std::string> args) {
    const DiagnosticInfo& info = describe(c);
    if (total_ == kDiagnosticsTotal) {
        // The last one listed says that the list stops here.
        const DiagnosticInfo& stop = describe(DiagnosticCode::too_many_diagnostics);
        const std::string limit = std::to_string(kDiagnosticsTotal);
        out_->push_back(Diagnostic{stop.severity, stop.name, fill(stop.message, {&limit, 1}), where});
        ++total_;
        return;
    }
    std::uint32_t& same = count_[static_cast<std::size_t>(c)];
    if (same == info.per_code) {
        out_->push_back(Diagnostic{Severity::info, info.name,
                                   std::string("further '") + info.name + "' diagnostics omitted", where});
    } else {
        out_->push_back(Diagnostic{info.severity, info.name, fill(info.message, args), where});
    }
    ++same;
    ++total_;
}

}  // namespace zhenggai::input
