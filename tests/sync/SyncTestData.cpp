// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTestData.h"

#include "ChangeSet.h"
#include "JsonCodec.h"
#include "Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

namespace btxh::test::SyncTestData {

namespace {

QJsonObject fixture(const char *name) {
    QFile f(QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void place(Dossier &d, const QString &province) {
    // A real Điện Biên place (GSO 2024): province 11, district 094 (Điện Biên Phủ city), ward 03127.
    d.setValue(DossierField::MaTinh, province);
    d.setValue(DossierField::MaHuyen, QStringLiteral("094"));
    d.setValue(DossierField::MaXa, QStringLiteral("03127"));
}

} // namespace

QString code(int index) {
    return QStringLiteral("000.00.11.H10-240105-%1").arg(index, 4, 10, QLatin1Char('0'));
}

Dossier dossier(int index, const QString &province) {
    Dossier d = JsonCodec::readDossier(fixture("push-dossier.json"));
    d.setValue(DossierField::MaHoSo, code(index));
    d.setValue(DossierField::LoaiDuLieu, QStringLiteral("1"));
    place(d, province);
    return d;
}

Dossier finalResult(int index, const QString &province) {
    Dossier d = JsonCodec::readDossier(fixture("push-result.json"));
    d.setValue(DossierField::MaHoSo, code(index));
    d.setValue(DossierField::LoaiDuLieu, QStringLiteral("100"));
    place(d, province);
    return d;
}

ProcessingStep step(int index, int n) {
    ProcessingStep s = JsonCodec::readStep(fixture("push-progress.json"));
    s.setValue(ProgressField::MaHoSo, code(index));
    const QDateTime at(QDate(2024, 1, 5), QTime(8, 0).addSecs(n * 3600));
    s.setValue(ProgressField::ThoiDiemXuLy, at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    s.setValue(ProgressField::NoiDungXuLy, QStringLiteral("Bước %1: cán bộ xử lý hồ sơ").arg(n));
    s.setValue(ProgressField::StatusId, QString::number(n < 2 ? 2 : 4));
    return s;
}

bool enterDossier(Store &store, const Dossier &dossier) {
    ChangeSet changes;
    changes.local.append({dossier, {}});
    return store.apply(changes).has_value();
}

bool enterStep(Store &store, const ProcessingStep &step) {
    ChangeSet changes;
    changes.localSteps.append({step, {}});
    return store.apply(changes).has_value();
}

OutboxCounts outboxCounts(Store &store) {
    OutboxCounts c;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"));
    while (q.next()) {
        const QString state = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (state == u"pending")
            c.pending = n;
        else if (state == u"sent")
            c.sent = n;
        else if (state == u"done")
            c.done = n;
        else if (state == u"failed")
            c.failed = n;
    }
    return c;
}

qint64 pidOfAFinishedProcess() {
    QProcess p;
    p.start(QStringLiteral("true"), {});
    if (!p.waitForStarted())
        return 0;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace btxh::test::SyncTestData
