// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace btxh::app {

// The few rules the app adds to the platform's look: the keyboard focus is always visible (a strong frame
// around the focused input, button or list), and a field with an error has a red frame (FieldEditor sets its
// "problem" property). Sizes are in the font's units, so everything scales with the system font size.
class AppStyle {
public:
    static QString styleSheet();
    static void apply(); // on the running QApplication
    // Tooltips of every action under `root` that has a shortcut end with it: "Sync now (F5)".
    static void showShortcutsInToolTips(QWidget *root);
};

} // namespace btxh::app
