// The highlighted HTML view of a Report (zhenggai/html.hpp).
//
// Every span of the model becomes an Item (kind, field path, value). Items
// nest and sometimes cross, so they are turned into properly nested markup
// with a stack of open elements: sorted by begin ascending and end
// descending, an item opens at its begin; at each position the open items
// that end there are closed, and an item that still goes on but sits above a
// closing one is closed and reopened after it (split). All text from the
// input, and every value from the report, goes through escape() on its way
// out; the page's script reads values only from attributes and writes them
// with textContent.
#include "zhenggai/html.hpp"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "input/utf8.hpp"
#include "output/json_value.hpp"

namespace zhenggai {

namespace {

// ----------------------------------------------------------------- escaping ---

/// Appends `s` with `& < > " '` escaped, invalid UTF-8 replaced by U+FFFD and
/// C0 controls (other than tab, LF, CR) shown as Control Pictures.
void escape(std::string& out, std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '"': out += "&quot;"; break;
                case '\'': out += "&#39;"; break;
                case '\t':
                case '\n':
                case '\r': out += static_cast<char>(c); break;
                default:
                    if (c < 0x20 || c == 0x7F) {
                        // U+2400 + c (U+2421 for DEL): visible, and no parse error.
                        const unsigned cp = c == 0x7F ? 0x2421U : 0x2400U + c;
                        out += static_cast<char>(0xE0 | (cp >> 12));
                        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                        out += static_cast<char>(0x80 | (cp & 0x3F));
                    } else {
                        out += static_cast<char>(c);
                    }
            }
            ++i;
            continue;
        }
        const input::Utf8Decoded d = input::decode_utf8(s, i);
        if (d.valid) {
            out.append(s.data() + i, d.length);
        } else {
            out += "\xEF\xBF\xBD";
        }
        i += d.length;
    }
}

// ------------------------------------------------------------------- values ---

std::string decimal_string(std::int64_t units, int scale) {
    const bool negative = units < 0;
    // Magnitude as unsigned so INT64_MIN does not overflow.
    std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
    std::string digits = std::to_string(mag);
    if (scale > 0) {
        if (digits.size() <= static_cast<std::size_t>(scale)) {
            digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
        }
        digits.insert(digits.size() - static_cast<std::size_t>(scale), 1, '.');
        while (digits.back() == '0') digits.pop_back();
        if (digits.back() == '.') digits.pop_back();
    }
    return negative ? "-" + digits : digits;
}

std::string date_string(const Date& d) {
    return output::date_text(d).value_or("(invalid date)");
}

std::string count_string(const Count& c) { return std::to_string(c.value) + (c.approximate ? " (approximate)" : ""); }

std::string dated_string(const DatedValue& d) {
    return date_string(d.value) + (d.year_inferred ? " (year inferred)" : "");
}

// -------------------------------------------------------------------- kinds ---

/// What a highlight stands for. The order is the nesting order for items with
/// the same span: earlier kinds wrap later ones.
enum class Kind : std::uint8_t {
    diagnostic,
    chrome,
    unclassified,
    header_block,
    contacts_block,
    next_step,
    heading,
    problem,
    title,
    header,
    progress,
    rules,
    sanction,
    sanction_detail,
    money,
    contact,
    closing,
    signatory,
    date,
};

struct KindInfo {
    const char* css;     ///< class suffix: f-<css>
    const char* label;   ///< legend text
    const char* colour;  ///< background
};

constexpr KindInfo kind_info[] = {
    {"diag", "diagnostic", "transparent"},
    {"chrome", "page chrome", "#eef0f3"},
    {"unclassified", "unclassified text", "#f4f4f5"},
    {"header-block", "header sentences", "#fff8e6"},
    {"contacts", "contacts block", "#fff4ea"},
    {"next-step", "next step", "#f1f9e4"},
    {"heading", "section heading", "#e3e8ff"},
    {"problem", "problem", "#fbd3ea"},
    {"title", "title", "#e4dafd"},
    {"header", "header field", "#fde58f"},
    {"progress", "progress count", "#c6defd"},
    {"rules", "rules established", "#b5eef8"},
    {"sanction", "sanction", "#fdd0d0"},
    {"sanction-detail", "sanction breakdown", "#f9a8b4"},
    {"money", "money", "#bff3cf"},
    {"contact", "contact item", "#fdd6ad"},
    {"closing", "closing formula", "#ece6f7"},
    {"signatory", "signatory", "#e6d6fb"},
    {"date", "published date", "#fbeea0"},
};

