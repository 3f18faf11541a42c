// Hard-wrapped text (input/wrapping.hpp): the per-document detector, the
// joining of lines into paragraphs through the offset map, page furniture.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "input/normalized_text.hpp"
#include "input/wrapping.hpp"
#include "structure/paragraphs.hpp"
#include "test_document.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"

namespace {

namespace fs = std::filesystem;
using zhenggai::Diagnostic;
using zhenggai::Span;
using zhenggai::input::is_page_number;
using zhenggai::input::looks_hard_wrapped;
using zhenggai::input::NormalizedText;
using zhenggai::input::Wrapping;
using zhenggai::testing::TestDocument;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const fs::path source_dir(ZHENGGAI_SOURCE_DIR);

// A short wrapped report: twenty characters a line, breaks inside a date
// (2023年4|月3日), a number (2|7人), a breakdown, a quote (履职不|力), a page
// number in mid-sentence and a 。 alone on its line.
const std::string kWrapped =
    "根据市委统一部署，市委第一巡察组于2023年4\n"
    "月3日至5月26日对岚溪镇党委开展了常规巡察，\n"
    "并于2023年7月10日反馈了巡察意见。\n"
    "一、总体情况\n"
    "镇党委召开专题会议研究部署整改工作，对照反\n"
    "馈的18个问题逐项制定整改措施，截至目前已完\n"
    "成整改16个。整改过程中，给予党纪处分2\n"
    "7人（党内警告12人，党内严重警告6人，撤销\n"
    "党内职务9人），对“岗位职责不清、履职不\n"
    "- 2 -\n"
    "力”的14名干部进行了提醒谈话，建立制度5项\n"
    "。\n"
    "二、下一步打算\n"
    "持续抓好剩余问题整改，做到问题不解决不销号\n"
    "、整改不到位不放过，确保整改工作取得实效。\n";

std::vector<std::string> paragraphs(const TestDocument& t) {
    std::vector<std::string> out;
    for (const auto& r : t.paras) out.emplace_back(t.doc.text(r));
    return out;
}

// The normalised range of `needle` (normalised spelling) in t's text.
zhenggai::input::Range find(const TestDocument& t, std::string_view needle) {
    const std::size_t at = t.doc.text().find(needle);
    EXPECT_NE(at, std::string_view::npos) << needle;
    if (at == std::string_view::npos) return {};
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
}

TEST(Wrapping, PageNumbers) {
    for (const char* s : {"- 2 -", "-2-", "—3—", "— 12 —", "2", "17", "2/9", "第2页", "第 2 页", "第2页 共9页",
                          "第 2 页 共 9 页", "第2页,共9页", "第2页/共9页", "共9页 第2页", "~4~"})
        EXPECT_TRUE(is_page_number(s)) << s;
    for (const char* s : {"2024", "12人", "1.5万元", "一、", "(2)", "第二部分", "2-3", "共9页", "第2页共", "- -", "",
                          "第2条", "2/9月"})
        EXPECT_FALSE(is_page_number(s)) << s;
}

TEST(Wrapping, DetectsAWrappedDocument) {
    std::vector<Diagnostic> d;
    const NormalizedText keep = NormalizedText::from_source(kWrapped, d, Wrapping::keep);
    EXPECT_TRUE(looks_hard_wrapped(keep.text()));
    const TestDocument t(kWrapped);
    EXPECT_TRUE(t.doc.normalized().unwrapped());
    EXPECT_TRUE(t.has_diag("hard-wrapped"));
    EXPECT_EQ(paragraphs(t), (std::vector<std::string>{
                                 "根据市委统一部署,市委第一巡察组于2023年4月3日至5月26日对岚溪镇党委开展了常规巡察,"
                                 "并于2023年7月10日反馈了巡察意见。",
                                 "一、总体情况",
                                 "镇党委召开专题会议研究部署整改工作,对照反馈的18个问题逐项制定整改措施,截至目前已完"
                                 "成整改16个。整改过程中,给予党纪处分27人(党内警告12人,党内严重警告6人,撤销党内职务9"
                                 "人),对“岗位职责不清、履职不力”的14名干部进行了提醒谈话,建立制度5项。",
                                 "二、下一步打算",
                                 "持续抓好剩余问题整改,做到问题不解决不销号、整改不到位不放过,确保整改工作取得实效。",
                             }));
}

TEST(Wrapping, ValuesAcrossABreakComeBackWithoutIt) {
    const TestDocument t(kWrapped);
    // A number split by the break: its span holds the break, its value does not.
    const auto n = find(t, "27人");
    EXPECT_EQ(t.at(t.doc.span(n)), "2\n7人");
    EXPECT_EQ(t.doc.text_value(n).value, "27人");
    // A date.
    const auto date = find(t, "2023年4月3日");
    EXPECT_EQ(t.at(t.doc.span(date)), "2023年4\n月3日");
    EXPECT_EQ(t.doc.text_value(date).value, "2023年4月3日");
    // A quote split by a page number: the page number is inside the span, not the value.
    const auto quote = find(t, "“岗位职责不清、履职不力”");
    EXPECT_EQ(t.at(t.doc.span(quote)), "“岗位职责不清、履职不\n- 2 -\n力”");
    EXPECT_EQ(t.doc.text_value(quote).value, "“岗位职责不清、履职不力”");
    // The 。 alone on a line ends the sentence before it.
    const auto stop = find(t, "5项。");
    EXPECT_EQ(t.doc.text_value(stop).value, "5项。");
    // Every character of the joined text maps back to itself in the source.
    const std::string_view text = t.doc.text();
    std::vector<Diagnostic> d;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 1;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xE0) len = 3;
        const auto b = static_cast<std::uint32_t>(i), e = static_cast<std::uint32_t>(i + len);
        const std::string value = t.doc.normalized().source_value(b, e);
        EXPECT_EQ(NormalizedText::from_source(value, d, Wrapping::keep).text(), text.substr(i, len)) << "at " << i;
        i += len;
    }
}

