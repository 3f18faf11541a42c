# Driven by tests/install/CMakeLists.txt (cmake -P). See there.
cmake_minimum_required(VERSION 3.25)

foreach(var ZG_CMAKE ZG_BUILD_DIR ZG_WORK_DIR ZG_EXAMPLE_DIR ZG_CONFIG ZG_GENERATOR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "install test: ${var} is not set")
  endif()
endforeach()

function(zg_run what)
  execute_process(COMMAND ${ARGN}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "install test: ${what} failed (${rc})\n"
            "command: ${ARGN}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  set(ZG_LAST_OUTPUT "${out}" PARENT_SCOPE)
  set(ZG_LAST_ERROR "${err}" PARENT_SCOPE)
endfunction()

set(prefix "${ZG_WORK_DIR}/prefix")
set(consumer "${ZG_WORK_DIR}/consumer")
file(REMOVE_RECURSE "${ZG_WORK_DIR}")
file(MAKE_DIRECTORY "${ZG_WORK_DIR}")

# 1. Install the build tree.
zg_run("cmake --install" "${ZG_CMAKE}" --install "${ZG_BUILD_DIR}"
       --prefix "${prefix}" --config "${ZG_CONFIG}")

file(GLOB_RECURSE config_file "${prefix}/*/zhenggai-config.cmake")
if(NOT config_file)
  message(FATAL_ERROR "install test: no zhenggai-config.cmake under ${prefix}")
endif()
foreach(header zhenggai.hpp report.hpp parse.hpp json.hpp version.hpp model/describe.hpp)
  if(NOT EXISTS "${prefix}/include/zhenggai/${header}")
    message(FATAL_ERROR "install test: include/zhenggai/${header} was not installed")
  endif()
endforeach()
# The generated version header carries project(VERSION).
file(READ "${prefix}/include/zhenggai/version.hpp" version_header)
if(ZG_VERSION AND NOT version_header MATCHES "version = \"${ZG_VERSION}\"")
  message(FATAL_ERROR "install test: include/zhenggai/version.hpp does not say ${ZG_VERSION}:\n${version_header}")
endif()
# nlohmann_json is a private, header-only dependency: the export must not need it.
file(GLOB targets_files "${prefix}/*/cmake/zhenggai/zhenggai-targets*.cmake"
                        "${prefix}/*/*/cmake/zhenggai/zhenggai-targets*.cmake")
foreach(f IN LISTS targets_files)
  file(READ "${f}" content)
  if(content MATCHES "nlohmann")
    message(FATAL_ERROR "install test: ${f} mentions nlohmann_json")
  endif()
endforeach()
if(ZG_HAVE_CLI AND NOT EXISTS "${prefix}/bin/zhenggai")
  message(FATAL_ERROR "install test: bin/zhenggai was not installed")
endif()

# 2. Configure and build the example against the installed package only.
set(configure_args
  -S "${ZG_EXAMPLE_DIR}" -B "${consumer}"
  -G "${ZG_GENERATOR}"
  "-DCMAKE_PREFIX_PATH=${prefix}"
  "-DCMAKE_FIND_PACKAGE_PREFER_CONFIG=ON"
  "-DCMAKE_BUILD_TYPE=${ZG_CONFIG}")
if(ZG_MAKE_PROGRAM)
  list(APPEND configure_args "-DCMAKE_MAKE_PROGRAM=${ZG_MAKE_PROGRAM}")
endif()
if(ZG_CXX_COMPILER)
  list(APPEND configure_args "-DCMAKE_CXX_COMPILER=${ZG_CXX_COMPILER}")
endif()
# Same flags as the library (e.g. sanitizers in the asan preset).
list(APPEND configure_args
  "-DCMAKE_CXX_FLAGS=${ZG_CXX_FLAGS}"
  "-DCMAKE_EXE_LINKER_FLAGS=${ZG_EXE_LINKER_FLAGS}")
zg_run("configuring examples/cpp" "${ZG_CMAKE}" ${configure_args})
zg_run("building examples/cpp" "${ZG_CMAKE}" --build "${consumer}" --config "${ZG_CONFIG}")

# 3. Run it on a report.
if(ZG_REPORT AND EXISTS "${ZG_REPORT}")
  set(report "${ZG_REPORT}")
else()
  set(report "${ZG_WORK_DIR}/report.txt")
  file(WRITE "${report}"
    "关于省委第三巡视组反馈意见整改进展情况的通报\n\n"
    "根据省委统一部署，2023年3月1日至4月30日，省委第三巡视组对某市进行了巡视。"
    "2023年6月15日，省委巡视组向某市委反馈了巡视意见。\n")
endif()
file(GLOB example_exe "${consumer}/zhenggai_example" "${consumer}/${ZG_CONFIG}/zhenggai_example*"
                      "${consumer}/zhenggai_example.exe")
list(GET example_exe 0 example_exe)
zg_run("running the example" "${example_exe}" "${report}")
if(NOT ZG_LAST_OUTPUT MATCHES "^[ \t\r\n]*{")
  message(FATAL_ERROR "install test: the example did not print a JSON object:\n${ZG_LAST_OUTPUT}")
endif()
if(ZG_VERSION AND NOT ZG_LAST_ERROR MATCHES "^zhenggai ${ZG_VERSION}: ")
  message(FATAL_ERROR "install test: the example did not report version ${ZG_VERSION}:\n${ZG_LAST_ERROR}")
endif()
message(STATUS "install test: OK (${example_exe} ${report})")
