// Dates: full, year-less, month-level and ten-day periods, numeric and ranges.
#include <gtest/gtest.h>

#include <string>

#include "facts/dates/dates.hpp"

namespace {

using zhenggai::facts::make_date;
using zhenggai::facts::match_date;
using zhenggai::facts::match_date_range;
using zhenggai::facts::match_numeric_date;

TEST(Dates, FullArabicDate) {
    const std::string s = "2023年3月2日,巡察组";
    const auto m = match_date(s);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->year, 2023);
    EXPECT_EQ(m->month, 3);
    EXPECT_EQ(m->day, 2);
    EXPECT_TRUE(m->period.empty());
    EXPECT_EQ(m->length, std::string("2023年3月2日").size());
}

TEST(Dates, DateWithoutYear) {
    const auto m = match_date("7月26日反馈");
    ASSERT_TRUE(m);
    EXPECT_FALSE(m->year);
    EXPECT_EQ(m->month, 7);
    EXPECT_EQ(m->day, 26);
    EXPECT_EQ(m->length, std::string("7月26日").size());
}

TEST(Dates, TenDayPeriodHasNoDay) {
    const std::string s = "5月上旬至";
    const auto m = match_date(s);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->month, 5);
    EXPECT_FALSE(m->day);
    EXPECT_EQ(m->period, "上旬");
    EXPECT_EQ(m->length, std::string("5月上旬").size());
    // The period is a view into the input, not a copy.
    EXPECT_EQ(m->period.data(), s.data() + std::string("5月").size());
}

TEST(Dates, CombinedTenDayPeriodIsReadWhole) {
    const auto m = match_date("2024年4月上中旬");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->year, 2024);
    EXPECT_EQ(m->month, 4);
    EXPECT_FALSE(m->day);
    EXPECT_EQ(m->period, "上中旬");
}

TEST(Dates, MonthOnly) {
    const auto m = match_date("9月,");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->month, 9);
    EXPECT_FALSE(m->day);
    EXPECT_FALSE(m->year);
    EXPECT_EQ(m->length, std::string("9月").size());

    const auto f = match_date("2022年9月份");
    ASSERT_TRUE(f);
    EXPECT_FALSE(f->day);
    EXPECT_EQ(f->period, "份");
}

TEST(Dates, ChineseNumeralDate) {
    const std::string s = "二〇二四年二月二十二日";
    const auto m = match_date(s);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->year, 2024);
    EXPECT_EQ(m->month, 2);
    EXPECT_EQ(m->day, 22);
    EXPECT_EQ(m->length, s.size());

    const auto d = match_date("二○二三年十二月三十一日");  // U+25CB circle as zero
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year, 2023);
    EXPECT_EQ(d->month, 12);
    EXPECT_EQ(d->day, 31);
}

TEST(Dates, DayFollowedByZhongIsNotAPeriod) {
    const std::string s = "3月5日中午";
    const auto m = match_date(s);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->day, 5);
    EXPECT_TRUE(m->period.empty());
    EXPECT_EQ(m->length, std::string("3月5日").size());
}

TEST(Dates, NotADate) {
    EXPECT_FALSE(match_date(""));
    EXPECT_FALSE(match_date("2023年"));
    EXPECT_FALSE(match_date("截至目前"));
    EXPECT_FALSE(match_date("48人"));
}

TEST(Dates, NumericDates) {
    for (const char* s : {"2023-11-20", "2023/11/20", "2023.11.20"}) {
        const auto m = match_numeric_date(s);
        ASSERT_TRUE(m) << s;
        EXPECT_EQ(m->year, 2023) << s;
        EXPECT_EQ(m->month, 11) << s;
        EXPECT_EQ(m->day, 20) << s;
        EXPECT_EQ(m->length, 10u) << s;
    }
    const auto short_form = match_numeric_date("2024-3-7 10:00");
    ASSERT_TRUE(short_form);
    EXPECT_EQ(short_form->month, 3);
    EXPECT_EQ(short_form->day, 7);
    EXPECT_EQ(short_form->length, 8u);
    EXPECT_FALSE(match_numeric_date("2023-11-201"));
    EXPECT_FALSE(match_numeric_date("23-11-20"));
}

