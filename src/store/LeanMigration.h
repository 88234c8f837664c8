// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace btxh {

// Version 10: each thing kept once (issue 15, lean storage). Written for both backends (SqlDialect).
// - The server's copy of a dossier or step moves from its text column (server_json, left NULL) to an encoded
//   one (server_copy, ServerCopy: compressed with a dictionary of the field tables' names, kept in
//   compression_dictionaries).
// - The documents' XML (CertificateExtentData) is left NULL where the documents' rows or the server's copy
//   give it back exactly (ExtentStorage; extent_source says which).
// Every row is rewritten in this one transaction, with its progress; Migrations::migrate then VACUUMs.
class LeanMigration {
public:
    static bool apply(QSqlDatabase &db, QSqlError *error, const Migrations::Progress &progress);
};

} // namespace btxh
