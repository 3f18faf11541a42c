// A small RAII face of the SQLite C API: a connection and prepared
// statements, with errors as values (the store reports them, never throws).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace zhenggai::store {

/// A prepared statement; parameters are 1-based, as in SQLite.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    [[nodiscard]] bool ok() const noexcept { return stmt_ != nullptr; }

    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    /// Whether SQLite copies bound text: `borrowed` text must stay valid and
    /// unchanged until the next reset() (a row's cells do: they are written
    /// with one step), and saves a copy of every cell.
    enum class Lifetime : bool { copy, borrowed };

    void bind(int index, std::string_view text, Lifetime lifetime = Lifetime::copy);
    void bind_blob(int index, std::string_view bytes, Lifetime lifetime = Lifetime::copy);
    void bind_null(int index);

    /// Runs one step: true when a row is ready, false when done. An error is
    /// left in `error()` (and the step returns false).
    bool step();
    /// Resets for the next execution and clears the bindings.
    void reset();

    [[nodiscard]] std::int64_t column_int(int index) const;
    [[nodiscard]] std::string column_text(int index) const;
    [[nodiscard]] bool column_is_null(int index) const;

    [[nodiscard]] const std::optional<std::string>& error() const noexcept { return error_; }

private:
    sqlite3_stmt* stmt_ = nullptr;
    sqlite3* db_ = nullptr;
    std::optional<std::string> error_;
};

/// A connection to one database file.
class Database {
public:
    Database() = default;
    Database(Database&&) = delete;
    Database& operator=(Database&&) = delete;
    ~Database();

    /// Opens (creating) the file; the reason on failure.
    std::optional<std::string> open(const std::string& path);
    /// Runs SQL without results (several statements allowed); the reason on failure.
    std::optional<std::string> exec(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql) { return {db_, sql}; }
    [[nodiscard]] std::int64_t last_insert_rowid() const;
    [[nodiscard]] std::string last_error() const;
    [[nodiscard]] sqlite3* handle() const noexcept { return db_; }

private:
    sqlite3* db_ = nullptr;
};

}  // namespace zhenggai::store
