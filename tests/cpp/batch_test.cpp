// zhenggai::parse_many / parse_files / parallel_for: input order, results equal
// to one-at-a-time parsing for any thread count, per-item errors, no throws.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "temp_files.hpp"
#include "zhenggai/batch.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/parse.hpp"

namespace {

namespace fs = std::filesystem;

const char* const kReport =
    "中共青溪县委关于十届市委第二轮巡察整改进展情况的通报\n"
    "根据市委统一部署，2023年3月6日至5月12日，市委第二巡察组对青溪县开展了常规巡察。"
    "2023年6月20日，市委第二巡察组向青溪县委反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    "在巡察整改工作中，立案8件，给予党纪处分7人（党内警告4人、党内严重警告3人）；清退违规款项12.5万元。\n"
    "一、关于“落实上级决策部署不够到位”问题的整改情况\n"
    "（一）建立台账。逐项销号。\n"
    "中共青溪县委\n"
    "2023年12月31日\n";

/// A varied set of inputs: the report, fragments of it, empty and binary text.
std::vector<std::string> inputs() {
    std::vector<std::string> v;
    const std::string r = kReport;
    for (int i = 0; i < 40; ++i) {
        switch (i % 5) {
            case 0: v.push_back(r); break;
            case 1: v.push_back(r.substr(0, static_cast<std::size_t>(i) * 13)); break;
            case 2: v.emplace_back(); break;
            case 3: v.push_back("\xff\xfe garbage " + std::to_string(i)); break;
            default: v.push_back(r + r.substr(static_cast<std::size_t>(i))); break;
        }
    }
    return v;
}

TEST(ParallelFor, RunsEveryIndexOnce) {
    for (unsigned threads : {0u, 1u, 2u, 7u}) {
        std::vector<std::atomic<int>> hits(1000);
        zhenggai::parallel_for(hits.size(), threads, [&](std::size_t i) { hits[i].fetch_add(1); });
        for (const auto& h : hits) EXPECT_EQ(h.load(), 1);
    }
}

TEST(ParallelFor, EmptyAndMoreThreadsThanItems) {
    int calls = 0;
    zhenggai::parallel_for(0, 4, [&](std::size_t) { ++calls; });
    EXPECT_EQ(calls, 0);
    std::atomic<int> n{0};
    zhenggai::parallel_for(3, 64, [&](std::size_t) { n.fetch_add(1); });
    EXPECT_EQ(n.load(), 3);
}

TEST(ParallelFor, RethrowsAfterRunningTheRest) {
    std::atomic<int> n{0};
    EXPECT_THROW(zhenggai::parallel_for(50, 2,
                                        [&](std::size_t i) {
                                            n.fetch_add(1);
                                            if (i == 10) throw std::runtime_error("boom");
                                        }),
                 std::runtime_error);
    EXPECT_EQ(n.load(), 50);
}

TEST(ForEachInOrder, ConsumesInOrderWithinTheWindow) {
    for (const unsigned threads : {1U, 2U, 4U}) {
        constexpr std::size_t count = 500, window = 8;
        std::vector<std::size_t> ring(window), consumed;
        std::atomic<std::size_t> produced{0}, done{0}, worst_lead{0};
        zhenggai::for_each_in_order(
            count, threads, window,
            [&](std::size_t i) {
                // never more than `window` items ahead of the one consumed
                const std::size_t lead = i - done.load();
                std::size_t seen = worst_lead.load();
                while (lead > seen && !worst_lead.compare_exchange_weak(seen, lead)) {
                }
                ring[i % window] = i * 3;
                ++produced;
            },
            [&](std::size_t i) {
                consumed.push_back(ring[i % window] / 3);
                done = i + 1;
                return true;
            });
        ASSERT_EQ(consumed.size(), count) << threads;
        for (std::size_t i = 0; i < count; ++i) EXPECT_EQ(consumed[i], i);
        EXPECT_EQ(produced.load(), count);
        EXPECT_LT(worst_lead.load(), window) << threads;
    }
    zhenggai::for_each_in_order(
        0, 2, 4, [](std::size_t) { FAIL(); },
        [](std::size_t) {
            ADD_FAILURE();
            return false;
        });
}

TEST(ForEachInOrder, ConsumeMayPrepareTheSlotOfTheItemAWindowAhead) {
    // What ingest relies on: the store lookup for item i + window, made by
    // consume(i) on the calling thread, is there when a worker produces it.
    for (const unsigned threads : {1U, 2U, 3U}) {
        constexpr std::size_t count = 400, window = 6;
        std::vector<std::size_t> prepared(window), made(window);
        for (std::size_t i = 0; i < window; ++i) prepared[i] = i;
        std::size_t wrong = 0, consumed = 0;
        zhenggai::for_each_in_order(
            count, threads, window, [&](std::size_t i) { made[i % window] = prepared[i % window] == i ? i : count; },
            [&](std::size_t i) {
                if (made[i % window] != i) ++wrong;
                prepared[i % window] = i + window;
                ++consumed;
                return true;
            });
        EXPECT_EQ(wrong, 0U) << threads;
        EXPECT_EQ(consumed, count) << threads;
    }
}

TEST(ForEachInOrder, ConsumeReturningFalseStopsTheRun) {
    for (const unsigned threads : {1U, 2U, 4U}) {
        std::atomic<std::size_t> produced{0};
        std::vector<std::size_t> consumed;
        zhenggai::for_each_in_order(
            1000, threads, 4, [&](std::size_t) { ++produced; },
            [&](std::size_t i) {
                consumed.push_back(i);
                return i < 9;
            });
        EXPECT_EQ(consumed.size(), 10U) << threads;
        EXPECT_LT(produced.load(), 20U) << threads;  // the others stopped near where the consumer did
    }
}

TEST(ForEachInOrder, AConsumerErrorStopsTheRunAndIsRethrown) {
    std::atomic<std::size_t> produced{0};
    EXPECT_THROW(zhenggai::for_each_in_order(
                     1000, 2, 4, [&](std::size_t) { ++produced; },
                     [](std::size_t i) {
                         if (i == 10) throw std::runtime_error("disk full");
                         return true;
                     }),
                 std::runtime_error);
    EXPECT_LT(produced.load(), 20U);  // the workers stopped near where the consumer did
}

TEST(ResolveThreads, ZeroMeansHardware) {
    EXPECT_GE(zhenggai::resolve_threads(0), 1u);
    EXPECT_EQ(zhenggai::resolve_threads(3), 3u);
}

TEST(ParseMany, SameAsOneAtATimeInInputOrder) {
    const std::vector<std::string> texts = inputs();
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    std::vector<std::string> expected;
    for (const auto& t : texts) expected.push_back(zhenggai::to_json(zhenggai::parse(t)));
    for (unsigned threads : {1u, 2u, 0u, 16u}) {
        const std::vector<zhenggai::Report> got = zhenggai::parse_many(views, threads);
        ASSERT_EQ(got.size(), texts.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            EXPECT_EQ(got[i].source_size, texts[i].size()) << i;
            EXPECT_EQ(zhenggai::to_json(got[i]), expected[i]) << "item " << i << ", threads " << threads;
        }
    }
}

TEST(ParseMany, Empty) {
    EXPECT_TRUE(zhenggai::parse_many(std::vector<std::string_view>{}, 2).empty());
}

using ParseFiles = zhenggai::testing::TempFiles;

TEST_F(ParseFiles, OrderAndPerItemErrors) {
    std::vector<fs::path> paths;
    std::vector<std::string> texts;
    for (int i = 0; i < 12; ++i) {
        if (i % 4 == 3) {
            paths.push_back(dir_ / ("missing" + std::to_string(i) + ".txt"));
            texts.emplace_back();
        } else {
            texts.push_back(std::string(kReport).substr(0, 200 + static_cast<std::size_t>(i) * 30));
            paths.push_back(write("r" + std::to_string(i) + ".txt", texts.back()));
        }
    }
    for (unsigned threads : {1u, 2u}) {
        const std::vector<zhenggai::FileResult> got = zhenggai::parse_files(paths, threads);
        ASSERT_EQ(got.size(), paths.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            if (i % 4 == 3) {
                ASSERT_FALSE(got[i]) << i;
                EXPECT_EQ(got[i].error().path, paths[i].string());
            } else {
                ASSERT_TRUE(got[i]) << i;
                EXPECT_EQ(got[i].value().source_size, texts[i].size());
                EXPECT_EQ(zhenggai::to_json(got[i].value()), zhenggai::to_json(zhenggai::parse(texts[i])));
            }
        }
    }
}

}  // namespace
