// zhenggai._core.to_html and Report._repr_html_: the highlighted HTML view.
#pragma once

#include <string_view>

#include "bind.hpp"
#include "zhenggai/report.hpp"

namespace zhenggai::pybind {

/// The C++ report behind a Python Report and the text its spans index.
struct ReportView {
    const zhenggai::Report* report = nullptr;
    std::string_view source;
};

/// How html.cpp reads a Report object without seeing the Report class, which
/// lives in python.cpp. Called with the GIL, on an instance of Report; the
/// view stays valid while that object is alive.
using ReportViewFn = ReportView (*)(py::handle report);

/// Defines `to_html(report, ...)` on the module and `Report._repr_html_`;
/// call it after bind_report().
void bind_html(py::module_& m, ReportViewFn view);

}  // namespace zhenggai::pybind
