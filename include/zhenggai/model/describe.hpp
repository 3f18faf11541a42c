// The model, described once: every field of every struct of report.hpp with
// its name, member pointer, one-line documentation and how the JSON form
// (schema "zhenggai.report/1") writes it.
//
// The JSON writer and reader (src/output/) and the schema generator walk these
// tables; none of them names a field. A field added to a struct but not here
// does not compile: each description is checked against its struct's
// structured-binding arity, and no member may be described twice (see
// describes_every_field_once at the end of this file).
//
// This header is lightweight (no Boost.Fusion, no JSON library) but is not
// included by zhenggai/zhenggai.hpp: most users need the model, not its
// description.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "zhenggai/report.hpp"

namespace zhenggai::model {

/// What a field is to the value type that holds it. Value types (Text, Count,
/// DatedValue, Percentage) have exactly one `value` and one `span` field; the
/// compact JSON forms below write the value in their place and put the span
/// and the flags elsewhere.
enum class Role : std::uint8_t {
    data,   ///< an ordinary member
    value,  ///< the value a value type carries
    span,   ///< where in the source the value was read
    flag,   ///< how the value was written (approximate, year inferred)
};

/// Where a field's parts go in the JSON form of the struct that holds it.
enum class JsonForm : std::uint8_t {
    /// Its own key; objects, arrays and scalars by type; an empty optional is null.
    nested,
    /// A value type written as its value; its span goes to the struct's "spans"
    /// object (present values only) and each true flag lists the key in the
    /// struct's array of that flag's name ("approximate": ["measures_planned"]).
    value_spans_grouped,
    /// A value type written as its value; its span is "<key>_span" (null for an
    /// empty optional) and its flags are keys of their own, where the
    /// BesideSpans and BesideFlags entries stand.
    value_span_beside,
    /// A value type (or a list of them) written as bare values; each also
    /// appears with its kind and span in the struct's ListedItems array.
    value_listed,
    /// A list of two-field records written as one object, first field the key.
    keyed_object,
};

/// How an integer field is written as a JSON number.
enum class JsonNumber : std::uint8_t {
    as_is,
    fen_as_yuan,  ///< fen written as yuan: an integer, or a number with at most two decimals
};

/// How a described struct itself is written.
enum class JsonShape : std::uint8_t {
    object,  ///< one key per entry, in entry order
    array,   ///< the fields' values in entry order (Span: [begin, end])
    number,  ///< one JSON number (Decimal: units / 10^scale)
};

struct JsonSpec {
    std::string_view key{};  ///< the JSON key when it is not the field's name
    JsonForm form = JsonForm::nested;
    JsonNumber number = JsonNumber::as_is;
    std::string_view item_kind{};  ///< value_listed: the "kind" of its items
};

/// Constraints the schema states about a value (the parser guarantees them).
struct Limits {
    std::optional<std::int64_t> minimum{};
    std::string_view pattern{};  ///< a regular expression every string value matches
};

struct FieldOptions {
    Role role = Role::data;
    JsonSpec json{};
    Limits limits{};
};

/// One member of a struct.
template <class S, class M>
struct Field {
    using Struct = S;
    using Type = M;
    std::string_view name;
    M S::*member;
    std::string_view doc;
    FieldOptions options;

