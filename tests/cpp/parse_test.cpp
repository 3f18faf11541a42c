// Whole reports through zhenggai::parse: both punctuation widths, CRLF, web
// chrome, a page that is not a report, and inputs that are not text at all.
// All reports here are fictional.
#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "zhenggai/parse.hpp"

namespace {

using zhenggai::Report;
using zhenggai::Span;
using zhenggai::Text;

const char* const kReport =
    "中共秋山县商务局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2023年3月27日至5月26日，县委第二巡察组对秋山县商务局党组进行了常规巡察。"
    "6月27日，县委第二巡察组向秋山县商务局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。\n"
    "一、整改工作总体情况\n"
    "局党组把巡察整改作为重大政治任务。针对反馈的24个问题，制定整改措施86条。截至目前，已完成整改22个，"
    "整改完成率91.67%。整改期间，给予党纪处分3人（党内警告2人，党内严重警告1人）；诫勉2人，批评教育5人；"
    "追回违规发放补贴资金12.5万元；建立完善制度18项。\n"
    "二、巡察反馈问题整改情况\n"
    "（一）关于“落实‘放管服’改革不到位”问题的整改情况。梳理审批事项清单，压缩办理时限。\n"
    "1.优化营商环境。开展专项行动，召开座谈会5次。\n"
    "2.规范市场监管。查处违规案件7件，党纪政务处分4人。\n"
    "（二）关于“基层党建薄弱”问题的整改情况\n"
    "1.加强支部建设。\n"
    "三、下一步工作打算\n"
    "下一步，局党组将持续巩固整改成果：一是强化责任落实；二是健全长效机制。\n"
    "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0571-86091234；邮政信箱：秋山县政务中心3号楼（秋月路18号）；"
    "邮编：310012；电子信箱：swj@qiushan.gov.cn\n"
    "中共秋山县商务局党组\n"
    "2023年9月28日\n";

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
    return s;
}

std::string to_half_width(std::string s) {
    for (auto [f, t] : {std::pair{"，", ","}, {"；", ";"}, {"：", ":"}, {"（", "("}, {"）", ")"}, {"％", "%"}})
        s = replace_all(std::move(s), f, t);
    return s;
}

std::string iso(const std::optional<zhenggai::DatedValue>& d) {
    return d ? boost::gregorian::to_iso_extended_string(d->value) : std::string("-");
}
std::string val(const std::optional<Text>& t) { return t ? to_half_width(t->value) : std::string("-"); }
std::string cnt(const std::optional<zhenggai::Count>& c) {
    return c ? std::to_string(c->value) + (c->approximate ? "~" : "") : std::string("-");
}

void fingerprint_sections(std::ostream& o, const std::vector<zhenggai::Section>& v) {
    for (const auto& s : v) {
        o << "[" << s.level << ":" << s.ordinal << ":" << to_half_width(s.label) << ":" << to_half_width(s.title.value)
          << ":" << val(s.problem) << ":" << to_half_width(s.text.value);
        fingerprint_sections(o, s.children);
        o << "]";
    }
}

// Every fact of a Report, without positions and with punctuation width folded.
std::string fingerprint(const Report& r) {
    std::ostringstream o;
    o << r.is_report << "|" << val(r.title) << "|" << (r.kind ? zhenggai::to_string(*r.kind) : "-") << "|";
    const auto& h = r.header;
    o << val(h.authority) << "|" << val(h.inspecting_body) << "|" << val(h.inspected_unit) << "|"
      << iso(h.inspection_start) << "|" << iso(h.inspection_end) << "|" << iso(h.feedback_date) << "|"
      << val(h.feedback_recipient) << "|" << val(h.round) << "|";
    o << cnt(r.progress.problems_reported) << "|" << cnt(r.progress.measures_planned) << "|"
      << cnt(r.progress.problems_completed) << "|";
    if (r.progress.completion_rate)
        o << r.progress.completion_rate->value.units << "e-" << int(r.progress.completion_rate->value.scale);
    o << "|";
    for (const auto& s : r.sanctions) {
        o << to_string(s.category) << "=" << to_half_width(s.label.value) << s.count.value << to_string(s.unit) << "(";
        for (const auto& d : s.breakdown) o << to_string(d.category) << d.count.value << ",";
        o << ")";
    }
    o << "|";
    for (const auto& m : r.money) o << to_string(m.category) << "=" << m.amount_fen << (m.approximate ? "~" : "") << ";";
    o << "|" << cnt(r.rules_established) << "|" << val(r.overview) << "|";
    fingerprint_sections(o, r.sections);
    o << "|";
    for (const auto& n : r.next_steps) o << n.ordinal << ":" << to_half_width(n.title.value) << ";";
    o << "|";
    if (r.contacts) {
        for (const auto& p : r.contacts->phones) o << p.value << ",";
        for (const auto& e : r.contacts->emails) o << e.value << ",";
        for (const auto& w : r.contacts->websites) o << w.value << ",";
        o << val(r.contacts->postal_address) << "," << val(r.contacts->postcode);
    }
    o << "|" << val(r.signatory) << "|" << iso(r.published_date);
    return o.str();
}

