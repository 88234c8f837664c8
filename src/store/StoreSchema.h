// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "ProcessingStep.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace btxh {

// How the field tables map onto SQLite columns. Every table's value columns are derived from its FieldTable:
// "f_<WireName>" holds the value exactly as read (NULL = absent), and each Date/DateTime field also gets
// "k_<WireName>", a sortable yyyy-MM-dd HH:mm:ss key (NULL when the value does not parse). Nothing here
// lists fields by hand except the few whose role is special (search, deadline), named by their enums.
class StoreSchema {
public:
    static QString fieldColumn(const FieldSpec &field) { return QStringLiteral("f_") + field.wireName; }
    static QString keyColumn(const FieldSpec &field) { return QStringLiteral("k_") + field.wireName; }
    static bool hasKeyColumn(const FieldSpec &field);
    static QString quoted(const QString &identifier); // identifiers we generate ourselves, never payload text

    // The derived columns of a table, as "name TYPE" definitions and as bare names, in table order.
    static QStringList columnDefinitions(const FieldTable &table);
    static QStringList columnNames(const FieldTable &table);

    // The sort key of a date value: yyyy-MM-dd HH:mm:ss, or a null string when it does not parse.
    static QString sortKey(const QString &value);
    static QString dateKey(const QDateTime &dateTime);
    static QString dateKey(QDate date, QTime time);
    // The store's own timestamps (created_at, updated_at, audit, outbox): UTC, ISO 8601 with milliseconds.
    static QString isoTime(const QDateTime &t);
    static QDateTime fromIso(const QVariant &v); // null for a null value

    // Text the list sorts in Vietnamese alphabetical order (VietnameseSortKey): each such dossier field has a
    // key column "s_<WireName>" in the sort-key table (one row per dossier, id = the dossier's), indexed.
    // Kept beside the dossiers rather than in them so that adding a key never rewrites a large table.
    static QList<DossierField> collatedFields();
    static bool hasCollationKey(const FieldSpec &field);
    static QString collationKeyColumn(const FieldSpec &field) {
        return QStringLiteral("s_") + field.wireName;
    }
    static QString sortKeysTable() { return QStringLiteral("dossier_sort_keys"); }
    static QString collationKey(const QString &value); // null for an empty value
    // A list of people ordered as Vietnamese lists are: by the given name (tên, the last word), then the
    // family and middle names (họ và tên đệm). Its key sits in the sort-key table too (schema 6).
    static QString givenNameKeyColumn() { return QStringLiteral("s_given_name"); }
    static QString givenNameKey(const QString &fullName); // null for an empty name
    // Every column of the sort-key table, and a dossier's values for them, in the same order.
    static QStringList sortKeyColumns();
    static QStringList sortKeys(const Record &dossierFields);

    // The dossier fields the search index covers: name, ID numbers, MaHoSo and the address details.
    static QList<DossierField> searchFields();
    // Their values folded (SearchText::fold), each distinct value once, in that order.
    static QString searchText(const Record &dossierFields);
    // Their columns of `dossiers`, quoted, in that order; and the search text of a row read with them, the
    // first at `firstColumn`: for filling the search index from stored dossiers.
    static QStringList searchColumns();
    static QString searchText(const QSqlQuery &row, int firstColumn);

    // Stable digests used to tell "unchanged" from "updated" and to identify a step received twice.
    static QString contentHash(const Dossier &dossier);
    static QString stepKey(const ProcessingStep &step);
    static QString digest(const QByteArray &bytes);

    // A lossless JSON image of a record (every table field, null when absent, plus the extras): what we keep
    // as the server's copy when the verbatim item text is not at hand.
    static QByteArray recordJson(const Record &record);
    static QByteArray extrasJson(const Record &record);
    static void readExtras(const QString &json, Record &record);
};

} // namespace btxh