TEST(Wrapping, PageNumberIsLeftOutWithADiagnostic) {
    const TestDocument t(kWrapped);
    EXPECT_EQ(t.doc.text().find("- 2 -"), std::string_view::npos);
    const auto furniture = std::find_if(t.diags.begin(), t.diags.end(),
                                        [](const Diagnostic& d) { return d.code == "page-furniture"; });
    ASSERT_NE(furniture, t.diags.end());
    EXPECT_EQ(t.at(furniture->span), "- 2 -");
    // Each joined piece holds a line break.
    ASSERT_FALSE(t.doc.normalized().joined().empty());
    for (const Span s : t.doc.normalized().joined()) EXPECT_NE(t.at(s).find('\n'), std::string::npos) << t.at(s);
}

TEST(Wrapping, BreaksThatEndAParagraphStay) {
    // Full lines left open, each followed by what starts a new part: a
    // heading, a contact item, a signature above its date.
    const std::string src =
        "整改工作领导小组定期调度整改进展情况并开展督\n"
        "二、下一步工作打算和持续推进整改的具体安排\n"
        "持续抓好剩余问题整改，确保取得实际成效为止\n"
        "联系电话：0571-55550123（工作日上午）接待\n"
        "中共岚溪镇委员会\n"
        "2024年5月6日\n";
    std::vector<Diagnostic> d;
    const NormalizedText n = NormalizedText::from_source(src, d, Wrapping::join);
    const std::vector<zhenggai::input::Range> paras = zhenggai::structure::split_paragraphs(n.text());
    EXPECT_EQ(paras.size(), 5u) << n.text();  // only 持续…为止 + 联系电话 would join: it is a contact item
    EXPECT_NE(n.text().find("开展督\n二、"), std::string_view::npos);
    EXPECT_NE(n.text().find("为止\n联系电话"), std::string_view::npos);
    EXPECT_NE(n.text().find("接待\n中共"), std::string_view::npos);
}

TEST(Wrapping, SentenceEndsAreNotJoined) {
    const std::string src =
        "截至目前反馈问题已全部完成整改销号工作。\n"
        "持续巩固整改成果，建立健全长效机制；\n"
        "同时做好下一阶段各项工作的统筹安排：\n"
        "一是持续抓好整改落实工作不断取得新成效\n"
        "二是建立健全长效机制以防问题反弹回潮\n";
    std::vector<Diagnostic> d;
    const NormalizedText n = NormalizedText::from_source(src, d, Wrapping::join);
    EXPECT_EQ(n.text(),
              "截至目前反馈问题已全部完成整改销号工作。\n持续巩固整改成果,建立健全长效机制;\n"
              "同时做好下一阶段各项工作的统筹安排:\n一是持续抓好整改落实工作不断取得新成效二是建立健全长效机制以防问题反弹回潮\n");
}

