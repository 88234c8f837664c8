// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "Dossier.h"
#include "Problem.h"
#include "ProcessingStep.h"
#include "Query.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace btxh {

// What one JSON document held: dossiers and/or processing steps, in request form (what we would send) or
// inside a pull response's result.data (what the server sent).
struct Payload {
    enum class Origin { Request, PullResponse };

    Origin origin = Origin::Request;
    QList<Dossier> dossiers;
    QList<ProcessingStep> steps;
    QList<Query> queries; // pull request bodies, when the document is one
    Problems problems;    // reading problems (unknown item shapes, wrong types, unparseable XML...)
    // Each dossier's and each step's own reading problems, in their order (also in `problems`): several
    // items may share a MaHoSo (a dossier and its steps) or have none, so the code cannot tell them apart.
    QList<Problems> dossierProblems;
    QList<Problems> stepProblems;
    // The object each dossier and each step was read from, in their order: a received item's server copy is
    // kept as it came (PayloadImport) without the document being parsed a second time.
    QList<QJsonObject> dossierSources;
    QList<QJsonObject> stepSources;

    // For pull and push responses: the gateway's own verdict, verbatim.
    bool hasResult = false;
    bool errorCodeValid = false; // error_code was there and a whole number (errorCode is 0 otherwise)
    bool hasData = false;        // result.data was a list
    int errorCode = 0;
    QString message;

    // Items that cannot be taken as they are (not an object, neither a dossier nor a step, no MaHoSo), kept
    // verbatim with why: a pull keeps them for an officer to look at instead of losing them.
    struct Unreadable {
        int index = 0; // 0-based, in the document (or file)
        QByteArray json;
        QString problem;
    };
    QList<Unreadable> unreadable;

    bool isReceived() const { return origin == Origin::PullResponse; }
};

class PayloadReader {
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)
public:
    static constexpr qsizetype MaxDocumentBytes = 256 * 1024 * 1024;

    // Parses a JSON document; on failure returns std::nullopt and a translated, one-line reason that names
    // the problem and its byte offset. `firstItem`: how many items of a larger file come before this
    // document's first, when it is one window of that file (PayloadStream), so that problems name the file's
    // item number.
    static std::optional<Payload> read(const QByteArray &json, QString *error, qsizetype firstItem = 0);
};

} // namespace btxh