// Every Span in the Report lies within the input, begin <= end.
class SpanChecker {
public:
    SpanChecker(const Report& r, std::string_view src) : size_(r.source_size), src_(src) {
        EXPECT_EQ(r.source_size, src.size());
        if (r.title) text(*r.title);
        const auto& h = r.header;
        for (const auto* t : {&h.authority, &h.inspecting_body, &h.inspected_unit, &h.feedback_recipient, &h.round})
            if (*t) text(**t);
        for (const auto* d : {&h.inspection_start, &h.inspection_end, &h.feedback_date, &r.published_date})
            if (*d) span((*d)->span);
        span(h.span);
        for (const auto* c : {&r.progress.problems_reported, &r.progress.measures_planned, &r.progress.problems_completed})
            if (*c) span((*c)->span);
        if (r.progress.completion_rate) span(r.progress.completion_rate->span);
        for (const auto& s : r.sanctions) {
            text(s.label);
            span(s.count.span);
            span(s.span);
            for (const auto& d : s.breakdown) {
                text(d.label);
                span(d.count.span);
                span(d.span);
            }
        }
        for (const auto& m : r.money) {
            text(m.label);
            text(m.text);
            span(m.span);
        }
        if (r.rules_established) span(r.rules_established->span);
        if (r.overview) text(*r.overview);
        sections(r.sections);
        for (const auto& n : r.next_steps) {
            text(n.title);
            text(n.text);
            span(n.span);
        }
        if (r.contacts) {
            for (const auto* v : {&r.contacts->phones, &r.contacts->emails, &r.contacts->websites})
                for (const auto& t : *v) exact(t);
            if (r.contacts->postal_address) exact(*r.contacts->postal_address);
            if (r.contacts->postcode) exact(*r.contacts->postcode);
            span(r.contacts->span);
        }
        if (r.signatory) exact(*r.signatory);
        for (const auto& c : r.chrome) exact(c);
        for (const auto& d : r.diagnostics) span(d.span);
    }

private:
    void span(Span s) {
        EXPECT_LE(s.begin, s.end);
        EXPECT_LE(s.end, size_);
    }
    void text(const Text& t) { span(t.span); }
    // A value that must be exactly the source bytes under its span.
    void exact(const Text& t) {
        span(t.span);
        if (t.span.end <= src_.size() && t.span.begin <= t.span.end) {
            EXPECT_EQ(src_.substr(t.span.begin, t.span.size()), t.value);
        }
    }
    void sections(const std::vector<zhenggai::Section>& v) {
        for (const auto& s : v) {
            exact(s.title);
            exact(s.text);
            if (s.problem) exact(*s.problem);
            span(s.span);
            sections(s.children);
        }
    }
    std::uint32_t size_;
    std::string_view src_;
};

// A title run into the header sentence, and no round anywhere: the title
// has no paragraph of its own to search for a round (once an out-of-range read).
TEST(Parse, TitleRunIntoTheHeaderWithoutARound) {
    const Report r = zhenggai::parse(
        "中共青石县林业局党组关于巡察整改进展情况的通报根据县委统一部署,2024年3月1日至4月30日,"
        "县委第一巡察组对青石县林业局党组进行了常规巡察。5月20日,巡察组向青石县林业局党组反馈了巡察意见。"
        "现将巡察整改进展情况予以公布。\n一、整改工作开展情况\n局党组召开专题会议研究部署整改工作。\n");
    ASSERT_TRUE(r.title);
    EXPECT_EQ(r.title->value, "中共青石县林业局党组关于巡察整改进展情况的通报");
    EXPECT_FALSE(r.header.round);
    ASSERT_TRUE(r.header.inspected_unit);
    EXPECT_EQ(r.header.inspected_unit->value, "青石县林业局党组");
}

