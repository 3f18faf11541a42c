// The list of the model's tables and the SQL that creates the store.
#include "store/tables.hpp"

#include <algorithm>

#include "zhenggai/store.hpp"

namespace zhenggai::store {

namespace {

template <class S>
consteval bool lists_itself() {
    bool found = false;
    model::for_each_field<S>([&](const auto& e) {
        if constexpr (std::is_same_v<typename std::remove_cvref_t<decltype(e)>::Type, std::vector<S>>) found = true;
    });
    return found;
}

/// Collects the tables of the lists reached from Owner's rows.
template <class Owner>
struct SchemaVisit {
    std::vector<TableDef>& out;
    std::string owner_table;
    bool owner_is_report;

    template <class V, class E>
    void list(const E& e, const std::vector<V>* /*schema mode*/) {
        if constexpr (std::is_same_v<V, Owner>) {
            return;  // the table's own rows, linked by parent_id
        } else {
            TableDef t;
            t.name = tables::child_table_name(owner_table, owner_is_report, model::description<Owner>.json_name, e.name);
            t.doc = std::string(e.doc);
            if constexpr (!model::ValueType<V>) {
                if constexpr (lists_itself<V>()) t.parent = t.name;
            }
            if (t.parent.empty() && !owner_is_report) t.parent = owner_table;
            t.columns = tables::table_columns<V>();
            out.push_back(t);
            if constexpr (!model::ValueType<V>) {
                SchemaVisit<V> sub{out, t.name, false};
                tables::for_each_list<V>(static_cast<const V*>(nullptr), sub);
            }
        }
    }

    template <class V, class E>
    void listed(const E& e, const V* /*schema mode*/) {
        TableDef t;
        t.name = tables::child_table_name(owner_table, owner_is_report, model::description<Owner>.json_name, e.name);
        t.doc = std::string(e.doc) + ": one row per item";
        if (!owner_is_report) t.parent = owner_table;
        std::vector<std::string> kinds;
        tables::walk::for_each_field_in<V, model::JsonForm::value_listed>([&](const auto& item) {
            const std::string kind(item.options.json.item_kind);
            if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
        });
        t.columns = {{"kind", ColumnKind::category, "what the item is (phone, email, postal_address, postcode, website)",
                      {}, kinds},
                     {"value", ColumnKind::text, "as written"},
                     {"start", ColumnKind::integer, "first byte"},
                     {"end", ColumnKind::integer, "one past the last byte"}};
        out.push_back(t);
    }
};

std::vector<TableDef> make_tables() {
    std::vector<TableDef> out;
    TableDef reports;
    reports.name = "reports";
    reports.doc = "one row per distinct report (republished copies share one, by content_hash)";
    reports.top = true;
    reports.columns = tables::table_columns<Report>();
    for (ColumnDef& c : reports.columns)
        if (c.name == "content_hash") c.constraint = "NOT NULL UNIQUE";  // copies of one report share its row
    reports.columns.push_back({"source_text", ColumnKind::text, "the parsed text, which every start/end indexes (UTF-8 bytes); a BLOB of the exact bytes when they are not valid UTF-8"});
    out.push_back(reports);
    SchemaVisit<Report> visit{out, "reports", true};
    tables::for_each_list<Report>(static_cast<const Report*>(nullptr), visit);
    return out;
}

std::string quoted(std::string_view name) { return "\"" + std::string(name) + "\""; }

}  // namespace

const std::vector<TableDef>& model_tables() {
    static const std::vector<TableDef> tables = make_tables();
    return tables;
}

std::string table_sql(const TableDef& t) {
    std::string sql = "CREATE TABLE IF NOT EXISTS " + quoted(t.name) + " (\n    id INTEGER PRIMARY KEY";
    if (!t.top) {
        sql += ",\n    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE";
        if (!t.parent.empty()) sql += ",\n    parent_id INTEGER REFERENCES " + quoted(t.parent) + "(id) ON DELETE CASCADE";
        sql += ",\n    seq INTEGER NOT NULL";
    }
    for (const ColumnDef& c : t.columns) {
        sql += ",\n    " + quoted(c.name) + " " + std::string(sql_name(c.kind));
        if (!c.constraint.empty()) sql += " " + c.constraint;
    }
    sql += "\n);\n";
    if (!t.top) {
        sql += "CREATE INDEX IF NOT EXISTS " + quoted(t.name + "_report") + " ON " + quoted(t.name) + "(report_id);\n";
        if (!t.parent.empty())
            sql += "CREATE INDEX IF NOT EXISTS " + quoted(t.name + "_parent") + " ON " + quoted(t.name) + "(parent_id);\n";
    }
    return sql;
}

const TableDef& files_table() {
    static const TableDef files{
        "files",
        "one row per file read: what it was and which report it holds",
        {},
        true,
        {{"path", ColumnKind::text, "the file as found (as given, or below a directory given)", "NOT NULL UNIQUE"},
         {"size", ColumnKind::integer, "bytes"},
         {"mtime_ns", ColumnKind::integer, "modification time, nanoseconds since 1970"},
         {"sha256", ColumnKind::text, "of the bytes"},
         {"encoding", ColumnKind::category, "as detected (utf-8, gb18030, ...)", {}, category_names<Encoding>()},
         {"status", ColumnKind::category, "ok, or error: the file could not be read",
          "NOT NULL CHECK (status IN ('ok', 'error'))", {"ok", "error"}},
         {"error", ColumnKind::text, "why the file could not be read"},
         {"report_id", ColumnKind::integer, "the report it holds (copies of one report share it)",
          "REFERENCES reports(id)"},
         {"parser_version", ColumnKind::text, "the zhenggai version that read it", "NOT NULL"}}};
    return files;
}

std::string files_table_sql() {
    std::string sql = R"(CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY)";
    for (const ColumnDef& c : files_table().columns) {
        sql += ",\n    " + c.name + " " + std::string(sql_name(c.kind));
        if (!c.constraint.empty()) sql += " " + c.constraint;
    }
    return sql + "\n);\nCREATE INDEX IF NOT EXISTS files_report ON files(report_id);\n";
}

}  // namespace zhenggai::store

namespace zhenggai {

std::string store_schema_sql() {
    std::string sql;
    for (const store::TableDef& t : store::model_tables()) sql += store::table_sql(t);
    return sql + store::files_table_sql();
}

}  // namespace zhenggai
