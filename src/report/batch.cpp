// parse_many / parse_files: a small pool of std::threads sharing an atomic
// next-index. Each result slot is written by exactly one thread, so the
// vectors need no locking; joining the threads publishes the results.
#include "zhenggai/batch.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <limits>
#include <mutex>
#include <new>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

#include "input/diagnostic_sink.hpp"
#include "zhenggai/document.hpp"

namespace zhenggai {

unsigned resolve_threads(unsigned threads) noexcept {
    if (threads != 0) return threads;
    const unsigned hw = std::thread::hardware_concurrency();
    return hw != 0 ? hw : 1;
}

void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task) {
    if (count == 0) return;
    const std::size_t n = std::min<std::size_t>(resolve_threads(threads), count);

    std::atomic<std::size_t> next{0};
    std::exception_ptr first_error;
    std::mutex error_mutex;
    auto work = [&]() noexcept {
        for (;;) {
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= count) return;
            try {
                task(i);
            } catch (...) {
                const std::lock_guard<std::mutex> lock(error_mutex);
                if (!first_error) first_error = std::current_exception();
            }
        }
    };

    std::vector<std::thread> pool;
    try {
        pool.reserve(n - 1);
        for (std::size_t t = 1; t < n; ++t) pool.emplace_back(work);
    } catch (const std::system_error&) {
        // Could not start another thread: the ones running (and this one) share the work.
    } catch (const std::bad_alloc&) {
    }
    work();
    for (std::thread& t : pool) t.join();
    if (first_error) std::rethrow_exception(first_error);
}

void for_each_in_order(std::size_t count, unsigned threads, std::size_t window,
                       const std::function<void(std::size_t)>& produce,
                       const std::function<bool(std::size_t)>& consume) {
    const std::size_t n = std::min<std::size_t>(resolve_threads(threads), count);
    window = std::max<std::size_t>(window, 1);
    if (n <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            produce(i);
            if (!consume(i)) return;
        }
        return;
    }
    // n threads produce: n - 1 workers and this one, which consumes in order
    // and, while its next item is not ready, produces one itself. A consumer
    // that only waited would sleep and be woken once per item (a system call
    // each way: a fifth of the run's time on small files).
    std::mutex m;
    std::condition_variable space;  // workers wait for room in the window
    std::condition_variable ready;  // this thread waits for its next item
    std::vector<char> done(window, 0);  // slot i % window holds item i, produced
    std::size_t next = 0;               // the next item to hand out
    std::size_t consumed = 0;           // items consumed so far
    bool stop = false;
    const auto room = [&] { return next < count && next < consumed + window; };
    auto work = [&]() noexcept {
        std::unique_lock<std::mutex> lock(m);
        for (;;) {
            space.wait(lock, [&] { return stop || next >= count || room(); });
            if (stop || next >= count) return;
            const std::size_t i = next++;
            lock.unlock();
            produce(i);
            lock.lock();
            done[i % window] = 1;
            if (i == consumed) ready.notify_one();
        }
    };
    std::vector<std::thread> pool;
    try {
        pool.reserve(n - 1);
        for (std::size_t t = 1; t < n; ++t) pool.emplace_back(work);
    } catch (const std::system_error&) {
        // Fewer threads than asked: the ones running (and this one) share the work.
    } catch (const std::bad_alloc&) {
    }
    std::exception_ptr error;
    bool go_on = true;
    std::unique_lock<std::mutex> lock(m);
    for (std::size_t i = 0; i < count && go_on;) {
        if (done[i % window] != 0) {
            lock.unlock();
            try {
                go_on = consume(i);
            } catch (...) {
                error = std::current_exception();
                go_on = false;
            }
            lock.lock();
            done[i % window] = 0;
            consumed = ++i;
            stop = !go_on;
            lock.unlock();
            space.notify_all();
            lock.lock();
        } else if (room() && (next == i || pool.empty() || next < i + window / 2)) {
            // Produce here rather than sleep, but not so far ahead that item
            // i would wait long for this thread once a worker has made it.
            const std::size_t j = next++;
            lock.unlock();
            produce(j);
            lock.lock();
            done[j % window] = 1;
        } else {
            ready.wait(lock, [&] { return done[i % window] != 0; });
        }
    }
    stop = true;
    lock.unlock();
    space.notify_all();
    for (std::thread& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

namespace {

std::string describe(std::exception_ptr e) {
    try {
        std::rethrow_exception(std::move(e));
    } catch (const std::bad_alloc&) {
        return "out of memory";
    } catch (const std::exception& ex) {
        return ex.what();
    } catch (...) {
        return "unknown exception";
    }
}

Report failed_report(std::size_t size, const std::string& what) {
    Report r;
    r.is_report = false;
    r.source_size = static_cast<std::uint32_t>(std::min<std::size_t>(size, std::numeric_limits<std::uint32_t>::max()));
    try {
        input::DiagnosticSink(r.diagnostics).add<DiagnosticCode::internal_error>(Span{}, what);
    } catch (...) {  // no memory even for the message: the flag alone says it
    }
    return r;
}

}  // namespace

std::vector<Report> parse_many(std::span<const std::string_view> texts, unsigned threads) {
    std::vector<Report> out(texts.size());
    parallel_for(texts.size(), threads, [&](std::size_t i) {
        try {
            out[i] = parse(texts[i]);
        } catch (...) {
            out[i] = failed_report(texts[i].size(), describe(std::current_exception()));
        }
    });
    return out;
}

std::vector<Document> read_files(std::span<const std::filesystem::path> paths, unsigned threads) {
    std::vector<Document> out(paths.size());
    parallel_for(paths.size(), threads, [&](std::size_t i) {
        try {
            out[i] = read_file(paths[i]);
        } catch (...) {
            Document& d = out[i];
            d = Document{};
            d.report.is_report = false;
            d.error = ReadError{ReadError::Kind::internal, 0, {}};
            try {
                d.path = paths[i].string();
                d.error->message = "internal error: " + describe(std::current_exception());
            } catch (...) {  // no memory even for the message: the kind alone says it
            }
        }
    });
    return out;
}

std::vector<FileResult> parse_files(std::span<const std::filesystem::path> paths, unsigned threads) {
    std::vector<Document> read = read_files(paths, threads);
    std::vector<FileResult> out;
    out.reserve(read.size());
    for (Document& d : read) {
        if (d.error) out.emplace_back(FileError{std::move(d.path), std::move(d.error->message)});
        else out.emplace_back(std::move(d.report));
    }
    return out;
}

}  // namespace zhenggai