TEST(Parse, FictionalReport) {
    const std::string src = kReport;
    const Report r = zhenggai::parse(src);
    SpanChecker(r, src);
    EXPECT_TRUE(r.is_report);
    ASSERT_TRUE(r.title);
    EXPECT_EQ(r.title->value, "中共秋山县商务局党组关于县委巡察整改进展情况的通报");
    ASSERT_TRUE(r.kind);
    EXPECT_EQ(*r.kind, zhenggai::InspectionKind::xuncha);
    ASSERT_TRUE(r.header.inspected_unit);
    EXPECT_EQ(r.header.inspected_unit->value, "秋山县商务局党组");
    EXPECT_EQ(iso(r.header.inspection_start), "2023-03-27");
    EXPECT_EQ(iso(r.header.inspection_end), "2023-05-26");
    EXPECT_EQ(iso(r.header.feedback_date), "2023-06-27");

    EXPECT_EQ(cnt(r.progress.problems_reported), "24");
    EXPECT_EQ(cnt(r.progress.measures_planned), "86");
    EXPECT_EQ(cnt(r.progress.problems_completed), "22");
    ASSERT_TRUE(r.progress.completion_rate);
    EXPECT_EQ(r.progress.completion_rate->value, (zhenggai::Decimal{9167, 2}));

    // Report-level sanctions only: the case figures inside measure 2. are local.
    ASSERT_EQ(r.sanctions.size(), 3u);
    EXPECT_EQ(r.sanctions[0].category, zhenggai::SanctionCategory::party_discipline);
    EXPECT_EQ(r.sanctions[0].count.value, 3);
    ASSERT_EQ(r.sanctions[0].breakdown.size(), 2u);
    EXPECT_EQ(r.sanctions[1].category, zhenggai::SanctionCategory::admonishment);
    EXPECT_EQ(r.sanctions[2].category, zhenggai::SanctionCategory::criticism_education);
    EXPECT_EQ(r.sanctions[2].count.value, 5);

    ASSERT_EQ(r.money.size(), 1u);
    EXPECT_EQ(r.money[0].amount_fen, 12500000);
    EXPECT_EQ(r.money[0].text.value, "12.5万元");
    EXPECT_EQ(cnt(r.rules_established), "18");

    ASSERT_EQ(r.sections.size(), 3u);
    ASSERT_EQ(r.sections[1].children.size(), 2u);
    const auto& first = r.sections[1].children[0];
    EXPECT_EQ(first.level, 2);
    ASSERT_TRUE(first.problem);
    EXPECT_EQ(first.problem->value, "落实‘放管服’改革不到位");
    EXPECT_EQ(first.text.value, "梳理审批事项清单，压缩办理时限。");
    ASSERT_EQ(first.children.size(), 2u);
    EXPECT_EQ(first.children[1].level, 3);
    EXPECT_EQ(first.children[1].title.value, "规范市场监管");

    ASSERT_EQ(r.next_steps.size(), 2u);
    EXPECT_EQ(r.next_steps[0].ordinal, 1);
    EXPECT_EQ(r.next_steps[1].ordinal, 2);

    ASSERT_TRUE(r.contacts);
    ASSERT_EQ(r.contacts->phones.size(), 1u);
    EXPECT_EQ(r.contacts->phones[0].value, "0571-86091234");
    ASSERT_EQ(r.contacts->emails.size(), 1u);
    EXPECT_EQ(r.contacts->emails[0].value, "swj@qiushan.gov.cn");
    ASSERT_TRUE(r.contacts->postcode);
    EXPECT_EQ(r.contacts->postcode->value, "310012");
    ASSERT_TRUE(r.contacts->postal_address);
    EXPECT_EQ(r.contacts->postal_address->value, "秋山县政务中心3号楼（秋月路18号）");

    ASSERT_TRUE(r.signatory);
    EXPECT_EQ(r.signatory->value, "中共秋山县商务局党组");
    EXPECT_EQ(iso(r.published_date), "2023-09-28");
    EXPECT_TRUE(r.chrome.empty());
}

TEST(Parse, BothPunctuationWidthsGiveIdenticalFacts) {
    const std::string full = kReport;
    const std::string half = to_half_width(full);
    ASSERT_NE(full, half);
    const Report a = zhenggai::parse(full);
    const Report b = zhenggai::parse(half);
    SpanChecker(b, half);
    EXPECT_EQ(fingerprint(a), fingerprint(b));
    EXPECT_EQ(a.sanctions.size(), b.sanctions.size());
    EXPECT_EQ(a.sections.size(), b.sections.size());
}

TEST(Parse, CrlfGivesIdenticalFacts) {
    const std::string lf = kReport;
    const std::string crlf = replace_all(lf, "\n", "\r\n");
    const Report a = zhenggai::parse(lf);
    const Report b = zhenggai::parse(crlf);
    SpanChecker(b, crlf);
    EXPECT_EQ(fingerprint(a), fingerprint(b));
    ASSERT_TRUE(b.signatory);
    EXPECT_EQ(crlf.substr(b.signatory->span.begin, b.signatory->span.size()), "中共秋山县商务局党组");
}

TEST(Parse, BomAndIdeographicIndentGiveIdenticalFacts) {
    std::string indented = "\xEF\xBB\xBF";
    std::istringstream in(kReport);
    for (std::string line; std::getline(in, line);) indented += "\xE3\x80\x80\xE3\x80\x80" + line + "\n";
    const Report a = zhenggai::parse(kReport);
    const Report b = zhenggai::parse(indented);
    SpanChecker(b, indented);
    EXPECT_EQ(fingerprint(a), fingerprint(b));
}

