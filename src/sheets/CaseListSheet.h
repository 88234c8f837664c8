// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldSpec.h"
#include "ListQuery.h"
#include "TableCell.h"
#include "ValidationContext.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

namespace btxh {

// The case list as a spreadsheet, derived from the field table: every dossier field in the table's order
// (the XML of the documents aside), headed by its label; a code (enumeration, catalogue, GSO place) in a
// column "<label> (mã)" with its name beside it under the plain label; dates as dates; then the sync state
// and the legal deadline. The import template is the same header without the name columns and the two
// last ones, plus the submitted documents' names, so a list exported as CSV reads back into the template.
class CaseListSheet {
    Q_DECLARE_TR_FUNCTIONS(btxh::CaseListSheet)
public:
    // The name of a code, as the officer reads it on screen (the app passes its display path). `dossier` is
    // the row's record: a place's name depends on its date (the GSO list in force when it was received).
    using Namer = std::function<QString(const FieldSpec &spec, const QString &code, const Record &dossier)>;

    struct Column {
        // Documents: the names of the submitted documents, separated by ";" (import only: what the
        // XML of CertificateExtentData carries that an officer can type).
        enum class Role { Value, Name, Documents, SyncState, Deadline };
        const FieldSpec *spec = nullptr; // Value, Name and Documents columns
        Role role = Role::Value;
    };

    explicit CaseListSheet(Namer namer);

    // Names from the catalogues and the GSO list (the command line's way; same rules as the app's).
    static Namer catalogueNamer(const ValidationContext &context);

    // Whether a field holds a code that gets a name column beside it.
    static bool hasName(const FieldSpec &spec);
    // The export's columns; the template's (forImport) leave out the names, sync state and deadline.
    static QList<Column> columns(bool forImport = false);
    static QString header(const Column &column, Language language);
    static QStringList headers(bool forImport, Language language = currentLanguage());
    // Which column a header names, in either language or as the field's wire name; nothing when none.
    static std::optional<Column> columnForHeader(const QString &header);

    QList<TableCell> cells(const ListRow &row) const;

private:
    Namer m_namer;
};

} // namespace btxh