    [[nodiscard]] constexpr std::string_view json_key() const noexcept {
        return options.json.key.empty() ? name : options.json.key;
    }
    [[nodiscard]] constexpr JsonForm form() const noexcept { return options.json.form; }
    [[nodiscard]] constexpr Role role() const noexcept { return options.role; }
};

template <class S, class M>
constexpr Field<S, M> field(std::string_view name, M S::*member, std::string_view doc, FieldOptions options = {}) {
    return {name, member, doc, options};
}

// JSON-only entries: keys of the JSON form that are not a field of their own.

/// A key whose value never changes ("schema": "zhenggai.report/1").
struct ConstantKey {
    std::string_view key;
    std::string_view value;
    std::string_view doc;
};

/// A second, computed view of a field ("amount_yuan" from amount_fen). The
/// reader ignores it: the field's own key is the exact one.
template <class S, class M>
struct AlsoAs {
    using Struct = S;
    using Type = M;
    std::string_view key;
    M S::*member;
    JsonNumber number;
    std::string_view doc;
};

/// "spans" and the flag arrays of the struct's value_spans_grouped fields.
struct GroupedSpans {};
/// "<key>_span" of each value_span_beside field, in entry order.
struct BesideSpans {};
/// The flags of each value_span_beside field, each under the flag's name.
struct BesideFlags {};
/// Every value_listed value as {kind, value, span}, in source order.
struct ListedItems {
    std::string_view key;
    std::string_view doc;
};

/// A struct: its name, the name of its schema definition, documentation, JSON
/// shape and entries (fields and JSON-only keys, in the order the JSON form
/// writes them).
template <class S, class... Entries>
struct StructDescription {
    using Type = S;
    std::string_view name;       ///< the C++ name, "MoneyAmount"
    std::string_view json_name;  ///< its definition in the JSON schema, "money"
    std::string_view doc;
    JsonShape shape;
    std::tuple<Entries...> entries;
};

struct StructInfo {
    std::string_view name;
    std::string_view json_name;
    std::string_view doc;
    JsonShape shape = JsonShape::object;
};

template <class S, class... Entries>
constexpr StructDescription<S, Entries...> describe(StructInfo info, Entries... entries) {
    return {info.name, info.json_name, info.doc, info.shape, std::tuple<Entries...>{entries...}};
}

struct NotDescribed {};

/// The description of S; specialised below for every struct of the model.
template <class S>
inline constexpr NotDescribed description{};

template <class S>
concept Described = !std::is_same_v<std::remove_cvref_t<decltype(description<S>)>, NotDescribed>;

// ------------------------------------------------------------ the model ---

template <>
inline constexpr auto description<Span> = describe<Span>(
    {"Span", "span", "[begin, end) UTF-8 byte offsets into the parsed text, written as [begin, end]", JsonShape::array},
    field("begin", &Span::begin, "first byte", {.limits = {.minimum = 0}}),
    field("end", &Span::end, "one past the last byte", {.limits = {.minimum = 0}}));

template <>
inline constexpr auto description<Text> =
    describe<Text>({"Text", "text", "a piece of the source as written (full-width stays full-width)"},
                   field("value", &Text::value, "the text, without dropped pinyin insertions and joined line breaks",
                         {.role = Role::value, .json = {.key = "text"}}),
                   field("span", &Text::span, "where it stands in the source", {.role = Role::span}));

template <>
inline constexpr auto description<DatedValue> = describe<DatedValue>(
    {"DatedValue", "dated_value",
     "an exact calendar day read from the text; month- or ten-day-level dates are none, with a diagnostic"},
    field("value", &DatedValue::value, "the day, written YYYY-MM-DD", {.role = Role::value}),
    field("span", &DatedValue::span, "the date as written", {.role = Role::span}),
    field("year_inferred", &DatedValue::year_inferred, "the year was not written but taken from an earlier date",
          {.role = Role::flag}));

template <>
inline constexpr auto description<Count> =
    describe<Count>({"Count", "count", "a whole count of people, cases, problems or measures"},
                    field("value", &Count::value, "the count", {.role = Role::value, .limits = {.minimum = 0}}),
                    field("approximate", &Count::approximate, "written with 余 / 多 (40余项)", {.role = Role::flag}),
                    field("span", &Count::span, "the count as written, with its unit", {.role = Role::span}));

template <>
inline constexpr auto description<Decimal> = describe<Decimal>(
    {"Decimal", "decimal", "a decimal number kept exactly, written as one JSON number: units / 10^scale",
     JsonShape::number},
    field("units", &Decimal::units, "the digits as an integer: 9348 for 93.48"),
    field("scale", &Decimal::scale, "digits after the decimal point: 2 for 93.48"));

template <>
inline constexpr auto description<Percentage> =
    describe<Percentage>({"Percentage", "percentage", "a percentage as written"},
                         field("value", &Percentage::value, "percent as written: 93.48 for 93.48%",
                               {.role = Role::value, .limits = {.minimum = 0}}),
                         field("span", &Percentage::span, "the percentage as written", {.role = Role::span}));

/// The two compact forms most fields use (header, progress and the report's
/// own values are grouped; sanctions, money, sections and next steps beside).
inline constexpr FieldOptions kGrouped{.json = {.form = JsonForm::value_spans_grouped}};
inline constexpr FieldOptions kBeside{.json = {.form = JsonForm::value_span_beside}};

template <>
inline constexpr auto description<Header> = describe<Header>(
    {"Header", "header",
     "the opening sentences: who deployed the inspection, who inspected whom and when, and when and to whom the "
     "findings were fed back"},
    field("authority", &Header::authority, "who deployed the inspection: 省委 in 根据省委统一部署", kGrouped),
    field("inspecting_body", &Header::inspecting_body, "the inspection group: 省委第三巡视组", kGrouped),
    field("inspected_unit", &Header::inspected_unit, "the unit inspected: 嘉兴市", kGrouped),
    field("inspection_start", &Header::inspection_start, "first day of the inspection", kGrouped),
    field("inspection_end", &Header::inspection_end, "last day of the inspection", kGrouped),
    field("feedback_date", &Header::feedback_date, "the day the findings were fed back", kGrouped),
    field("feedback_recipient", &Header::feedback_recipient, "to whom the findings were fed back: 嘉兴市委", kGrouped),
    field("round", &Header::round, "the inspection round: 十九届中央第六轮", kGrouped),
    field("span", &Header::span, "the header sentences as a whole"), GroupedSpans{});

template <>
inline constexpr auto description<Progress> = describe<Progress>(
    {"Progress", "progress", "counts of problems and measures, and how far rectification has got"},
    field("problems_reported", &Progress::problems_reported, "problems fed back (问题 / 具体问题 level)", kGrouped),
    field("measures_planned", &Progress::measures_planned, "整改措施 / 举措 / 任务 planned", kGrouped),
    field("problems_completed", &Progress::problems_completed, "problems already rectified", kGrouped),
    field("completion_rate", &Progress::completion_rate, "percent as written: 93.48 for 93.48%", kGrouped),
    GroupedSpans{});

template <>
inline constexpr auto description<SanctionDetail> = describe<SanctionDetail>(
    {"SanctionDetail", "sanction_detail", "one line of a sanction breakdown: 开除党籍15人 inside 党纪处分48人(…)"},
    field("category", &SanctionDetail::category, "normalised key, e.g. expulsion_from_party; other if unknown"),
    field("label", &SanctionDetail::label, "as written, e.g. 开除党籍", kBeside),
    field("count", &SanctionDetail::count, "people or cases", kBeside), BesideFlags{},
    field("span", &SanctionDetail::span, "label and count together"), BesideSpans{});

template <>
inline constexpr auto description<Sanction> = describe<Sanction>(
    {"Sanction", "sanction", "a sanction or case figure: 党纪处分48人, 立案53件"},
    field("category", &Sanction::category, "normalised key, e.g. party_discipline; other if unknown"),
    field("label", &Sanction::label, "as written, e.g. 党纪处分 or 谈话提醒、批评教育", kBeside),
    field("count", &Sanction::count, "people or cases", kBeside),
    field("unit", &Sanction::unit,
          "人 for people (written 人, 名 or 人次), 件 for cases (written 件 or 起); the count's span holds the unit "
          "as written"),
    BesideFlags{}, field("span", &Sanction::span, "the whole figure, breakdown included"),
    field("breakdown", &Sanction::breakdown, "the lines of its breakdown in brackets, if any"), BesideSpans{});

template <>
inline constexpr auto description<MoneyAmount> = describe<MoneyAmount>(
    {"MoneyAmount", "money", "money recovered, refunded or recouped, kept exactly in fen (1/100 yuan)"},
    field("category", &MoneyAmount::category, "what happened to the money"),
    field("label", &MoneyAmount::label, "as written, e.g. 挽回其他经济损失", kBeside),
    AlsoAs<MoneyAmount, std::int64_t>{"amount_yuan", &MoneyAmount::amount_fen, JsonNumber::fen_as_yuan,
                                      "amount_fen in yuan, for reading; amount_fen is the exact figure"},
    field("amount_fen", &MoneyAmount::amount_fen, "the amount in fen, exactly", {.limits = {.minimum = 0}}),
    field("text", &MoneyAmount::text, "the amount as written, e.g. 5005.75万元", kBeside),
    field("approximate", &MoneyAmount::approximate, "written with 余 / 多"),
    field("span", &MoneyAmount::span, "label and amount together"), BesideSpans{});

template <>
inline constexpr auto description<Section> = describe<Section>(
    {"Section", "section", "a numbered heading with the text under it and its sub-sections"},
    field("marker", &Section::marker, "as written: 一、 （一） 1. 1、 (1) ①"),
    field("label", &Section::label, "marker without its trailing 、/./．, parentheses kept"),
    field("ordinal", &Section::ordinal, "1 for 一 / (一) / 1 / ①", {.limits = {.minimum = 0}}),
    field("level", &Section::level, "1 = top level, inferred per document", {.limits = {.minimum = 1}}),
    field("title", &Section::title, "heading text up to the first 。 outside quotes", kBeside),
    field("problem", &Section::problem, "the quoted problem of 关于“…”问题的整改情况", kBeside),
    field("text", &Section::text, "body under the heading, before any sub-section", kBeside),
    field("span", &Section::span, "heading, body and sub-sections"), BesideSpans{},
    field("children", &Section::children, "its sub-sections"));

template <>
inline constexpr auto description<NextStep> =
    describe<NextStep>({"NextStep", "next_step", "one point of the next-steps paragraph (一是… / (一)…)"},
                       field("marker", &NextStep::marker, "as written: 一是, （一）"),
                       field("ordinal", &NextStep::ordinal, "1 for 一是 / (一)", {.limits = {.minimum = 0}}),
                       field("title", &NextStep::title, "up to the first 。 or ；", kBeside),
                       field("text", &NextStep::text, "the whole point", kBeside),
                       field("span", &NextStep::span, "the whole point"), BesideSpans{});

template <>
inline constexpr auto description<Contacts> = describe<Contacts>(
    {"Contacts", "contacts", "the contacts block at the end of a report"},
    field("phones", &Contacts::phones, "telephone numbers as written",
          {.json = {.form = JsonForm::value_listed, .item_kind = "phone"}}),
    field("emails", &Contacts::emails, "e-mail addresses",
          {.json = {.form = JsonForm::value_listed, .item_kind = "email"}}),
    field("postal_address", &Contacts::postal_address, "the postal address as written",
          {.json = {.form = JsonForm::value_listed, .item_kind = "postal_address"}}),
    field("postcode", &Contacts::postcode, "six-digit postcode",
          {.json = {.form = JsonForm::value_listed, .item_kind = "postcode"}, .limits = {.pattern = "^[0-9]{6}$"}}),
    field("websites", &Contacts::websites, "web addresses",
          {.json = {.form = JsonForm::value_listed, .item_kind = "website"}}),
    field("span", &Contacts::span, "the whole block"),
    ListedItems{"items", "every contact with its kind and span, in source order"});

template <>
inline constexpr auto description<CategoryTotal> = describe<CategoryTotal>(
    {"CategoryTotal", "category_total", "a total per normalised category, for aggregating corpora"},
    field("category", &CategoryTotal::category, "the category key"),
    field("value", &CategoryTotal::value, "the total", {.limits = {.minimum = 0}}));

template <>
inline constexpr auto description<Derived> = describe<Derived>(
    {"Derived", "derived", "figures users otherwise compute by hand from the extracted ones"},
    field("inspection_days", &Derived::inspection_days, "inspection end - start + 1, in days"),
    field("days_feedback_to_publication", &Derived::days_feedback_to_publication,
          "days from the feedback to the publication date"),
    field("sanctions_by_category", &Derived::sanctions_by_category, "people per category, top-level items in 人",
          {.json = {.form = JsonForm::keyed_object}}),
    field("cases_by_category", &Derived::cases_by_category, "cases per category, items in 件",
          {.json = {.form = JsonForm::keyed_object}}),
    field(
        "money_by_category", &Derived::money_by_category, "yuan per money category",
        {.json = {.key = "money_yuan_by_category", .form = JsonForm::keyed_object, .number = JsonNumber::fen_as_yuan}}),
    field("content_hash", &Derived::content_hash,
          "FNV-1a 64 of the normalised body (chrome excluded; punctuation widths, spaces and "
          "traditional/simplified folded): equal for republished copies"));

template <>
inline constexpr auto description<Diagnostic> = describe<Diagnostic>(
    {"Diagnostic", "diagnostic", "a value the parser could not take, a guess it made, or a contradiction"},
    field("severity", &Diagnostic::severity, "how much it matters"),
    field("code", &Diagnostic::code, "stable kebab-case code (docs/diagnostics.md), for filtering",
          {.limits = {.pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"}}),
    field("message", &Diagnostic::message, "for people"), field("span", &Diagnostic::span, "what it is about"));

template <>
inline constexpr auto description<SourceRun> = describe<SourceRun>(
    {"SourceRun", "source_run", "where a run of the text came from in an HTML page"},
    field("span", &SourceRun::span, "the run in the text"),
    field("source_offset", &SourceRun::source_offset, "byte offset in the input bytes (whatever their encoding) where its markup starts"));

/// The schema identifier written as the "schema" member of every report document.
inline constexpr std::string_view kReportSchemaId = "zhenggai.report/1";

template <>
inline constexpr auto description<Report> = describe<Report>(
    {"Report", "report", "what zhenggai extracts from one rectification progress report (巡视/巡察整改进展情况通报)"},
    ConstantKey{"schema", kReportSchemaId, "the schema this document follows"},
    field("is_report", &Report::is_report,
          "false for pages that are not rectification reports (entry notices, news digests)"),
    field("not_report_reason", &Report::not_report_reason, "why is_report is false"),
    field("encoding", &Report::encoding, "the input's encoding as detected by load(); utf-8 for text parsed as it is"),
    field("title", &Report::title, "the report's title", kGrouped), field("kind", &Report::kind, "巡视 or 巡察"),
    field("header", &Report::header, "the opening sentences"),
    field("progress", &Report::progress, "problems, measures and completion"),
    field("sanctions", &Report::sanctions, "sanction and case figures of the report as a whole"),
    field("money", &Report::money, "money recovered, refunded or recouped"),
    field("rules_established", &Report::rules_established, "rules and systems set up or revised", kGrouped),
    field("overview", &Report::overview, "text between the header and the first heading"),
    field("sections", &Report::sections, "the numbered sections"),
    field("next_steps", &Report::next_steps, "the points of the next-steps part"),
    field("next_steps_block", &Report::next_steps_block, "the next-steps part as a whole (下一步,…一是…二是…)"),
    field("contacts", &Report::contacts, "the contacts block"),
    field("closing", &Report::closing, "the closing formula above the signature (特此通报。)", kGrouped),
    field("signatory", &Report::signatory, "who signed the report", kGrouped),
    field("published_date", &Report::published_date, "the date line under the signature", kGrouped), GroupedSpans{},
    field("chrome", &Report::chrome, "page furniture around the report (breadcrumbs, metadata)"),
    field("unclassified", &Report::unclassified,
          "body text no other element covers; each has an unclassified-text diagnostic"),
    field("derived", &Report::derived, "figures computed from the extracted ones"),
    field("diagnostics", &Report::diagnostics, "what the parser wants a human to know"),
    field("source_size", &Report::source_size, "bytes of the parsed text; every span lies within it"),
    field("html", &Report::html, "the input was an HTML page; the parsed text is the text it shows"),
    field("source_runs", &Report::source_runs,
          "for an HTML page: each run of the parsed text with the byte offset in the page it was read from"));

// ------------------------------------------------------------ visiting ---

template <class T>
struct IsField : std::false_type {};
template <class S, class M>
struct IsField<Field<S, M>> : std::true_type {};
template <class T>
inline constexpr bool is_field = IsField<std::remove_cvref_t<T>>::value;

/// Calls f(entry) for every entry of S's description, in order.
template <Described S, class F>
constexpr void for_each_entry(F&& f) {
    std::apply([&](const auto&... entry) { (f(entry), ...); }, description<S>.entries);
}

/// Calls f(field) for every Field entry of S's description, in order.
template <Described S, class F>
constexpr void for_each_field(F&& f) {
    for_each_entry<S>([&](const auto& entry) {
        if constexpr (is_field<decltype(entry)>) f(entry);
    });
}

/// Entry I of S's description, usable in constant expressions.
template <Described S, std::size_t I>
inline constexpr const auto& entry = std::get<I>(description<S>.entries);

/// Calls f(std::integral_constant<std::size_t, I>{}) for every entry index I
/// of S, in order, so that f can branch on `entry<S, I>` with if constexpr.
template <Described S, class F>
constexpr void for_each_entry_index(F&& f) {
    constexpr std::size_t count = std::tuple_size_v<std::remove_cvref_t<decltype(description<S>.entries)>>;
    [&]<std::size_t... I>(std::index_sequence<I...>) { (f(std::integral_constant<std::size_t, I>{}), ...); }
    (std::make_index_sequence<count>{});
}

/// Every struct the model describes, for tools that list them all.
template <class... T>
struct TypeList {};
using DescribedTypes =
    TypeList<Span, Text, DatedValue, Count, Decimal, Percentage, Header, Progress, SanctionDetail, Sanction,
             MoneyAmount, Section, NextStep, Contacts, CategoryTotal, Derived, Diagnostic, SourceRun, Report>;

namespace detail {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

/// The index in S's entries of its only field with role R, or npos.
template <Described S>
consteval std::size_t index_of_role(Role role) {
    std::size_t index = 0, found = npos, matches = 0;
    for_each_entry<S>([&](const auto& entry) {
        if constexpr (is_field<decltype(entry)>) {
            if (entry.role() == role) {
                found = index;
                ++matches;
            }
        }
        ++index;
    });
    return matches == 1 ? found : npos;
}

template <class T>
struct Unwrap {
    using type = T;
};
template <class T>
struct Unwrap<std::optional<T>> {
    using type = T;
};
template <class T>
struct Unwrap<std::vector<T>> {
    using type = T;
};

}  // namespace detail

/// A described struct with one value and one span field: Text, Count, ...
template <class V>
concept ValueType = Described<V> && detail::index_of_role<V>(Role::value)
!= detail::npos&& detail::index_of_role<V>(Role::span) != detail::npos;

/// The value type a compact form is about: V for V, std::optional<V> and std::vector<V>.
template <class M>
using ValueTypeOf = typename detail::Unwrap<M>::type;

/// A two-field record whose first field, a string, keys the second (CategoryTotal).
template <class R>
concept KeyedRecord = Described<R> && std::tuple_size_v<std::remove_cvref_t<decltype(description<R>.entries)>>
== 2 && std::is_same_v<typename std::remove_cvref_t<decltype(std::get<0>(description<R>.entries))>::Type, std::string>;

template <class T>
struct IsAlsoAs : std::false_type {};
template <class S, class M>
struct IsAlsoAs<AlsoAs<S, M>> : std::true_type {};
template <class T>
inline constexpr bool is_also_as = IsAlsoAs<std::remove_cvref_t<T>>::value;

/// The value field and the span field of a value type.
template <ValueType V>
constexpr const auto& value_field() {
    return std::get<detail::index_of_role<V>(Role::value)>(description<V>.entries);
}
template <ValueType V>
constexpr const auto& span_field() {
    return std::get<detail::index_of_role<V>(Role::span)>(description<V>.entries);
}

// -------------------------------------------------------------- checks ---

namespace detail {

/// Deduces its return type only if S decomposes into exactly N members, so
/// naming it in decltype is a compile error otherwise ("only N names
/// provided for structured binding ... decomposes into M elements").
template <std::size_t N, class S>
constexpr auto decomposes_into(S& s) {
    // clang-format off
    if constexpr (N == 1) { [[maybe_unused]] auto& [a] = s; }
    else if constexpr (N == 2) { [[maybe_unused]] auto& [a, b] = s; }
    else if constexpr (N == 3) { [[maybe_unused]] auto& [a, b, c] = s; }
    else if constexpr (N == 4) { [[maybe_unused]] auto& [a, b, c, d] = s; }
    else if constexpr (N == 5) { [[maybe_unused]] auto& [a, b, c, d, e] = s; }
    else if constexpr (N == 6) { [[maybe_unused]] auto& [a, b, c, d, e, f] = s; }
    else if constexpr (N == 7) { [[maybe_unused]] auto& [a, b, c, d, e, f, g] = s; }
    else if constexpr (N == 8) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h] = s; }
    else if constexpr (N == 9) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i] = s; }
    else if constexpr (N == 10) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j] = s; }
    else if constexpr (N == 11) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k] = s; }
    else if constexpr (N == 12) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l] = s; }
    else if constexpr (N == 13) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m] = s; }
    else if constexpr (N == 14) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n] = s; }
    else if constexpr (N == 15) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o] = s; }
    else if constexpr (N == 16) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p] = s; }
    else if constexpr (N == 17) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q] = s; }
    else if constexpr (N == 18) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r] = s; }
    else if constexpr (N == 19) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t] = s; }
    else if constexpr (N == 20) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u] = s; }
    else if constexpr (N == 21) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u, v] = s; }
    else if constexpr (N == 22) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u, v, w] = s; }
    else if constexpr (N == 23) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u, v, w, x] = s; }
    else if constexpr (N == 24) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u, v, w, x, y] = s; }
    else if constexpr (N == 25) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u, v, w, x, y, z] = s; }
    else if constexpr (N == 26) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u, v, w, x, y, z, a2] = s; }
    else if constexpr (N == 27) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u, v, w, x, y, z, a2, b2] = s; }
    else if constexpr (N == 28) { [[maybe_unused]] auto& [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, t, u, v, w, x, y, z, a2, b2, c2] = s; }
    else static_assert(N == 0, "add a structured binding of this many names");
    // clang-format on
    return true;
}

