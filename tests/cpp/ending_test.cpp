// The signature grammars (signatory, date line, closing formula, note) through
// locate_ending, in half and full width.
#include <gtest/gtest.h>

#include <string>

#include "structure/ending.hpp"
#include "test_document.hpp"
#include "zhenggai/parse.hpp"

namespace {

using zhenggai::structure::Ending;
using zhenggai::structure::locate_ending;
using Doc = zhenggai::testing::TestDocument;
constexpr std::size_t npos = Ending::npos;

const char* const kBody = "根据市委统一部署,市委第一巡察组对禾浦区商务局党组开展了巡察。现将整改情况予以公布。\n整改工作取得阶段性成效。\n";

TEST(Ending, SignatoryAndFullDate) {
    for (const char* tail : {"中共禾浦区商务局党组\n2024年5月6日\n", "中共禾浦区商务局党组\n２０２４年５月６日\n"}) {
        const Doc d(std::string(kBody) + tail);
        const Ending e = locate_ending(d.doc, d.paras, 0);
        ASSERT_EQ(e.date_line, 3u) << tail;
        ASSERT_EQ(e.signatory, 2u);
        ASSERT_TRUE(e.signatory_text);
        EXPECT_EQ(e.signatory_text->value, "中共禾浦区商务局党组");
        EXPECT_EQ(d.at(e.signatory_text->span), "中共禾浦区商务局党组");
        ASSERT_TRUE(e.date);
        EXPECT_EQ(e.date->value, zhenggai::Date(2024, 5, 6));
        EXPECT_EQ(e.first(), 2u);
        EXPECT_EQ(e.closing, npos);
    }
}

TEST(Ending, SignatoriesWithoutZhonggongOrWeiyuanhui) {
    for (const char* who : {"禾浦区委巡察办", "青川市商务局党组", "中共青川市委员会", "青川大学党委", "中共青川市委 青川市人民政府"}) {
        const Doc d(std::string(kBody) + who + "\n2023年12月1日\n");
        const Ending e = locate_ending(d.doc, d.paras, 0);
        ASSERT_TRUE(e.signatory_text) << who;
        EXPECT_EQ(e.signatory_text->value, who);
    }
}

TEST(Ending, SentenceIsNoSignatory) {
    const Doc d(std::string(kBody) + "欢迎社会各界监督,联系电话:0571-12345678。\n2023年12月1日\n");
    const Ending e = locate_ending(d.doc, d.paras, 0);
    EXPECT_EQ(e.date_line, 3u);
    EXPECT_FALSE(e.signatory_text);
    EXPECT_EQ(e.first(), 3u);
}

TEST(Ending, ClosingFormulaAndBracketedNote) {
    for (const char* tail : {"特此通报。\n中共青川市委\n(此件公开发布)\n2024年1月8日\n",
                             "特此通报。\n中共青川市委\n（此件公开发布）\n２０２４年１月８日\n"}) {
        const Doc d(std::string(kBody) + tail);
        const Ending e = locate_ending(d.doc, d.paras, 0);
        EXPECT_EQ(e.closing, 2u) << tail;
        EXPECT_EQ(e.signatory, 3u);
        EXPECT_EQ(e.note, 4u);
        EXPECT_EQ(e.date_line, 5u);
        EXPECT_EQ(e.first(), 2u);  // the body ends before the closing formula
        ASSERT_TRUE(e.closing_text);
        EXPECT_EQ(e.closing_text->value, "特此通报。");
        ASSERT_TRUE(e.date);
    }
}

TEST(Ending, NumericAndChineseNumeralDates) {
    for (const char* date : {"2024-05-06", "2024.5.6", "二〇二四年五月六日"}) {
        const Doc d(std::string(kBody) + "中共青川市委\n" + date + "\n");
        const Ending e = locate_ending(d.doc, d.paras, 0);
        ASSERT_TRUE(e.date) << date;
        EXPECT_EQ(e.date->value, zhenggai::Date(2024, 5, 6));
        EXPECT_TRUE(e.signatory_text);
    }
}

TEST(Ending, MonthOnlyDateIsDiagnosed) {
    for (const char* date : {"2024年5月", "２０２４年５月"}) {
        const Doc d(std::string(kBody) + "中共青川市委\n" + date + "\n");
        const Ending e = locate_ending(d.doc, d.paras, 0);
        EXPECT_EQ(e.date_line, 3u) << date;
        EXPECT_FALSE(e.date);
        ASSERT_TRUE(e.signatory_text);
        EXPECT_EQ(e.signatory_text->value, "中共青川市委");
        ASSERT_TRUE(d.has_diag("date-imprecise"));
        bool said = false;
        for (const auto& g : d.diags) {
            if (g.code == "date-imprecise") {
                said = g.message.find("signature") != std::string::npos;
                EXPECT_EQ(d.at(g.span), date);
            }
        }
        EXPECT_TRUE(said);
    }
}

TEST(Ending, InvalidDateIsDiagnosed) {
    const Doc d(std::string(kBody) + "中共青川市委\n2023年2月30日\n");
    const Ending e = locate_ending(d.doc, d.paras, 0);
    EXPECT_EQ(e.date_line, 3u);
    EXPECT_FALSE(e.date);
    EXPECT_TRUE(d.has_diag("date-invalid"));
}

TEST(Ending, NothingAtOrBeforeTheHeader) {
    const Doc d("中共青川市委\n2024年5月6日\n");
    const Ending e = locate_ending(d.doc, d.paras, 1);
    EXPECT_EQ(e.date_line, npos);
    EXPECT_EQ(e.first(), npos);
}

TEST(Ending, ClosingFormulaIsItsOwnPartNotTheLastSectionsText) {
    for (const char* closing : {"特此通报。", "特此报告。", "特此通报"}) {
        const std::string text = std::string("关于禾浦区商务局党组巡察整改进展情况的通报\n") + kBody +
                                 "一、整改工作开展情况\n局党组召开专题会议研究部署整改工作。\n" + closing +
                                 "\n中共禾浦区商务局党组\n2024年5月6日\n";
        const zhenggai::Report r = zhenggai::parse(text);
        ASSERT_TRUE(r.closing) << closing;
        EXPECT_EQ(r.closing->value, closing);
        EXPECT_EQ(text.substr(r.closing->span.begin, r.closing->span.size()), closing);
        ASSERT_FALSE(r.sections.empty());
        const zhenggai::Section* last = &r.sections.back();
        while (!last->children.empty()) last = &last->children.back();
        EXPECT_EQ(last->text.value.find("特此"), std::string::npos) << last->text.value;
        EXPECT_TRUE(r.unclassified.empty());
    }
}

TEST(Ending, WholeReportWithMonthOnlySignatureDate) {
    const std::string text = std::string("关于禾浦区商务局党组巡察整改进展情况的通报\n") + kBody +
                             "中共禾浦区商务局党组\n2024年5月\n";
    const zhenggai::Report r = zhenggai::parse(text);
    ASSERT_TRUE(r.signatory);
    EXPECT_EQ(r.signatory->value, "中共禾浦区商务局党组");
    EXPECT_FALSE(r.published_date);
    bool diagnosed = false;
    for (const auto& g : r.diagnostics) diagnosed = diagnosed || (g.code == "date-imprecise" && text.substr(g.span.begin, g.span.size()) == "2024年5月");
    EXPECT_TRUE(diagnosed);
    // One fault, one diagnostic: the date line is read (imprecise), not unclassified text.
    EXPECT_TRUE(r.unclassified.empty());
    for (const auto& g : r.diagnostics) EXPECT_NE(g.code, "unclassified-text") << text.substr(g.span.begin, g.span.size());
}

}  // namespace
