// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldSpec.h"

#include <QList>
#include <QStringView>

namespace btxh {

// An ordered list of field descriptions: the single source the codec, validation, storage and the form
// derive from. Lookups accept every spelling §5 of the specification shows: any case, surrounding spaces,
// and the listed aliases.
class FieldTable {
public:
    static const FieldTable &dossier();
    static const FieldTable &progress();
    static const FieldTable &query();
    static const FieldTable &submittedDocument();
    static const FieldTable &resultPaper();

    FieldTable(QString name, QList<FieldSpec> fields);

    const QString &name() const { return m_name; }
    const QList<FieldSpec> &fields() const { return m_fields; }
    const FieldSpec &at(int id) const { return m_fields.at(id); }
    int size() const { return int(m_fields.size()); }

    // Index of the field a key names, or -1. Case-insensitive, trimmed, aliases included.
    int indexOf(QStringView key) const;
    const FieldSpec *find(QStringView key) const;

    static QString foldKey(QStringView key);

private:
    // Index of the field a key already folded (foldKey) names, or -1; allocates nothing.
    int indexOfFolded(QStringView folded) const;

    // The folded spellings, in an open-addressing table (a power of two long, at most half full) probed with
    // a QStringView: QHash<QString, int> would need a QString, so an allocation, for every key looked up.
    struct Slot {
        QString key; // null: empty slot
        int id = -1;
    };
    QString m_name;
    QList<FieldSpec> m_fields;
    QList<Slot> m_slots;
};

} // namespace btxh
