#pragma once

#define ZHENGGAI_VERSION_MAJOR 0
#define ZHENGGAI_VERSION_MINOR 1
#define ZHENGGAI_VERSION_PATCH 0

namespace zhenggai {
inline constexpr const char* version = "0.1.0";
}
