// zhenggai._core.to_html and Report._repr_html_ (the inline view in Jupyter).
#include <atomic>
#include <optional>
#include <string>

#include "bind.hpp"
#include "zhenggai/html.hpp"

namespace zhenggai::pybind {

namespace {

using namespace pybind11::literals;

py::str render(const ReportHandle& h, const HtmlOptions& options) {
    std::string html;
    {
        py::gil_scoped_release nogil;  // the state is immutable and kept alive by `h`
        html = zhenggai::to_html(h.state->report(), h.state->source(), options);
    }
    return make_str(html);
}

/// Ids stay apart when a notebook shows several reports (or one twice).
std::string next_prefix() {
    static std::atomic<unsigned long> counter{0};
    return "r" + std::to_string(++counter) + "-";
}

}  // namespace

void bind_html(py::module_& m) {
    m.def(
        "to_html",
        [](const py::object& report, bool full_page, std::optional<std::string> title, bool include_json,
           std::optional<std::string> id_prefix) {
            if (!py::isinstance<ReportHandle>(report))
                throw py::type_error(std::string("to_html() takes a zhenggai.Report, not ") + Py_TYPE(report.ptr())->tp_name);
            return render(report.cast<const ReportHandle&>(),
                          {.full_page = full_page,
                           .title = title.value_or(""),
                           .id_prefix = id_prefix ? *id_prefix : full_page ? std::string() : next_prefix(),
                           .include_json = include_json});
        },
        "report"_a, py::kw_only(), "full_page"_a = true, "title"_a = py::none(), "include_json"_a = true,
        "id_prefix"_a = py::none(),
        R"doc(The annotated view of ``report`` as HTML: the source with every extracted value
highlighted, the diagnostics linked to their place and the JSON form in a side
panel; self-contained, all input escaped. ``full_page=False`` gives one ``<div>``
with ids prefixed by ``id_prefix`` (default: a fresh prefix per call).)doc");
    py::object report_type = m.attr("Report");
    py::setattr(report_type, "_repr_html_",
                py::cpp_function(
                    [](const ReportHandle& self) {
                        return render(self, {.full_page = false, .title = {}, .id_prefix = next_prefix(), .include_json = true});
                    },
                    py::name("_repr_html_"), py::is_method(report_type),
                    "The annotated view as an HTML fragment, shown inline by Jupyter."));
    stub() += R"(def to_html(
    report: Report,
    *,
    full_page: bool = True,
    title: str | None = None,
    include_json: bool = True,
    id_prefix: str | None = None,
) -> str: ...
)";
}

}  // namespace zhenggai::pybind
