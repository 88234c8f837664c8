// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtxhRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace btxh::test {

QString BtxhRun::executable() {
    return QStringLiteral(BTXH_CLI_PATH);
}

BtxhRun BtxhRun::run(const QStringList &args, int timeoutMs, const QProcessEnvironment &env,
                     const QByteArray &input) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(executable(), args);
    if (!input.isEmpty() && p.waitForStarted(30000))
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    BtxhRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.outBytes = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.outBytes);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

BtxhRun BtxhRun::english(const QStringList &args, const QProcessEnvironment &env) {
    return run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, 60000, env);
}

BtxhRun BtxhRun::onDatabase(const QString &command, const QString &database, const QStringList &args) {
    return english(QStringList{command, QStringLiteral("--db"), database} + args);
}

QStringList BtxhRun::listedCodes() const {
    if (exitCode != 0)
        return {QStringLiteral("<exit %1: %2>").arg(exitCode).arg(err)};
    QStringList codes;
    for (const QJsonValue &v : QJsonDocument::fromJson(out.toUtf8()).array())
        codes << v.toObject().value(QStringLiteral("MaHoSo")).toString();
    return codes;
}

} // namespace btxh::test
