// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace btxh {

// A report as a plain table that any exporter writes (text, CSV, JSON here; spreadsheets elsewhere): one
// header row, then rows of values. Each column says what its values are, so a writer can give counts and
// rates their own number formats and dates a real date type.
struct ReportColumn {
    enum class Kind {
        Text,  // QString
        Count, // qint64
        Rate,  // double from 0 to 1, or a null QVariant when there is nothing to rate
        Date,  // QDate
    };
    QString key;    // stable, English, for JSON and scripts: "received", "onTime", …
    QString header; // translated, for people
    Kind kind = Kind::Text;
};

struct ReportTable {
    QString title;    // translated: what is counted, by what
    QString subtitle; // translated: the period and the area
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // each as long as `columns`
};

} // namespace btxh
