// SPDX-License-Identifier: GPL-3.0-or-later
#include "OwnerOnly.h"

#include "StoreLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace btxh::OwnerOnly {

namespace {

constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

bool makeFolder(const QString &folder) {
#if defined(Q_OS_UNIX)
    if (QFileInfo(folder).isDir())
        return true;
    if (!QDir().mkpath(folder))
        return false;
    return QFile::setPermissions(folder, OwnerFolder);
#else
    return QDir().mkpath(folder);
#endif
}

bool createFile(const QString &path) {
    QFile f(path);
    if (f.exists())
        return true;
#if defined(Q_OS_UNIX)
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerFile))
        return f.exists();
#else
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return f.exists();
#endif
    return true;
}

bool tighten(const QString &path) {
#if defined(Q_OS_UNIX)
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return false;
    const QFileDevice::Permissions p = info.permissions();
    if (!(p & Others))
        return false;
    if (!QFile::setPermissions(path, p & ~Others)) {
        qCWarning(lcStore) << "could not make" << info.fileName() << "owner-only";
        return false;
    }
    qCInfo(lcStore) << "made" << info.fileName() << "readable by its owner only (it was open to others)";
    return true;
#else
    Q_UNUSED(path);
    return false;
#endif
}

void tightenDatabase(const QString &databasePath) {
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        tighten(databasePath + QLatin1StringView(suffix));
}

QStringList safetyCopies(const QString &databasePath) {
    const QFileInfo db(databasePath);
    const QDir dir = db.absoluteDir();
    const QString base = QRegularExpression::escape(db.fileName());
    const QRegularExpression pattern(
        u'^' + base +
        QStringLiteral("\\.(?:pre-v\\d+|before-restore)-(\\d{8}-\\d{6})(?:-(\\d+))?"
                       "\\.sqlite$"));
    // The time in the name, then the number added when two were taken in the same second.
    QList<std::pair<QString, QFileInfo>> found;
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch m = pattern.match(f.fileName());
        if (m.hasMatch())
            found.append(
                {m.captured(1) + QStringLiteral("-%1").arg(m.captured(2).toInt(), 6, 10, QLatin1Char('0')),
                 f});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &f : std::as_const(found))
        out << f.second.absoluteFilePath();
    return out;
}

QStringList pruneSafetyCopies(const QString &databasePath, int keep) {
    QStringList removed;
    if (keep <= 0)
        return removed;
    const QStringList copies = safetyCopies(databasePath);
    for (qsizetype i = keep; i < copies.size(); ++i) {
        if (QFile::remove(copies.at(i))) {
            removed << copies.at(i);
            qCInfo(lcStore) << "removed old safety copy" << QFileInfo(copies.at(i)).fileName()
                            << "(keeping the" << keep << "newest)";
        } else {
            qCWarning(lcStore) << "could not remove old safety copy" << QFileInfo(copies.at(i)).fileName();
        }
    }
    return removed;
}

} // namespace btxh::OwnerOnly
