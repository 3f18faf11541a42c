// The header vocabulary, each word once, as X3 symbol tables.
//
// Like every grammar, the header rules match the normalised text (simplified
// characters, ASCII punctuation), so each word has one spelling. A symbol
// table takes the longest word at a position (统一安排部署 before 统一安排),
// so the order of entries carries no meaning.
//
// Only grammar_def.hpp includes this header.
#pragma once

#include "facts/header/ast.hpp"
#include "facts/x3/config.hpp"
#include "facts/x3/symbols.hpp"

namespace zhenggai::facts::header::vocabulary {

namespace x3 = boost::spirit::x3;

/// Words that open the deployment clause: 根据省委统一部署.
struct openers_t : x3util::symbols<> {
    openers_t() { add("根据")("按照")("依据")("遵照"); }
};
inline const openers_t openers;

/// What was deployed or arranged (the end of the deployment clause).
struct deploy_words_t : x3util::symbols<> {
    deploy_words_t() {
        add("统一部署")("统一安排")("统一安排部署")("统一部署安排")("统一要求")("工作部署")("工作安排")
            ("部署要求")("统一部署要求")("部署")("安排")("安排部署")("决定");
    }
};
inline const deploy_words_t deploy_words;

/// Words between the authority and its deployment that are not the
/// authority's name (省委巡视工作统一部署: the authority is 省委).
struct authority_tails_t : x3util::symbols<> {
    authority_tails_t() {
        add("巡视工作")("巡察工作")("巡视巡察工作")("工作")("巡视")("巡察")("有关")("的")("关于");
    }
};
inline const authority_tails_t authority_tails;

/// The two kinds of inspection.
struct kinds_t : x3util::symbols<ast::Kind> {
    kinds_t() { add("巡视", ast::Kind::xunshi)("巡察", ast::Kind::xuncha); }
};
inline const kinds_t kinds;

/// Verbs of the inspection clause: 对X进行了巡视 / 开展了常规巡察.
struct inspect_verbs_t : x3util::symbols<> {
    inspect_verbs_t() { add("进行了")("开展了")("进行")("开展")("实施了")("实施"); }
};
inline const inspect_verbs_t inspect_verbs;

/// Words between a body or recipient and its verb that belong to neither:
/// 巡视组分别对…, 向…全面反馈.
struct manners_t : x3util::symbols<> {
    manners_t() { add("分别")("全面")("集中")("正式")("同步")("逐一")("一并"); }
};
inline const manners_t manners;

/// How a name of an organisation (or of the person heading it) ends: a
/// feedback recipient is one of these, never a clause fragment.
struct organisation_ends_t : x3util::symbols<> {
    organisation_ends_t() {
        add("委")("党组")("党委")("党工委")("委员会")("党组织")("组织")("支部")("党支部")("总支")("党总支")
            ("政府")("班子")("领导班子")("机关")("单位")("部门")
            ("省")("市")("区")("县")("州")("旗")("盟")("镇")("乡")("街道")("村")("社区")
            ("局")("厅")("部")("办")("院")("校")("学校")("大学")("学院")("医院")("中心")("所")("站")
            ("队")("社")("会")("处")("科")("馆")("团")("公司")("集团")("银行")("企业")
            ("中央")("书记")("负责人")("负责同志")("主要负责同志")("主要负责人")("领导");
    }
};
inline const organisation_ends_t organisation_ends;

/// What opens the announcement: 现将…予以公布, 现就…通报如下.
struct announce_openers_t : x3util::symbols<> {
    announce_openers_t() { add("现将")("现就"); }
};
inline const announce_openers_t announce_openers;

/// The verb of the announcement: 现将…予以公布.
struct announce_verbs_t : x3util::symbols<> {
    announce_verbs_t() {
        add("予以公布")("予以通报")("予以公开")("报告如下")("通报如下")("公布如下")("向社会公开")("向社会公布");
    }
};
inline const announce_verbs_t announce_verbs;

/// A unit named by the reporter itself: 我县, 我区, 本单位 (not 本溪市).
struct first_person_t : x3util::symbols<> {
    first_person_t() {
        add("我省")("我市")("我区")("我县")("我州")("我旗")("我镇")("我乡")("我街道")("我村")("我局")("我委")
            ("我院")("我校")("我厅")("我部")("我办")("我单位")("我公司")("我集团")("我行")
            ("本单位")("本部门")("本局")("本院")("本委")("本校")("本公司")("本系统");
    }
};
inline const first_person_t first_person;

/// What an announcement may name instead of a unit (现将有关情况…).
struct announce_fillers_t : x3util::symbols<> {
    announce_fillers_t() { add("有关")("相关")("上述")("具体")("集中")("整改")("阶段性")("前期")("本轮")("本次")("本批")("各")
            ("全省")("全市")("全区")("全县")("全镇")("全系统");
    }
};
inline const announce_fillers_t announce_fillers;

/// Notes that only introduce a unit's short name: (以下简称“党组”).
struct alias_words_t : x3util::symbols<> {
    alias_words_t() { add("以下简称")("简称")("下称")("以下称"); }
};
inline const alias_words_t alias_words;

/// The committees that number their rounds: 十九届中央第六轮, 七届市委第八轮.
struct committees_t : x3util::symbols<> {
    committees_t() {
        add("中央")("省委")("市委")("区委")("县委")("州委")("旗委")("盟委")("自治区党委")("区党委")("党委")
            ("兵团党委")("工委")("党组")("校党委");
    }
};
inline const committees_t committees;

}  // namespace zhenggai::facts::header::vocabulary
