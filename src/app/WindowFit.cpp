// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFit.h"

#include <QApplication>
#include <QDialog>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QWidget>
#include <algorithm>

namespace btxh::app {

namespace {

// What the window manager adds around a window (title bar, borders), which availableGeometry() does not
// leave room for.
constexpr int FrameWidth = 16;
constexpr int FrameHeight = 40;

bool isManaged(const QWidget *w) {
    if (!w || !w->isWindow())
        return false;
    const Qt::WindowType type = w->windowType();
    return type == Qt::Window || type == Qt::Dialog || type == Qt::Sheet;
}

QScreen *screenOf(const QWidget *w) {
    if (QScreen *s = w->screen())
        return s;
    return QGuiApplication::primaryScreen();
}

} // namespace

WindowFit::WindowFit(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

WindowFit *WindowFit::install(QSettings *settings) {
    auto *fit = new WindowFit(settings, qApp);
    qApp->installEventFilter(fit);
    return fit;
}

QSize WindowFit::fitted(const QSize &wanted, const QScreen *screen) {
    if (!screen)
        return wanted;
    const QSize room = screen->availableGeometry().size() - QSize(FrameWidth, FrameHeight);
    return wanted.boundedTo(room);
}

void WindowFit::fit(QWidget *window) {
    const QScreen *screen = screenOf(window);
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    const QSize size = fitted(window->size(), screen);
    if (size != window->size())
        window->resize(size.expandedTo(window->minimumSize()).boundedTo(area.size()));
    QRect frame(window->pos(), window->size() + QSize(FrameWidth, FrameHeight));
    if (!area.contains(frame)) {
        frame.moveLeft(
            std::clamp(frame.left(), area.left(), std::max(area.left(), area.right() - frame.width())));
        frame.moveTop(
            std::clamp(frame.top(), area.top(), std::max(area.top(), area.bottom() - frame.height())));
        window->move(frame.topLeft());
    }
}

QString WindowFit::key(const QWidget *window, const QScreen *screen) {
    const QSize s = screen ? screen->size() : QSize();
    return QStringLiteral("windows/%1/%2-%3x%4")
        .arg(window->objectName(), screen ? screen->name() : QString())
        .arg(s.width())
        .arg(s.height());
}

bool WindowFit::restore(QWidget *window) {
    if (!m_settings || window->objectName().isEmpty())
        return false;
    const QByteArray saved = m_settings->value(key(window, screenOf(window))).toByteArray();
    return !saved.isEmpty() && window->restoreGeometry(saved);
}

void WindowFit::remember(QWidget *window) {
    if (!m_settings || window->objectName().isEmpty() || !window->isVisible())
        return;
    m_settings->setValue(key(window, screenOf(window)), window->saveGeometry());
}

bool WindowFit::eventFilter(QObject *watched, QEvent *event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::Show && type != QEvent::Close && type != QEvent::Hide)
        return false;
    auto *window = qobject_cast<QWidget *>(watched);
    if (!isManaged(window))
        return false;
    // Only the windows an officer arranges: the main window and the dossier forms; dialogs open fitted.
    const bool remembered =
        qobject_cast<QMainWindow *>(window) || window->property("rememberGeometry").toBool();
    if (type == QEvent::Show) {
        if (remembered)
            restore(window);
        fit(window); // a remembered geometry, too, has to fit the screen as it is now
    } else if (remembered) {
        remember(window);
    }
    return false;
}

} // namespace btxh::app
