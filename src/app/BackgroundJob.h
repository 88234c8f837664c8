// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QWidget;

namespace btxh::app {

// A long job (export, import, backup, restore) on a worker thread, with a progress dialog and its Cancel,
// while the window keeps painting and answering. The work gets the job to report progress and to ask whether
// the officer cancelled; it must not touch widgets, nor the window's Store (it opens its own connection).
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(BackgroundJob &job)>;

    // Runs `work` and returns once it has finished; true unless the officer cancelled. `cancellable` false
    // shows no Cancel button (a write that is one transaction: stopping it halfway is not offered).
    static bool run(QWidget *parent, const QString &label, bool cancellable, const Work &work);

    // From the work's thread: how far it is (total <= 0: unknown, a busy bar).
    void report(qint64 done, qint64 total);
    bool isCancelled() const { return m_cancelled.load(); }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);

private:
    BackgroundJob() = default;
    std::atomic<bool> m_cancelled{false};
};

} // namespace btxh::app
