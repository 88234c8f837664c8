// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Payload.h"

#include <QFile>
#include <QTest>

// Reads one of the specification's example payloads (tests/fixtures/spec/, transcribed from the official
// text).
inline QByteArray specFixture(const char *name) {
    QFile f(QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

inline btxh::Payload readSpecFixture(const char *name) {
    QString error;
    const std::optional<btxh::Payload> p = btxh::PayloadReader::read(specFixture(name), &error);
    if (!p)
        qFatal("fixture %s does not read: %s", name, qPrintable(error));
    return *p;
}
