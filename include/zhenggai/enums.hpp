// The closed sets of the model, each with its one table of documented names.
//
// Every enum here has exactly one table (value, name): to_string() and
// from_string<E>() read it, and the JSON output, the HTML page and the Python
// bindings print these names and nothing else. The names are the contract of
// docs/schema/report.schema.json.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace zhenggai {

/// One row of an enum's name table.
template <class E>
struct EnumName {
    E value;
    const char* name;
};

namespace detail {
/// Whether row i of the table names value i, so to_string can index it.
template <class E, std::size_t N>
constexpr bool in_enum_order(const EnumName<E> (&table)[N]) noexcept {
    for (std::size_t i = 0; i < N; ++i)
        if (static_cast<std::size_t>(table[i].value) != i) return false;
    return true;
}
template <class E, std::size_t N>
constexpr const char* name_in(const EnumName<E> (&table)[N], E e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < N ? table[i].name : "";
}
}  // namespace detail

// ---------------------------------------------------------------- severity ---

enum class Severity : std::uint8_t { info, warning, error };

inline constexpr EnumName<Severity> kSeverityNames[] = {
    {Severity::info, "info"},
    {Severity::warning, "warning"},
    {Severity::error, "error"},
};

// --------------------------------------------------------- inspection kind ---

enum class InspectionKind : std::uint8_t {
    xunshi,  ///< 巡视: by a central or provincial committee
    xuncha,  ///< 巡察: by a city or county committee
};

inline constexpr EnumName<InspectionKind> kInspectionKindNames[] = {
    {InspectionKind::xunshi, "巡视"},
    {InspectionKind::xuncha, "巡察"},
};

// ------------------------------------------------------- sanction category ---

/// Normalised sanction and case categories: the keys of the field guide's
/// vocabulary (FORMAT.md §7), a few more seen in reports, and `other`.
enum class SanctionCategory : std::uint8_t {
    party_and_government_sanction, party_discipline, government_sanction, organizational_handling,
    admonishment, accountability, criticism_education, reminder_talk, education_reminder,
    transferred_to_judiciary, transferred_to_discipline_commission, ordered_self_examination,
    party_serious_warning, party_warning, removal_from_party_post, party_probation, expulsion_from_party,
    major_demerit, demerit, demotion_in_grade, dismissal, expulsion, warning, reassignment,
    removal_from_post, demotion, ordered_resignation, suspension, discipline, cases_filed, cases_closed,
    other,  ///< a label the vocabulary does not know
};

inline constexpr EnumName<SanctionCategory> kSanctionCategoryNames[] = {
    {SanctionCategory::party_and_government_sanction, "party_and_government_sanction"},
    {SanctionCategory::party_discipline, "party_discipline"},
    {SanctionCategory::government_sanction, "government_sanction"},
    {SanctionCategory::organizational_handling, "organizational_handling"},
    {SanctionCategory::admonishment, "admonishment"},
    {SanctionCategory::accountability, "accountability"},
    {SanctionCategory::criticism_education, "criticism_education"},
    {SanctionCategory::reminder_talk, "reminder_talk"},
    {SanctionCategory::education_reminder, "education_reminder"},
    {SanctionCategory::transferred_to_judiciary, "transferred_to_judiciary"},
    {SanctionCategory::transferred_to_discipline_commission, "transferred_to_discipline_commission"},
    {SanctionCategory::ordered_self_examination, "ordered_self_examination"},
    {SanctionCategory::party_serious_warning, "party_serious_warning"},
    {SanctionCategory::party_warning, "party_warning"},
    {SanctionCategory::removal_from_party_post, "removal_from_party_post"},
    {SanctionCategory::party_probation, "party_probation"},
    {SanctionCategory::expulsion_from_party, "expulsion_from_party"},
    {SanctionCategory::major_demerit, "major_demerit"},
    {SanctionCategory::demerit, "demerit"},
    {SanctionCategory::demotion_in_grade, "demotion_in_grade"},
    {SanctionCategory::dismissal, "dismissal"},
    {SanctionCategory::expulsion, "expulsion"},
    {SanctionCategory::warning, "warning"},
    {SanctionCategory::reassignment, "reassignment"},
    {SanctionCategory::removal_from_post, "removal_from_post"},
    {SanctionCategory::demotion, "demotion"},
    {SanctionCategory::ordered_resignation, "ordered_resignation"},
    {SanctionCategory::suspension, "suspension"},
    {SanctionCategory::discipline, "discipline"},
    {SanctionCategory::cases_filed, "cases_filed"},
    {SanctionCategory::cases_closed, "cases_closed"},
    {SanctionCategory::other, "other"},
};

