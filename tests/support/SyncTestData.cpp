// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTestData.h"

#include "TestDossiers.h"
#include "WireDate.h"

#include <QProcess>

namespace btxh::test::SyncTestData {

namespace {

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
    Dossier d = TestDossiers::pushExample(code(index));
    place(d, province);
    return d;
}

Dossier finalResult(int index, const QString &province) {
    Dossier d = TestDossiers::resultExample(code(index));
    place(d, province);
    return d;
}

ProcessingStep step(int index, int n) {
    ProcessingStep s = TestDossiers::stepExample(code(index));
    const QDateTime at(QDate(2024, 1, 5), QTime(8, 0).addSecs(n * 3600));
    s.setValue(ProgressField::ThoiDiemXuLy, WireDate::formatDateTime(at));
    s.setValue(ProgressField::NoiDungXuLy, QStringLiteral("Bước %1: cán bộ xử lý hồ sơ").arg(n));
    s.setValue(ProgressField::StatusId, n < 2 ? DossierStatus::Accepted : DossierStatus::Processing);
    return s;
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
