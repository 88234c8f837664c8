// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "Dossier.h"
#include "Problem.h"
#include "ProcessingStep.h"
#include "Query.h"
#include "TokenResponse.h"

#include <QJsonObject>
#include <optional>

namespace btxh {

// Converts between the gateway's JSON and our value types, one object at a time.
//
// Reading accepts every spelling §5 shows: keys in any case and with stray spaces, the alias spellings,
// numbers where strings belong, nulls, and objects/arrays where a scalar belongs (kept as compact JSON text,
// with a problem saying so). Keys the table does not know are kept in Record::extras().
//
// Writing produces what the tables ask for: PascalCase keys, string values, dd/MM/yyyy and
// dd/MM/yyyy HH:mm:ss dates, and CertificateExtentData regenerated as a well-formed XML document.
class JsonCodec {
    Q_DECLARE_TR_FUNCTIONS(JsonCodec)
public:
    struct WriteOptions {
        bool includeUnknownKeys = false; // request form sends only the specification's fields
        bool includeNulls = false;       // absent fields are left out unless asked for
    };

    static void readRecord(const QJsonObject &object, Record &record, Problems *problems);
    static Dossier readDossier(const QJsonObject &object, Problems *problems = nullptr);
    static ProcessingStep readStep(const QJsonObject &object, Problems *problems = nullptr);
    static Query readQuery(const QJsonObject &object, Problems *problems = nullptr);
    static std::optional<TokenResponse> readToken(const QJsonObject &object, QString *error);

    static QJsonObject writeRecord(const Record &record, const WriteOptions &options);
    static QJsonObject writeDossier(const Dossier &dossier, const WriteOptions &options);
    static QJsonObject writeStep(const ProcessingStep &step, const WriteOptions &options);
    static QJsonObject writeQuery(const Query &query);
    static QJsonObject writeDossier(const Dossier &dossier) { return writeDossier(dossier, WriteOptions()); }
    static QJsonObject writeStep(const ProcessingStep &step) { return writeStep(step, WriteOptions()); }

    // A scalar JSON value as the string we keep: numbers without exponent or trailing ".0", null as a null
    // QString. Objects and arrays come back as compact JSON text with *wasScalar set to false.
    static QString scalarText(const QJsonValue &value, bool *wasScalar = nullptr);

    // The value written on the wire for one field: dates normalised to the table's shape when they parse,
    // anything else unchanged.
    static QString wireValue(const FieldSpec &spec, const QString &value);
};

} // namespace btxh
