// zhenggai._core.to_html and Report._repr_html_ (the inline view in Jupyter).
#include "html.hpp"

#include <atomic>
#include <string>

#include "zhenggai/html.hpp"

namespace zhenggai::pybind {

namespace {

using namespace pybind11::literals;

ReportViewFn g_view = nullptr;
PyObject* g_report_type = nullptr;  // borrowed from the module, which outlives every call

ReportView view_of(py::handle report) {
    if (g_report_type == nullptr || g_view == nullptr) throw py::type_error("zhenggai._core is not initialised");
    const int is = PyObject_IsInstance(report.ptr(), g_report_type);
    if (is < 0) throw py::error_already_set();
    if (is == 0) {
        throw py::type_error(std::string("to_html() takes a zhenggai.Report, not ") + Py_TYPE(report.ptr())->tp_name);
    }
    return g_view(report);
}

py::str render(py::handle report, const HtmlOptions& options) {
    const ReportView v = view_of(report);
    std::string html;
    {
        // The report state is immutable and kept alive by `report`.
        py::gil_scoped_release nogil;
        html = zhenggai::to_html(*v.report, v.source, options);
    }
    return make_str(html);
}

/// Ids stay apart when a notebook shows several reports (or one twice).
std::string next_prefix() {
    static std::atomic<unsigned long> counter{0};
    return "r" + std::to_string(++counter) + "-";
}

}  // namespace

void bind_html(py::module_& m, ReportViewFn view) {
    g_view = view;
    py::object report_type = m.attr("Report");
    g_report_type = report_type.ptr();

    m.def(
        "to_html",
        [](const py::object& report, bool full_page, const py::object& title, bool include_json,
           const py::object& id_prefix) {
            HtmlOptions options;
            options.full_page = full_page;
            if (!title.is_none()) options.title = title.cast<std::string>();
            options.include_json = include_json;
            options.id_prefix =
                id_prefix.is_none() ? (full_page ? std::string() : next_prefix()) : id_prefix.cast<std::string>();
            return render(report, options);
        },
        "report"_a, py::kw_only(), "full_page"_a = true, "title"_a = py::none(), "include_json"_a = true,
        "id_prefix"_a = py::none(),
        R"doc(
The annotated view of ``report`` as HTML: the source text with every extracted
field highlighted by kind, the diagnostics linked to their place and the JSON
form in a side panel. Self-contained (inline CSS and script, nothing loaded
from the network); all text from the input is escaped.

``full_page=True`` gives a whole document (write it to a .html file);
``False`` one ``<div>`` for embedding, with ids prefixed by ``id_prefix``
(default: a fresh prefix per call).)doc");

    py::setattr(report_type, "_repr_html_",
                py::cpp_function(
                    [](const py::object& self) {
                        HtmlOptions options;
                        options.full_page = false;
                        options.id_prefix = next_prefix();
                        return render(self, options);
                    },
                    py::name("_repr_html_"), py::is_method(report_type),
                    "The annotated view as an HTML fragment, shown inline by Jupyter."));
}

}  // namespace zhenggai::pybind
