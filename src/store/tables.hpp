// The store's tables, derived from the model's description
// (zhenggai/model/describe.hpp): nothing here names a field of the model.
//
// The rules, applied to Report and recursively:
//   * a plain value (bool, integer, enum, string) is a column named as the field;
//   * a value type (Text, Count, DatedValue, Percentage) is a column for its
//     value, <name>_start / <name>_end for its span (UTF-8 byte offsets into
//     reports.source_text, as in the JSON form) and <name>_<flag> per flag;
//   * a field of type Span is <name>_start / <name>_end; the struct's own
//     `span` is start / end in its table, <field>_start / <field>_end when the
//     struct is folded into its owner's row;
//   * a nested struct (Header, Progress, Derived) is folded into its owner's row;
//   * a list is a table of its own: its rows carry report_id, seq (the position
//     in the list) and, below the top level, parent_id (a row of the owner's
//     table; a list of the struct itself, Section::children, stays in its table);
//   * a struct whose JSON form lists items (Contacts) is a table of its items:
//     kind, value, start, end.
// A second view of a field (AlsoAs: amount_yuan from amount_fen) is a REAL
// column beside the exact one.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "output/model_walk.hpp"
#include "zhenggai/model/describe.hpp"

namespace zhenggai::store {

/// What a column holds: its SQL type follows, and the data-frame faces use it
/// for their dtypes (nullable integers, booleans, dates, categoricals).
enum class ColumnKind : std::uint8_t {
    integer,   ///< a count, an id, a byte offset, exact money in fen
    boolean,   ///< 0 or 1
    real,      ///< a percentage, a convenience view such as amount_yuan
    text,      ///< free text as written
    date,      ///< an ISO date (YYYY-MM-DD)
    category,  ///< a key of a closed set (a category, unit, kind, severity, code)
};

[[nodiscard]] constexpr std::string_view sql_name(ColumnKind k) noexcept {
    return k == ColumnKind::integer || k == ColumnKind::boolean ? "INTEGER"
           : k == ColumnKind::real                              ? "REAL"
                                                                : "TEXT";
}

[[nodiscard]] constexpr std::string_view kind_name(ColumnKind k) noexcept {
    constexpr std::string_view names[] = {"integer", "boolean", "real", "text", "date", "category"};
    return names[static_cast<std::size_t>(k)];
}

/// Bytes to keep exactly: TEXT when they are UTF-8, else a BLOB of them
/// (reports.source_text, which the byte spans index).
struct ExactBytes {
    std::string_view bytes;
};

/// One cell: NULL, an integer, a real, text borrowed from the report, text
/// made for it, or exact bytes. Text that is not valid UTF-8 is stored with
/// U+FFFD for each bad sequence, as the JSON form writes it.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string_view, std::string, ExactBytes>;

struct ColumnDef {
    std::string name;
    ColumnKind kind = ColumnKind::text;
    std::string doc;
    std::string constraint = {};  ///< SQL after the type (NOT NULL, UNIQUE, REFERENCES ...)
    std::vector<std::string> categories = {};  ///< a category column: every value it can hold
};

/// The documented names of an enum's values, in order: a category column's values.
template <class E>
std::vector<std::string> category_names() {
    std::vector<std::string> names;
    for (const auto& n : enum_names(E{})) names.emplace_back(n.name);
    return names;
}

/// A table of the model: its columns after the store's own (id, report_id,
/// parent_id, seq).
struct TableDef {
    std::string name;
    std::string doc;
    std::string parent;  ///< the table parent_id refers to; empty: the rows belong to the report itself
    bool top = false;    ///< rows of their own (reports, files): no report_id, parent_id, seq
    std::vector<ColumnDef> columns;
};

namespace tables {

namespace walk = output::walk;

template <class T>
inline constexpr bool is_plain = std::is_same_v<T, bool> || std::is_integral_v<T> || std::is_enum_v<T> ||
                                 std::is_same_v<T, std::string>;

template <class S>
consteval bool has_listed_items() {
    bool found = false;
    model::for_each_entry<S>([&](const auto& e) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(e)>, model::ListedItems>) found = true;
    });
    return found;
}

/// A column's name as the parts it is made of (owner, "_", field, "_",
/// "start"), joined only when the schema is built: writing a row makes no
/// string per cell. The parts are the description's static names.
struct Name {
    std::string_view parts[4] = {};

