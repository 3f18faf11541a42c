// The corpus store from Python: ingest (the C++ one, GIL released) and the
// store's tables as columns for data frames. Both come from the one
// derivation in src/store/tables.hpp, so `zhenggai.frames(reports)` and
// `zhenggai.read_db(db)` give the same tables, columns and kinds as the
// SQLite store.
#include <pybind11/functional.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "bind.hpp"
#include "store/tables.hpp"
#include "zhenggai/store.hpp"

namespace zhenggai::pybind {

namespace {

using namespace pybind11::literals;

PyObject* cell_object(const store::Cell& cell) {
    if (const auto* i = std::get_if<std::int64_t>(&cell)) return PyLong_FromLongLong(*i);
    if (const auto* d = std::get_if<double>(&cell)) return PyFloat_FromDouble(*d);
    std::string_view text;
    if (const auto* v = std::get_if<std::string_view>(&cell)) text = *v;
    else if (const auto* s = std::get_if<std::string>(&cell)) text = *s;
    else if (const auto* b = std::get_if<store::ExactBytes>(&cell)) text = b->bytes;
    else Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace");
}

/// The rows of every table, column by column (what pandas builds frames from
/// fastest). Ids count from `id_base` + 1 in each table.
class Columns {
public:
    explicit Columns(std::int64_t id_base) : base_(id_base) {
        for (const store::TableDef& t : store::model_tables()) {
            Table& table = tables_[t.name];
            table.def = &t;
            table.columns.resize(own_columns(t).size() + t.columns.size());
        }
    }

    std::int64_t insert_row(const std::string& name, std::optional<std::int64_t> report_id,
                            std::optional<std::int64_t> parent_id, std::size_t seq, const std::vector<store::Cell>& cells) {
        Table& t = tables_.at(name);
        const std::int64_t id = base_ + static_cast<std::int64_t>(++t.rows);
        std::size_t c = 0;
        auto put = [&](PyObject* o) {
            if (o == nullptr) throw py::error_already_set();
            t.columns[c++].push_back(py::reinterpret_steal<py::object>(o));
        };
        put(PyLong_FromLongLong(id));
        if (!t.def->top) {
            put(report_id ? PyLong_FromLongLong(*report_id) : py::none().inc_ref().ptr());
            if (!t.def->parent.empty()) put(parent_id ? PyLong_FromLongLong(*parent_id) : py::none().inc_ref().ptr());
            put(PyLong_FromSize_t(seq));
        }
        for (const store::Cell& cell : cells) put(cell_object(cell));
        return id;
    }

    [[nodiscard]] static bool failed() noexcept { return false; }

    [[nodiscard]] py::dict to_python() const {
        py::dict out;
        for (const store::TableDef& def : store::model_tables()) {
            const Table& t = tables_.at(def.name);
            const std::vector<std::string> names = column_names(def);
            py::dict columns;
            for (std::size_t c = 0; c < names.size(); ++c) {
                py::list values(t.columns[c].size());
                for (std::size_t r = 0; r < t.columns[c].size(); ++r) values[r] = t.columns[c][r];
                columns[py::str(names[c])] = values;
            }
            out[py::str(def.name)] = columns;
        }
        return out;
    }

    /// The store's own columns of a table: id, then report_id, parent_id, seq.
    static std::vector<store::ColumnDef> own_columns(const store::TableDef& t) {
        using K = store::ColumnKind;
        std::vector<store::ColumnDef> own{{"id", K::integer, "the row's id"}};
        if (t.top) return own;
        own.push_back({"report_id", K::integer, "the report (reports.id)"});
        if (!t.parent.empty()) own.push_back({"parent_id", K::integer, "the row this one belongs to (" + t.parent + ".id)"});
        own.push_back({"seq", K::integer, "position in its list, from 0"});
        return own;
    }

