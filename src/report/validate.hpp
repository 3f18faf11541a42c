// Consistency checks on a finished Report: contradictions become diagnostics
// that point at both sides, never silent corrections.
#pragma once

#include "zhenggai/report.hpp"

namespace zhenggai::report {

void validate(Report& r);

}  // namespace zhenggai::report
