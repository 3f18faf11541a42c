// The corpus store: file discovery, SHA-256, the tables derived from the
// model, and ingest (incremental runs, republished copies, failed files,
// hostile names and contents).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "store/sha256.hpp"
#include "store/tables.hpp"
#include "temp_files.hpp"
#include "zhenggai/files.hpp"
#include "zhenggai/store.hpp"

namespace {

namespace fs = std::filesystem;
using zhenggai::testing::TempFiles;

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(ZHENGGAI_SOURCE_DIR) + "/tests/data/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Runs one query and gives its rows, columns joined by '|'.
std::vector<std::string> query(const fs::path& db, const std::string& sql) {
    sqlite3* h = nullptr;
    EXPECT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(h);
    std::vector<std::string> rows;
    while (st != nullptr && sqlite3_step(st) == SQLITE_ROW) {
        std::string row;
        for (int i = 0; i < sqlite3_column_count(st); ++i) {
            if (i > 0) row += '|';
            const auto* t = sqlite3_column_text(st, i);
            row += t != nullptr ? reinterpret_cast<const char*>(t) : "NULL";
        }
        rows.push_back(row);
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    return rows;
}

std::string one(const fs::path& db, const std::string& sql) {
    const auto rows = query(db, sql);
    return rows.size() == 1 ? rows[0] : "<" + std::to_string(rows.size()) + " rows>";
}

TEST(Sha256, KnownDigests) {
    using zhenggai::store::sha256_hex;
    EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // 55, 56 and 64 bytes: the padding's edge cases.
    EXPECT_EQ(sha256_hex(std::string(55, 'x')).size(), 64U);
    EXPECT_NE(sha256_hex(std::string(55, 'x')), sha256_hex(std::string(56, 'x')));
}

class FindFiles : public TempFiles {};

TEST_F(FindFiles, WalksDirectoriesSortedAndFiltered) {
    fs::create_directories(dir_ / "b");
    write("b/2.htm", "x");
    write("a.txt", "x");
    write("b/1.html", "x");
    write("notes.md", "x");
    write("b/skip.txt", "x");
    const std::vector<std::string> inputs = {dir_.string()};
    zhenggai::FileSelection sel;
    sel.exclude = {"skip.*"};
    const auto found = zhenggai::find_files(inputs, sel);
    ASSERT_EQ(found.files.size(), 3U);
    EXPECT_EQ(fs::path(found.files[0]).filename(), "a.txt");
    EXPECT_EQ(fs::path(found.files[1]).filename(), "1.html");
    EXPECT_EQ(fs::path(found.files[2]).filename(), "2.htm");
    EXPECT_TRUE(found.problems.empty());
}

TEST_F(FindFiles, IncludeByPathBelowTheRoot) {
    fs::create_directories(dir_ / "2024");
    fs::create_directories(dir_ / "2023");
    write("2024/a.txt", "x");
    write("2023/a.txt", "x");
    const std::vector<std::string> inputs = {dir_.string()};
    zhenggai::FileSelection sel;
    sel.include = {"2024/*"};
    const auto found = zhenggai::find_files(inputs, sel);
    ASSERT_EQ(found.files.size(), 1U);
    EXPECT_NE(found.files[0].find("2024"), std::string::npos);
}

TEST_F(FindFiles, NamedFilesGlobsAndProblems) {
    write("one.txt", "x");
    write("two.txt", "x");
    const std::vector<std::string> inputs = {(dir_ / "missing.txt").string(), (dir_ / "*.txt").string(),
                                             (dir_ / "one.txt").string(), (dir_ / "none-*.htm").string(), "-"};
    const auto found = zhenggai::find_files(inputs, {});
    // a missing file stays (reading it will say why); the glob expands; one.txt only once; - passes
    ASSERT_EQ(found.files.size(), 4U);
    EXPECT_EQ(fs::path(found.files[0]).filename(), "missing.txt");
    EXPECT_EQ(fs::path(found.files[1]).filename(), "one.txt");
    EXPECT_EQ(fs::path(found.files[2]).filename(), "two.txt");
    EXPECT_EQ(found.files[3], "-");
    ASSERT_EQ(found.problems.size(), 1U);
    EXPECT_NE(found.problems[0].message.find("no file matches"), std::string::npos);
}

TEST_F(FindFiles, InputsOfParseFollowTheArgumentsAndSayWhenADirectoryHoldsNothing) {
    write("one.txt", "x");
    fs::create_directories(dir_ / "empty");
    const std::string one = (dir_ / "one.txt").string();
    // Named twice, read twice; a file named alone is not a walk.
    auto found = zhenggai::find_inputs(std::vector<std::string>{one, one}, {});
    EXPECT_EQ(found.files, (std::vector<std::string>{one, one}));
    EXPECT_FALSE(found.walked);
    found = zhenggai::find_inputs(std::vector<std::string>{one, (dir_ / "empty").string()}, {});
    EXPECT_TRUE(found.walked);
    ASSERT_EQ(found.problems.size(), 1U);
    EXPECT_EQ(found.problems[0].message, "no files to read: the directory holds no *.txt or *.htm* file");
    // A pattern is a walk, even of one file.
    found = zhenggai::find_inputs(std::vector<std::string>{(dir_ / "o*.txt").string()}, {});
    EXPECT_EQ(found.files, (std::vector<std::string>{one}));
    EXPECT_TRUE(found.walked);
}

TEST(StoreTables, DerivedFromTheModel) {
    const auto& tables = zhenggai::store::model_tables();
    std::vector<std::string> names;
    for (const auto& t : tables) names.push_back(t.name);
    for (const char* expected : {"reports", "sanctions", "sanction_breakdown", "money", "sections", "next_steps",
                                 "contacts", "diagnostics", "chrome", "unclassified", "source_runs"})
        EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
    auto columns = [&](const std::string& table) {
        std::vector<std::string> out;
        for (const auto& t : tables)
            if (t.name == table)
                for (const auto& c : t.columns) out.push_back(c.name);
        return out;
    };
    auto has = [](const std::vector<std::string>& cols, const char* c) {
        return std::find(cols.begin(), cols.end(), c) != cols.end();
    };
    const auto reports = columns("reports");
    for (const char* c : {"is_report", "title", "title_start", "title_end", "kind", "inspected_unit",
                          "inspection_start", "inspection_start_year_inferred", "header_start", "problems_reported",
                          "problems_reported_approximate", "completion_rate", "content_hash", "source_text"})
        EXPECT_TRUE(has(reports, c)) << c;
    const auto money = columns("money");
    EXPECT_TRUE(has(money, "amount_fen"));
    EXPECT_TRUE(has(money, "amount_yuan"));
    EXPECT_TRUE(has(money, "start"));
    // No column is named twice in a table.
    for (const auto& t : tables) {
        std::vector<std::string> cols;
        for (const auto& c : t.columns) cols.push_back(c.name);
        std::sort(cols.begin(), cols.end());
        EXPECT_EQ(std::adjacent_find(cols.begin(), cols.end()), cols.end()) << t.name;
    }
    const std::string sql = zhenggai::store_schema_sql();
    EXPECT_NE(sql.find("CREATE TABLE IF NOT EXISTS \"sanction_breakdown\""), std::string::npos);
    EXPECT_NE(sql.find("parent_id INTEGER REFERENCES \"sections\"(id)"), std::string::npos);
}

class Ingest : public TempFiles {
protected:
    fs::path db() const { return dir_ / "store.sqlite"; }
    zhenggai::IngestResult run(const std::vector<std::string>& inputs, unsigned jobs = 2) {
        zhenggai::IngestOptions options;
        options.jobs = jobs;
        options.batch_files = 2;  // several transactions even for a handful of files
        return zhenggai::ingest(inputs, db().string(), options);
    }
};

TEST_F(Ingest, FilesReportsAndTables) {
    fs::create_directories(dir_ / "in");
    const std::string report = fixture("city-zhejiang-fullwidth.txt");
    write("in/a.txt", report);
    write("in/copy.txt", "\xEF\xBB\xBF" + report);  // a republished copy: other bytes, same content
    write("in/other.txt", fixture("county-crlf-fullwidth.txt"));
    write("in/empty.txt", "");
    const auto r = run({(dir_ / "in").string(), (dir_ / "in" / "gone.txt").string()});
    ASSERT_FALSE(r.store_error) << *r.store_error;
    EXPECT_EQ(r.summary.files_total, 5U);
    EXPECT_EQ(r.summary.files_parsed, 4U);
    EXPECT_EQ(r.summary.files_failed, 1U);
    EXPECT_EQ(r.summary.reports_added, 3U);  // a, other, empty; the copy shares a's row
    EXPECT_EQ(one(db(), "SELECT count(*) FROM files"), "5");
    EXPECT_EQ(one(db(), "SELECT count(*) FROM reports"), "3");
    EXPECT_EQ(one(db(), "SELECT count(DISTINCT report_id) FROM files WHERE path LIKE '%a.txt' OR path LIKE '%copy.txt'"),
              "1");
    EXPECT_EQ(one(db(), "SELECT status, report_id IS NULL, error LIKE 'cannot read:%' FROM files WHERE path LIKE '%gone.txt'"),
              "error|1|1");
    EXPECT_EQ(one(db(), "SELECT encoding FROM files WHERE path LIKE '%copy.txt'"), "utf-8-bom");
    EXPECT_EQ(one(db(), "SELECT length(sha256) FROM files WHERE path LIKE '%a.txt'"), "64");
    // Every span indexes the stored text: the inspected unit reads back from source_text.
    EXPECT_EQ(one(db(),
                  "SELECT substr(CAST(source_text AS BLOB), inspected_unit_start + 1, inspected_unit_end - "
                  "inspected_unit_start) = CAST(inspected_unit AS BLOB) FROM reports WHERE inspected_unit IS NOT NULL "
                  "LIMIT 1"),
              "1");
    EXPECT_NE(one(db(), "SELECT count(*) FROM sanctions"), "0");
    EXPECT_NE(one(db(), "SELECT count(*) FROM sections"), "0");
    // Sub-sections link to their parent section of the same report.
    EXPECT_EQ(one(db(),
                  "SELECT count(*) FROM sections c JOIN sections p ON c.parent_id = p.id WHERE c.report_id != p.report_id"),
              "0");
    EXPECT_EQ(one(db(), "SELECT value FROM meta WHERE key = 'schema'"), "zhenggai.store/1");
}

TEST_F(Ingest, SecondRunChangesNothingAndChangedFilesAreReplaced) {
    const auto a = write("a.txt", fixture("city-zhejiang-fullwidth.txt"));
    write("b.txt", fixture("county-crlf-fullwidth.txt"));
    const std::vector<std::string> inputs = {dir_.string()};
    ASSERT_EQ(run(inputs).summary.files_parsed, 2U);
    const auto before = query(db(), "SELECT * FROM reports ORDER BY id");
    const auto again = run(inputs);
    EXPECT_EQ(again.summary.files_parsed, 0U);
    EXPECT_EQ(again.summary.files_unchanged, 2U);
    EXPECT_EQ(query(db(), "SELECT * FROM reports ORDER BY id"), before);

    // Touched but not changed: read, found equal, not parsed again.
    fs::last_write_time(a, fs::last_write_time(a) + std::chrono::seconds(5));
    const auto touched = run(inputs);
    EXPECT_EQ(touched.summary.files_parsed, 0U);
    EXPECT_EQ(touched.summary.files_unchanged, 2U);

    // Changed: its new report replaces the old one, which no file names any more.
    write("a.txt", fixture("central-unit-fullwidth.txt"));
    fs::last_write_time(a, fs::last_write_time(a) + std::chrono::seconds(10));
    const auto changed = run(inputs);
    EXPECT_EQ(changed.summary.files_parsed, 1U);
    EXPECT_EQ(one(db(), "SELECT count(*) FROM reports"), "2");
    EXPECT_EQ(one(db(), "SELECT count(*) FROM sanctions WHERE report_id NOT IN (SELECT report_id FROM files)"), "0");
    EXPECT_EQ(one(db(), "SELECT count(*) FROM sections WHERE report_id NOT IN (SELECT report_id FROM files)"), "0");
    // The writer deletes a replaced report's rows itself, in every table of the model.
    for (const auto& t : zhenggai::store::model_tables()) {
        if (t.top) continue;
        EXPECT_EQ(one(db(), "SELECT count(*) FROM \"" + t.name + "\" WHERE report_id NOT IN (SELECT id FROM reports)"),
                  "0")
            << t.name;
    }
    EXPECT_TRUE(query(db(), "PRAGMA foreign_key_check").empty());  // the declared keys hold
}

TEST_F(Ingest, HostileNamesAndContentsAreData) {
    fs::create_directories(dir_ / "in");
    const std::string name = "x'); DROP TABLE files; --\"\xE6\x8A\xA5.txt";
    write("in/" + name, "Robert'); DROP TABLE reports; -- 关于\"问题\"的整改情况\n");
    const auto r = run({(dir_ / "in").string()});
    ASSERT_FALSE(r.store_error) << *r.store_error;
    EXPECT_EQ(r.summary.files_parsed, 1U);
    EXPECT_EQ(one(db(), "SELECT count(*) FROM files WHERE path LIKE '%DROP TABLE files%'"), "1");
    EXPECT_EQ(one(db(), "SELECT count(*) FROM reports WHERE source_text LIKE '%DROP TABLE reports%'"), "1");
}

TEST_F(Ingest, AStoreOfAnotherSchemaIsRefused) {
    write("a.txt", "x");
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db().c_str(), &h), SQLITE_OK);
    sqlite3_exec(h, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema', 'other/9')",
                 nullptr, nullptr, nullptr);
    sqlite3_close(h);
    const auto r = run({(dir_ / "a.txt").string()});
    ASSERT_TRUE(r.store_error);
    EXPECT_NE(r.store_error->find("other/9"), std::string::npos);
}

TEST_F(Ingest, ADatabaseThatCannotBeOpenedIsAStoreError) {
    write("a.txt", "x");
    zhenggai::IngestOptions options;
    const auto r = zhenggai::ingest(std::vector<std::string>{(dir_ / "a.txt").string()},
                                    (dir_ / "no" / "such" / "dir" / "x.sqlite").string(), options);
    ASSERT_TRUE(r.store_error);
    EXPECT_NE(r.store_error->find("cannot open"), std::string::npos);
}

}  // namespace
