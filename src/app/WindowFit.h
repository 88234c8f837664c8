// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

class QScreen;
class QSettings;
class QWidget;

namespace btxh::app {

// Keeps every window of the app on the screen it opens on. Installed on the application, it sees each window
// as it is shown:
// - a window with a remembered geometry for that screen (its size and place when it was last closed there,
// per
//   screen name and size, so a laptop taken to a larger monitor keeps both) gets it back;
// - any other window (a dialog, a message box, the main window at the first start) larger than the screen's
//   available area — the area without the taskbar — is shrunk to it and moved onto it.
// Forms too long for the screen scroll inside (their sections sit in scroll areas) rather than grow past it.
// A window that sizes itself as it is shown (a message box does, after this filter) is fitted again once it
// has; a message box's text too long for the screen goes into a scroll area.
class WindowFit : public QObject {
    Q_OBJECT
public:
    explicit WindowFit(QSettings *settings, QObject *parent = nullptr);

    // Installs one on the application (the app does it at start; tests too); `settings` may be null (then
    // nothing is remembered).
    static WindowFit *install(QSettings *settings);

    // The size a window should open at when nothing is remembered: what it wants, within the screen's area.
    static QSize fitted(const QSize &wanted, const QScreen *screen);
    // Shrinks and moves the window onto its screen's available area.
    static void fit(QWidget *window);
    // The QSettings key under which a window's geometry on that screen is kept.
    static QString key(const QWidget *window, const QScreen *screen);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool restore(QWidget *window);
    void remember(QWidget *window);

    QSettings *m_settings;
};

} // namespace btxh::app
