// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFit.h"

#include <QApplication>
#include <QDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
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

// A message box sizes its text to the screen's width only, and fixes its size: a long text makes it taller
// than the screen. Its text then goes into a scroll area as tall as the screen leaves room for.
void scrollLongMessage(QMessageBox *box, const QSize &room) {
    auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
    auto *grid = qobject_cast<QGridLayout *>(box->layout());
    if (!label || !grid || box->height() <= room.height() ||
        qobject_cast<QScrollArea *>(label->parentWidget()->parentWidget()))
        return;
    const int index = grid->indexOf(label);
    if (index < 0)
        return;
    int row = 0, column = 0, rows = 1, columns = 1;
    grid->getItemPosition(index, &row, &column, &rows, &columns);
    const int rest = box->height() - label->height(); // the buttons, the icon's margins
    grid->removeWidget(label);
    auto *scroll = new QScrollArea(box);
    scroll->setObjectName(QStringLiteral("messageScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(label);
    // The box keeps fixing its size from its layout's minimum: this makes that minimum fill the room.
    scroll->setMinimumHeight(std::max(label->fontMetrics().lineSpacing() * 3, room.height() - rest));
    grid->addWidget(scroll, row, column, rows, columns);
    box->setFixedSize(box->width(), std::min(room.height(), rest + scroll->minimumHeight()));
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
    if (auto *box = qobject_cast<QMessageBox *>(window))
        scrollLongMessage(box, fitted(area.size(), screen));
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
        // A window may size itself in its own showEvent, after this filter (a message box does): once it
        // has, it is fitted again.
        QTimer::singleShot(0, window, [guard = QPointer<QWidget>(window)] {
            if (guard && guard->isVisible())
                fit(guard);
        });
    } else if (remembered) {
        remember(window);
    }
    return false;
}

} // namespace btxh::app