TEST(Dates, RangeWithImpliedEndYear) {
    const std::string s = "2023年3月27日至5月26日,";
    const auto r = match_date_range(s);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->start.year, 2023);
    EXPECT_EQ(r->start.month, 3);
    EXPECT_EQ(r->start.day, 27);
    EXPECT_FALSE(r->end.year);
    EXPECT_EQ(r->end.month, 5);
    EXPECT_EQ(r->end.day, 26);
    EXPECT_EQ(s.substr(r->end_offset, r->end.length), "5月26日");
    EXPECT_EQ(r->length, std::string("2023年3月27日至5月26日").size());
}

TEST(Dates, RangeSeparators) {
    for (const char* s : {"2023年3月1日-4月30日", "2023年3月1日—4月30日", "2023年3月1日到4月30日",
                          "2023年3月1日 至 4月30日", "2023年3月1日——4月30日"}) {
        const auto r = match_date_range(s);
        ASSERT_TRUE(r) << s;
        EXPECT_EQ(r->start.day, 1) << s;
        EXPECT_EQ(r->end.month, 4) << s;
        EXPECT_EQ(r->end.day, 30) << s;
        EXPECT_EQ(r->length, std::string(s).size()) << s;
    }
}

TEST(Dates, RangeAcrossYears) {
    const auto r = match_date_range("2023年11月6日至2024年1月12日");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->start.year, 2023);
    EXPECT_EQ(r->end.year, 2024);
    EXPECT_EQ(r->end.month, 1);
}

TEST(Dates, RangeOfTenDayPeriods) {
    const auto r = match_date_range("4月上旬至6月中旬");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->start.period, "上旬");
    EXPECT_EQ(r->end.period, "中旬");
    EXPECT_FALSE(r->start.day);
    EXPECT_FALSE(r->end.day);
}

TEST(Dates, NotARange) {
    EXPECT_FALSE(match_date_range("2023年3月27日,"));
    EXPECT_FALSE(match_date_range("2023年3月27日至今"));
}

TEST(Dates, MakeDateRejectsImpossibleDays) {
    EXPECT_FALSE(make_date(2023, 2, 30));
    EXPECT_FALSE(make_date(2023, 13, 1));
    EXPECT_FALSE(make_date(2023, 0, 1));
    EXPECT_FALSE(make_date(2023, 4, 31));
    EXPECT_FALSE(make_date(2023, 4, 0));
    EXPECT_FALSE(make_date(0, 1, 1));
    EXPECT_FALSE(make_date(2023, 2, 29));
    EXPECT_FALSE(make_date(1900, 2, 29));  // century, not a leap year
}

TEST(Dates, MakeDateLeapYears) {
    const auto d = make_date(2024, 2, 29);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year(), 2024);
    EXPECT_EQ(d->month(), 2);
    EXPECT_EQ(d->day(), 29);
    EXPECT_TRUE(make_date(2000, 2, 29));
    EXPECT_TRUE(make_date(2023, 12, 31));
}

TEST(Dates, MonthThirteenParsesButIsNotACalendarDate) {
    const auto m = match_date("2023年13月5日");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->month, 13);
    ASSERT_TRUE(m->year && m->day);
    EXPECT_FALSE(make_date(*m->year, m->month, *m->day));
}

}  // namespace

// Dates that lost 年 and 月 in copying: read only where one split is valid.
TEST(DamagedDates, OneValidReadingOnly) {
    const auto d = zhenggai::facts::match_date("2019312日至");
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->damaged);
    EXPECT_EQ(*d->year, 2019);
    EXPECT_EQ(d->month, 3);
    EXPECT_EQ(*d->day, 12);
    EXPECT_FALSE(zhenggai::facts::match_date("2021112日"));  // 1月12日 or 11月2日
    EXPECT_FALSE(zhenggai::facts::match_date("15日"));       // a day of the month, not damage
    const auto r = zhenggai::facts::match_date_range("2019312日至58日");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->end.month, 5);
    EXPECT_EQ(*r->end.day, 8);
    EXPECT_TRUE(r->end.damaged);
    const auto leap = zhenggai::facts::match_date("2024229日");
    ASSERT_TRUE(leap);
    EXPECT_EQ(leap->month, 2);
    EXPECT_FALSE(zhenggai::facts::match_date("2023229日"));  // 2023 has no 2月29日
}
