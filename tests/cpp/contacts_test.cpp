// Contact tokens and the contacts block (inline or one item per line).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/contacts/contacts.hpp"
#include "facts/contacts/tokens.hpp"
#include "input/document.hpp"
#include "test_document.hpp"
#include "structure/paragraphs.hpp"

namespace {

using zhenggai::facts::extract_contacts;
using zhenggai::facts::has_contact_item;
using zhenggai::facts::match_email;
using zhenggai::facts::match_phone;
using zhenggai::facts::match_postcode;
using zhenggai::facts::match_url;
using zhenggai::input::Range;

struct Doc : zhenggai::testing::TestDocument {
    using TestDocument::TestDocument;
};

void expect_slices(const Doc& d, const zhenggai::Text& t) { EXPECT_EQ(d.at(t.span), t.value); }

// ------------------------------------------------------------------ tokens ---

TEST(ContactTokens, Phones) {
    EXPECT_EQ(match_phone("0571-86091234;"), 13u);
    EXPECT_EQ(match_phone("010-63201234"), 12u);
    EXPECT_EQ(match_phone("(0571)86091234"), 14u);
    EXPECT_EQ(match_phone("13907311234,"), 11u);
    EXPECT_EQ(match_phone("12388"), 5u);
    EXPECT_EQ(match_phone("86091234"), 8u);
    EXPECT_EQ(match_phone("0571-86091234-802"), 17u);
    EXPECT_FALSE(match_phone("1234"));
    EXPECT_FALSE(match_phone("123456789012345"));
    EXPECT_FALSE(match_phone("电话"));
}

TEST(ContactTokens, Emails) {
    EXPECT_EQ(match_email("xcb@qiushan.gov.cn;"), std::string("xcb@qiushan.gov.cn").size());
    EXPECT_EQ(match_email("jw_2024.zg@mail.example.cn"), std::string("jw_2024.zg@mail.example.cn").size());
    EXPECT_FALSE(match_email("xcb@localhost"));
    EXPECT_FALSE(match_email("@qiushan.gov.cn"));
}

TEST(ContactTokens, UrlsStopAtListPunctuationAndFinalStop) {
    EXPECT_EQ(match_url("https://jw.qiushan.cn/xc/;"), std::string("https://jw.qiushan.cn/xc/").size());
    EXPECT_EQ(match_url("www.qiushan.gov.cn."), std::string("www.qiushan.gov.cn").size());
    EXPECT_EQ(match_url("http://www.qiushan.gov.cn, "), std::string("http://www.qiushan.gov.cn").size());
    EXPECT_FALSE(match_url("qiushan.gov.cn"));
}

TEST(ContactTokens, Postcodes) {
    EXPECT_EQ(match_postcode("310012;"), 6u);
    EXPECT_FALSE(match_postcode("31001"));
    EXPECT_FALSE(match_postcode("3100123"));
}

TEST(ContactTokens, HasContactItem) {
    EXPECT_TRUE(has_contact_item("联系电话:0571-86091234"));
    EXPECT_TRUE(has_contact_item("电 话 0571-86091234"));
    EXPECT_TRUE(has_contact_item("邮政信箱:秋山市某某路1号"));
    EXPECT_TRUE(has_contact_item("邮编:310012"));
    EXPECT_FALSE(has_contact_item("加强电话回访工作,提升群众满意度。"));
    EXPECT_FALSE(has_contact_item("健全地址库"));
    EXPECT_FALSE(has_contact_item(""));
}

// ------------------------------------------------------------------- block ---

TEST(Contacts, InlineBlock) {
    const Doc d("联系方式:电话0571-86091234;邮政信箱:秋山市行政中心A座(秋月路18号);邮编:310012;"
                "电子信箱:xcb@qiushan.gov.cn。");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->phones.size(), 1u);
    EXPECT_EQ(c->phones[0].value, "0571-86091234");
    ASSERT_EQ(c->emails.size(), 1u);
    EXPECT_EQ(c->emails[0].value, "xcb@qiushan.gov.cn");
    ASSERT_TRUE(c->postal_address);
    EXPECT_EQ(c->postal_address->value, "秋山市行政中心A座(秋月路18号)");
    ASSERT_TRUE(c->postcode);
    EXPECT_EQ(c->postcode->value, "310012");
    for (const auto& t : c->phones) expect_slices(d, t);
    for (const auto& t : c->emails) expect_slices(d, t);
    expect_slices(d, *c->postal_address);
    expect_slices(d, *c->postcode);
    EXPECT_EQ(d.at(c->span).substr(0, 6), "电话");
}

TEST(Contacts, InlineBlockFullWidthKeepsSourceText) {
    const Doc d("联系方式：电话0571－86091234；邮政信箱：秋山市行政中心A座（秋月路18号）；邮编：310012；"
                "电子信箱：xcb@qiushan.gov.cn。");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->phones.size(), 1u);
    EXPECT_EQ(c->phones[0].value, "0571－86091234");  // as written, full-width hyphen
    ASSERT_TRUE(c->postal_address);
    EXPECT_EQ(c->postal_address->value, "秋山市行政中心A座（秋月路18号）");
    ASSERT_TRUE(c->postcode);
    EXPECT_EQ(c->postcode->value, "310012");
    ASSERT_EQ(c->emails.size(), 1u);
    expect_slices(d, c->phones[0]);
    expect_slices(d, *c->postal_address);
}

TEST(Contacts, OnePerLineWithSpacedLabel) {
    const Doc d("电 话:0571-86091234\n"
                "手机:13907311234\n"
                "通信地址:秋山市秋月路18号\n"
                "邮政编码:310012\n"
                "电子邮箱:jw@qiushan.cn\n");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->phones.size(), 2u);
    EXPECT_EQ(c->phones[0].value, "0571-86091234");
    EXPECT_EQ(c->phones[1].value, "13907311234");
    ASSERT_TRUE(c->postal_address);
    EXPECT_EQ(c->postal_address->value, "秋山市秋月路18号");
    ASSERT_TRUE(c->postcode);
    EXPECT_EQ(c->postcode->value, "310012");
    ASSERT_EQ(c->emails.size(), 1u);
    EXPECT_EQ(c->emails[0].value, "jw@qiushan.cn");
    EXPECT_EQ(c->span.begin, 0u);
    EXPECT_EQ(d.at(c->span).substr(d.at(c->span).size() - 13), "jw@qiushan.cn");
}

TEST(Contacts, PostcodeInBracketsAfterAddress) {
    const Doc d("来信地址:秋山市秋月路18号市委巡察办(邮编:310012);联系电话:0571-86091234。");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->postal_address);
    EXPECT_EQ(c->postal_address->value, "秋山市秋月路18号市委巡察办");
    ASSERT_TRUE(c->postcode);
    EXPECT_EQ(c->postcode->value, "310012");
    ASSERT_EQ(c->phones.size(), 1u);
}

TEST(Contacts, WebsiteWithTrailingFullStop) {
    const Doc d("网址:http://www.qiushan.gov.cn。");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->websites.size(), 1u);
    EXPECT_EQ(c->websites[0].value, "http://www.qiushan.gov.cn");
}

TEST(Contacts, SeveralPhonesAfterOneLabel) {
    const Doc d("联系电话:0571-86091234、13907311234");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->phones.size(), 2u);
    EXPECT_EQ(c->phones[1].value, "13907311234");
}

TEST(Contacts, NoContacts) {
    const Doc d("加强电话回访,健全地址台账。");
    EXPECT_FALSE(extract_contacts(d.doc, d.paras));
}

}  // namespace