    [[nodiscard]] Name operator+(std::string_view more) const noexcept {
        Name n = *this;
        for (std::string_view& p : n.parts) {
            if (p.empty()) {
                p = more;
                break;
            }
        }
        return n;
    }
    [[nodiscard]] std::string str() const {
        std::string out;
        for (std::string_view p : parts) out += p;
        return out;
    }
    [[nodiscard]] bool empty() const noexcept { return parts[0].empty(); }
};

/// Columns and cells in one walk: in schema mode (no row) only names, types
/// and docs are collected; in row mode only the cells.
struct Sink {
    std::vector<ColumnDef>* columns = nullptr;  ///< schema mode
    std::vector<Cell>* cells = nullptr;         ///< row mode

    void add(Name name, ColumnKind kind, std::string_view doc, Cell cell) {
        if (columns != nullptr) columns->push_back({name.str(), kind, std::string(doc)});
        if (cells != nullptr) cells->push_back(std::move(cell));
    }
    /// The values of the category column just added (schema mode).
    void categories(std::vector<std::string> names) {
        if (columns != nullptr) columns->back().categories = std::move(names);
    }
    [[nodiscard]] bool schema() const noexcept { return columns != nullptr; }
};

template <class T>
Cell plain_cell(const T& v) {
    if constexpr (std::is_same_v<T, bool>) return std::int64_t{v ? 1 : 0};
    else if constexpr (std::is_enum_v<T>) return std::string_view(to_string(v));
    else if constexpr (std::is_integral_v<T>) return static_cast<std::int64_t>(v);
    else return std::string_view(v);
}

template <class T>
constexpr ColumnKind plain_kind() {
    if constexpr (std::is_same_v<T, bool>) return ColumnKind::boolean;
    else if constexpr (std::is_enum_v<T>) return ColumnKind::category;
    else if constexpr (std::is_integral_v<T>) return ColumnKind::integer;
    else return ColumnKind::text;
}

/// The value of a value type as a cell: text, a count, an ISO date, a real.
template <class T>
Cell value_cell(const T& v) {
    if constexpr (std::is_same_v<T, Date>) {
        if (v.is_special()) return std::monostate{};
        const auto ymd = v.year_month_day();
        char buf[40];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                      static_cast<int>(ymd.day));
        return std::string(buf);
    } else if constexpr (std::is_same_v<T, Decimal>) return v.to_double();
    else return plain_cell(v);
}

template <class T>
constexpr ColumnKind value_kind() {
    if constexpr (std::is_same_v<T, Date>) return ColumnKind::date;
    else if constexpr (std::is_same_v<T, Decimal>) return ColumnKind::real;
    else return plain_kind<T>();
}

/// <prefix>start and <prefix>end: the span's byte offsets.
inline void span_columns(Sink& sink, Name prefix, std::string_view doc, const Span* span) {
    if (sink.schema()) {
        const std::string about = doc.empty() ? std::string() : " (" + std::string(doc) + ")";
        sink.add(prefix + "start", ColumnKind::integer, "first byte" + about, Cell{});
        sink.add(prefix + "end", ColumnKind::integer, "one past the last byte", Cell{});
        return;
    }
    sink.add({}, ColumnKind::integer, {}, span != nullptr ? Cell{std::int64_t{span->begin}} : Cell{});
    sink.add({}, ColumnKind::integer, {}, span != nullptr ? Cell{std::int64_t{span->end}} : Cell{});
}

/// The columns of a value type V named `name` (its value, span and flags).
template <model::ValueType V>
void value_columns(Sink& sink, Name name, std::string_view doc, const V* v) {
    constexpr const auto& value = model::value_field<V>();
    using T = typename std::remove_cvref_t<decltype(value)>::Type;
    sink.add(name, value_kind<T>(), doc, v != nullptr ? value_cell(v->*value.member) : Cell{});
    span_columns(sink, name + "_", "where it was read", v != nullptr ? &(v->*model::span_field<V>().member) : nullptr);
    walk::for_each_flag<V>([&](const auto& flag) {
        sink.add(name + "_" + flag.name, ColumnKind::boolean, flag.doc,
                 v != nullptr ? Cell{std::int64_t{(v->*flag.member) ? 1 : 0}} : Cell{});
    });
}

template <model::Described S, class E, class M, class V>
void row_field(Sink& sink, std::string_view owner, const S* s, const E& e);

