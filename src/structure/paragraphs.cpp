#include "structure/paragraphs.hpp"

#include "input/text.hpp"

namespace zhenggai::structure {

std::vector<input::Range> split_paragraphs(std::string_view text) {
    std::vector<input::Range> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        const std::size_t lead = text::leading_space(line);
        if (lead < line.size()) {
            const std::size_t trail = text::trailing_space(line);
            out.push_back({static_cast<std::uint32_t>(start + lead), static_cast<std::uint32_t>(end - trail)});
        }
        if (end == text.size()) break;
        start = end + 1;
    }
    return out;
}

}  // namespace zhenggai::structure
