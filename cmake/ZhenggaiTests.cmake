# C++ tests: every tests/cpp/*.cpp goes into one GoogleTest executable, plus
# the install/consumer test in tests/install/. Included from the top level
# when ZHENGGAI_BUILD_TESTS is ON.
include(GoogleTest)

file(GLOB ZHENGGAI_TEST_SOURCES CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/tests/cpp/*.cpp")
if(ZHENGGAI_TEST_SOURCES)
  find_package(GTest REQUIRED)
  add_executable(zhenggai_tests ${ZHENGGAI_TEST_SOURCES})
  target_include_directories(zhenggai_tests PRIVATE
    "${PROJECT_SOURCE_DIR}/src"
    "${PROJECT_SOURCE_DIR}/tests/cpp")
  target_link_libraries(zhenggai_tests PRIVATE
    zhenggai::zhenggai
    nlohmann_json::nlohmann_json
    GTest::gtest_main
    GTest::gmock
    ${ZHENGGAI_SQLITE_TARGET})  # the store tests read the database they wrote
  # Tests find tests/data/ and ../shared/ (the shared corpus) from here.
  target_compile_definitions(zhenggai_tests PRIVATE
    ZHENGGAI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  zhenggai_set_warnings(zhenggai_tests)
  gtest_discover_tests(zhenggai_tests
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    DISCOVERY_TIMEOUT 60
    DISCOVERY_MODE PRE_TEST
    PROPERTIES LABELS "unit")
else()
  message(STATUS "zhenggai: no sources in tests/cpp/, no unit tests")
endif()

if(ZHENGGAI_INSTALL AND NOT SKBUILD)
  add_subdirectory("${PROJECT_SOURCE_DIR}/tests/install"
                   "${PROJECT_BINARY_DIR}/tests/install")
endif()

# The model's descriptions are checked by the compiler: these sources must not
# compile, and must fail for the reason the checks in describe.hpp give.
foreach(_zg_case undescribed_field duplicated_field)
  add_test(NAME model.${_zg_case}_does_not_compile
    COMMAND "${CMAKE_CXX_COMPILER}" -std=c++20 -fsyntax-only
      "-I${PROJECT_SOURCE_DIR}/include" "-I${ZHENGGAI_GENERATED_INCLUDE_DIR}"
      "${PROJECT_SOURCE_DIR}/tests/compile_fail/${_zg_case}.cpp")
endforeach()
set_tests_properties(model.undescribed_field_does_not_compile PROPERTIES
  LABELS "unit" PASS_REGULAR_EXPRESSION "names (were )?provided")
set_tests_properties(model.duplicated_field_does_not_compile PROPERTIES
  LABELS "unit" PASS_REGULAR_EXPRESSION "described twice")
