// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the secrets tests: the throwaway home run-with-keyring.sh made, and what was written in it.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace testhome {

inline QString root() {
    return qEnvironmentVariable("BTXH_TEST_HOME");
}

inline QStringList allFiles(const QString &dir = root()) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// Files under `dir` whose bytes contain `needle` as UTF-8 or as UTF-16 (QSettings and friends may use
// either).
inline QStringList filesContaining(const QString &needle, const QString &dir = root()) {
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    const QByteArray base64 = utf8.toBase64();
    QStringList hits;
    for (const QString &path : allFiles(dir)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(base64))
            hits << path;
    }
    return hits;
}

// What the Secret Service holds for an entry, asked by secret-tool, independently of QtKeychain.
// Returns a null QString when secret-tool finds nothing.
inline QString secretToolLookup(const QString &entry) {
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("btxh-desktop"),
                QStringLiteral("user"), entry, QStringLiteral("type"), QStringLiteral("plaintext")});
    if (!tool.waitForFinished(30000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput());
}

inline bool secretToolStore(const QString &entry, const QString &value) {
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=btxh test"), QStringLiteral("server"),
                QStringLiteral("btxh-desktop"), QStringLiteral("user"), entry, QStringLiteral("type"),
                QStringLiteral("plaintext")});
    if (!tool.waitForStarted(30000))
        return false;
    tool.write(value.toUtf8());
    tool.closeWriteChannel();
    return tool.waitForFinished(30000) && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
}

} // namespace testhome
