#pragma once

namespace zhenggai::facts::headings::ast {

struct Marker {
    int kind = 0;
    int ordinal = 0;
};

}  // namespace zhenggai::facts::headings::ast
