// zhenggai._core.parse_many: many inputs parsed on C++ threads, GIL released.
#pragma once

#include <memory>
#include <string>

#include "bind.hpp"

namespace zhenggai::pybind {

/// How batch.cpp makes Report objects without seeing the Report class, which
/// lives in python.cpp. Both are plain functions (no Python state).
struct ReportMaker {
    /// Parse `source` into a report state. Runs on a worker thread without the GIL.
    std::shared_ptr<const void> (*parse)(std::string source);
    /// Wrap a state from `parse` as a Python Report. Runs with the GIL.
    py::object (*wrap)(std::shared_ptr<const void> state);
    /// Parse bytes of any supported encoding (zhenggai::load first), for bytes
    /// and file items; when null, `parse` is used for them too.
    std::shared_ptr<const void> (*parse_bytes)(std::string input) = nullptr;
};

/// Defines `parse_many(items, workers)` on the module; call it after Error,
/// FileError and InputError are set on the module.
void bind_batch(py::module_& m, ReportMaker maker);

}  // namespace zhenggai::pybind