template <Described S>
consteval std::size_t described_field_count() {
    std::size_t n = 0;
    for_each_field<S>([&](const auto&) { ++n; });
    return n;
}

/// No member pointer appears twice, and every field belongs to S.
template <Described S>
consteval bool fields_distinct() {
    bool ok = true;
    for_each_field<S>([&](const auto& a) {
        using A = std::remove_cvref_t<decltype(a)>;
        if (!std::is_same_v<typename A::Struct, S>) ok = false;
        int same = 0;
        for_each_field<S>([&](const auto& b) {
            if constexpr (std::is_same_v<A, std::remove_cvref_t<decltype(b)>>) {
                if (a.member == b.member) ++same;
            }
        });
        if (same != 1) ok = false;
    });
    return ok;
}

template <Described S>
consteval bool describes_every_field_once() {
    using Checked = decltype(decomposes_into<described_field_count<S>()>(std::declval<S&>()));
    static_assert(std::is_same_v<Checked, bool>);
    return fields_distinct<S>();
}

template <class... T>
consteval bool all_complete(TypeList<T...>) {
    return (describes_every_field_once<T>() && ...);
}

}  // namespace detail

static_assert(detail::all_complete(DescribedTypes{}),
              "a description names a member twice or a member of another struct");
static_assert(ValueType<Text> && ValueType<Count> && ValueType<DatedValue> && ValueType<Percentage>);

}  // namespace zhenggai::model
