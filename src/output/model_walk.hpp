// Internal: what the JSON writer, the JSON reader and the schema generator
// share when they walk the model's description (zhenggai/model/describe.hpp).
#pragma once

#include <optional>
#include <type_traits>
#include <vector>

#include "zhenggai/model/describe.hpp"

namespace zhenggai::output::walk {

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;
template <class T>
inline constexpr bool is_vector = false;
template <class T>
inline constexpr bool is_vector<std::vector<T>> = true;

/// The member type a field entry describes.
template <class Entry>
using FieldType = typename std::remove_cvref_t<Entry>::Type;

/// The value type a compact-form field is about (Text for std::optional<Text>).
template <class Entry>
using FieldValueType = model::ValueTypeOf<FieldType<Entry>>;

/// The value type behind an optional or plain member, or null.
template <class M>
const model::ValueTypeOf<M>* present(const M& m) {
    if constexpr (is_optional<M>) {
        return m ? &*m : nullptr;
    } else {
        return &m;
    }
}
template <class M>
model::ValueTypeOf<M>* present(M& m) {
    if constexpr (is_optional<M>) {
        return m ? &*m : nullptr;
    } else {
        return &m;
    }
}

/// Calls f(entry) for every field of S written in `form`; `entry` refers to a
/// constant, so f may branch on it with if constexpr.
template <model::Described S, model::JsonForm form, class F>
void for_each_field_in(F&& f) {
    model::for_each_entry_index<S>([&](auto index) {
        constexpr const auto& entry = model::entry<S, decltype(index)::value>;
        if constexpr (model::is_field<decltype(entry)>) {
            if constexpr (entry.form() == form) f(entry);
        }
    });
}

/// Calls f(field) for every field of value type V with role `flag` (all bool).
template <model::ValueType V, class F>
void for_each_flag(F&& f) {
    model::for_each_entry_index<V>([&](auto index) {
        constexpr const auto& entry = model::entry<V, decltype(index)::value>;
        if constexpr (model::is_field<decltype(entry)>) {
            if constexpr (entry.role() == model::Role::flag) {
                static_assert(std::is_same_v<FieldType<decltype(entry)>, bool>, "flags are bool");
                f(entry);
            }
        }
    });
}

}  // namespace zhenggai::output::walk