/// The columns of S folded into a row; `owner` names the field S was reached
/// by (empty at a table's own struct), for the names of its spans.
template <model::Described S>
void row_columns(Sink& sink, std::string_view owner, const S* s) {
    model::for_each_entry<S>([&](const auto& e) {
        using E = std::remove_cvref_t<decltype(e)>;
        if constexpr (model::is_field<E>) {
            using M = typename E::Type;
            using V = model::ValueTypeOf<M>;
            if constexpr (walk::is_vector<M>) {
                // a table of its own
            } else {
                row_field<S, E, M, V>(sink, owner, s, e);
            }
        } else if constexpr (model::is_also_as<E>) {
            sink.add(Name{} + e.key, ColumnKind::real, e.doc,
                     s != nullptr ? Cell{static_cast<double>(s->*e.member) / 100.0} : Cell{});
        }
    });
}

template <model::Described S, class E, class M, class V>
void row_field(Sink& sink, std::string_view owner, const S* s, const E& e) {
    const Name name = Name{} + e.name;
    const V* present = s != nullptr ? walk::present(s->*e.member) : nullptr;
    if constexpr (is_plain<V>) {
        sink.add(name, plain_kind<V>(), e.doc, present != nullptr ? plain_cell(*present) : Cell{});
        if constexpr (std::is_enum_v<V>) {
            if (sink.schema()) sink.categories(category_names<V>());
        }
    } else if constexpr (std::is_same_v<V, Span>) {
        const Name prefix = e.name == "span" ? (owner.empty() ? Name{} : Name{} + owner + "_") : name + "_";
        span_columns(sink, prefix, e.doc, present);
    } else if constexpr (model::ValueType<V>) {
        value_columns(sink, name, e.doc, present);
    } else if constexpr (has_listed_items<V>()) {
        // a table of its items
    } else {
        row_columns<V>(sink, e.name, present);
    }
}

/// The cells of one row of S (the store's own columns not included), into
/// `cells` (cleared first; a writer reuses one vector for every row).
template <model::Described S>
void row_cells(const S& s, std::vector<Cell>& cells) {
    cells.clear();
    Sink sink{nullptr, &cells};
    row_columns<S>(sink, {}, &s);
}

/// The columns of a list's rows: a value type's own fields, or the struct's.
template <model::Described S>
std::vector<ColumnDef> table_columns() {
    std::vector<ColumnDef> columns;
    Sink sink{&columns, nullptr};
    if constexpr (model::ValueType<S>) {
        value_columns<S>(sink, Name{} + "value", "the value", nullptr);
    } else {
        row_columns<S>(sink, {}, static_cast<const S*>(nullptr));
    }
    return columns;
}

template <model::ValueType V>
void value_row_cells(const V& v, std::vector<Cell>& cells) {
    cells.clear();
    Sink sink{nullptr, &cells};
    value_columns<V>(sink, Name{} + "value", {}, &v);
}

/// What a list's rows hold, to find the table a child list goes to.
inline std::string child_table_name(std::string_view owner_table, bool owner_is_report, std::string_view owner_json_name,
                                    std::string_view field) {
    (void)owner_table;
    if (owner_is_report) return std::string(field);
    return std::string(owner_json_name) + "_" + std::string(field);
}

/// Calls visit.list(field, items) for every list reached from S without
/// crossing another list (lists of folded structs included), and
/// visit.listed(field, struct) for every struct that is a table of its items.
template <model::Described S, class Visit>
void for_each_list(const S* s, Visit& visit) {
    model::for_each_entry<S>([&](const auto& e) {
        using E = std::remove_cvref_t<decltype(e)>;
        if constexpr (model::is_field<E>) {
            using M = typename E::Type;
            using V = model::ValueTypeOf<M>;
            if constexpr (walk::is_vector<M>) {
                visit.template list<V>(e, s != nullptr ? &(s->*e.member) : nullptr);
            } else if constexpr (model::Described<V> && !model::ValueType<V> && !std::is_same_v<V, Span> &&
                                 !std::is_same_v<V, Decimal>) {
                const auto* present = s != nullptr ? walk::present(s->*e.member) : nullptr;
                if constexpr (has_listed_items<V>()) visit.template listed<V>(e, present);
                else if (s == nullptr || present != nullptr) for_each_list<V>(present, visit);
            }
        }
    });
}

