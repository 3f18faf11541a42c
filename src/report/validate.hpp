// Consistency checks on a finished Report: contradictions become diagnostics
// that point at both sides, never silent corrections.
#pragma once

#include "input/diagnostic_sink.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::report {

void validate(const Report& r, input::DiagnosticSink& diagnostics);

}  // namespace zhenggai::report
