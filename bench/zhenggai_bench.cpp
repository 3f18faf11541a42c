// Google Benchmark suite for zhenggai (built with -DZHENGGAI_BUILD_BENCH=ON,
// preset `bench`). Every benchmark reports input bytes/s (SetBytesProcessed)
// and documents/s (counter "docs/s"). Names:
//
//   parse/<fixture>            the whole pipeline on one golden fixture or the seed
//   parse/corpus               all fixtures one after the other (the headline number)
//   input/normalise            input::Document construction (normalised copy + map)
//   structure/paragraphs       structure::split_paragraphs
//   structure/build_sections   structure::build_sections over the body
//   extract/<what>             one fact extractor on its part of a real document
//   module/<matcher>/scan      a grammar façade tried at every code point of the text
//   module/<matcher>/hits      the same façade on a set of typical matching strings
//   json/<fixture>, json/corpus   to_json of an already parsed report
//   scaling/<k>x               the reference report with its sections repeated k times
//   batch/threads:<n>          parse_many over a corpus of documents on n threads (real time)
//
// The module and extractor benchmarks use the seed report
// (../shared/seeds/jiaxing-2024.txt) when present, else tests/data/sample-report.txt.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"
#include "facts/contacts/contacts.hpp"
#include "facts/contacts/tokens.hpp"
#include "facts/dates/dates.hpp"
#include "facts/header/header.hpp"
#include "facts/headings/headings.hpp"
#include "facts/money/money.hpp"
#include "facts/money/recovered.hpp"
#include "facts/numbers/numbers.hpp"
#include "facts/statistics/counts.hpp"
#include "facts/statistics/statistics.hpp"
#include "input/document.hpp"
#include "input/utf8.hpp"
#include "report/layout.hpp"
#include "structure/outline.hpp"
#include "structure/paragraphs.hpp"
#include "structure/sections.hpp"
#include "zhenggai/zhenggai.hpp"

namespace {

using namespace zhenggai;
using input::Range;
namespace zb = zhenggai::bench;

void set_rates(benchmark::State& state, std::size_t bytes_per_iter, std::size_t docs_per_iter = 1) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes_per_iter));
    state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations()) * static_cast<double>(docs_per_iter),
                                                  benchmark::Counter::kIsRate);
    state.counters["bytes"] = static_cast<double>(bytes_per_iter);
}

// ----------------------------------------------------- a prepared document ---

/// A document taken through the pipeline's locating steps once, so that each
/// extractor can be timed alone on the part the pipeline would give it.
struct Prepared {
    explicit Prepared(std::string text)
        : source(std::move(text)), doc(source, diags), outline(doc), layout(report::locate_parts(doc, outline, found)) {
        header = layout.header;
        body_begin = layout.body_begin;
        body_stop = layout.body_stop;
        for (std::size_t i = layout.contacts_begin; i < layout.body_end && i < outline.size(); ++i)
            contact_paras.push_back(outline[i]);
        for (std::size_t i = body_begin; i < body_stop; ++i) {
            scoped.push_back({outline[i], i < layout.first_heading});
            body.push_back(outline[i]);
        }
        scope = facts::statistics_scope(doc, scoped);
        diag_mark = diags.size();
    }
    Prepared(const Prepared&) = delete;
    Prepared& operator=(const Prepared&) = delete;

    /// Drop the diagnostics an extractor added, so iterations stay alike.
    void reset() { diags.resize(diag_mark); }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::string source;
    std::vector<Diagnostic> diags;
    input::Document doc;
    structure::Outline outline;
    report::LocatedText found;
    report::Layout layout;
    std::size_t header = npos, body_begin = 0, body_stop = 0, diag_mark = 0;
    std::vector<facts::ScopedParagraph> scoped;
    std::vector<Range> scope, body, contact_paras;
};

std::size_t range_bytes(const std::vector<Range>& v) {
    std::size_t n = 0;
    for (const Range& r : v) n += r.size();
    return n;
}

