// A hand-built Report with every member set and every compact JSON form
// carrying a span and a flag, so that no part of the JSON form can be lost or
// left out of the schema without a test noticing.
#pragma once

#include "zhenggai/report.hpp"

namespace zhenggai::fixtures {

inline zhenggai::Report fully_populated_report() {
    using zhenggai::Text;
    zhenggai::Report r;
    r.is_report = false;
    r.not_report_reason = "示例";
    r.encoding = zhenggai::Encoding::gb18030;
    r.title = Text{"关于巡视整改进展情况的通报", {0, 39}};
    r.kind = zhenggai::InspectionKind::xuncha;
    r.header.authority = Text{"区委", {40, 46}};
    r.header.inspected_unit = Text{"某某街道（含社区）", {47, 60}};
    r.header.inspection_start = zhenggai::DatedValue{zhenggai::Date(2021, 3, 5), {61, 70}, false};
    r.header.inspection_end = zhenggai::DatedValue{zhenggai::Date(2021, 5, 20), {71, 80}, true};
    r.header.round = Text{"第三轮", {81, 90}};
    r.header.span = {40, 120};
    r.progress.problems_reported = zhenggai::Count{46, true, {130, 140}};
    r.progress.problems_completed = zhenggai::Count{0, false, {141, 142}};
    r.progress.completion_rate = zhenggai::Percentage{{9348, 2}, {150, 156}};

    zhenggai::Sanction s{zhenggai::SanctionCategory::party_discipline,
                         Text{"党纪处分", {200, 212}},
                         zhenggai::Count{48, true, {212, 215}},
                         zhenggai::SanctionUnit::people,
                         {},
                         {200, 240}};
    s.breakdown.push_back({zhenggai::SanctionCategory::expulsion_from_party,
                           Text{"开除党籍", {216, 228}},
                           zhenggai::Count{15, false, {228, 231}},
                           {216, 231}});
    r.sanctions.push_back(s);
    r.sanctions.push_back({zhenggai::SanctionCategory::cases_filed,
                           Text{"立案", {241, 247}},
                           zhenggai::Count{53, false, {247, 250}},
                           zhenggai::SanctionUnit::cases,
                           {},
                           {241, 250}});
    r.money.push_back({zhenggai::MoneyCategory::losses_recovered,
                       Text{"挽回经济损失", {260, 278}},
                       500575,
                       Text{"5005.75元", {278, 288}},
                       true,
                       {260, 288}});
    r.money.push_back({zhenggai::MoneyCategory::refunded,
                       Text{"清退", {290, 296}},
                       7,
                       Text{"0.07元", {296, 303}},
                       false,
                       {290, 303}});
    r.rules_established = zhenggai::Count{37, true, {310, 315}};
    r.overview = Text{"概述。", {320, 329}};

    zhenggai::Section top{"一、",
                          "一",
                          1,
                          1,
                          Text{"关于“两个维护”问题的整改情况", {330, 372}},
                          Text{"两个维护", {336, 348}},
                          Text{"正文。", {372, 381}},
                          {330, 500},
                          {}};
    top.children.push_back(
        {"（一）", "（一）", 1, 2, Text{"小标题", {381, 396}}, std::nullopt, Text{"", {396, 396}}, {381, 500}, {}});
    r.sections.push_back(top);
    r.next_steps.push_back({"一是", 1, Text{"持续深化", {510, 522}}, Text{"一是持续深化。", {504, 525}}, {504, 525}});
    r.next_steps_block = Text{"下一步，一是持续深化。", {500, 525}};

    zhenggai::Contacts c;
    c.phones = {Text{"0573-12345678", {600, 613}}, Text{"12388", {660, 665}}};
    c.emails = {Text{"jb@example.cn", {620, 633}}};
    c.websites = {Text{"www.example.cn", {670, 684}}};
    c.postal_address = Text{"某某路1号", {640, 653}};
    c.postcode = Text{"314000", {654, 660}};
    c.span = {590, 690};
    r.contacts = c;
    r.signatory = Text{"中共某某区委", {700, 718}};
    r.published_date = zhenggai::DatedValue{zhenggai::Date(2022, 1, 9), {720, 740}, true};
    r.chrome = {Text{"首页 > 通知公告", {0, 0}}};
    r.unclassified = {Text{"未归类", {750, 759}}};
    r.derived.inspection_days = 77;
    r.derived.days_feedback_to_publication = -3;
    r.derived.sanctions_by_category = {{"party_discipline", 48}};
    r.derived.cases_by_category = {{"cases_filed", 53}};
    r.derived.money_by_category = {{"losses_recovered", 500575}, {"refunded", 7}, {"recovered", 100000000000000}};
    r.derived.content_hash = "0123456789abcdef";
    r.diagnostics.push_back({zhenggai::Severity::info, "year-inferred", "year taken from 2021年3月5日", {71, 80}});
    r.source_size = 800;
    return r;
}

}  // namespace zhenggai::fixtures
