// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStyle.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace btxh::app {

QString AppStyle::styleSheet() {
    return QStringLiteral(
        "QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus "
        "{ border: 2px solid #1a5fb4; }\n"
        "QAbstractItemView:focus { border: 2px solid #1a5fb4; }\n"
        "*[problem=\"error\"] { border: 1px solid #c0392b; }\n"
        "*[problem=\"error\"]:focus { border: 2px solid #c0392b; }\n");
}

void AppStyle::apply() {
    qApp->setStyleSheet(styleSheet());
}

void AppStyle::showShortcutsInToolTips(QWidget *root) {
    QList<QAction *> actions = root->findChildren<QAction *>();
    actions += root->actions();
    for (QAction *a : std::as_const(actions)) {
        const QKeySequence key = a->shortcut();
        if (key.isEmpty())
            continue;
        const QString shown = QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText));
        const QString tip = a->toolTip(); // the text, without its "&", when the action has no tooltip
        if (!tip.endsWith(shown))
            a->setToolTip(tip + shown);
    }
}

} // namespace btxh::app