TEST(Parse, WebChromeAroundTheReport) {
    const std::string src = std::string("当前位置：首页 > 信息公开 > 巡察整改\n") +
                            "发布时间：2023-09-29 09:30　来源：秋山县商务局　浏览次数：87\n" + kReport +
                            "【打印本页】【关闭窗口】\n";
    const Report r = zhenggai::parse(src);
    SpanChecker(r, src);
    EXPECT_TRUE(r.is_report);
    ASSERT_TRUE(r.title);
    EXPECT_EQ(r.title->value, "中共秋山县商务局党组关于县委巡察整改进展情况的通报");
    EXPECT_GE(r.chrome.size(), 3u);
    EXPECT_EQ(iso(r.header.feedback_date), "2023-06-27");
    EXPECT_EQ(iso(r.published_date), "2023-09-28");
    EXPECT_EQ(r.sanctions.size(), 3u);
    EXPECT_EQ(r.sections.size(), 3u);
    ASSERT_TRUE(r.contacts);
    EXPECT_EQ(r.contacts->phones.size(), 1u);
}

TEST(Parse, TitleSplitOverTwoLines) {
    const std::string src =
        "中共秋山县委员会\n"
        "关于县委巡察整改进展情况的通报\n"
        "根据市委统一部署，2023年3月1日至4月1日，市委第一巡察组对秋山县进行了巡察。"
        "5月6日，巡察组向秋山县委反馈了巡察意见。\n"
        "一、总体情况\n"
        "整改工作有序推进。\n";
    const Report r = zhenggai::parse(src);
    SpanChecker(r, src);
    EXPECT_TRUE(r.is_report);
    ASSERT_TRUE(r.title);
    EXPECT_EQ(r.title->value, "中共秋山县委员会关于县委巡察整改进展情况的通报");
    EXPECT_EQ(r.title->span.begin, 0u);
    EXPECT_EQ(iso(r.header.feedback_date), "2023-05-06");
    ASSERT_EQ(r.sections.size(), 1u);
    EXPECT_EQ(r.sections[0].text.value, "整改工作有序推进。");
}

TEST(Parse, InspectionNoticeIsNotAReport) {
    const std::string src =
        "中共秋山县委第一巡察组巡察公告\n"
        "根据县委统一部署，县委第一巡察组于2024年3月4日至4月30日对秋山县水利局党组开展常规巡察。"
        "巡察期间，受理给予党纪处分5人等问题的反映。\n"
        "联系电话：0571-86095678\n"
        "电子邮箱：xcz1@qiushan.gov.cn\n"
        "中共秋山县委第一巡察组\n"
        "2024年3月4日\n";
    const Report r = zhenggai::parse(src);
    SpanChecker(r, src);
    EXPECT_FALSE(r.is_report);
    EXPECT_TRUE(r.sanctions.empty());
    EXPECT_TRUE(r.money.empty());
    EXPECT_FALSE(r.progress.problems_reported);
    bool noted = false;
    for (const auto& d : r.diagnostics) noted = noted || d.code == "not-a-report";
    EXPECT_TRUE(noted);
}

TEST(Parse, EmptyAndWhitespaceOnly) {
    for (const std::string& src : {std::string(), std::string(" \n\t\r\n"), std::string("\xE3\x80\x80\n\xE3\x80\x80"),
                                  std::string("\xEF\xBB\xBF")}) {
        const Report r = zhenggai::parse(src);
        SpanChecker(r, src);
        EXPECT_FALSE(r.is_report);
        EXPECT_EQ(r.not_report_reason, "the input holds no text");  // every non-report says why
        EXPECT_TRUE(r.sections.empty());
        EXPECT_TRUE(r.sanctions.empty());
        EXPECT_EQ(r.source_size, src.size());
    }
}

TEST(Parse, BinaryGarbageDoesNotCrash) {
    std::uint32_t state = 12345;
    for (int round = 0; round < 20; ++round) {
        std::string src;
        const int n = 50 + round * 97;
        for (int i = 0; i < n; ++i) {
            state = state * 1664525u + 1013904223u;
            src.push_back(static_cast<char>(state >> 24));
        }
        const Report r = zhenggai::parse(src);
        SpanChecker(r, src);
        EXPECT_EQ(r.source_size, src.size());
    }
}

TEST(Parse, TruncatedReportsKeepSpansInside) {
    const std::string full = kReport;
    for (std::size_t cut = 0; cut <= full.size(); cut += 37) {
        const std::string src = full.substr(0, cut);  // may split a UTF-8 character
        const Report r = zhenggai::parse(src);
        SpanChecker(r, src);
    }
}

}  // namespace