/// The value_listed items of a struct (Contacts) as (kind, Text), in source order.
template <model::Described S>
std::vector<std::pair<std::string_view, const Text*>> listed_items(const S& s) {
    std::vector<std::pair<std::string_view, const Text*>> items;
    walk::for_each_field_in<S, model::JsonForm::value_listed>([&](const auto& e) {
        const auto& m = s.*e.member;
        if constexpr (walk::is_vector<std::remove_cvref_t<decltype(m)>>) {
            for (const Text& t : m) items.emplace_back(e.options.json.item_kind, &t);
        } else if (m) {
            items.emplace_back(e.options.json.item_kind, &*m);
        }
    });
    std::stable_sort(items.begin(), items.end(),
                     [](const auto& a, const auto& b) { return a.second->span.begin < b.second->span.begin; });
    return items;
}

/// Writes the rows of the lists reached from one row of Owner through a
/// Writer: `std::int64_t insert_row(const std::string& table,
/// std::optional<std::int64_t> report_id, std::optional<std::int64_t>
/// parent_id, std::size_t seq, const std::vector<Cell>& cells)` returning the
/// new row's id, and `bool failed() const` (stop writing).
template <class Owner, class Writer>
struct RowVisit {
    Writer& writer;
    std::vector<Cell>& cells;  ///< reused for every row
    std::int64_t report_id;
    std::optional<std::int64_t> owner_row;
    std::string owner_table;
    bool owner_is_report;

    template <class V, class E>
    void list(const E& e, const std::vector<V>* items) {
        if constexpr (std::is_same_v<V, Owner>) {
            insert<V>(owner_table, owner_row, *items);
        } else {
            insert<V>(child_table_name(owner_table, owner_is_report, model::description<Owner>.json_name, e.name),
                      owner_is_report ? std::nullopt : owner_row, *items);
        }
    }

    template <class V>
    void insert(const std::string& table, std::optional<std::int64_t> parent, const std::vector<V>& items) {
        for (std::size_t i = 0; i < items.size() && !writer.failed(); ++i) {
            if constexpr (model::ValueType<V>) {
                value_row_cells(items[i], cells);
                writer.insert_row(table, report_id, parent, i, cells);
            } else {
                row_cells(items[i], cells);
                const std::int64_t id = writer.insert_row(table, report_id, parent, i, cells);
                RowVisit<V, Writer> sub{writer, cells, report_id, id, table, false};
                for_each_list<V>(&items[i], sub);
            }
        }
    }

    template <class V, class E>
    void listed(const E& e, const V* s) {
        if (s == nullptr) return;
        const std::string table =
            child_table_name(owner_table, owner_is_report, model::description<Owner>.json_name, e.name);
        const auto items = listed_items(*s);
        for (std::size_t i = 0; i < items.size() && !writer.failed(); ++i) {
            const Text& t = *items[i].second;
            cells.assign({Cell{items[i].first}, Cell{std::string_view(t.value)}, Cell{std::int64_t{t.span.begin}},
                          Cell{std::int64_t{t.span.end}}});
            writer.insert_row(table, report_id, owner_is_report ? std::nullopt : owner_row, i, cells);
        }
    }
};

/// Writes one report: its row in `reports` (with `text` as source_text) and
/// the rows of every list reached from it. Returns the report's id.
template <class Writer>
std::int64_t write_report(Writer& writer, const Report& report, std::string_view text) {
    std::vector<Cell> cells;
    cells.reserve(128);
    row_cells(report, cells);
    cells.emplace_back(ExactBytes{text});
    const std::int64_t id = writer.insert_row("reports", std::nullopt, std::nullopt, 0, cells);
    RowVisit<Report, Writer> visit{writer, cells, id, std::nullopt, "reports", true};
    for_each_list<Report>(&report, visit);
    return id;
}

}  // namespace tables

/// Every table of the model, the reports table first, parents before children.
[[nodiscard]] const std::vector<TableDef>& model_tables();

/// CREATE TABLE (and its indexes) for one table of the model.
[[nodiscard]] std::string table_sql(const TableDef& table);

/// The store's table of files (one row per path read), not the model's.
[[nodiscard]] const TableDef& files_table();

/// CREATE TABLE for the store's own tables: meta and files.
[[nodiscard]] std::string files_table_sql();

}  // namespace zhenggai::store
