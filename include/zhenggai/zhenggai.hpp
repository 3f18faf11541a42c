// zhenggai: typed, source-grounded data from rectification progress reports.
//
//     #include <zhenggai/zhenggai.hpp>
//     zhenggai::Report r = zhenggai::parse(text);
//     std::string json = zhenggai::to_json(r);
#pragma once

#include "zhenggai/batch.hpp"
#include "zhenggai/diagnostic.hpp"
#include "zhenggai/document.hpp"
#include "zhenggai/html.hpp"
#include "zhenggai/json.hpp"
#include "zhenggai/load.hpp"
#include "zhenggai/parse.hpp"
#include "zhenggai/report.hpp"
#include "zhenggai/text_index.hpp"
#include "zhenggai/version.hpp"
