// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The GUI tests' way to find the real widgets and drive them as an officer does: by object name, typing
// (Vietnamese letters included) and answering message boxes. Header-only, Qt Widgets and Qt Test only.

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace btxh::test {

// The child of `root` named `name` (a warning names it when there is none).
template <typename T> T *child(QObject *root, const QString &name) {
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

// Types text the way a keyboard does, one character at a time, Vietnamese letters included (QTest::keyClicks
// only knows Latin-1).
inline void typeText(QWidget *widget, const QString &text) {
    widget->setFocus();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline void replaceText(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

// Answers the next message box that opens (they are modal: the answer must be scheduled before it opens).
inline void answerMessageBox(QMessageBox::StandardButton button, QString *text = nullptr) {
    auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [button, text, attempt](int left) {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (text)
                *text = box->text();
            box->button(button)->click();
            return;
        }
        if (left > 0)
            QTimer::singleShot(20, [attempt, left] { (*attempt)(left - 1); });
    };
    QTimer::singleShot(0, [attempt] { (*attempt)(250); });
}

} // namespace btxh::test
