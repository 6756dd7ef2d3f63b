# One interface target that every project target links: warnings and strict Qt usage.
add_library(ib_warnings INTERFACE)

target_compile_options(ib_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(IB_WARNINGS_AS_ERRORS)
    target_compile_options(ib_warnings INTERFACE -Werror)
endif()

target_compile_definitions(ib_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    IB_VERSION="${PROJECT_VERSION}")

if(IB_SANITIZE)
    target_compile_options(ib_warnings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ib_warnings INTERFACE -fsanitize=address,undefined)
endif()
