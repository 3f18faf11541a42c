// zhenggai::ingest: files → parsed reports → the SQLite store.
//
// Files stream through in the order find_files gives: worker threads stat,
// read, hash and parse them while the calling thread, which owns the
// connection, writes each in turn (for_each_in_order); every `batch_files`
// files are one transaction. A ring of a few dozen files lies between the
// two, so memory stays bounded whatever the corpus size, and neither side
// waits for a whole batch of the other.
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include "input/utf8.hpp"
#include "store/sha256.hpp"
#include "store/sqlite.hpp"
#include "store/tables.hpp"
#include "zhenggai/batch.hpp"
#include "zhenggai/document.hpp"
#include "zhenggai/store.hpp"
#include "zhenggai/version.hpp"

namespace zhenggai {

namespace {

using store::Cell;
using store::Statement;
using store::TableDef;
using Error = std::optional<std::string>;

/// What the store knows of a file from an earlier run.
struct FileRow {
    std::int64_t id = 0;
    std::int64_t size = -1, mtime_ns = -1;
    std::string sha256;
    bool ok = false;
    std::optional<std::int64_t> report_id;
    std::string parser_version;
};

using input::is_valid_utf8;

/// `s` with U+FFFD for each invalid sequence (SQLite's TEXT must be UTF-8 for its readers).
std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size();) {
        const input::Utf8Decoded d = input::decode_utf8(s, i);
        if (d.valid) out.append(s.substr(i, d.length));
        else out.append("\xEF\xBF\xBD");
        i += d.length;
    }
    return out;
}

/// A row's cells live until the row is written: SQLite borrows them, and
/// text from a report whose whole text is valid UTF-8 needs no check.
void bind_text(Statement& st, int index, std::string_view text, bool known_valid) {
    if (known_valid || is_valid_utf8(text)) st.bind(index, text, Statement::Lifetime::borrowed);
    else st.bind(index, std::string_view(valid_utf8(text)));  // a temporary: copied
}

void bind_cell(Statement& st, int index, const Cell& cell, bool text_valid) {
    using Lifetime = Statement::Lifetime;
    if (const auto* i = std::get_if<std::int64_t>(&cell)) st.bind(index, *i);
    else if (const auto* d = std::get_if<double>(&cell)) st.bind(index, *d);
    else if (const auto* v = std::get_if<std::string_view>(&cell)) bind_text(st, index, *v, text_valid);
    else if (const auto* s = std::get_if<std::string>(&cell)) bind_text(st, index, *s, text_valid);
    else if (const auto* b = std::get_if<store::ExactBytes>(&cell)) {
        if (text_valid || is_valid_utf8(b->bytes)) st.bind(index, b->bytes, Lifetime::borrowed);
        else st.bind_blob(index, b->bytes, Lifetime::borrowed);
    } else st.bind_null(index);
}

void bind_optional(Statement& st, int index, const std::optional<std::int64_t>& v) {
    if (v) st.bind(index, *v);
    else st.bind_null(index);
}