TEST(Wrapping, ShortLinesEndParagraphs) {
    // Headings and the last line of a paragraph are short: never joined.
    const std::string src =
        "一、总体情况\n"
        "局党组高度重视巡察整改工作并召开专题会议研究\n"
        "部署整改工作\n"
        "二、具体措施\n";
    std::vector<Diagnostic> d;
    const NormalizedText n = NormalizedText::from_source(src, d, Wrapping::join);
    EXPECT_EQ(n.text(), "一、总体情况\n局党组高度重视巡察整改工作并召开专题会议研究部署整改工作\n二、具体措施\n");
}

TEST(Wrapping, CrlfAndFullWidthIndentation) {
    std::string src;
    for (const char* line : {"　　根据区委统一部署，区委第二巡察组于2023年",
                             "3月6日至4月28日对区审计局党组开展了常规巡察",
                             "，并于6月2日反馈了巡察意见。现将整改情况予以",
                             "公布。"})
        src += std::string(line) + "\r\n";
    std::vector<Diagnostic> d;
    const NormalizedText n = NormalizedText::from_source(src, d, Wrapping::join);
    EXPECT_EQ(n.text(), "  根据区委统一部署,区委第二巡察组于2023年3月6日至4月28日对区审计局党组开展了常规巡察,"
                        "并于6月2日反馈了巡察意见。现将整改情况予以公布。\n");
    const std::size_t at = n.text().find("2023年3月6日");
    const Span s = n.to_source(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::string("2023年3月6日").size()));
    EXPECT_EQ(src.substr(s.begin, s.size()), "2023年\r\n3月6日");
    EXPECT_EQ(n.value_at(s), "2023年3月6日");
}

TEST(Wrapping, RunningHeadersNextToPageNumbers) {
    // The same line on top of pages 2 and 3: furniture both times (a line
    // seen once next to a page number may be text, and stays).
    std::string src = kWrapped;
    const std::string header = "岚溪镇党委巡察整改情况通报";
    const std::size_t at = src.find("- 2 -\n") + std::string("- 2 -\n").size();
    src.insert(at, header + "\n");
    src.insert(src.find("二、下一步打算"), "\n- 3 -\n" + header + "\n\n");
    const TestDocument t(src);
    EXPECT_EQ(t.doc.text().find(header), std::string_view::npos);
    const auto quote = find(t, "“岗位职责不清、履职不力”");
    EXPECT_EQ(t.doc.text_value(quote).value, "“岗位职责不清、履职不力”");
    std::size_t furniture = 0;
    for (const Diagnostic& d : t.diags) furniture += d.code == "page-furniture";
    EXPECT_EQ(furniture, 4u);
    // Between paragraphs, the furniture goes with the paragraph before it:
    // in its span, not in its value.
    const auto last = find(t, "建立制度5项。");
    const std::string under = t.at(t.doc.span(last));
    EXPECT_TRUE(under.ends_with("- 3 -\n" + header)) << under;
    EXPECT_EQ(t.doc.text_value(last).value, "建立制度5项。");
    EXPECT_NE(t.doc.text().find("5项。\n"), std::string_view::npos);
}

TEST(Wrapping, ARepeatedSentenceEndIsTextNotAHeader) {
    // Boilerplate that wraps the same way three times ends a sentence each
    // time: it is text, and the paragraph after it stays a paragraph.
    const std::string tail = "任分工，逐项推动落实。\n";
    std::string src = kWrapped;
    for (int i = 0; i < 3; ++i) {
        src.insert(src.find("二、下一步打算"), "(" + std::to_string(i + 1) + ")关于作风建设问题的整改情况。制定专项方案，明确责\n" + tail);
    }
    const TestDocument t(src);
    std::size_t kept = 0;
    for (std::size_t at = t.doc.text().find("逐项推动落实。"); at != std::string_view::npos;
         at = t.doc.text().find("逐项推动落实。", at + 1))
        ++kept;
    EXPECT_EQ(kept, 3u);
    std::size_t furniture = 0;
    for (const Diagnostic& d : t.diags) furniture += d.code == "page-furniture";
    EXPECT_EQ(furniture, 1u);  // the page number - 2 - alone
}

