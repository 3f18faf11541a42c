// The signature vocabulary, each word once (normalised spelling), as X3
// symbol tables. Only grammar_def.hpp includes this header.
#pragma once

#include "facts/x3/config.hpp"
#include "facts/x3/symbols.hpp"

namespace zhenggai::facts::signature::vocabulary {

namespace x3 = boost::spirit::x3;

/// Words by which the name of an issuing body ends: 中共青川市委 / 青川市委员会 /
/// 青川市商务局党组 / 禾浦区委巡察办 / 青川大学 / 青川市人民政府.
struct body_endings_t : x3util::symbols<> {
    body_endings_t() {
        add("委")("委员会")("党委")("党组")("党工委")("纪委")("监委")("组")("党总支")("总支")("支部")
            ("局")("院")("厅")("部")("办")("办公室")("公司")("集团")("大学")("学院")("学校")("政府")
            ("中心")("机关");
    }
};
inline const body_endings_t body_endings;

/// Closing formulas before the signature.
struct closings_t : x3util::symbols<> {
    closings_t() { add("特此通报")("特此报告")("特此公告")("特此公布"); }
};
inline const closings_t closings;

}  // namespace zhenggai::facts::signature::vocabulary