class Store {
public:
    Error open(const std::string& path) {
        if (auto e = db_.open(path)) return "cannot open the database: " + *e;
        // WAL: readers never block the writer, and a killed run loses only its
        // open transaction. synchronous=NORMAL is durable against a crash of
        // this process (not of the machine), at a fraction of FULL's cost.
        // Foreign keys are not enforced here: this writer makes every id it
        // links and deletes a report's rows itself (drop_if_orphan); checking
        // each row cost a fifth of writing it. The tables still declare them
        // (with ON DELETE CASCADE) for other writers.
        if (auto e = db_.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"))
            return "cannot set up the database: " + *e;
        if (auto e = check_meta()) return e;
        for (const TableDef& t : store::model_tables()) tables_.emplace(t.name, &t);
        select_file_ = prepare(
            "SELECT id, size, mtime_ns, sha256, status, report_id, parser_version FROM files WHERE path = ?1");
        upsert_file_ = prepare(
            "INSERT INTO files (path, size, mtime_ns, sha256, encoding, status, error, report_id, parser_version) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(path) DO UPDATE SET size = ?2, mtime_ns = ?3, "
            "sha256 = ?4, encoding = ?5, status = ?6, error = ?7, report_id = ?8, parser_version = ?9");
        touch_file_ = prepare("UPDATE files SET mtime_ns = ?2 WHERE id = ?1");
        find_report_ = prepare("SELECT id FROM reports WHERE content_hash = ?1");
        orphan_ = prepare("SELECT 1 FROM files WHERE report_id = ?1 LIMIT 1");
        // Children before parents, the report's row last.
        const auto& all = store::model_tables();
        for (auto t = all.rbegin(); t != all.rend(); ++t)
            drop_rows_.push_back(prepare(t->top ? "DELETE FROM \"" + t->name + "\" WHERE id = ?1"
                                                : "DELETE FROM \"" + t->name + "\" WHERE report_id = ?1"));
        return error_;
    }

    Error begin() { return db_.exec("BEGIN IMMEDIATE"); }
    Error commit() { return db_.exec("COMMIT"); }
    void rollback() { (void)db_.exec("ROLLBACK"); }

    /// The stored row of `path`, if any; sets the store error on failure.
    std::optional<FileRow> file(const std::string& path) {
        Statement& st = select_file_;
        st.reset();
        st.bind(1, std::string_view(path));
        std::optional<FileRow> row;
        if (st.step()) {
            row = FileRow{st.column_int(0), st.column_is_null(1) ? -1 : st.column_int(1),
                          st.column_is_null(2) ? -1 : st.column_int(2), st.column_text(3), st.column_text(4) == "ok",
                          std::nullopt, st.column_text(6)};
            if (!st.column_is_null(5)) row->report_id = st.column_int(5);
        }
        note(st);
        return row;
    }

    /// A file that could not be read.
    Error put_failed(const std::string& path, const std::optional<FileRow>& old, std::int64_t size, std::int64_t mtime,
                     const std::string& message) {
        write_file(path, size, mtime, nullptr, nullptr, false, &message, std::nullopt);
        if (old && old->report_id) drop_if_orphan(*old->report_id);
        return error_;
    }

    /// A file whose bytes are as stored: only its mtime moved.
    Error put_touched(const FileRow& old, std::int64_t mtime) {
        touch_file_.reset();
        touch_file_.bind(1, old.id);
        touch_file_.bind(2, mtime);
        touch_file_.step();
        note(touch_file_);
        return error_;
    }

    /// A file read and parsed; its report is added unless one with the same
    /// content hash is stored already. `added` tells which.
    Error put_parsed(const std::string& path, const std::optional<FileRow>& old, std::int64_t size, std::int64_t mtime,
                     const std::string& sha256, const Document& doc, bool& added) {
        added = false;
        std::optional<std::int64_t> report = find_report(doc.report.derived.content_hash);
        if (!report && !error_) {
            report = insert_report(doc);
            added = true;
        }
        if (error_) return error_;
        const char* encoding = to_string(doc.report.encoding);
        write_file(path, size, mtime, &sha256, encoding, true, nullptr, report);
        if (old && old->report_id && old->report_id != report) drop_if_orphan(*old->report_id);
        return error_;
    }

    /// Inserts one row of `table`; returns its id.
    std::int64_t insert_row(const std::string& table, std::optional<std::int64_t> report_id,
                            std::optional<std::int64_t> parent_id, std::size_t seq, const std::vector<Cell>& cells) {
        if (error_) return 0;
        auto it = inserts_.find(table);
        const TableDef* def = tables_.at(table);
        if (it == inserts_.end()) it = inserts_.emplace(table, prepare(insert_sql(*def))).first;
        Statement& st = it->second;
        st.reset();
        int i = 1;
        if (!def->top) {
            bind_optional(st, i++, report_id);
            if (!def->parent.empty()) bind_optional(st, i++, parent_id);
            st.bind(i++, static_cast<std::int64_t>(seq));
        }
        for (const Cell& c : cells) bind_cell(st, i++, c, text_valid_);
        st.step();
        note(st);
        return db_.last_insert_rowid();
    }

    [[nodiscard]] bool failed() const noexcept { return error_.has_value(); }
    [[nodiscard]] const Error& error() const noexcept { return error_; }

private:
    Error check_meta() {
        if (auto e = db_.exec(store::files_table_sql())) return "cannot create the store's tables: " + *e;
        Statement get = db_.prepare("SELECT value FROM meta WHERE key = 'schema'");
        if (get.step()) {
            const std::string schema = get.column_text(0);
            if (schema != kStoreSchemaId)
                return "the database holds a store of schema '" + schema + "'; this zhenggai writes '" +
                       std::string(kStoreSchemaId) + "': ingest into a new file";
            return std::nullopt;
        }
        if (get.error()) return "cannot read the database: " + *get.error();
        std::string sql = "BEGIN;\n";
        for (const TableDef& t : store::model_tables()) sql += store::table_sql(t);
        sql += "INSERT INTO meta (key, value) VALUES ('schema', '" + std::string(kStoreSchemaId) +
               "'), ('created_by', 'zhenggai " + std::string(version) + "');\nCOMMIT;\n";
        if (auto e = db_.exec(sql)) {
            (void)db_.exec("ROLLBACK");
            return "cannot create the store's tables: " + *e;
        }
        return std::nullopt;
    }

    static std::string insert_sql(const TableDef& t) {
        std::string cols, marks;
        auto add = [&](const std::string& name) {
            if (!cols.empty()) cols += ", ", marks += ", ";
            cols += "\"" + name + "\"";
            marks += "?";
        };
        if (!t.top) {
            add("report_id");
            if (!t.parent.empty()) add("parent_id");
            add("seq");
        }
        for (const store::ColumnDef& c : t.columns) add(c.name);
        return "INSERT INTO \"" + t.name + "\" (" + cols + ") VALUES (" + marks + ")";
    }

    Statement prepare(std::string_view sql) {
        Statement st = db_.prepare(sql);
        if (!st.ok() && !error_) error_ = st.error().value_or("cannot prepare a statement");
        return st;
    }

    void note(const Statement& st) {
        if (st.error() && !error_) error_ = "cannot write the database: " + *st.error();
    }

    std::optional<std::int64_t> find_report(const std::string& hash) {
        find_report_.reset();
        find_report_.bind(1, std::string_view(hash));
        std::optional<std::int64_t> id;
        if (find_report_.step()) id = find_report_.column_int(0);
        note(find_report_);
        return id;
    }

    std::int64_t insert_report(const Document& doc);

    void write_file(const std::string& path, std::int64_t size, std::int64_t mtime, const std::string* sha256,
                    const char* encoding, bool ok, const std::string* error, std::optional<std::int64_t> report) {
        if (error_) return;
        Statement& st = upsert_file_;
        st.reset();
        st.bind(1, std::string_view(path));
        bind_optional(st, 2, size >= 0 ? std::optional<std::int64_t>(size) : std::nullopt);
        bind_optional(st, 3, mtime >= 0 ? std::optional<std::int64_t>(mtime) : std::nullopt);
        if (sha256 != nullptr) st.bind(4, std::string_view(*sha256));
        if (encoding != nullptr) st.bind(5, std::string_view(encoding));
        st.bind(6, std::string_view(ok ? "ok" : "error"));
        if (error != nullptr) st.bind(7, std::string_view(*error));
        bind_optional(st, 8, report);
        st.bind(9, std::string_view(version));
        st.step();
        note(st);
    }

    void drop_if_orphan(std::int64_t report) {
        if (error_) return;
        orphan_.reset();
        orphan_.bind(1, report);
        const bool still_used = orphan_.step();
        note(orphan_);
        if (still_used || error_) return;
        for (Statement& drop : drop_rows_) {
            drop.reset();
            drop.bind(1, report);
            drop.step();
            note(drop);
        }
    }

    store::Database db_;
    Error error_;
    std::unordered_map<std::string, const TableDef*> tables_;
    std::unordered_map<std::string, Statement> inserts_;
    Statement select_file_, upsert_file_, touch_file_, find_report_, orphan_;
    std::vector<Statement> drop_rows_;  ///< one per table of the model: a report's rows
    bool text_valid_ = false;  ///< the report being written has valid UTF-8 text
};

std::int64_t Store::insert_report(const Document& doc) {
    // Every text cell of a report is a piece of its text, or made of such
    // pieces at character boundaries, or a name of the model: when the text
    // is valid UTF-8, so are they.
    text_valid_ = is_valid_utf8(doc.text);
    const std::int64_t id = store::tables::write_report(*this, doc.report, doc.text);
    text_valid_ = false;
    return id;
}

// ------------------------------------------------------------ the run ---

/// What reading one file gave (made on a worker thread).
struct Reading {
    std::int64_t size = -1, mtime_ns = -1;
    bool unchanged = false;   ///< same size, mtime and parser version as stored: not read
    bool same_bytes = false;  ///< read, but the bytes are as stored
    std::string sha256;
    std::optional<Document> doc;
    std::optional<std::string> error;
    std::uint64_t bytes = 0;
};

/// One file on its way: what the store knew of it (looked up on the
/// connection's thread), then what reading it gave.
struct Job {
    std::string path;
    std::optional<FileRow> old;
    Reading got;
};

void stat_file(const std::string& path, Reading& r) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return;
    r.size = static_cast<std::int64_t>(st.st_size);
    r.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

/// Reads the job's file, unless the store has it already; replacing the
/// slot's previous reading here frees that document on this (worker) thread.
void read_job(Job& job) noexcept {
    job.got = Reading{};
    Reading& r = job.got;
    stat_file(job.path, r);
    r.unchanged = job.old && job.old->ok && r.size >= 0 && job.old->size == r.size &&
                  job.old->mtime_ns == r.mtime_ns && job.old->parser_version == version;
    if (r.unchanged) return;
    try {
        if (job.path == "-") {
            r.error = "standard input cannot be stored: give file names";
            return;
        }
        FileBytes file = read_bytes(job.path);
        if (file.error) {
            r.error = file.error->kind == ReadError::Kind::is_directory ? "is a directory"
                                                                          : "cannot read: " + file.error->message;
            return;
        }
        r.bytes = file.bytes.size();
        r.sha256 = store::sha256_hex(file.bytes);
        const FileRow* old = job.old ? &*job.old : nullptr;
        if (old != nullptr && old->ok && old->sha256 == r.sha256 && old->parser_version == version) {
            r.same_bytes = true;
            return;
        }
        r.doc = read(file.bytes);
    } catch (const std::bad_alloc&) {
        r.doc.reset();
        r.error = "internal error: out of memory";
    } catch (const std::exception& e) {
        r.doc.reset();
        r.error = std::string("internal error: ") + e.what();
    }
}

}  // namespace

