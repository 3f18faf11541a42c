// SHA-256 of a file's bytes, for the store's `files.sha256`: it tells a file
// that changed from one that was only touched, and identical copies apart
// from merely similar ones. Its own small implementation (FIPS 180-4) so the
// library needs no crypto dependency for a checksum.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace zhenggai::store {

/// The digest of `bytes` as 64 lowercase hexadecimal digits.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

}  // namespace zhenggai::store
