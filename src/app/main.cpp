// SPDX-License-Identifier: GPL-3.0-or-later
// btxh-desktop: the officers' app. Everything happens in btxh_gui; see DesktopApplication.
#include "DesktopApplication.h"

int main(int argc, char *argv[]) {
    return btxh::app::DesktopApplication::run(argc, argv);
}
