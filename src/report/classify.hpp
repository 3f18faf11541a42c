// Pipeline stage: is this page a rectification progress report at all?
//
// Decided from the page's shape — which parts were located and how the
// opening speaks — before any statistics are read, so that feedback notices,
// 进驻 announcements, news and commentary yield none.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zhenggai::report {

/// What the locating pass saw of the page.
struct PageShape {
    bool titled = false;         ///< a rectification title (关于…整改…的通报/报告)
    bool other_inspection = false;  ///< the opening names an audit or another inspection (审计, 督察), not 巡视/巡察
    bool announced = false;      ///< 现将…整改…情况予以公布 / 通报如下: the report presents itself
    bool header = false;         ///< the inspection sentence (…对…进行了巡视/巡察)
    bool fed_back = false;       ///< its feedback sentence (…反馈了巡视意见)
    bool reviews_rectification = false;  ///< the inspection sentence is about rectification itself
                                         ///< (…对X等8家单位开展了整改情况回访督查): an aggregate notice
    bool rectification_headings = false;  ///< a heading about rectification (…整改…)
    bool news = false;           ///< the opening reads as news (a byline, 获悉)
    bool meeting = false;        ///< the opening reports a meeting (召开…会议, 反馈会, 汇报)
    bool notice = false;         ///< the opening announces an inspection's arrival (进驻)
};

struct Verdict {
    bool is_report = true;
    std::optional<std::string> reason;  ///< why not, when is_report is false
};

/// Read the opening (title and first paragraph) for news, meeting and
/// arrival-notice wording, and for another kind of inspection.
void read_opening(std::string_view opening, PageShape& shape);

/// Whether `text` holds the announcement sentence of a report.
[[nodiscard]] bool announces_rectification(std::string_view text);

[[nodiscard]] Verdict classify(const PageShape& shape);

}  // namespace zhenggai::report