constexpr std::size_t kind_count = sizeof kind_info / sizeof kind_info[0];

const KindInfo& info(Kind k) { return kind_info[static_cast<std::size_t>(k)]; }

struct Item {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    Kind kind = Kind::header;
    std::string field;    ///< path in the JSON form, e.g. "sanctions[2].breakdown[0]"
    std::string value;    ///< human-readable value
    int diagnostic = -1;  ///< index into Report::diagnostics for Kind::diagnostic
    Severity severity = Severity::warning;
    std::size_t order = 0;  ///< insertion order, the last tie-break
};

// ---------------------------------------------------------- UTF-8 boundaries ---

/// Character starts of the text as decode_utf8 delimits them (an invalid
/// sequence is one "character"), plus the end.
class Boundaries {
public:
    explicit Boundaries(std::string_view text)
        : size_(static_cast<std::uint32_t>(text.size())), start_(text.size() + 1, 0) {
        std::size_t i = 0;
        while (i < text.size()) {
            start_[i] = 1;
            i += input::decode_utf8(text, i).length;
        }
        start_[text.size()] = 1;
    }
    /// The character start at or before `p` (clamped to the text).
    [[nodiscard]] std::uint32_t floor(std::uint32_t p) const {
        p = std::min(p, size_);
        while (p > 0 && start_[p] == 0) --p;
        return p;
    }
    /// The character start at or after `p` (clamped to the text).
    [[nodiscard]] std::uint32_t ceil(std::uint32_t p) const {
        p = std::min(p, size_);
        while (p < size_ && start_[p] == 0) ++p;
        return p;
    }
    [[nodiscard]] std::uint32_t size() const { return size_; }

private:
    std::uint32_t size_;
    std::vector<std::uint8_t> start_;
};

// ------------------------------------------------------------ collect items ---

class Collector {
public:
    std::vector<Item> items;

    void add(Span span, Kind kind, std::string field, std::string value) {
        Item it;
        it.begin = span.begin;
        it.end = span.end;
        it.kind = kind;
        it.field = std::move(field);
        it.value = std::move(value);
        it.order = items.size();
        items.push_back(std::move(it));
    }
    void text(const std::optional<Text>& t, Kind kind, const std::string& field) {
        if (t) add(t->span, kind, field, t->value);
    }
    void count(const std::optional<Count>& c, Kind kind, const std::string& field) {
        if (c) add(c->span, kind, field, count_string(*c));
    }
    void date(const std::optional<DatedValue>& d, Kind kind, const std::string& field) {
        if (d) add(d->span, kind, field, dated_string(*d));
    }

    void section(const Section& s, const std::string& path) {
        // The heading: marker and title together when the marker sits just before the title.
        Span heading = s.title.span;
        if (s.title.span.begin >= s.span.begin && s.title.span.begin - s.span.begin <= 32) heading.begin = s.span.begin;
        add(heading, Kind::heading, path + ".title", s.marker + " " + s.title.value);
        if (s.problem) add(s.problem->span, Kind::problem, path + ".problem", s.problem->value);
        for (std::size_t i = 0; i < s.children.size(); ++i) {
            section(s.children[i], path + ".children[" + std::to_string(i) + "]");
        }
    }
};

std::string money_value(const MoneyAmount& m) {
    std::string v = decimal_string(m.amount_fen, 2) + " yuan";
    v += " (" + m.label.value + ", " + to_string(m.category) + (m.approximate ? ", approximate" : "") + ")";
    return v;
}

