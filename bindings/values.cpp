// Python classes for the parts of a Report: read-only, comparable, hashable,
// picklable values that carry their spans with them.
#include <string>

#include "bind.hpp"

namespace zhenggai::pybind {

py::object to_date(const Date& d) {
    // Leaked on purpose: a static py::object would be released after the interpreter is gone.
    static const py::handle date_type = py::object(py::module_::import("datetime").attr("date")).release();
    return date_type(d.year, d.month, d.day);
}

py::object to_decimal(std::int64_t units, int scale) {
    static const py::handle decimal_type = py::object(py::module_::import("decimal").attr("Decimal")).release();
    // Decimal((sign, digits, exponent)) is exact and independent of the context.
    const bool negative = units < 0;
    std::string digits = std::to_string(units);
    if (negative) digits.erase(0, 1);
    py::tuple t(digits.size());
    for (std::size_t i = 0; i < digits.size(); ++i) t[i] = py::int_(digits[i] - '0');
    return decimal_type(py::make_tuple(negative ? 1 : 0, t, -scale));
}

namespace {

using namespace pybind11::literals;

/// slice(start, end) with step None, equal to what `slice(a, b)` gives in Python.
py::object make_slice(std::uint32_t start, std::uint32_t end) {
    PyObject* o = PySlice_New(py::int_(start).ptr(), py::int_(end).ptr(), nullptr);
    if (o == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::object>(o);
}

std::string span_repr(const Span& s) {
    return "Span(" + std::to_string(s.start) + ", " + std::to_string(s.end) + ", " + std::to_string(s.byte_start) +
           ", " + std::to_string(s.byte_end) + ")";
}

/// "name=value" items for a repr, skipping absent values.
class ReprBuilder {
public:
    explicit ReprBuilder(const char* type) : out_(type) { out_ += '('; }
    ReprBuilder& raw(std::string_view s) {
        sep();
        out_ += s;
        return *this;
    }
    ReprBuilder& str(const char* name, std::string_view v) {
        sep();
        out_ += name;
        out_ += '=';
        out_ += short_repr(v);
        return *this;
    }
    ReprBuilder& str(const char* name, const std::optional<Text>& v) {
        return v ? str(name, v->value) : *this;
    }
    ReprBuilder& num(const char* name, std::int64_t v) {
        sep();
        out_ += name;
        out_ += '=';
        out_ += std::to_string(v);
        return *this;
    }
    ReprBuilder& obj(const char* name, const py::object& v) {
        sep();
        out_ += name;
        out_ += '=';
        out_ += py::repr(v).cast<std::string>();
        return *this;
    }
    ReprBuilder& date(const char* name, const std::optional<Date>& d) {
        return d ? obj(name, to_date(*d)) : *this;
    }
    std::string done() {
        out_ += ')';
        return out_;
    }

private:
    void sep() {
        if (!first_) out_ += ", ";
        first_ = false;
    }
    std::string out_;
    bool first_ = true;
};

}  // namespace

void bind_values(py::module_& m) {
    // -- Span ---------------------------------------------------------------
    py::class_<Span> span(m, "Span", R"doc(
Where a value was read: ``start``/``end`` index the parsed text as a Python
``str`` (code points, so ``report.text[s.start:s.end]`` is the source text);
``byte_start``/``byte_end`` are the UTF-8 byte offsets used by the C++ core
and the JSON output.)doc");
    span.def(py::init([](std::uint32_t start, std::uint32_t end, std::uint32_t byte_start, std::uint32_t byte_end) {
                 return Span{start, end, byte_start, byte_end};
             }),
             "start"_a, "end"_a, "byte_start"_a, "byte_end"_a)
        .def_readonly("start", &Span::start, "First code point (str index).")
        .def_readonly("end", &Span::end, "One past the last code point (str index).")
        .def_readonly("byte_start", &Span::byte_start, "First UTF-8 byte.")
        .def_readonly("byte_end", &Span::byte_end, "One past the last UTF-8 byte.")
        .def_property_readonly(
            "slice", [](const Span& s) { return make_slice(s.start, s.end); },
            "``slice(start, end)``, for ``report.text[span.slice]``.")
        .def_property_readonly(
            "byte_slice", [](const Span& s) { return make_slice(s.byte_start, s.byte_end); },
            "``slice(byte_start, byte_end)``, for ``report.source[span.byte_slice]``.")
        .def("__len__", [](const Span& s) { return s.end - s.start; })
        .def("__repr__", &span_repr);
    value_protocol<Span>(span);

    // -- Text ---------------------------------------------------------------
    py::class_<Text> text(m, "Text", R"doc(
A stretch of the text as written (``Report.unclassified``,
``Report.next_steps_block``): ``value`` and the ``span`` it was read from.
``str(t)`` is the value.)doc");
    text.def_property_readonly("value", [](const Text& t) { return make_str(t.value); })
        .def_readonly("span", &Text::span)
        .def("__str__", [](const Text& t) { return make_str(t.value); })
        .def("__repr__", [](const Text& t) {
            return ReprBuilder("Text").raw(short_repr(t.value)).obj("span", py::cast(t.span)).done();
        });
    value_protocol<Text>(text);

    // -- Header ---------------------------------------------------------------
    py::class_<Header> header(m, "Header", "The opening sentences: who inspected whom, when, and the feedback.");
    header.def_property_readonly("authority", [](const Header& h) { return opt_str(h.authority); })
        .def_property_readonly("inspecting_body", [](const Header& h) { return opt_str(h.inspecting_body); })
        .def_property_readonly("inspected_unit", [](const Header& h) { return opt_str(h.inspected_unit); })
        .def_property_readonly("inspection_start", [](const Header& h) { return opt_date(h.inspection_start); })
        .def_property_readonly("inspection_end", [](const Header& h) { return opt_date(h.inspection_end); })
        .def_property_readonly("feedback_date", [](const Header& h) { return opt_date(h.feedback_date); })
        .def_property_readonly("feedback_recipient", [](const Header& h) { return opt_str(h.feedback_recipient); })
        .def_property_readonly("round", [](const Header& h) { return opt_str(h.round); })
        .def_readonly("span", &Header::span, "The header sentences as a whole.")
        .def_property_readonly(
            "spans",
            [](const Header& h) {
                py::dict d;
                put_span(d, "authority", h.authority);
                put_span(d, "inspecting_body", h.inspecting_body);
                put_span(d, "inspected_unit", h.inspected_unit);
                put_span(d, "inspection_start", h.inspection_start);
                put_span(d, "inspection_end", h.inspection_end);
                put_span(d, "feedback_date", h.feedback_date);
                put_span(d, "feedback_recipient", h.feedback_recipient);
                put_span(d, "round", h.round);
                return d;
            },
            "Span of each present field, by field name.")
        .def_property_readonly(
            "year_inferred",
            [](const Header& h) {
                py::set s;
                if (h.inspection_start && h.inspection_start->year_inferred) s.add("inspection_start");
                if (h.inspection_end && h.inspection_end->year_inferred) s.add("inspection_end");
                if (h.feedback_date && h.feedback_date->year_inferred) s.add("feedback_date");
                return py::frozenset(s);
            },
            "Names of the date fields whose year was taken from an earlier date.")
        .def("__repr__", [](const Header& h) {
            return ReprBuilder("Header")
                .str("authority", h.authority)
                .str("inspecting_body", h.inspecting_body)
                .str("inspected_unit", h.inspected_unit)
                .date("inspection_start", h.inspection_start)
                .date("inspection_end", h.inspection_end)
                .date("feedback_date", h.feedback_date)
                .str("feedback_recipient", h.feedback_recipient)
                .str("round", h.round)
                .done();
        });
    value_protocol<Header>(header);

    // -- Progress -------------------------------------------------------------
    py::class_<Progress> progress(m, "Progress", "Counts of problems and measures, and the completion rate.");
    progress.def_property_readonly("problems_reported", [](const Progress& p) { return opt_int(p.problems_reported); })
        .def_property_readonly("measures_planned", [](const Progress& p) { return opt_int(p.measures_planned); })
        .def_property_readonly("problems_completed", [](const Progress& p) { return opt_int(p.problems_completed); })
        .def_property_readonly(
            "completion_rate",
            [](const Progress& p) -> py::object {
                if (!p.completion_rate) return py::none();
                return to_decimal(p.completion_rate->units, p.completion_rate->scale);
            },
            "Percent as an exact decimal.Decimal (Decimal('93.48') for 93.48%), or None.")
        .def_property_readonly(
            "spans",
            [](const Progress& p) {
                py::dict d;
                put_span(d, "problems_reported", p.problems_reported);
                put_span(d, "measures_planned", p.measures_planned);
                put_span(d, "problems_completed", p.problems_completed);
                put_span(d, "completion_rate", p.completion_rate);
                return d;
            },
            "Span of each present field, by field name.")
        .def_property_readonly(
            "approximate",
            [](const Progress& p) {
                py::set s;
                if (p.problems_reported && p.problems_reported->approximate) s.add("problems_reported");
                if (p.measures_planned && p.measures_planned->approximate) s.add("measures_planned");
                if (p.problems_completed && p.problems_completed->approximate) s.add("problems_completed");
                return py::frozenset(s);
            },
            "Names of the counts written as approximate (40余项).")
        .def("__repr__", [](const Progress& p) {
            ReprBuilder r("Progress");
            if (p.problems_reported) r.num("problems_reported", p.problems_reported->value);
            if (p.measures_planned) r.num("measures_planned", p.measures_planned->value);
            if (p.problems_completed) r.num("problems_completed", p.problems_completed->value);
            if (p.completion_rate)
                r.obj("completion_rate", to_decimal(p.completion_rate->units, p.completion_rate->scale));
            return r.done();
        });
    value_protocol<Progress>(progress);

    // -- SanctionDetail ---------------------------------------------------------
    py::class_<SanctionDetail> detail(m, "SanctionDetail", "One line of a sanction breakdown (开除党籍15人).");
    detail.def_property_readonly("category", [](const SanctionDetail& d) { return make_str(d.category); })
        .def_property_readonly("label", [](const SanctionDetail& d) { return make_str(d.label.value); })
        .def_property_readonly("count", [](const SanctionDetail& d) { return d.count.value; })
        .def_property_readonly("approximate", [](const SanctionDetail& d) { return d.count.approximate; })
        .def_readonly("span", &SanctionDetail::span)
        .def_property_readonly("spans",
                               [](const SanctionDetail& d) {
                                   py::dict s;
                                   put_span(s, "label", d.label);
                                   put_span(s, "count", d.count);
                                   return s;
                               })
        .def("__repr__", [](const SanctionDetail& d) {
            return ReprBuilder("SanctionDetail")
                .raw(short_repr(d.category))
                .raw(short_repr(d.label.value))
                .raw(std::to_string(d.count.value))
                .done();
        });
    value_protocol<SanctionDetail>(detail);

    // -- Sanction -------------------------------------------------------------------
    py::class_<Sanction> sanction(m, "Sanction", "A sanction or case figure (党纪处分48人, 立案53件).");
    sanction.def_property_readonly("category", [](const Sanction& s) { return make_str(s.category); })
        .def_property_readonly("label", [](const Sanction& s) { return make_str(s.label.value); })
        .def_property_readonly("count", [](const Sanction& s) { return s.count.value; })
        .def_property_readonly("approximate", [](const Sanction& s) { return s.count.approximate; })
        .def_property_readonly("unit", [](const Sanction& s) { return make_str(s.unit); })
        .def_property_readonly("breakdown", [](const Sanction& s) { return object_tuple(s.breakdown); })
        .def_readonly("span", &Sanction::span)
        .def_property_readonly("spans",
                               [](const Sanction& s) {
                                   py::dict d;
                                   put_span(d, "label", s.label);
                                   put_span(d, "count", s.count);
                                   return d;
                               })
        .def("__repr__", [](const Sanction& s) {
            ReprBuilder r("Sanction");
            r.raw(short_repr(s.category)).raw(short_repr(s.label.value)).raw(std::to_string(s.count.value));
            r.raw(short_repr(s.unit));
            if (!s.breakdown.empty()) r.num("breakdown", static_cast<std::int64_t>(s.breakdown.size()));
            return r.done();
        });
    value_protocol<Sanction>(sanction);

    // -- MoneyAmount ----------------------------------------------------------------
    py::class_<MoneyAmount> money(m, "MoneyAmount", "Money recovered, refunded or recouped; exact in fen.");
    money.def_property_readonly("category", [](const MoneyAmount& a) { return make_str(a.category); })
        .def_property_readonly("label", [](const MoneyAmount& a) { return make_str(a.label.value); })
        .def_readonly("amount_fen", &MoneyAmount::amount_fen, "Amount in fen (1/100 yuan), exact.")
        .def_property_readonly(
            "amount_yuan", [](const MoneyAmount& a) { return to_decimal(a.amount_fen, 2); },
            "Amount in yuan as an exact decimal.Decimal with two places.")
        .def_property_readonly("text", [](const MoneyAmount& a) { return make_str(a.text.value); },
                               "The amount as written (5005.75万元).")
        .def_readonly("approximate", &MoneyAmount::approximate)
        .def_readonly("span", &MoneyAmount::span, "Label and amount together.")
        .def_property_readonly("spans",
                               [](const MoneyAmount& a) {
                                   py::dict d;
                                   put_span(d, "label", a.label);
                                   put_span(d, "text", a.text);
                                   return d;
                               })
        .def("__repr__", [](const MoneyAmount& a) {
            return ReprBuilder("MoneyAmount")
                .raw(short_repr(a.category))
                .raw(short_repr(a.label.value))
                .obj("amount_yuan", to_decimal(a.amount_fen, 2))
                .done();
        });
    value_protocol<MoneyAmount>(money);

    // -- Section ----------------------------------------------------------------------
    py::class_<Section> section(m, "Section", "A numbered heading, the text under it and its sub-sections.");
    section.def_property_readonly("marker", [](const Section& s) { return make_str(s.marker); },
                                  "As written: '一、', '（一）', '1.'.")
        .def_property_readonly("label", [](const Section& s) { return make_str(s.label); },
                               "The marker without its trailing 、/./．.")
        .def_readonly("ordinal", &Section::ordinal)
        .def_readonly("level", &Section::level)
        .def_property_readonly("title", [](const Section& s) { return make_str(s.title.value); })
        .def_property_readonly("problem", [](const Section& s) { return opt_str(s.problem); },
                               "The quoted problem of 关于“…”问题的整改情况, or None.")
        .def_property_readonly("text", [](const Section& s) { return make_str(s.text.value); },
                               "Body under the heading, before any sub-section.")
        .def_readonly("span", &Section::span, "Heading, body and sub-sections.")
        .def_property_readonly("children", [](const Section& s) { return object_tuple(s.children); })
        .def_property_readonly("spans",
                               [](const Section& s) {
                                   py::dict d;
                                   put_span(d, "title", s.title);
                                   put_span(d, "problem", s.problem);
                                   put_span(d, "text", s.text);
                                   return d;
                               })
        .def("__repr__", [](const Section& s) {
            ReprBuilder r("Section");
            r.raw(short_repr(s.marker)).num("level", s.level).str("title", s.title.value);
            if (!s.children.empty()) r.num("children", static_cast<std::int64_t>(s.children.size()));
            return r.done();
        });
    value_protocol<Section>(section);

    // -- NextStep ------------------------------------------------------------------------
    py::class_<NextStep> next_step(m, "NextStep", "One point of the next-steps paragraph (一是… / (一)…).");
    next_step.def_property_readonly("marker", [](const NextStep& n) { return make_str(n.marker); })
        .def_readonly("ordinal", &NextStep::ordinal)
        .def_property_readonly("title", [](const NextStep& n) { return make_str(n.title.value); })
        .def_property_readonly("text", [](const NextStep& n) { return make_str(n.text.value); })
        .def_readonly("span", &NextStep::span)
        .def_property_readonly("spans",
                               [](const NextStep& n) {
                                   py::dict d;
                                   put_span(d, "title", n.title);
                                   put_span(d, "text", n.text);
                                   return d;
                               })
        .def("__repr__", [](const NextStep& n) {
            return ReprBuilder("NextStep").raw(short_repr(n.marker)).str("title", n.title.value).done();
        });
    value_protocol<NextStep>(next_step);

    // -- Contacts ---------------------------------------------------------------------------
    py::class_<Contacts> contacts(m, "Contacts", "The contacts block at the end of a report.");
    contacts.def_property_readonly("phones", [](const Contacts& c) { return str_tuple(c.phones); })
        .def_property_readonly("emails", [](const Contacts& c) { return str_tuple(c.emails); })
        .def_property_readonly("websites", [](const Contacts& c) { return str_tuple(c.websites); })
        .def_property_readonly("postal_address", [](const Contacts& c) { return opt_str(c.postal_address); })
        .def_property_readonly("postcode", [](const Contacts& c) { return opt_str(c.postcode); })
        .def_property_readonly("phone_spans", [](const Contacts& c) { return span_tuple(c.phones); })
        .def_property_readonly("email_spans", [](const Contacts& c) { return span_tuple(c.emails); })
        .def_property_readonly("website_spans", [](const Contacts& c) { return span_tuple(c.websites); })
        .def_readonly("span", &Contacts::span)
        .def_property_readonly("spans",
                               [](const Contacts& c) {
                                   py::dict d;
                                   put_span(d, "postal_address", c.postal_address);
                                   put_span(d, "postcode", c.postcode);
                                   return d;
                               })
        .def("__repr__", [](const Contacts& c) {
            return ReprBuilder("Contacts")
                .obj("phones", str_tuple(c.phones))
                .obj("emails", str_tuple(c.emails))
                .str("postcode", c.postcode)
                .done();
        });
    value_protocol<Contacts>(contacts);

    // -- Diagnostic ---------------------------------------------------------------------------
    py::class_<Diagnostic> diagnostic(m, "Diagnostic", R"doc(
Something the parser wants a human to know. ``code`` is stable (kebab-case,
e.g. ``invalid-utf8``) and meant for filtering; ``message`` is for people;
``severity`` is 'info', 'warning' or 'error'.)doc");
    diagnostic.def_property_readonly("severity", [](const Diagnostic& d) { return make_str(d.severity); })
        .def_property_readonly("code", [](const Diagnostic& d) { return make_str(d.code); })
        .def_property_readonly("message", [](const Diagnostic& d) { return make_str(d.message); })
        .def_readonly("span", &Diagnostic::span)
        .def("__repr__", [](const Diagnostic& d) {
            return ReprBuilder("Diagnostic")
                .raw(short_repr(d.severity))
                .raw(short_repr(d.code))
                .obj("span", py::cast(d.span))
                .done();
        });
    value_protocol<Diagnostic>(diagnostic);
}

}  // namespace zhenggai::pybind