// ------------------------------------------------------------ registration ---

template <class F>
void add(const std::string& name, F f) {
    benchmark::RegisterBenchmark(name.c_str(), f);
}

/// A matcher tried at every code point start of `text` (what a scan for it costs).
template <class M>
void add_scan(const std::string& name, const std::string* text, M match) {
    add("module/" + name + "/scan", [text, match](benchmark::State& state) {
        const std::string_view t = *text;
        for (auto _ : state) {
            std::size_t found = 0;
            for (std::size_t i = 0; i < t.size();) {
                if (match(t.substr(i))) ++found;
                const unsigned char c = static_cast<unsigned char>(t[i]);
                i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            }
            benchmark::DoNotOptimize(found);
        }
        set_rates(state, t.size());
    });
}

/// A matcher on a list of strings it should accept (cost of one match).
template <class M>
void add_hits(const std::string& name, std::vector<std::string> inputs, M match) {
    add("module/" + name + "/hits", [inputs = std::move(inputs), match](benchmark::State& state) {
        std::size_t bytes = 0;
        for (const auto& s : inputs) bytes += s.size();
        for (auto _ : state) {
            std::size_t found = 0;
            for (const auto& s : inputs) found += match(std::string_view(s)) ? 1 : 0;
            benchmark::DoNotOptimize(found);
        }
        set_rates(state, bytes, inputs.size());
        state.counters["matches/s"] = benchmark::Counter(static_cast<double>(state.iterations() * inputs.size()),
                                                         benchmark::Counter::kIsRate);
    });
}