std::vector<Item> collect(const Report& r) {
    Collector c;
    c.text(r.title, Kind::title, "title");

    const Header& h = r.header;
    if (!h.span.empty()) c.add(h.span, Kind::header_block, "header", "the header sentences");
    c.text(h.authority, Kind::header, "header.authority");
    c.text(h.inspecting_body, Kind::header, "header.inspecting_body");
    c.text(h.inspected_unit, Kind::header, "header.inspected_unit");
    c.date(h.inspection_start, Kind::header, "header.inspection_start");
    c.date(h.inspection_end, Kind::header, "header.inspection_end");
    c.date(h.feedback_date, Kind::header, "header.feedback_date");
    c.text(h.feedback_recipient, Kind::header, "header.feedback_recipient");
    c.text(h.round, Kind::header, "header.round");

    const Progress& p = r.progress;
    c.count(p.problems_reported, Kind::progress, "progress.problems_reported");
    c.count(p.measures_planned, Kind::progress, "progress.measures_planned");
    c.count(p.problems_completed, Kind::progress, "progress.problems_completed");
    if (p.completion_rate) {
        c.add(p.completion_rate->span, Kind::progress, "progress.completion_rate",
              decimal_string(p.completion_rate->value.units, p.completion_rate->value.scale) + "%");
    }

    for (std::size_t i = 0; i < r.sanctions.size(); ++i) {
        const Sanction& s = r.sanctions[i];
        const std::string path = "sanctions[" + std::to_string(i) + "]";
        c.add(s.span, Kind::sanction, path,
              s.label.value + " " + std::to_string(s.count.value) + to_string(s.unit) +
                  (s.count.approximate ? " (approximate)" : "") + " (" + to_string(s.category) + ")");
        for (std::size_t k = 0; k < s.breakdown.size(); ++k) {
            const SanctionDetail& d = s.breakdown[k];
            c.add(d.span, Kind::sanction_detail, path + ".breakdown[" + std::to_string(k) + "]",
                  d.label.value + " " + count_string(d.count) + " (" + to_string(d.category) + ")");
        }
    }
    for (std::size_t i = 0; i < r.money.size(); ++i) {
        c.add(r.money[i].span, Kind::money, "money[" + std::to_string(i) + "]", money_value(r.money[i]));
    }
    c.count(r.rules_established, Kind::rules, "rules_established");

    for (std::size_t i = 0; i < r.sections.size(); ++i) c.section(r.sections[i], "sections[" + std::to_string(i) + "]");

    for (std::size_t i = 0; i < r.next_steps.size(); ++i) {
        const NextStep& n = r.next_steps[i];
        c.add(n.span, Kind::next_step, "next_steps[" + std::to_string(i) + "]", n.marker + " " + n.title.value);
    }

    if (r.contacts) {
        const Contacts& k = *r.contacts;
        if (!k.span.empty()) c.add(k.span, Kind::contacts_block, "contacts", "the contacts block");
        const auto list = [&](const std::vector<Text>& v, const char* name) {
            for (std::size_t i = 0; i < v.size(); ++i) {
                c.add(v[i].span, Kind::contact, std::string("contacts.") + name + "[" + std::to_string(i) + "]",
                      v[i].value);
            }
        };
        list(k.phones, "phones");
        list(k.emails, "emails");
        list(k.websites, "websites");
        c.text(k.postal_address, Kind::contact, "contacts.postal_address");
        c.text(k.postcode, Kind::contact, "contacts.postcode");
    }
    c.text(r.closing, Kind::closing, "closing");
    c.text(r.signatory, Kind::signatory, "signatory");
    c.date(r.published_date, Kind::date, "published_date");
    for (std::size_t i = 0; i < r.chrome.size(); ++i) {
        c.add(r.chrome[i].span, Kind::chrome, "chrome[" + std::to_string(i) + "]", r.chrome[i].value);
    }
    for (std::size_t i = 0; i < r.unclassified.size(); ++i) {
        c.add(r.unclassified[i].span, Kind::unclassified, "unclassified[" + std::to_string(i) + "]",
              "text no other element covers");
    }

    for (std::size_t i = 0; i < r.diagnostics.size(); ++i) {
        const Diagnostic& d = r.diagnostics[i];
        c.add(d.span, Kind::diagnostic, "diagnostics[" + std::to_string(i) + "]",
              std::string(to_string(d.severity)) + ": " + d.message + " [" + d.code + "]");
        c.items.back().diagnostic = static_cast<int>(i);
        c.items.back().severity = d.severity;
    }
    return std::move(c.items);
}

// ------------------------------------------------------------------ markup ---

class Renderer {
public:
    Renderer(std::string_view text, std::string& out, std::string id_prefix)
        : text_(text), out_(out), prefix_(std::move(id_prefix)) {}

