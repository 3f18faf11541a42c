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

// ------------------------------------------------------- contact_item rule ---
// Each shape of the contact_item grammar, in half and full width.

struct Shape {
    const char* half;
    const char* full;
};

TEST(ContactItem, PostcodeAfterTheAddressIsThePostcode) {
    for (const Shape& s : {Shape{"邮寄地址:禾浦区青川路6号区委巡察办公室,邮编310099;举报电话:0571-12345678。",
                                 "邮寄地址：禾浦区青川路6号区委巡察办公室，邮编310099；举报电话：0571－12345678。"},
                           Shape{"邮政信箱:禾浦区青川路6号区委巡察办公室 邮编:310099",
                                 "邮政信箱：禾浦区青川路6号区委巡察办公室　邮编：310099"}}) {
        for (const char* text : {s.half, s.full}) {
            const Doc d(text);
            const auto c = extract_contacts(d.doc, d.paras);
            ASSERT_TRUE(c) << text;
            ASSERT_TRUE(c->postal_address) << text;
            EXPECT_EQ(c->postal_address->value, "禾浦区青川路6号区委巡察办公室") << text;
            ASSERT_TRUE(c->postcode) << text;
            EXPECT_EQ(c->postcode->value, "310099") << text;
            expect_slices(d, *c->postal_address);
            expect_slices(d, *c->postcode);
        }
    }
}

TEST(ContactItem, BracketedPostcodeInsideTheAddressBothWidths) {
    for (const char* text : {"来信地址:禾浦区青川路6号(区委大院)区委巡察办(邮编:310099)。",
                             "来信地址：禾浦区青川路6号（区委大院）区委巡察办（邮编：310099）。"}) {
        const Doc d(text);
        const auto c = extract_contacts(d.doc, d.paras);
        ASSERT_TRUE(c) << text;
        ASSERT_TRUE(c->postal_address);
        // The street address in brackets stays; the postcode note goes.
        EXPECT_TRUE(c->postal_address->value.ends_with("区委巡察办")) << c->postal_address->value;
        EXPECT_NE(c->postal_address->value.find("区委大院"), std::string::npos);
        ASSERT_TRUE(c->postcode);
        EXPECT_EQ(c->postcode->value, "310099");
    }
}

TEST(ContactItem, BracketedPostcodeNoteWithoutCodeEndsTheAddress) {
    const Doc d("邮政信箱:禾浦区青川路6号区委第二巡察组(邮政编码:);电话:0571-12345678");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->postal_address);
    EXPECT_EQ(c->postal_address->value, "禾浦区青川路6号区委第二巡察组");
    EXPECT_FALSE(c->postcode);
    ASSERT_EQ(c->phones.size(), 1u);
}

TEST(ContactItem, AddressEndsAtTheNextLabelledItem) {
    for (const char* text : {"通信地址:禾浦区青川路6号 联系电话:13812345678", "通信地址：禾浦区青川路6号　联系电话：13812345678"}) {
        const Doc d(text);
        const auto c = extract_contacts(d.doc, d.paras);
        ASSERT_TRUE(c) << text;
        ASSERT_TRUE(c->postal_address);
        EXPECT_EQ(c->postal_address->value, "禾浦区青川路6号");
        ASSERT_EQ(c->phones.size(), 1u);
        EXPECT_EQ(c->phones[0].value, "13812345678");
    }
}

TEST(ContactItem, LabelsMapToTheirKind) {
    const Doc d("举报电话:12388\n"
                "监督电话:0571-12345678或0571-12345679\n"
                "电子邮件:hp@example.cn\n"
                "E-mail:xc@example.cn\n"
                "网站:www.hepu.example.cn\n"
                "邮政编码:310099\n");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->phones.size(), 3u);
    EXPECT_EQ(c->phones[0].value, "12388");
    EXPECT_EQ(c->phones[2].value, "0571-12345679");
    ASSERT_EQ(c->emails.size(), 2u);
    EXPECT_EQ(c->emails[1].value, "xc@example.cn");
    ASSERT_EQ(c->websites.size(), 1u);
    EXPECT_EQ(c->websites[0].value, "www.hepu.example.cn");
    ASSERT_TRUE(c->postcode);
    EXPECT_EQ(c->postcode->value, "310099");
    EXPECT_FALSE(c->postal_address);
}

TEST(ContactItem, OnePerLineFullWidth) {
    const Doc d("联系电话：０５７１－１２３４５６７８\n"
                "邮政信箱：禾浦区青川路６号\n"
                "电子信箱：ｈｐ＠ｅｘａｍｐｌｅ．ｃｎ\n");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->phones.size(), 1u);
    EXPECT_EQ(c->phones[0].value, "０５７１－１２３４５６７８");  // as written
    expect_slices(d, c->phones[0]);
    ASSERT_TRUE(c->postal_address);
    EXPECT_EQ(c->postal_address->value, "禾浦区青川路６号");
    ASSERT_EQ(c->emails.size(), 1u);
    expect_slices(d, c->emails[0]);
}

TEST(ContactItem, AddressNeedsItsColon) {
    EXPECT_FALSE(has_contact_item("邮政信箱、电子信箱等渠道受理来信123件"));
    const Doc d("畅通邮寄地址反馈渠道,电话:0571-12345678");
    const auto c = extract_contacts(d.doc, d.paras);
    ASSERT_TRUE(c);
    EXPECT_FALSE(c->postal_address);
    EXPECT_EQ(c->phones.size(), 1u);
}

TEST(ContactItem, LabelWithoutValueIsNoItem) {
    EXPECT_FALSE(has_contact_item("电话:暂无;邮编:待定"));
    EXPECT_FALSE(has_contact_item("电子信箱:@"));
    EXPECT_FALSE(has_contact_item("邮政信箱:"));
}

}  // namespace
