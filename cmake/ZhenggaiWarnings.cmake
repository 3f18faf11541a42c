# zhenggai_set_warnings(<target>): the warning set for our own targets.
# Third-party headers (Boost, pybind11, GoogleTest) come in through imported
# targets, whose include directories CMake marks SYSTEM, so they stay quiet.
function(zhenggai_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /utf-8)
    if(ZHENGGAI_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(ZHENGGAI_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
