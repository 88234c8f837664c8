// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace btxh::test {

// Writes `bytes` to the file at `path` and answers the path; a fatal error when it cannot.
QString writeFile(const QString &path, const QByteArray &bytes);

// SHA-256 of a file's bytes (empty when it cannot be read): shows that a refused operation left it untouched.
QByteArray fileHash(const QString &path);

// chattr +i (or -i): the one way to stop root writing a file. False where the file system does not have it.
bool setImmutable(const QString &path, bool on);

} // namespace btxh::test