TEST(Wrapping, TitleOverTwoLines) {
    std::string src = "中共岚溪镇委员会关于市委第一巡察组\n巡察反馈意见整改进展情况的通报\n" + kWrapped;
    const TestDocument t(src);
    EXPECT_EQ(t.doc.text(t.paras.front()), "中共岚溪镇委员会关于市委第一巡察组巡察反馈意见整改进展情况的通报");
}

// Web text, one paragraph per line: not detected, and the normalised text is
// exactly what it is without the joiner.
void expect_untouched(const fs::path& p) {
    const zhenggai::LoadedText loaded = zhenggai::load(read_file(p));
    std::vector<Diagnostic> d1, d2;
    const NormalizedText detect = NormalizedText::from_source(loaded.text, d1);
    const NormalizedText keep = NormalizedText::from_source(loaded.text, d2, Wrapping::keep);
    EXPECT_FALSE(detect.unwrapped()) << p;
    EXPECT_FALSE(looks_hard_wrapped(keep.text())) << p;
    EXPECT_EQ(detect.text(), keep.text()) << p;
    EXPECT_EQ(d1.size(), d2.size()) << p;
}

TEST(Wrapping, WebTextIsLeftAsItIs) {
    std::size_t n = 0;
    for (const char* dir : {"tests/data", "examples/reports"}) {
        if (!fs::is_directory(source_dir / dir)) continue;
        for (const auto& e : fs::recursive_directory_iterator(source_dir / dir)) {
            if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
            // The wrapped fixtures themselves (and the diagnostics' own).
            const std::string name = e.path().filename().string();
            if ((name.starts_with("wrapped-pdf-") && name != "wrapped-pdf-unwrapped.txt") || name == "hard-wrapped.txt" ||
                name == "page-furniture.txt")
                continue;
            expect_untouched(e.path());
            ++n;
        }
    }
    EXPECT_GE(n, 20u);
    const fs::path shared = source_dir.parent_path() / "shared";
    for (const char* dir : {"corpus", "seeds"}) {
        if (!fs::is_directory(shared / dir)) continue;
        for (const auto& e : fs::directory_iterator(shared / dir))
            if (e.is_regular_file() && e.path().extension() == ".txt") expect_untouched(e.path());
    }
}

// The fixtures: both widths read as wrapped, and as the same report one
// paragraph per line (same paragraphs from the header on, same content hash).
TEST(Wrapping, FixturesJoinToTheUnwrappedReport) {
    const std::string web = read_file(source_dir / "tests/data/wrapped-pdf-unwrapped.txt");
    const zhenggai::Report reference = zhenggai::parse(web);
    for (const char* name : {"wrapped-pdf-fullwidth.txt", "wrapped-pdf-halfwidth.txt"}) {
        SCOPED_TRACE(name);
        const std::string src = read_file(source_dir / "tests/data" / name);
        const zhenggai::Report r = zhenggai::parse(src);
        EXPECT_TRUE(std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                                [](const Diagnostic& d) { return d.code == "hard-wrapped"; }));
        EXPECT_EQ(r.derived.content_hash, reference.derived.content_hash);
        EXPECT_TRUE(r.unclassified.empty());
        ASSERT_TRUE(r.title.has_value());
        EXPECT_EQ(r.title->value, reference.title->value);
        // The breakdown item split over two lines: value without the break,
        // span over the source as written.
        ASSERT_FALSE(r.sanctions.empty());
        ASSERT_EQ(r.sanctions.front().breakdown.size(), 3u);
        const auto& serious = r.sanctions.front().breakdown[1];
        EXPECT_EQ(serious.label.value, "党内严重警告");
        const std::string under = src.substr(serious.label.span.begin, serious.label.span.size());
        EXPECT_TRUE(under.starts_with("党内严")) << under;
        EXPECT_TRUE(under.ends_with("重警告")) << under;
        EXPECT_NE(under.find('\n'), std::string::npos);
        // The inspection end date split over two lines: 11月3|日.
        ASSERT_TRUE(r.header.inspection_end.has_value());
        const Span end = r.header.inspection_end->span;
        EXPECT_NE(src.substr(end.begin, end.size()).find('\n'), std::string::npos);
        // 附件1 and the last page number are chrome; the others are left out.
        ASSERT_GE(r.chrome.size(), 2u);
        EXPECT_EQ(r.chrome.front().value, "附件1");
        std::size_t furniture = 0;
        for (const Diagnostic& d : r.diagnostics) furniture += d.code == "page-furniture";
        EXPECT_EQ(furniture, 4u);
    }
}

}  // namespace