    static std::vector<std::string> column_names(const store::TableDef& t) {
        std::vector<std::string> names;
        for (const auto& c : own_columns(t)) names.push_back(c.name);
        for (const auto& c : t.columns) names.push_back(c.name);
        return names;
    }

private:
    struct Table {
        const store::TableDef* def = nullptr;
        std::size_t rows = 0;
        std::vector<std::vector<py::object>> columns;
    };
    std::int64_t base_;
    std::unordered_map<std::string, Table> tables_;
};

/// [(table, parent, doc, [(column, kind, doc, categories), ...]), ...]: the model's tables, then files.
py::list table_definitions() {
    py::list out;
    auto add = [&](const store::TableDef& t) {
        py::list columns;
        std::vector<store::ColumnDef> all = Columns::own_columns(t);
        all.insert(all.end(), t.columns.begin(), t.columns.end());
        for (const store::ColumnDef& c : all) columns.append(py::make_tuple(c.name, store::kind_name(c.kind), c.doc, c.categories));
        out.append(py::make_tuple(t.name, t.parent, t.doc, columns));
    };
    for (const store::TableDef& t : store::model_tables()) add(t);
    add(store::files_table());
    return out;
}

py::dict report_tables(const py::iterable& reports, std::int64_t id_base) {
    Columns columns(id_base);
    std::size_t index = 0;
    for (const py::handle item : reports) {
        if (!py::isinstance<ReportHandle>(item))
            throw py::type_error("frames() takes Report objects, not " + std::string(Py_TYPE(item.ptr())->tp_name) +
                                 " (item " + std::to_string(index) + "); leave out the errors parse_many() returns");
        const ReportState& st = *item.cast<const ReportHandle&>().state;
        store::tables::write_report(columns, st.report(), st.source());
        ++index;
    }
    return columns.to_python();
}

/// The file selection of the Python functions' include/exclude lists (an empty include: the default patterns).
FileSelection selection_of(const std::vector<std::string>& include, const std::vector<std::string>& exclude) {
    FileSelection selection;
    if (!include.empty()) selection.include = include;
    selection.exclude = exclude;
    return selection;
}

py::dict summary(const IngestProgress& p) {
    return py::dict("files_total"_a = p.files_total, "files_done"_a = p.files_done, "files_parsed"_a = p.files_parsed,
                    "files_unchanged"_a = p.files_unchanged, "files_failed"_a = p.files_failed,
                    "reports_added"_a = p.reports_added, "bytes_read"_a = p.bytes_read, "seconds"_a = p.seconds);
}

py::dict run_ingest(const std::vector<std::string>& paths, const std::string& db, unsigned workers,
                    const std::vector<std::string>& include, const std::vector<std::string>& exclude,
                    const std::optional<py::function>& progress) {
    IngestOptions options;
    options.jobs = workers;
    options.selection = selection_of(include, exclude);
    std::optional<py::error_already_set> raised;  // from the callback (KeyboardInterrupt too): stops the run
    if (progress) {
        options.on_progress = [&](const IngestProgress& p) {
            py::gil_scoped_acquire gil;
            try {
                if (PyErr_CheckSignals() != 0) throw py::error_already_set();
                (*progress)(summary(p));
                return true;
            } catch (py::error_already_set& e) {
                raised.emplace(std::move(e));
                return false;
            }
        };
    }
    IngestResult r;
    {
        py::gil_scoped_release nogil;
        r = ingest(paths, db, options);
    }
    if (raised) throw std::move(*raised);
    py::dict out = summary(r.summary);
    py::list problems;
    for (const InputProblem& p : r.input_problems) problems.append(py::make_tuple(p.input, p.message));
    out["input_problems"] = problems;
    out["store_error"] = r.store_error ? py::object(py::str(*r.store_error)) : py::none();
    return out;
}

py::tuple found_files(const std::vector<std::string>& inputs, const std::vector<std::string>& include,
                      const std::vector<std::string>& exclude) {
    const FileSelection selection = selection_of(include, exclude);
    FoundFiles found;
    {
        py::gil_scoped_release nogil;
        found = find_files(inputs, selection);
    }
    py::list problems;
    for (const InputProblem& p : found.problems) problems.append(py::make_tuple(p.input, p.message));
    return py::make_tuple(found.files, problems);
}

}  // namespace

void bind_store(py::module_& m) {
    m.def("_ingest", &run_ingest, "paths"_a, "db"_a, "workers"_a, "include"_a, "exclude"_a, "progress"_a,
          "zhenggai::ingest with the GIL released; a summary dict (zhenggai.ingest wraps it).");
    m.def("_tables", &report_tables, "reports"_a, "id_base"_a = 0,
          "The store's tables of the given reports, {table: {column: [values]}}.");
    m.def("_table_definitions", &table_definitions, "The store's tables: (name, parent, doc, [(column, kind, doc, categories)]).");
    m.def("_find_files", &found_files, "inputs"_a, "include"_a, "exclude"_a,
          "zhenggai::find_files: (files, [(input, problem)]), as ingest and the CLI find them.");
    m.attr("_store_schema") = kStoreSchemaId;
    stub() += R"(def _ingest(
    paths: list[str],
    db: str,
    workers: int,
    include: list[str],
    exclude: list[str],
    progress: Callable[[dict[str, int | float]], object] | None,
) -> dict[str, Any]: ...
def _tables(reports: Iterable[Report], id_base: int = 0) -> dict[str, dict[str, list[Any]]]: ...
def _find_files(inputs: list[str], include: list[str], exclude: list[str]) -> tuple[list[str], list[tuple[str, str]]]: ...
def _table_definitions() -> list[tuple[str, str, str, list[tuple[str, str, str, list[str]]]]]: ...
_store_schema: str
)";
}

}  // namespace zhenggai::pybind
