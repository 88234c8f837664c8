// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace btxh::cli {

namespace {

std::optional<Payload> read(const QString &path, QString *error) {
    auto fail = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("InputFile", "no such file"));
    if (info.isDir())
        return fail(QCoreApplication::translate("InputFile", "is a folder, not a file"));
    if (info.size() > PayloadReader::MaxDocumentBytes)
        return fail(QCoreApplication::translate("InputFile", "the file is %1 MB, larger than the %2 MB limit")
                        .arg(info.size() / (1024 * 1024))
                        .arg(PayloadReader::MaxDocumentBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("InputFile", "cannot be read: %1").arg(file.errorString()));
    // Sequential files (pipes, /dev/stdin) report size 0; read them with the same bound.
    const QByteArray bytes = file.read(PayloadReader::MaxDocumentBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("InputFile", "cannot be read: %1").arg(file.errorString()));
    return PayloadReader::read(bytes, error);
}

} // namespace

std::optional<Payload> readPayloadFile(const QString &path, QTextStream &err) {
    QString error;
    std::optional<Payload> payload = read(path, &error);
    if (!payload)
        err << path << ": " << error << Qt::endl;
    return payload;
}

} // namespace btxh::cli
