// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchOrder.h"

#include "Fields.h"
#include "StoreSchema.h"

namespace btxh {

namespace {

// Seconds from 1970 to 1900-01-01 00:00:00, plus one: the first second of 1900 is 1, NULL alone is 0.
constexpr qint64 SecondsBefore1970 = 2208988800 + 1;
constexpr qint64 LastSecond = (qint64(1) << (63 - SearchOrder::IdBits)) - 1;
// The received dates whose seconds fit (from 1900 up to 2172, at the 33-bit limit).
constexpr char FirstDateKey[] = "1900-01-01 00:00:00";
constexpr char EndDateKey[] = "2172-01-01 00:00:00";

QString receivedKey() {
    return StoreSchema::quoted(
        StoreSchema::keyColumn(FieldTable::dossier().at(int(DossierField::NgayTiepNhan))));
}

} // namespace

QString SearchOrder::rowidExpression(const QString &key, const QString &id) {
    return QStringLiteral(
               "((min(max(coalesce(CAST(strftime('%s', %1) AS INTEGER) + %2, 0), 0), %3) << %4) + %5)")
        .arg(key)
        .arg(SecondsBefore1970)
        .arg(LastSecond)
        .arg(IdBits)
        .arg(id);
}

QString SearchOrder::idOf(const QString &rowid) {
    return QStringLiteral("(%1 & %2)").arg(rowid).arg(IdMask);
}

QString SearchOrder::rowidOfRow() {
    return rowidExpression(receivedKey(), QStringLiteral("dossiers.id"));
}

QString SearchOrder::rowidOfDossier(const QString &id) {
    return QStringLiteral("(SELECT %1 FROM dossiers WHERE id = %2)")
        .arg(rowidExpression(receivedKey(), QStringLiteral("id")), id);
}

QString SearchOrder::insertSql() {
    return QStringLiteral("INSERT INTO dossier_search (rowid, text) VALUES (%1, ?)")
        .arg(rowidOfDossier(QStringLiteral("?")));
}

QString SearchOrder::deleteSql() {
    return QStringLiteral("DELETE FROM dossier_search WHERE rowid = %1")
        .arg(rowidOfDossier(QStringLiteral("?")));
}

QString SearchOrder::orderHoldsSql() {
    // Each min() and max() alone is one seek in an index.
    return QStringLiteral("SELECT coalesce((SELECT min(%1) FROM dossiers) >= '%2', 1) AND "
                          "coalesce((SELECT max(%1) FROM dossiers) < '%3', 1) AND "
                          "coalesce((SELECT max(id) FROM dossiers) <= %4, 1)")
        .arg(receivedKey(), QLatin1StringView(FirstDateKey), QLatin1StringView(EndDateKey))
        .arg(IdMask);
}

} // namespace btxh
