// Must not compile: a description that names one member twice (and so misses
// another of the same count). Run by ctest
// (model.duplicated_field_does_not_compile).
#include "zhenggai/model/describe.hpp"

struct Pair {
    int first = 0;
    int second = 0;
};

template <>
inline constexpr auto zhenggai::model::description<Pair> = describe<Pair>({"Pair", "pair", "two numbers"},
                                                                          field("first", &Pair::first, "the first"),
                                                                          field("second", &Pair::first,
                                                                                "the second, by mistake the first"));

static_assert(zhenggai::model::detail::describes_every_field_once<Pair>(), "described twice");
