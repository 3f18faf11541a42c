// docs/schema/report.schema.json is what the model's description generates,
// and the writer's documents have exactly the members the schema lists.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "full_report.hpp"
#include "output/schema.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/parse.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path source_dir(ZHENGGAI_SOURCE_DIR);

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(Schema, CommittedSchemaIsTheGeneratedOne) {
    const std::string committed = read_file(source_dir / "docs/schema/report.schema.json");
    const std::string generated = zhenggai::output::report_schema_text();
    // Compare as text: the committed file is the generator's output, byte for byte.
    EXPECT_TRUE(committed == generated)
        << "docs/schema/report.schema.json is out of date with include/zhenggai/model/describe.hpp; regenerate it:\n"
           "    zhenggai_describe --schema > docs/schema/report.schema.json";
}

/// The object schema `node` stands for: through $ref, and the non-null branch of oneOf.
const json& resolve(const json& schema, const json& node) {
    if (node.contains("$ref")) {
        const std::string ref = node["$ref"];
        return resolve(schema, schema["$defs"][ref.substr(std::string("#/$defs/").size())]);
    }
    if (node.contains("oneOf")) {
        for (const json& branch : node["oneOf"])
            if (branch != json{{"type", "null"}}) return resolve(schema, branch);
    }
    return node;
}

/// Every object in `doc` has exactly the members its schema lists as
/// properties, all of them required (or, where nothing is required, only
/// members it lists); arrays are checked item by item.
void expect_members_match(const json& schema, const json& node, const json& doc, const std::string& where) {
    const json& s = resolve(schema, node);
    if (doc.is_object() && s.contains("properties")) {
        std::set<std::string> keys, properties;
        for (const auto& [k, v] : doc.items()) keys.insert(k);
        for (const auto& [k, v] : s["properties"].items()) properties.insert(k);
        if (s.contains("required")) {
            std::set<std::string> required;
            for (const json& k : s["required"]) required.insert(k.get<std::string>());
            EXPECT_EQ(keys, properties) << where;
            EXPECT_EQ(required, properties) << where;
        } else {  // "spans": only the members that are present
            EXPECT_TRUE(std::includes(properties.begin(), properties.end(), keys.begin(), keys.end())) << where;
        }
        for (const auto& [k, v] : doc.items())
            if (s["properties"].contains(k)) expect_members_match(schema, s["properties"][k], v, where + "/" + k);
    } else if (doc.is_array() && s.contains("items")) {
        for (std::size_t i = 0; i < doc.size(); ++i)
            expect_members_match(schema, s["items"], doc[i], where + "/" + std::to_string(i));
    } else if (doc.is_object() && s.contains("additionalProperties")) {
        for (const auto& [k, v] : doc.items())
            expect_members_match(schema, s["additionalProperties"], v, where + "/" + k);
    }
}

TEST(Schema, WriterEmitsExactlyTheMembersTheSchemaLists) {
    const json schema = json::parse(zhenggai::output::report_schema_text());
    expect_members_match(schema, schema, json::parse(zhenggai::to_json(zhenggai::fixtures::fully_populated_report())),
                         "");
    expect_members_match(schema, schema, json::parse(zhenggai::to_json(zhenggai::Report{})), "");
    const zhenggai::FileResult sample = zhenggai::parse_file(source_dir / "examples/reports/sample-report.txt");
    ASSERT_TRUE(sample);
    expect_members_match(schema, schema, json::parse(zhenggai::to_json(sample.value())), "");
}

TEST(Schema, ClosedSetsComeFromTheEnumTables) {
    const json schema = json::parse(zhenggai::output::report_schema_text());
    json units = json::array();
    for (const auto& n : zhenggai::enum_names(zhenggai::SanctionUnit{})) units.push_back(n.name);
    EXPECT_EQ(schema["$defs"]["sanction"]["properties"]["unit"]["enum"], units);
    // Only dates can have their year inferred, only counts be approximate.
    EXPECT_EQ(schema["properties"]["year_inferred"]["items"]["enum"], json::array({"published_date"}));
    EXPECT_EQ(schema["properties"]["approximate"]["items"]["enum"], json::array({"rules_established"}));
    EXPECT_EQ(schema["$defs"]["header"]["properties"]["year_inferred"]["items"]["enum"],
              json::array({"inspection_start", "inspection_end", "feedback_date"}));
}

}  // namespace