    /// Emits the text with the items as properly nested elements. `items`
    /// must have spans within the text, at character boundaries.
    void run(std::vector<Item>& items) {
        std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            if (a.begin != b.begin) return a.begin < b.begin;
            if (a.end != b.end) return a.end > b.end;
            if (a.kind != b.kind) return a.kind < b.kind;
            return a.order < b.order;
        });
        tags_.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) tags_.push_back(open_tag(items[i], i));
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Item& it = items[i];
            advance_to(it.begin);
            if (it.begin == it.end) {  // a point (an empty diagnostic span): an anchor only
                out_ += tags_[i].first;
                out_ += anchor(it);
                out_ += tags_[i].second;
                out_ += "></span>";
                continue;
            }
            open(it, i, true);
        }
        advance_to(static_cast<std::uint32_t>(text_.size()));
    }

private:
    struct Open {
        const Item* item;
        std::size_t index;
    };

    /// The opening tag without its final '>' (so an id can be added), split
    /// where the id goes: first + [id] + second + '>'.
    std::pair<std::string, std::string> open_tag(const Item& it, std::size_t index) {
        const KindInfo& k = info(it.kind);
        std::string a = "<span class=\"zg-f f-";
        a += k.css;
        if (it.kind == Kind::diagnostic) {
            a += " sev-";
            a += to_string(it.severity);
        }
        if (it.begin == it.end) a += " zg-point";
        a += '"';
        std::string b = " data-i=\"" + std::to_string(index) + "\" data-kind=\"" + k.css + "\" data-field=\"";
        escape(b, it.field);
        b += "\" data-value=\"";
        escape(b, it.value);
        b += "\" data-span=\"" + std::to_string(it.begin) + "-" + std::to_string(it.end) + "\" title=\"";
        escape(b, it.field);
        b += ": ";
        escape(b, it.value);
        b += '"';
        return {std::move(a), std::move(b)};
    }

    std::string anchor(const Item& it) const {
        if (it.diagnostic < 0) return {};
        return " id=\"" + prefix_ + "d-" + std::to_string(it.diagnostic) + "\"";
    }

    void open(const Item& it, std::size_t index, bool first) {
        out_ += tags_[index].first;
        if (first) {
            out_ += anchor(it);
        } else {
            out_ += " data-cont=\"1\"";
        }
        out_ += tags_[index].second;
        out_ += '>';
        stack_.push_back({&it, index});
    }

    void text_to(std::uint32_t p) {
        if (p > pos_) {
            escape(out_, text_.substr(pos_, p - pos_));
            pos_ = p;
        }
    }

    /// Emits text up to `target`, closing every open item that ends on the
    /// way; items above a closing one that go on are reopened after it.
    void advance_to(std::uint32_t target) {
        for (;;) {
            std::size_t at = stack_.size();
            std::uint32_t min_end = target;
            for (std::size_t k = 0; k < stack_.size(); ++k) {
                const std::uint32_t e = stack_[k].item->end;
                if (e < min_end || (e == min_end && at == stack_.size())) {
                    min_end = e;
                    at = k;
                }
            }
            if (at == stack_.size()) break;
            text_to(min_end);
            std::vector<Open> reopen;
            while (stack_.size() > at) {
                const Open o = stack_.back();
                stack_.pop_back();
                out_ += "</span>";
                if (o.item->end > pos_) reopen.push_back(o);
            }
            for (auto r = reopen.rbegin(); r != reopen.rend(); ++r) open(*r->item, r->index, false);
        }
        text_to(target);
    }

    std::string_view text_;
    std::string& out_;
    std::string prefix_;
    std::vector<std::pair<std::string, std::string>> tags_;
    std::vector<Open> stack_;
    std::uint32_t pos_ = 0;
};

// ---------------------------------------------------------------- positions ---

struct LineCol {
    std::size_t line = 1;
    std::size_t column = 1;
};

