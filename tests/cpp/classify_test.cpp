// The announcement sentence a report presents itself with, in its variants.
#include <gtest/gtest.h>

#include "report/classify.hpp"

namespace {

using zhenggai::report::announces_rectification;

TEST(Announcement, VariantsOfTheVerb) {
    for (const char* s : {"现将巡察整改进展情况予以公布。", "现将巡视整改情况通报如下:", "现将巡察整改情况报告如下:",
                          "现将整改落实情况向社会公开。"}) {
        EXPECT_TRUE(announces_rectification(s)) << s;
    }
}

TEST(Announcement, TongbaoRuxiaWithoutXianjiang) {
    EXPECT_TRUE(announces_rectification("中共青川市委关于十九届省委第三轮巡视反馈意见整改落实进展情况通报如下:"));
    EXPECT_TRUE(announces_rectification("禾浦区商务局党组巡察整改工作进展情况通报如下。"));
    // A long sentence: the rectification named far before the verb.
    EXPECT_TRUE(announces_rectification("根据巡察工作有关要求,禾浦区商务局党组认真对照市委第一巡察组反馈意见逐条抓好整改落实,"
                                        "经党组会议研究审定,现就有关阶段性进展情况通报如下:"));
}

TEST(Announcement, NotWithoutTheRectification) {
    EXPECT_FALSE(announces_rectification("现将有关会议精神通报如下:"));
    EXPECT_FALSE(announces_rectification("市委第一巡察组进驻禾浦区商务局。有关事项通报如下:"));
    EXPECT_FALSE(announces_rectification(""));
}

}  // namespace
