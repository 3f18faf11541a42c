#include "report/classify.hpp"

#include <algorithm>

#include "input/text.hpp"

namespace zhenggai::report {

namespace {
constexpr std::size_t npos = std::string_view::npos;

// Words by which news items and meeting reports open: a byline or the
// reporter's source (获悉), or a meeting (反馈会, 表态发言).
const text::WordList kNewsWords = {"获悉", "记者", "通讯员", "本报讯", "新华社", "日电", "讯(", "近日,",
                                   "日前,", "新闻网", "发布了", "日发布"};
// Words by which meeting reports open.
const text::WordList kMeetingWords = {"反馈会", "动员会", "表态发言", "督查组", "督导组", "召开", "汇报会",
                                      "主持", "会议"};
// Words of an inspection's arrival notice.
const text::WordList kNoticeWords = {"进驻", "巡察公告", "巡视公告", "受理来信", "特此公告"};
// Verbs that close a report's announcement sentence.
// Verbs that close a report's announcement sentence (公布 covers 予以公布 and
// 公布如下, 通报 covers 予以通报 and 通报如下).
const text::WordList kAnnounceVerbs = {"公布", "通报", "报告如下", "向社会公开", "予以公开", "公开如下", "予以公示"};
// Announcements that present what follows (…整改进展情况通报如下:).
const text::WordList kAnnounceFollows = {"通报如下", "报告如下", "公布如下"};
}  // namespace

void read_opening(std::string_view opening, PageShape& shape) {
    shape.news = shape.news || text::contains_any(opening, kNewsWords);
    shape.meeting = shape.meeting || text::contains_any(opening, kMeetingWords);
    shape.other_inspection = shape.other_inspection
                             || (text::contains_any(opening, {"审计", "督察"}) && !text::contains_any(opening, {"巡视", "巡察"}));
    shape.notice = shape.notice || text::contains_any(opening, kNoticeWords);
}

bool announces_rectification(std::string_view s) {
    constexpr std::string_view kNow = "现将";
    for (std::size_t at = text::fast_find(s, kNow); at != npos; at = text::fast_find(s, kNow, at + kNow.size())) {
        std::size_t end = s.find(text::kFullStop, at);
        if (end == npos) end = s.size();
        const std::string_view sentence = s.substr(at, end - at);
        if (text::contains(sentence, "整改") && text::contains_any(sentence, kAnnounceVerbs)) return true;
    }
    // Without 现将: …整改进展情况通报如下 / 报告如下 / 公布如下, when the
    // sentence that ends with the verb, or the 120 bytes before it, name the
    // rectification.
    for (std::size_t k = text::find_any(s, kAnnounceFollows); k != npos; k = text::find_any(s, kAnnounceFollows, k + 1)) {
        const std::size_t stop = s.rfind(text::kFullStop, k);
        const std::size_t sentence = stop == npos ? 0 : stop + text::kFullStop.size();
        const std::size_t from = std::min(sentence, k > 120 ? k - 120 : 0);
        if (text::contains(s.substr(from, k - from), "整改")) return true;
    }
    return false;
}

Verdict classify(const PageShape& p) {
    if (p.other_inspection) return {false, "a rectification report about an audit or another kind of inspection"};
    if (p.announced) return {};
    if (p.titled && !p.news && !p.meeting) return {};
    // A round's rectification reviewed by the inspecting office, even when
    // written up as news (…从市委巡察办获悉): its figures are the round's own.
    if (p.header && p.reviews_rectification && !p.notice && !p.meeting) return {};
    if (p.header && p.fed_back && p.rectification_headings && !p.news && !p.meeting && !p.notice) return {};
    if (p.notice) return {false, "an inspection's arrival notice, not a rectification report"};
    if (p.meeting) return {false, "a meeting about an inspection or its rectification, not the report itself"};
    if (p.news) return {false, "a news or meeting item about an inspection, not the report itself"};
    if (p.header && p.fed_back)
        return {false, "an inspection and its feedback, but no rectification report (no announcement, title or rectification sections)"};
    if (p.header) return {false, "an inspection is announced but no findings were fed back (an inspection notice)"};
    return {false, "no inspection header, no rectification title and no announcement"};
}

}  // namespace zhenggai::report
