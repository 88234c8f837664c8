// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableText.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace btxh {

namespace {

QString csvCell(const QString &s) {
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString quoted = s;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvValue(const ReportColumn &column, const QVariant &value) {
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ReportColumn::Kind::Count:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Rate:
        return QString::number(value.toDouble() * 100.0, 'f', 1);
    case ReportColumn::Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    case ReportColumn::Kind::Text:
        break;
    }
    return value.toString();
}

} // namespace

QString ReportTableText::display(const ReportColumn &column, const QVariant &value) {
    if (value.isNull())
        return QStringLiteral("–");
    switch (column.kind) {
    case ReportColumn::Kind::Count:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Rate:
        return QString::number(value.toDouble() * 100.0, 'f', 1) + u'%';
    case ReportColumn::Kind::Date:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case ReportColumn::Kind::Text:
        break;
    }
    return value.toString();
}

QString ReportTableText::plain(const ReportTable &table) {
    const qsizetype n = table.columns.size();
    QList<QStringList> cells;
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header << c.header;
    cells << header;
    for (const QVariantList &row : table.rows) {
        QStringList line;
        for (qsizetype i = 0; i < n; ++i)
            line << display(table.columns.at(i), row.value(i));
        cells << line;
    }
    QList<qsizetype> widths(n, 0);
    for (const QStringList &line : std::as_const(cells))
        for (qsizetype i = 0; i < n; ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    QString out;
    if (!table.title.isEmpty())
        out += table.title + u'\n';
    if (!table.subtitle.isEmpty())
        out += table.subtitle + u'\n';
    for (const QStringList &line : std::as_const(cells)) {
        QStringList padded;
        for (qsizetype i = 0; i < n; ++i)
            padded << (table.columns.at(i).kind == ReportColumn::Kind::Text
                           ? line.at(i).leftJustified(widths.at(i))
                           : line.at(i).rightJustified(widths.at(i)));
        out += padded.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    return out;
}

QByteArray ReportTableText::csv(const ReportTable &table) {
    QStringList lines;
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header << csvCell(c.header);
    lines << header.join(u',');
    for (const QVariantList &row : table.rows) {
        QStringList line;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            line << csvCell(csvValue(table.columns.at(i), row.value(i)));
        lines << line.join(u',');
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray ReportTableText::json(const ReportTable &table) {
    QJsonArray rows;
    for (const QVariantList &row : table.rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const ReportColumn &c = table.columns.at(i);
            const QVariant v = row.value(i);
            if (v.isNull())
                o.insert(c.key, QJsonValue::Null);
            else if (c.kind == ReportColumn::Kind::Count)
                o.insert(c.key, v.toLongLong());
            else if (c.kind == ReportColumn::Kind::Rate)
                o.insert(c.key, v.toDouble());
            else if (c.kind == ReportColumn::Kind::Date)
                o.insert(c.key, v.toDate().toString(Qt::ISODate));
            else
                o.insert(c.key, v.toString());
        }
        rows.append(o);
    }
    QJsonObject doc{{QStringLiteral("title"), table.title},
                    {QStringLiteral("subtitle"), table.subtitle},
                    {QStringLiteral("rows"), rows}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace btxh
