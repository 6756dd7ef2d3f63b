# ib_add_test(NAME name SOURCES files... [LIBS targets...] [LABELS labels...])
# Builds one Qt Test executable and registers it with CTest. Tests run offscreen,
# with QStandardPaths in test mode set by the test itself, and never count a skip as a pass.
# The sanitizer settings of every test: leaks are reported, except the ones suppressed (with a
# reason each) in lsan-suppressions.txt.
set(IB_TEST_SANITIZER_ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=1"
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan-suppressions.txt:print_suppressions=0")

function(ib_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ib_warnings ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=ib.*.debug=false;${IB_TEST_SANITIZER_ENVIRONMENT}"
        FAIL_REGULAR_EXPRESSION "SKIP   : "
        TIMEOUT 300
        LABELS "${T_LABELS}")
endfunction()