void register_all(const std::vector<zb::Fixture>& fixtures, const zb::Fixture& ref) {
    // -- whole parse, per fixture and for the corpus
    for (const auto& f : fixtures) {
        const std::string* text = &f.text;
        add("parse/" + f.name, [text](benchmark::State& state) {
            for (auto _ : state) {
                Report r = parse(*text);
                benchmark::DoNotOptimize(r);
            }
            set_rates(state, text->size());
        });
    }
    {
        std::size_t total = 0;
        for (const auto& f : fixtures) total += f.text.size();
        add("parse/corpus", [&fixtures, total](benchmark::State& state) {
            for (auto _ : state) {
                for (const auto& f : fixtures) {
                    Report r = parse(f.text);
                    benchmark::DoNotOptimize(r);
                }
            }
            set_rates(state, total, fixtures.size());
        });
    }

    // -- input and structure layers on the reference report
    const std::string* rtext = &ref.text;
    add("input/normalise", [rtext](benchmark::State& state) {
        for (auto _ : state) {
            std::vector<Diagnostic> diags;
            input::Document doc(*rtext, diags);
            benchmark::DoNotOptimize(doc.text().data());
        }
        set_rates(state, rtext->size());
    });
    // Shared, built once (leaked on purpose: benchmarks run after register_all returns).
    auto* prep = new Prepared(ref.text);
    static std::string normalised;
    normalised = std::string(prep->doc.text());
    add("structure/paragraphs", [prep](benchmark::State& state) {
        for (auto _ : state) {
            auto p = structure::split_paragraphs(prep->doc.text());
            benchmark::DoNotOptimize(p);
        }
        set_rates(state, prep->doc.text().size());
    });
    add("structure/build_sections", [prep](benchmark::State& state) {
        for (auto _ : state) {
            auto s = structure::build_sections(prep->doc, prep->outline, prep->body_begin, prep->body_stop);
            benchmark::DoNotOptimize(s);
            prep->reset();
        }
        set_rates(state, range_bytes(std::vector<Range>(prep->outline.paragraphs().begin() + static_cast<std::ptrdiff_t>(prep->body_begin),
                                                        prep->outline.paragraphs().begin() + static_cast<std::ptrdiff_t>(prep->body_stop))));
    });

    // -- fact extractors on their parts
    add("extract/find_header_paragraph", [prep](benchmark::State& state) {
        for (auto _ : state) {
            benchmark::DoNotOptimize(facts::find_header_paragraph(prep->doc, prep->outline.paragraphs()));
            prep->reset();
        }
        set_rates(state, prep->doc.text().size());
    });
    if (prep->header != Prepared::npos) {
        add("extract/header", [prep](benchmark::State& state) {
            for (auto _ : state) {
                auto h = facts::extract_header(prep->doc, prep->outline[prep->header]);
                benchmark::DoNotOptimize(h);
                prep->reset();
            }
            set_rates(state, prep->outline[prep->header].size());
        });
    }
    add("extract/statistics_scope", [prep](benchmark::State& state) {
        for (auto _ : state) {
            auto s = facts::statistics_scope(prep->doc, prep->scoped);
            benchmark::DoNotOptimize(s);
            prep->reset();
        }
        set_rates(state, range_bytes(prep->body));
    });
    add("extract/sanctions", [prep](benchmark::State& state) {
        for (auto _ : state) {
            auto s = facts::extract_sanctions(prep->doc, prep->scope);
            benchmark::DoNotOptimize(s);
            prep->reset();
        }
        set_rates(state, range_bytes(prep->scope));
    });
    add("extract/progress", [prep](benchmark::State& state) {
        for (auto _ : state) {
            auto p = facts::extract_progress(prep->doc, prep->body);
            benchmark::DoNotOptimize(p);
            prep->reset();
        }
        set_rates(state, range_bytes(prep->body));
    });
    add("extract/money", [prep](benchmark::State& state) {
        for (auto _ : state) {
            auto m = facts::extract_money(prep->doc, prep->body);
            benchmark::DoNotOptimize(m);
            prep->reset();
        }
        set_rates(state, range_bytes(prep->body));
    });
    add("extract/rules", [prep](benchmark::State& state) {
        for (auto _ : state) {
            auto m = facts::extract_rules(prep->doc, prep->scope, prep->body);
            benchmark::DoNotOptimize(m);
            prep->reset();
        }
        set_rates(state, range_bytes(prep->body));
    });
    add("extract/contacts", [prep](benchmark::State& state) {
        for (auto _ : state) {
            auto c = facts::extract_contacts(prep->doc, prep->contact_paras);
            benchmark::DoNotOptimize(c);
            prep->reset();
        }
        set_rates(state, std::max<std::size_t>(1, range_bytes(prep->contact_paras)));
    });

    // -- grammar façades: scanned over the normalised reference text, and on typical hits
    const std::string* norm = &normalised;
    add_scan("match_number", norm, [](std::string_view s) { return facts::match_number(s).has_value(); });
    add_scan("match_date", norm, [](std::string_view s) { return facts::match_date(s).has_value(); });
    add_scan("match_date_range", norm, [](std::string_view s) { return facts::match_date_range(s).has_value(); });
    add_scan("match_money", norm, [](std::string_view s) { return facts::match_money(s).has_value(); });
    add_scan("match_count", norm, [](std::string_view s) { return facts::match_count(s).has_value(); });
    add_scan("match_percent", norm, [](std::string_view s) { return facts::match_percent(s).has_value(); });
    add_scan("match_phone", norm, [](std::string_view s) { return facts::match_phone(s).has_value(); });
    add_scan("match_email", norm, [](std::string_view s) { return facts::match_email(s).has_value(); });
    add_scan("match_heading_marker", norm, [](std::string_view s) { return facts::match_heading_marker(s).has_value(); });

    add_hits("match_number", {"38", "226", "93.48", "5005.75", "三十八", "一百二十六", "1,234"},
             [](std::string_view s) { return facts::match_number(s).has_value(); });
    add_hits("match_date", {"2023年3月2日", "5月31日", "2024年2月22日", "2023年7月26日", "5月上旬"},
             [](std::string_view s) { return facts::match_date(s).has_value(); });
    add_hits("match_date_range", {"2023年3月2日至5月31日", "2022年11月3日至2023年1月10日", "3月6日-5月12日"},
             [](std::string_view s) { return facts::match_date_range(s).has_value(); });
    add_hits("match_money", {"5005.75万元", "12.5万元", "3.2亿元", "8000元", "120万余元"},
             [](std::string_view s) { return facts::match_money(s).has_value(); });
    add_hits("match_count", {"48人", "53件", "226条", "40余项", "十五个"},
             [](std::string_view s) { return facts::match_count(s).has_value(); });
    add_hits("match_heading_marker", {"一、", "(一)", "1.", "(1)", "①", "十五、"},
             [](std::string_view s) { return facts::match_heading_marker(s).has_value(); });
    add_hits("match_phone", {"0573-82521234", "12388", "0571-87654321"},
             [](std::string_view s) { return facts::match_phone(s).has_value(); });
    add_hits("match_email", {"jxxs@jx.gov.cn", "xuncha_office@163.com"},
             [](std::string_view s) { return facts::match_email(s).has_value(); });

    // -- JSON serialisation of parsed reports
    {
        auto* reports = new std::vector<Report>;
        std::size_t total = 0;
        for (const auto& f : fixtures) {
            reports->push_back(parse(f.text));
            total += f.text.size();
        }
        const Report* ref_report = nullptr;
        for (std::size_t i = 0; i < fixtures.size(); ++i)
            if (fixtures[i].name == ref.name) ref_report = &(*reports)[i];
        if (ref_report != nullptr) {
            add("json/" + ref.name, [ref_report, n = ref.text.size()](benchmark::State& state) {
                std::size_t out = 0;
                for (auto _ : state) {
                    std::string j = to_json(*ref_report);
                    out = j.size();
                    benchmark::DoNotOptimize(j);
                }
                set_rates(state, n);
                state.counters["json_bytes"] = static_cast<double>(out);
            });
        }
        add("json/corpus", [reports, total](benchmark::State& state) {
            for (auto _ : state) {
                for (const Report& r : *reports) {
                    std::string j = to_json(r);
                    benchmark::DoNotOptimize(j);
                }
            }
            set_rates(state, total, reports->size());
        });
    }

    // -- scaling: the reference report with its sections repeated k times
    for (unsigned k : {1u, 4u, 16u, 64u}) {
        auto* text = new std::string(zb::repeat_sections(ref.text, k));
        add("scaling/" + std::to_string(k) + "x", [text](benchmark::State& state) {
            for (auto _ : state) {
                Report r = parse(*text);
                benchmark::DoNotOptimize(r);
            }
            set_rates(state, text->size());
        });
    }

    // -- batch: parse_many over a corpus of >= 128 documents on 1 and 2 threads
    {
        auto* views = new std::vector<std::string_view>;
        std::size_t total = 0;
        while (views->size() < 128 && !fixtures.empty()) {
            for (const auto& f : fixtures) {
                views->push_back(f.text);
                total += f.text.size();
            }
        }
        for (unsigned t : {1u, 2u}) {
            benchmark::RegisterBenchmark(("batch/threads:" + std::to_string(t)).c_str(),
                                         [views, total, t](benchmark::State& state) {
                                             for (auto _ : state) {
                                                 auto rs = parse_many(*views, t);
                                                 benchmark::DoNotOptimize(rs);
                                             }
                                             set_rates(state, total, views->size());
                                         })
                ->UseRealTime();
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    static const std::vector<zb::Fixture> fixtures = zb::load_fixtures();
    static const zb::Fixture ref = zb::reference_fixture();
    if (fixtures.empty() || ref.text.empty()) {
        std::fprintf(stderr, "zhenggai_bench: no fixtures found under %s (set ZHENGGAI_SOURCE_DIR)\n",
                     zb::source_dir().string().c_str());
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::AddCustomContext("reference_fixture", ref.name);
    benchmark::AddCustomContext("fixtures", std::to_string(fixtures.size()));
    register_all(fixtures, ref);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
