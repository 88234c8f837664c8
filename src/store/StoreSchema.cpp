// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSchema.h"

#include "RecordJson.h"
#include "SearchText.h"
#include "VietnameseSortKey.h"
#include "WireDate.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace btxh {

namespace {

void hashRecord(QCryptographicHash &hash, const Record &record) {
    // A separator that cannot occur in a value and a marker that tells null from empty.
    static const QByteArray nullMarker("\x01", 1);
    static const QByteArray separator("\x1f", 1);
    for (int i = 0; i < record.table().size(); ++i) {
        const QString v = record.value(i);
        if (v.isNull())
            hash.addData(nullMarker);
        else
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(v.utf16()), v.size() * 2));
        hash.addData(separator);
    }
    if (!record.extras().isEmpty())
        hash.addData(QJsonDocument(record.extras()).toJson(QJsonDocument::Compact));
    hash.addData(separator);
}

} // namespace

bool StoreSchema::hasKeyColumn(const FieldSpec &field) {
    return field.kind == FieldKind::Date || field.kind == FieldKind::DateTime;
}

QString StoreSchema::quoted(const QString &identifier) {
    return u'"' + identifier + u'"';
}

QStringList StoreSchema::columnNames(const FieldTable &table) {
    QStringList names;
    for (const FieldSpec &f : table.fields()) {
        names << fieldColumn(f);
        if (hasKeyColumn(f))
            names << keyColumn(f);
    }
    return names;
}

QStringList StoreSchema::columnDefinitions(const FieldTable &table) {
    QStringList defs;
    for (const QString &name : columnNames(table))
        defs << quoted(name) + QStringLiteral(" TEXT");
    return defs;
}

