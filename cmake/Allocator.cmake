# SPDX-License-Identifier: GPL-3.0-or-later
# The programs' memory allocator: gperftools' tcmalloc (Debian's libgoogle-perftools-dev, its "minimal" library,
# without the profilers) when pkg-config finds it, else the C library's. An import or a pull parses its windows
# of dossiers on worker threads while the store's thread writes them and another frees them: millions of small
# strings made on one thread and freed on another. glibc's malloc gives much of that memory back to the system
# and takes it again (page faults); tcmalloc keeps it in its caches, so imports and pulls take less time with it
# and a pull holds more memory (bench/README.md, "The programs' allocator"). Only the three programs and the
# benchmarks that time them link it: tests and libraries keep the C library's, and a sanitizer build
# (BTXH_FUZZ) brings its own.
option(BTXH_TCMALLOC "Link the programs with gperftools' tcmalloc_minimal when pkg-config finds it" ON)
if(BTXH_TCMALLOC AND NOT BTXH_FUZZ)
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_check_modules(TCMALLOC QUIET IMPORTED_TARGET libtcmalloc_minimal)
    endif()
    if(NOT TCMALLOC_FOUND)
        message(WARNING "tcmalloc_minimal not found (Debian: libgoogle-perftools-dev): the programs use the C "
                        "library's allocator, and imports and pulls are slower")
    endif()
endif()

# Gives `target` (a program) the allocator chosen above.
function(btxh_use_allocator target)
    if(TARGET PkgConfig::TCMALLOC)
        target_link_libraries(${target} PRIVATE PkgConfig::TCMALLOC)
    endif()
endfunction()
