// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

// An .xlsx file as openpyxl reads it (fixtures/sheets/xlsx_to_json.py): {"title", "sheets", "rows": [[cell]]}
// with text as strings, dates as {"date", "format"}, numbers as {"number"}, empty cells as null. An empty
// object when python3 or openpyxl failed (*error says why).
inline QJsonObject readXlsxBack(const QString &path, QString *error) {
    QProcess p;
    p.start(QStringLiteral(BTXH_PYTHON3), {QStringLiteral(BTXH_XLSX_TO_JSON), path});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = parse.errorString();
        return {};
    }
    return doc.object();
}
