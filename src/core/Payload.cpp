// SPDX-License-Identifier: GPL-3.0-or-later
#include "Payload.h"

#include "JsonCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace btxh {

namespace {

enum class ItemKind { Unknown, Dossier, Step, Query };

// Decides what an object is from the keys only one table knows. Shared keys (MaHoSo, DonViXuLy, StatusId)
// say nothing.
ItemKind classify(const QJsonObject &object) {
    const FieldTable &dossier = FieldTable::dossier();
    const FieldTable &progress = FieldTable::progress();
    const FieldTable &query = FieldTable::query();
    int d = 0, s = 0, q = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool inD = dossier.indexOf(it.key()) >= 0;
        const bool inS = progress.indexOf(it.key()) >= 0;
        const bool inQ = query.indexOf(it.key()) >= 0;
        if (inD && !inS && !inQ)
            ++d;
        else if (inS && !inD)
            ++s;
        else if (inQ && !inD)
            ++q;
    }
    if (d == 0 && s == 0 && q == 0) {
        // Only shared keys: a dossier being drafted is the likeliest reading when it at least has a code.
        for (auto it = object.begin(); it != object.end(); ++it)
            if (dossier.indexOf(it.key()) == int(DossierField::MaHoSo))
                return ItemKind::Dossier;
        return ItemKind::Unknown;
    }
    if (q > d && q > s)
        return ItemKind::Query;
    return d >= s ? ItemKind::Dossier : ItemKind::Step;
}

Problem itemProblem(int index, const char *code, const QString &message) {
    Problem p;
    p.recordKey = QStringLiteral("#%1").arg(index + 1);
    p.severity = Severity::Error;
    p.code = QString::fromLatin1(code);
    p.message = message;
    return p;
}

QByteArray verbatim(const QJsonValue &v) {
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrapped in an array to serialise, the brackets taken off again.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void keepUnreadable(Payload &payload, int index, const QJsonValue &v, const Problem &why) {
    payload.unreadable.append({index, verbatim(v), why.message});
}

void readItems(const QJsonArray &items, Payload &payload, qsizetype firstItem = 0) {
    for (qsizetype at = 0; at < items.size(); ++at) {
        const QJsonValue v = items.at(at);
        const int i = int(firstItem + at);
        if (!v.isObject()) {
            payload.problems << itemProblem(i, "not-an-object",
                                            PayloadReader::tr("item %1 is not a JSON object but %2")
                                                .arg(i + 1)
                                                .arg(JsonCodec::scalarText(v).left(40)));
            keepUnreadable(payload, i, v, payload.problems.constLast());
            continue;
        }
        const QJsonObject o = v.toObject();
        switch (classify(o)) {
        case ItemKind::Dossier: {
            Problems own;
            payload.dossiers << JsonCodec::readDossier(o, &own);
            payload.dossierProblems << own;
            payload.dossierSources << o;
            payload.problems << own;
            if (payload.dossiers.constLast().code().isEmpty())
                keepUnreadable(
                    payload, i, v,
                    itemProblem(i, "no-code", PayloadReader::tr("item %1 has no MaHoSo").arg(i + 1)));
            break;
        }
        case ItemKind::Step: {
            Problems own;
            payload.steps << JsonCodec::readStep(o, &own);
            payload.stepProblems << own;
            payload.stepSources << o;
            payload.problems << own;
            if (payload.steps.constLast().dossierCode().isEmpty())
                keepUnreadable(
                    payload, i, v,
                    itemProblem(i, "no-code", PayloadReader::tr("item %1 has no MaHoSo").arg(i + 1)));
            break;
        }
        case ItemKind::Query:
            payload.queries << JsonCodec::readQuery(o, &payload.problems);
            break;
        case ItemKind::Unknown:
            payload.problems << itemProblem(
                i, "unknown-item",
                PayloadReader::tr("item %1 is neither a dossier nor a processing step: none of its keys is a "
                                  "field of the specification")
                    .arg(i + 1));
            keepUnreadable(payload, i, v, payload.problems.constLast());
            break;
        }
    }
}

QJsonValue valueOf(const QJsonObject &object, QStringView foldedKey) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (FieldTable::foldKey(it.key()) == foldedKey)
            return it.value();
    return QJsonValue(QJsonValue::Undefined);
}

// error_code as the gateway writes it: a whole number, or a string of one. Anything else is not a verdict.
void readErrorCode(const QJsonValue &v, Payload &payload) {
    payload.hasResult = true;
    bool ok = false;
    int value = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = d == double(int(d));
        value = ok ? int(d) : 0;
    } else if (v.isString()) {
        value = v.toString().trimmed().toInt(&ok);
    }
    payload.errorCodeValid = ok;
    payload.errorCode = ok ? value : 0;
}

} // namespace

std::optional<Payload> PayloadReader::read(const QByteArray &json, QString *error, qsizetype firstItem) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.size() > MaxDocumentBytes)
        return fail(tr("the document is %1 MB, larger than the %2 MB limit")
                        .arg(json.size() / (1024 * 1024))
                        .arg(MaxDocumentBytes / (1024 * 1024)));
    if (json.trimmed().isEmpty())
        return fail(tr("the document is empty"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));

    Payload payload;
    if (doc.isArray()) {
        readItems(doc.array(), payload, firstItem);
        return payload;
    }
    const QJsonObject root = doc.object();
    const QJsonValue result = valueOf(root, u"result");
    if (result.isObject()) {
        const QJsonObject r = result.toObject();
        payload.origin = Payload::Origin::PullResponse;
        readErrorCode(valueOf(r, u"error_code"), payload);
        payload.message = JsonCodec::scalarText(valueOf(r, u"message"));
        const QJsonValue data = valueOf(r, u"data");
        payload.hasData = data.isArray();
        if (data.isArray())
            readItems(data.toArray(), payload, firstItem);
        else if (!data.isNull() && !data.isUndefined())
            payload.problems << itemProblem(0, "data-not-array", tr("result.data is not a list of items"));
        return payload;
    }
    if (!result.isUndefined())
        return fail(tr("\"result\" is not a JSON object"));
    const QJsonValue errorCode = valueOf(root, u"error_code");
    if (!errorCode.isUndefined()) {
        // A push response: {"error_code": 0, "message": "..."}
        readErrorCode(errorCode, payload);
        payload.message = JsonCodec::scalarText(valueOf(root, u"message"));
        return payload;
    }
    readItems(QJsonArray{root}, payload);
    return payload;
}

} // namespace btxh