// ----------------------------------------------------------- sanction unit ---

/// What a sanction figure counts. The unit as written (人, 名, 人次; 件, 起)
/// stays in the source at the count's span.
enum class SanctionUnit : std::uint8_t {
    people,  ///< "人": written 人, 名 or 人次
    cases,   ///< "件": written 件 or 起
};

inline constexpr EnumName<SanctionUnit> kSanctionUnitNames[] = {
    {SanctionUnit::people, "人"},
    {SanctionUnit::cases, "件"},
};

// ---------------------------------------------------------- money category ---

/// What happened to an amount of money (FORMAT.md §7).
enum class MoneyCategory : std::uint8_t {
    refunded,          ///< 清退, 退还, 退赔 …
    recovered,         ///< 追回, 追缴, 收缴, 收回 …
    losses_recovered,  ///< 挽回…经济损失
    reduced,           ///< 核减
    paid_back,         ///< 补发, 补缴
    other,
};

inline constexpr EnumName<MoneyCategory> kMoneyCategoryNames[] = {
    {MoneyCategory::refunded, "refunded"},
    {MoneyCategory::recovered, "recovered"},
    {MoneyCategory::losses_recovered, "losses_recovered"},
    {MoneyCategory::reduced, "reduced"},
    {MoneyCategory::paid_back, "paid_back"},
    {MoneyCategory::other, "other"},
};

// ---------------------------------------------------------------- encoding ---

/// The encoding load() detected in the input bytes.
enum class Encoding : std::uint8_t { utf8, utf8_bom, utf16le, utf16be, gb18030, big5 };

inline constexpr EnumName<Encoding> kEncodingNames[] = {
    {Encoding::utf8, "utf-8"},
    {Encoding::utf8_bom, "utf-8-bom"},
    {Encoding::utf16le, "utf-16le"},
    {Encoding::utf16be, "utf-16be"},
    {Encoding::gb18030, "gb18030"},
    {Encoding::big5, "big5"},
};

// ------------------------------------------------------------ the lookups ---

static_assert(detail::in_enum_order(kSeverityNames));
static_assert(detail::in_enum_order(kInspectionKindNames));
static_assert(detail::in_enum_order(kSanctionCategoryNames));
static_assert(detail::in_enum_order(kSanctionUnitNames));
static_assert(detail::in_enum_order(kMoneyCategoryNames));
static_assert(detail::in_enum_order(kEncodingNames));

/// The name table of each enum (found by argument-dependent lookup).
constexpr std::span<const EnumName<Severity>> enum_names(Severity) noexcept { return kSeverityNames; }
constexpr std::span<const EnumName<InspectionKind>> enum_names(InspectionKind) noexcept { return kInspectionKindNames; }
constexpr std::span<const EnumName<SanctionCategory>> enum_names(SanctionCategory) noexcept {
    return kSanctionCategoryNames;
}
constexpr std::span<const EnumName<SanctionUnit>> enum_names(SanctionUnit) noexcept { return kSanctionUnitNames; }
constexpr std::span<const EnumName<MoneyCategory>> enum_names(MoneyCategory) noexcept { return kMoneyCategoryNames; }
constexpr std::span<const EnumName<Encoding>> enum_names(Encoding) noexcept { return kEncodingNames; }

/// The documented name of a value ("warning", "巡视", "party_discipline", "人", "utf-8").
[[nodiscard]] constexpr const char* to_string(Severity v) noexcept { return detail::name_in(kSeverityNames, v); }
[[nodiscard]] constexpr const char* to_string(InspectionKind v) noexcept {
    return detail::name_in(kInspectionKindNames, v);
}
[[nodiscard]] constexpr const char* to_string(SanctionCategory v) noexcept {
    return detail::name_in(kSanctionCategoryNames, v);
}
[[nodiscard]] constexpr const char* to_string(SanctionUnit v) noexcept { return detail::name_in(kSanctionUnitNames, v); }
[[nodiscard]] constexpr const char* to_string(MoneyCategory v) noexcept {
    return detail::name_in(kMoneyCategoryNames, v);
}
[[nodiscard]] constexpr const char* to_string(Encoding v) noexcept { return detail::name_in(kEncodingNames, v); }

/// The value a documented name stands for, if it is one: from_string<Encoding>("gb18030").
template <class E>
[[nodiscard]] constexpr std::optional<E> from_string(std::string_view name) noexcept {
    for (const auto& n : enum_names(E{}))
        if (name == n.name) return n.value;
    return std::nullopt;
}

}  // namespace zhenggai