IngestResult ingest(std::span<const std::string> inputs, const std::string& db, const IngestOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    IngestResult result;
    IngestProgress& p = result.summary;
    FoundFiles found = find_files(inputs, options.selection);
    result.input_problems = std::move(found.problems);
    p.files_total = found.files.size();

    Store store;
    if (auto e = store.open(db)) {
        result.store_error = std::move(e);
        return result;
    }
    const std::size_t batch = std::max<std::size_t>(1, options.batch_files);
    const std::size_t count = found.files.size();

    // Readers, and this thread, which writes (and reads while its next file
    // is not ready). This one counts among the `jobs`: a writer beside `jobs`
    // busy readers would have to share a core with them.
    const unsigned threads = resolve_threads(options.jobs);
    std::vector<Job> ring(std::min<std::size_t>(std::size_t{16} * threads, std::max<std::size_t>(count, 1)));
    // The store's row of file i, looked up on this thread before a worker reads it.
    const auto plan = [&](std::size_t i) {
        Job& job = ring[i % ring.size()];
        job.path = found.files[i];
        job.old = store.file(job.path);
    };
    const auto write = [&](const Job& job) -> Error {
        const Reading& r = job.got;
        Error e;
        bool added = false;
        if (r.unchanged) {
            ++p.files_unchanged;
        } else if (r.error) {
            e = store.put_failed(job.path, job.old, r.size, r.mtime_ns, *r.error);
            ++p.files_failed;
        } else if (r.same_bytes) {
            e = store.put_touched(*job.old, r.mtime_ns);
            ++p.files_unchanged;
        } else {
            e = store.put_parsed(job.path, job.old, r.size, r.mtime_ns, r.sha256, *r.doc, added);
            ++p.files_parsed;
        }
        p.bytes_read += r.bytes;
        if (added) ++p.reports_added;
        return e;
    };

    IngestProgress committed = p;  // what the last commit holds: the summary after a failed transaction
    std::size_t in_transaction = 0;
    const auto fail = [&](std::string message) {
        if (in_transaction > 0 || store.failed()) store.rollback();
        result.store_error = std::move(message);
        p = committed;
        return false;
    };
    const auto consume = [&](std::size_t i) -> bool {
        if (store.failed()) return fail(*store.error());  // the lookup of a file a window ahead failed
        if (in_transaction == 0) {
            if (auto e = store.begin()) return fail("cannot write the database: " + *e);
        }
        ++in_transaction;
        if (auto e = write(ring[i % ring.size()])) return fail(std::move(*e));
        if (in_transaction == batch || i + 1 == count) {
            if (auto e = store.commit()) return fail("cannot write the database: " + *e);
            p.files_done += in_transaction;
            in_transaction = 0;
            p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            committed = p;
            if (options.on_progress && !options.on_progress(p)) {
                result.stopped = i + 1 < count;
                return false;
            }
        }
        // The slot is free: the file a window ahead goes into it next.
        if (i + ring.size() < count) plan(i + ring.size());
        return true;
    };
    for (std::size_t i = 0; i < std::min(ring.size(), count); ++i) plan(i);
    if (store.failed()) {
        result.store_error = store.error();
    } else {
        for_each_in_order(
            count, threads, ring.size(), [&](std::size_t i) { read_job(ring[i % ring.size()]); }, consume);
    }
    p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

}  // namespace zhenggai
