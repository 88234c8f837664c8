# SPDX-License-Identifier: GPL-3.0-or-later
# The project's identity, in this one place: the Debian and Windows packages, the AppStream metadata and the
# About dialog take it from here (installer/CMakeLists.txt, src/app/CMakeLists.txt). Included by the top-level
# CMakeLists.txt and by installer/ (for the stand-in projects of tests/installer).
include_guard(GLOBAL)
set(BTXH_LICENSE "GPL-3.0-or-later") # SPDX; its text is LICENSE, the reasons are in docs/licenses.md
set(BTXH_MAINTAINER "BTXH Desktop maintainers <maintainers@users.noreply.r-seed-c746956f.example>"
    CACHE STRING "Maintainer of the packages (Name <email>)")
set(BTXH_HOMEPAGE "https://r-seed-c746956f.example/btxh-desktop"
    CACHE STRING "Homepage of the packages, the AppStream metadata and the About dialog")