QString StoreSchema::dateKey(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return QLocale::c().toString(dateTime, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return dateKey(dateTime.date(), dateTime.time());
}

namespace {

// yyyy-MM-dd, `between`, HH:mm:ss, then .zzz and `end` when `end` is given; null when the year has other than
// four digits. Written digit by digit: QLocale and QDateTime::toString read their pattern on every call, for
// every dated field of every dossier stored and the times of every row written.
QString digitsOf(QDate d, QTime t, char16_t between, char16_t end = 0) {
    if (!d.isValid() || !t.isValid() || d.year() < 1000 || d.year() > 9999)
        return {};
    QString out(end ? 24 : 19, Qt::Uninitialized);
    QChar *p = out.data();
    auto put = [&p](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            p[i] = QChar(u'0' + value % 10);
        p += digits;
    };
    auto sep = [&p](char16_t c) { *p++ = QChar(c); };
    put(d.year(), 4);
    sep(u'-');
    put(d.month(), 2);
    sep(u'-');
    put(d.day(), 2);
    sep(between);
    put(t.hour(), 2);
    sep(u':');
    put(t.minute(), 2);
    sep(u':');
    put(t.second(), 2);
    if (end) {
        sep(u'.');
        put(t.msec(), 3);
        sep(end);
    }
    return out;
}

} // namespace

QString StoreSchema::dateKey(QDate d, QTime t) {
    // Anything but the years a wire date can hold as QLocale writes it.
    const QString key = digitsOf(d, t, u' ');
    if (key.isNull())
        return QLocale::c().toString(QDateTime(d, t), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return key;
}

QString StoreSchema::isoTime(const QDateTime &t) {
    const QDateTime utc = t.toUTC();
    const QString iso = digitsOf(utc.date(), utc.time(), u'T', u'Z');
    return iso.isNull() ? utc.toString(Qt::ISODateWithMs) : iso;
}

QDateTime StoreSchema::fromIso(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString StoreSchema::sortKey(const QString &value) {
    if (value.isEmpty())
        return {};
    const WireDate::Parsed parsed = WireDate::parse(value);
    if (!parsed.isValid())
        return {};
    return dateKey(parsed.date, parsed.time);
}

QList<DossierField> StoreSchema::collatedFields() {
    // The list's free-text column; the others it shows are codes.
    return {DossierField::HoVaTen};
}

bool StoreSchema::hasCollationKey(const FieldSpec &field) {
    const FieldTable &dossier = FieldTable::dossier();
    if (field.id < 0 || field.id >= dossier.size() || &dossier.at(field.id) != &field)
        return false; // a field of another table
    return collatedFields().contains(DossierField(field.id));
}

QString StoreSchema::collationKey(const QString &value) {
    if (value.isEmpty())
        return {};
    return VietnameseSortKey::of(value);
}

QString StoreSchema::givenNameKey(const QString &fullName) {
    const QStringList words = fullName.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // "Nguyễn Thị Mai" sorts as "Mai Nguyễn Thị": words separate in the key, so all the Mais come together,
    // ordered by their family names, before "Mai Anh" and "Mạnh".
    QStringList reordered = words.mid(0, words.size() - 1);
    reordered.prepend(words.constLast());
    return VietnameseSortKey::of(reordered.join(u' '));
}

QStringList StoreSchema::sortKeyColumns() {
    QStringList columns;
    for (DossierField f : collatedFields())
        columns << collationKeyColumn(FieldTable::dossier().at(int(f)));
    columns << givenNameKeyColumn();
    return columns;
}

QStringList StoreSchema::sortKeys(const Record &dossierFields) {
    QStringList keys;
    for (DossierField f : collatedFields())
        keys << collationKey(dossierFields.value(int(f)));
    keys << givenNameKey(dossierFields.value(int(DossierField::HoVaTen)));
    return keys;
}

QList<DossierField> StoreSchema::searchFields() {
    return {DossierField::HoVaTen,     DossierField::CMND,        DossierField::SoDinhDanh,
            DossierField::MaHoSo,      DossierField::HKTT_MaThon, DossierField::HKTT_ChiTiet,
            DossierField::NOHT_MaThon, DossierField::NOHT_ChiTiet};
}

QString StoreSchema::searchText(const Record &dossierFields) {
    // A value that another field already gave is indexed once: the ID number and the personal identifier
    // are mostly the same number, the permanent and the current address mostly the same text, and every word
    // indexed costs the write its entries in the index and each of its prefix indexes.
    QString text;
    QStringList values;
    for (DossierField f : searchFields()) {
        const QString v = dossierFields.value(int(f));
        if (v.isEmpty())
            continue;
        QString folded = SearchText::fold(v);
        if (values.contains(folded))
            continue;
        if (!text.isEmpty())
            text.append(u' ');
        text.append(folded);
        values << std::move(folded);
    }
    return text;
}

QStringList StoreSchema::searchColumns() {
    QStringList columns;
    for (DossierField f : searchFields())
        columns << quoted(fieldColumn(FieldTable::dossier().at(int(f))));
    return columns;
}

QString StoreSchema::searchText(const QSqlQuery &row, int firstColumn) {
    Record r(FieldTable::dossier());
    const QList<DossierField> fields = searchFields();
    for (int i = 0; i < fields.size(); ++i)
        r.setValue(int(fields.at(i)), row.value(firstColumn + i).toString());
    return searchText(r);
}

QString StoreSchema::digest(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

QString StoreSchema::contentHash(const Dossier &dossier) {
    QCryptographicHash hash(QCryptographicHash::Md5);
    hashRecord(hash, dossier.fields);
    hash.addData(QByteArrayView(dossier.extent.hasDocumentList ? "D" : "d"));
    for (const Record &r : dossier.extent.documents)
        hashRecord(hash, r);
    hash.addData(QByteArrayView(dossier.extent.hasResultList ? "R" : "r"));
    for (const Record &r : dossier.extent.resultPapers)
        hashRecord(hash, r);
    return QString::fromLatin1(hash.result().toHex());
}

QString StoreSchema::stepKey(const ProcessingStep &step) {
    QCryptographicHash hash(QCryptographicHash::Md5);
    hashRecord(hash, step.fields);
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray StoreSchema::recordJson(const Record &record) {
    return RecordJson::write(record);
}

QByteArray StoreSchema::extrasJson(const Record &record) {
    if (record.extras().isEmpty())
        return {};
    return QJsonDocument(record.extras()).toJson(QJsonDocument::Compact);
}

void StoreSchema::readExtras(const QString &json, Record &record) {
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        record.setExtra(it.key(), it.value());
}

} // namespace btxh
