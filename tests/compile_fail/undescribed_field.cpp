// Must not compile: a struct with a member its description leaves out. Run by
// ctest (model.undescribed_field_does_not_compile), which expects the
// compiler's structured-binding error.
#include "zhenggai/model/describe.hpp"

struct Pair {
    int first = 0;
    int second = 0;
    int added_later = 0;  // not described below
};

template <>
inline constexpr auto zhenggai::model::description<Pair> = describe<Pair>({"Pair", "pair", "two numbers"},
                                                                          field("first", &Pair::first, "the first"),
                                                                          field("second", &Pair::second, "the second"));

static_assert(zhenggai::model::detail::describes_every_field_once<Pair>());