/// Line and column (code points) of each offset, as `zhenggai check` counts them.
std::vector<LineCol> line_cols(std::string_view text, const std::vector<std::uint32_t>& offsets) {
    std::vector<std::size_t> order(offsets.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::vector<LineCol> result(offsets.size());
    std::size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    LineCol cur;
    for (const std::size_t i : order) {
        const std::size_t target = std::min<std::size_t>(offsets[i], text.size());
        while (pos < target) {
            const char c = text[pos];
            if (c == '\n' || (c == '\r' && !(pos + 1 < text.size() && text[pos + 1] == '\n'))) {
                ++cur.line;
                cur.column = 1;
                ++pos;
            } else if (c == '\r') {
                ++pos;  // the CR of CR LF: the LF ends the line
            } else {
                const std::size_t len = input::decode_utf8(text, pos).length;
                if (pos + len > target) break;
                pos += len;
                ++cur.column;
            }
        }
        result[i] = cur;
    }
    return result;
}

// --------------------------------------------------------------- the page ---

constexpr std::string_view css_template = R"css(
@R{--zg-ink:#1f2328;--zg-muted:#667085;--zg-line:#e4e7ec;--zg-panel:#f8f9fb;color:var(--zg-ink);
font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Zen Hei","WenQuanYi Micro Hei",system-ui,-apple-system,"Segoe UI",sans-serif;
font-size:15px;line-height:1.6;text-align:left}
@R *{box-sizing:border-box}
@R .zg-top{padding:14px 20px 10px;border-bottom:1px solid var(--zg-line);background:#fff}
@R .zg-top h1{font-size:19px;margin:0 0 4px;font-weight:600;line-height:1.4}
@R .zg-sub{color:var(--zg-muted);font-size:13px;margin:0 0 8px}
@R .zg-legend{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
@R .zg-legend button{font:inherit;font-size:12px;line-height:1.4;border:1px solid var(--zg-line);border-radius:12px;
padding:2px 9px;background:#fff;color:var(--zg-ink);cursor:pointer}
@R .zg-legend button .sw{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:5px;
vertical-align:-1px;border:1px solid rgba(0,0,0,.12)}
@R .zg-legend button.off{opacity:.45;text-decoration:line-through}
@R .zg-legend .n{color:var(--zg-muted);margin-left:4px}
@R .zg-main{display:flex;gap:0;align-items:flex-start}
@R .zg-srcwrap{flex:1 1 auto;min-width:0;padding:18px 24px 40px}
@R .zg-src{max-width:46em;margin:0 auto;white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal;
font-family:inherit;font-size:16px;line-height:2.05;letter-spacing:.01em}
@R .zg-side{flex:0 0 400px;max-width:42vw;position:sticky;top:0;max-height:100vh;overflow:auto;
border-left:1px solid var(--zg-line);background:var(--zg-panel);padding:14px 16px 30px;font-size:13px}
@R .zg-side h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--zg-muted);margin:16px 0 6px}
@R .zg-side h2:first-child{margin-top:0}
@R .zg-details{background:#fff;border:1px solid var(--zg-line);border-radius:8px;padding:8px 10px;min-height:3em}
@R .zg-details .hint{color:var(--zg-muted)}
@R .zg-details dl{margin:0}
@R .zg-details .row{padding:5px 0;border-top:1px dashed var(--zg-line)}
@R .zg-details .row:first-child{border-top:0}
@R .zg-details dt{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;color:var(--zg-muted)}
@R .zg-details dd{margin:1px 0 0;overflow-wrap:anywhere}
@R .zg-details .src{color:var(--zg-muted);font-size:12px}
@R .zg-summary{margin:0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}
@R .zg-summary dt{color:var(--zg-muted)}
@R .zg-summary dd{margin:0;overflow-wrap:anywhere}
@R .zg-diags{margin:0;padding-left:22px}
@R .zg-diags li{margin:3px 0}
@R .zg-diags a{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;text-decoration:none;color:inherit;
border-bottom:1px dotted}
@R .zg-diags .code{color:var(--zg-muted);font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:11px}
@R .zg-diags .sev{font-weight:600}
@R .zg-diags .sev-error .sev{color:#c62828}@R .zg-diags .sev-warning .sev{color:#b45309}@R .zg-diags .sev-info .sev{color:#1d4ed8}
@R .zg-none{color:var(--zg-muted);margin:0}
@R .zg-json{background:#fff;border:1px solid var(--zg-line);border-radius:8px;padding:8px;margin:6px 0 0;
max-height:60vh;overflow:auto;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:11.5px;
line-height:1.45;white-space:pre}
@R details summary{cursor:pointer;color:var(--zg-muted)}
@R .zg-f{border-radius:3px;cursor:pointer;transition:box-shadow .1s}
@R .zg-f.zg-hover{box-shadow:0 0 0 2px rgba(17,24,39,.55)}
@R .zg-f.zg-active{box-shadow:0 0 0 2px #2563eb}
@R .f-heading{font-weight:600}
@R .f-chrome{color:#8a94a6}
@R .f-unclassified{border-bottom:1px dashed #a1a1aa}
@R .f-diag{text-decoration-line:underline;text-decoration-style:wavy;text-decoration-thickness:1.5px;
text-underline-offset:4px;text-decoration-skip-ink:none}
@R .f-diag.sev-error{text-decoration-color:#d32f2f}@R .f-diag.sev-warning{text-decoration-color:#ef8a17}
@R .f-diag.sev-info{text-decoration-color:#3b82f6}
@R .zg-point::before{content:"\25B2";font-size:10px;vertical-align:-2px;color:#ef8a17;margin:0 1px}
@R .zg-point.sev-error::before{color:#d32f2f}@R .zg-point.sev-info::before{color:#3b82f6}
@R .f-diag:target,@R .f-diag.zg-flash{outline:2px solid #ef8a17;outline-offset:2px}
@R.zg-frag{border:1px solid var(--zg-line);border-radius:8px;overflow:hidden}
@R.zg-frag .zg-srcwrap{max-height:75vh;overflow:auto}
@R.zg-frag .zg-side{max-height:75vh}
@media (max-width:900px){@R .zg-main{flex-direction:column}@R .zg-side{position:static;max-width:none;width:100%;
max-height:none;border-left:0;border-top:1px solid var(--zg-line)}}
)css";

// The page's own script. It reads values from data-* attributes and writes
// them with textContent only; nothing from the input is ever parsed as HTML.
constexpr std::string_view script_template = R"js(
(function () {
  var root = document.getElementById("@ROOT@");
  if (!root) return;
  var box = root.querySelector(".zg-details");
  var pinned = null;
  function parts(i) { return root.querySelectorAll('.zg-src [data-i="' + i + '"]'); }
  function mark(i, cls, on) { var p = parts(i); for (var k = 0; k < p.length; k++) p[k].classList.toggle(cls, on); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function show(target) {
    while (box.firstChild) box.removeChild(box.firstChild);
    var dl = el("dl");
    for (var e = target; e && e !== root; e = e.parentElement) {
      if (!e.getAttribute || !e.hasAttribute("data-field")) continue;
      var row = el("div", "row");
      row.appendChild(el("dt", null, e.getAttribute("data-field") + "  \u00b7  " + e.getAttribute("data-kind")));
      row.appendChild(el("dd", null, e.getAttribute("data-value")));
      var p = parts(e.getAttribute("data-i")), s = "";
      for (var k = 0; k < p.length; k++) s += p[k].textContent;
      if (s.length > 160) s = s.slice(0, 160) + "\u2026";
      if (s) row.appendChild(el("dd", "src", "\u201c" + s + "\u201d  bytes " + e.getAttribute("data-span")));
      dl.appendChild(row);
    }
    box.appendChild(dl);
  }
  var hovered = null;
  root.addEventListener("mouseover", function (ev) {
    var t = ev.target.closest ? ev.target.closest(".zg-src [data-field]") : null;
    if (t === hovered) return;
    if (hovered) mark(hovered.getAttribute("data-i"), "zg-hover", false);
    hovered = t;
    if (!t) return;
    mark(t.getAttribute("data-i"), "zg-hover", true);
    if (!pinned) show(t);
  });
  root.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a[data-target]") : null;
    if (link) {
      var d = document.getElementById(link.getAttribute("data-target"));
      if (d) {
        ev.preventDefault();
        d.scrollIntoView({ block: "center" });
        d.classList.add("zg-flash");
        setTimeout(function () { d.classList.remove("zg-flash"); }, 1500);
        if (pinned) mark(pinned.getAttribute("data-i"), "zg-active", false);
        pinned = d; mark(d.getAttribute("data-i"), "zg-active", true); show(d);
      }
      return;
    }
    var t = ev.target.closest ? ev.target.closest(".zg-src [data-field]") : null;
    if (!t) return;
    if (pinned) mark(pinned.getAttribute("data-i"), "zg-active", false);
    if (pinned && pinned.getAttribute("data-i") === t.getAttribute("data-i")) { pinned = null; return; }
    pinned = t;
    mark(t.getAttribute("data-i"), "zg-active", true);
    show(t);
  });
  var buttons = root.querySelectorAll(".zg-legend button[data-kind]");
  for (var b = 0; b < buttons.length; b++) {
    buttons[b].addEventListener("click", function () {
      var off = this.classList.toggle("off");
      root.classList.toggle("off-" + this.getAttribute("data-kind"), off);
    });
  }
  root.setAttribute("data-ready", "1");
  if (@FULL@ && document.body) document.body.setAttribute("data-ready", "1");
})();
)js";

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
        s.replace(p, from.size(), to);
    }
    return s;
}

/// CSS for the kinds: colours, and hiding a kind that the legend switched off.
std::string kind_css(const std::string& root_sel) {
    std::string css;
    for (std::size_t i = 0; i < kind_count; ++i) {
        const KindInfo& k = kind_info[i];
        if (std::string_view(k.colour) != "transparent") {
            css += root_sel + " .f-" + k.css + "{background:" + k.colour + "}\n";
        }
        css += root_sel + ".off-" + k.css + " .zg-src .f-" + k.css +
               "{background:transparent;text-decoration:none;font-weight:inherit;color:inherit}\n";
        css += root_sel + ".off-" + k.css + " .zg-src .f-" + k.css + ".zg-point::before{content:none}\n";
    }
    return css;
}

std::string random_nonce() {
    std::random_device rd;
    static constexpr char hex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 4; ++i) {
        std::uint32_t v = rd();
        for (int k = 0; k < 8; ++k, v >>= 4) s += hex[v & 0xF];
    }
    return s;
}

}  // namespace

std::string to_html(const Report& report, std::string_view text, const HtmlOptions& options) {
    // Spans are 32-bit; a longer text is shown only up to what spans can reach.
    if (text.size() > 0xFFFFFFFFu) text = text.substr(0, 0xFFFFFFFFu);
    const Boundaries bounds(text);

    std::vector<Item> items = collect(report);
    std::size_t per_kind[kind_count] = {};
    for (Item& it : items) {
        // Clamp to the text and move to character boundaries (outwards).
        std::uint32_t b = bounds.floor(it.begin);
        std::uint32_t e = bounds.ceil(std::max(it.end, it.begin));
        if (e < b) e = b;
        it.begin = b;
        it.end = e;
        ++per_kind[static_cast<std::size_t>(it.kind)];
    }
    // Empty spans only make sense as diagnostic anchors.
    items.erase(std::remove_if(items.begin(), items.end(),
                               [](const Item& it) { return it.begin == it.end && it.kind != Kind::diagnostic; }),
                items.end());

    // Ids are used in CSS selectors and in the script: keep them to [A-Za-z0-9_-].
    std::string prefix;
    for (const char c : options.id_prefix) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        prefix += ok ? c : '_';
    }
    const std::string root_id = "zg-" + prefix + "root";
    std::string title = options.title;
    if (title.empty()) title = report.title ? report.title->value : std::string("zhenggai report");

    std::string out;
    out.reserve(text.size() * 3 + items.size() * 200 + 16384);

    const std::string nonce = options.full_page ? random_nonce() : std::string();
    if (options.full_page) {
        out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "script-src 'nonce-" +
            nonce + "'; img-src data:; base-uri 'none'; form-action 'none'\">\n";
        out += "<meta name=\"generator\" content=\"zhenggai annotate\">\n<title>zhenggai · ";
        escape(out, title);
        out += "</title>\n<style>\nhtml,body{margin:0;padding:0;background:#fff}\n";
    } else {
        out += "<div class=\"zg-embed\">\n<style>\n";
    }
    const std::string root_sel = "#" + root_id;
    // Every rule is scoped under the root, so an embedded fragment leaves the host page alone.
    out += replace_all(std::string(css_template), "@R", root_sel);
    out += kind_css(root_sel);
    if (options.full_page) {
        out += "</style>\n</head>\n<body>\n";
    } else {
        out += "</style>\n";
    }

    out += options.full_page ? "<div class=\"zg\" id=\"" : "<div class=\"zg zg-frag\" id=\"";
    escape(out, root_id);
    out += "\">\n<header class=\"zg-top\">\n<h1>";
    escape(out, title);
    out += "</h1>\n<p class=\"zg-sub\">";
    {
        std::string sub = report.is_report ? "Rectification progress report" : "Not a rectification progress report";
        if (report.kind) sub += std::string(" · ") + to_string(*report.kind);
        sub += " · " + std::to_string(text.size()) + " bytes · " + std::to_string(report.diagnostics.size()) +
               " diagnostic" + (report.diagnostics.size() == 1 ? "" : "s") +
               " · hover or click a highlight for its field and value; click a legend entry to hide that kind";
        escape(out, sub);
    }
    out += "</p>\n<ul class=\"zg-legend\">\n";
    for (std::size_t i = 0; i < kind_count; ++i) {
        if (per_kind[i] == 0) continue;
        const KindInfo& k = kind_info[i];
        out += "<li><button type=\"button\" data-kind=\"";
        out += k.css;
        out += "\"><span class=\"sw f-";
        out += k.css;
        if (i == static_cast<std::size_t>(Kind::diagnostic)) out += "\" style=\"background:#fff;border-color:#ef8a17";
        out += "\"></span>";
        out += k.label;
        out += "<span class=\"n\">" + std::to_string(per_kind[i]) + "</span></button></li>\n";
    }
    out += "</ul>\n</header>\n<div class=\"zg-main\">\n<div class=\"zg-srcwrap\"><div class=\"zg-src\">";

    Renderer renderer(text, out, prefix);
    renderer.run(items);

    out +=
        "</div></div>\n<aside class=\"zg-side\">\n<h2>Selected</h2>\n<div class=\"zg-details\">"
        "<span class=\"hint\">Hover over or click a highlight.</span></div>\n";

    // Summary.
    out += "<h2>Summary</h2>\n<dl class=\"zg-summary\">\n";
    const auto row = [&](std::string_view k, std::string_view v) {
        out += "<dt>";
        escape(out, k);
        out += "</dt><dd>";
        escape(out, v);
        out += "</dd>\n";
    };
    if (report.not_report_reason) row("not a report", *report.not_report_reason);
    if (report.encoding != Encoding::utf8) row("encoding", to_string(report.encoding));
    const Header& h = report.header;
    if (h.inspected_unit) row("inspected unit", h.inspected_unit->value);
    if (h.inspecting_body) row("inspecting body", h.inspecting_body->value);
    if (h.round) row("round", h.round->value);
    if (report.progress.problems_reported) row("problems", count_string(*report.progress.problems_reported));
    if (report.progress.problems_completed) row("completed", count_string(*report.progress.problems_completed));
    if (report.progress.completion_rate) {
        row("completion",
            decimal_string(report.progress.completion_rate->value.units, report.progress.completion_rate->value.scale) +
                "%");
    }
    row("sanctions", std::to_string(report.sanctions.size()));
    row("money items", std::to_string(report.money.size()));
    row("sections", std::to_string(report.sections.size()));
    row("next steps", std::to_string(report.next_steps.size()));
    if (report.published_date) row("published", dated_string(*report.published_date));
    out += "</dl>\n";

    // Diagnostics, with links to their anchors.
    out += "<h2>Diagnostics (" + std::to_string(report.diagnostics.size()) + ")</h2>\n";
    if (report.diagnostics.empty()) {
        out += "<p class=\"zg-none\">None.</p>\n";
    } else {
        std::vector<std::uint32_t> offsets;
        offsets.reserve(report.diagnostics.size());
        for (const Diagnostic& d : report.diagnostics) offsets.push_back(bounds.floor(d.span.begin));
        const std::vector<LineCol> pos = line_cols(text, offsets);
        out += "<ol class=\"zg-diags\" start=\"0\">\n";
        for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
            const Diagnostic& d = report.diagnostics[i];
            const std::string id = prefix + "d-" + std::to_string(i);
            out += "<li class=\"sev-";
            out += to_string(d.severity);
            out += "\"><a href=\"#" + id + "\" data-target=\"" + id + "\">" + std::to_string(pos[i].line) + ":" +
                   std::to_string(pos[i].column) + "</a> <span class=\"sev\">";
            out += to_string(d.severity);
            out += "</span> ";
            escape(out, d.message);
            out += " <span class=\"code\">[";
            escape(out, d.code);
            out += "]</span></li>\n";
        }
        out += "</ol>\n";
    }

    if (options.include_json) {
        out +=
            "<h2>Structured data</h2>\n<details open><summary>JSON (zhenggai.report/1, byte spans)</summary>"
            "<pre class=\"zg-json\">";
        escape(out, to_json(report, {.indent = 2}));
        out += "</pre></details>\n";
    }
    out += "</aside>\n</div>\n</div>\n";

    out += options.full_page ? "<script nonce=\"" + nonce + "\">" : std::string("<script>");
    {
        std::string js(script_template);
        js = replace_all(js, "@ROOT@", root_id);
        js = replace_all(js, "@FULL@", options.full_page ? "true" : "false");
        out += js;
    }
    out += "</script>\n";
    out += options.full_page ? "</body>\n</html>\n" : "</div>\n";
    return out;
}

}  // namespace zhenggai
