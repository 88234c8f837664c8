// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundJob.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

namespace btxh::app {

void BackgroundJob::report(qint64 done, qint64 total) {
    Q_EMIT progressed(done, total);
}

bool BackgroundJob::run(QWidget *parent, const QString &label, bool cancellable, const Work &work) {
    BackgroundJob job;
    QProgressDialog dialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("jobProgress"));
    dialog.setWindowTitle(label);
    // Nothing else is clicked meanwhile (an open form could otherwise save into what is being replaced).
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    // Progress is scaled to 0..1000: QProgressDialog takes an int, a database has more pages than that.
    connect(&job, &BackgroundJob::progressed, &dialog, [&dialog](qint64 done, qint64 total) {
        if (total <= 0) {
            dialog.setRange(0, 0);
            return;
        }
        dialog.setRange(0, 1000);
        dialog.setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    });
    connect(&dialog, &QProgressDialog::canceled, &dialog, [&job, &dialog] {
        job.m_cancelled.store(true);
        dialog.setLabelText(tr("Cancelling…"));
    });
    QEventLoop loop;
    QThread *thread = QThread::create([&job, &work] { work(job); });
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return !job.isCancelled();
}

} // namespace btxh::app
