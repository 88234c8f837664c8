// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadImport.h"

#include "FieldTable.h"
#include "JsonCodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace btxh {

namespace {

// The items of a document exactly as written, found where PayloadReader finds them, so the server's copy can
// be kept verbatim. Only used when it parses back to the very record the reader made.
QList<QJsonObject> rawItems(const QByteArray &bytes) {
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const QJsonObject root = doc.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (FieldTable::foldKey(it.key()) != u"result" || !it.value().isObject())
                continue;
            const QJsonObject result = it.value().toObject();
            for (auto r = result.begin(); r != result.end(); ++r)
                if (FieldTable::foldKey(r.key()) == u"data")
                    items = r.value().toArray();
        }
        if (items.isEmpty() && !root.isEmpty())
            items.append(root);
    }
    QList<QJsonObject> out;
    for (const QJsonValue &v : std::as_const(items))
        if (v.isObject())
            out << v.toObject();
    return out;
}

QString codeOf(const QJsonObject &o) {
    const int codeField = int(DossierField::MaHoSo);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (FieldTable::dossier().indexOf(it.key()) == codeField)
            return JsonCodec::scalarText(it.value()).trimmed();
    return {};
}

} // namespace

int PayloadImport::drafts() const {
    int n = 0;
    for (const auto &l : changes.local)
        n += hasErrors(l.problems) ? 1 : 0;
    for (const auto &l : changes.localSteps)
        n += hasErrors(l.problems) ? 1 : 0;
    return n;
}

PayloadImport PayloadImport::build(const Payload &payload, const Validator &validator,
                                   const QByteArray &document) {
    PayloadImport out;
    const bool received = payload.isReceived();

    // Problems of an item nobody could read ("#3") are reported on their own, and an error rejects that
    // item; every other reading problem is the dossier's or step's own (Payload::dossierProblems).
    for (const Problem &p : payload.problems) {
        if (!p.recordKey.startsWith(u'#'))
            continue;
        out.entries << Entry{Note::ItemProblems, Problems{p}, 0};
        if (p.isError())
            ++out.rejected;
    }
    QHash<QString, QList<QJsonObject>> raw;
    if (received)
        for (const QJsonObject &o : rawItems(document))
            raw[codeOf(o)] << o;
    auto verbatim = [&](const QString &code, auto matches) {
        QList<QJsonObject> &candidates = raw[code];
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (matches(candidates.at(i)))
                return QJsonDocument(candidates.takeAt(i)).toJson(QJsonDocument::Compact);
        }
        return QByteArray();
    };
    auto note = [&](const Problems &problems) {
        if (!problems.isEmpty())
            out.entries << Entry{Note::ItemProblems, problems, 0};
    };

    // One rule for dossiers and steps, kept in one place so that they cannot drift apart: refused without a
    // MaHoSo, and refused with an error when they come from the server (whose copy is not ours to fix).
    // Gives the problems of an item it takes, nothing for one it refuses.
    auto admit = [&](const auto &item, const QString &code, Note withoutCode,
                     const Problems &readingProblems) -> std::optional<Problems> {
        Problems problems = readingProblems;
        problems << validator.validate(item);
        note(problems);
        if (code.isEmpty()) {
            out.entries << Entry{withoutCode, {}, 1};
            ++out.rejected;
            return std::nullopt;
        }
        if (received && hasErrors(problems)) {
            ++out.rejected;
            return std::nullopt;
        }
        return problems;
    };

    for (qsizetype i = 0; i < payload.dossiers.size(); ++i) {
        const Dossier &d = payload.dossiers.at(i);
        const std::optional<Problems> problems =
            admit(d, d.code(), Note::DossierWithoutCode, payload.dossierProblems.value(i));
        if (!problems)
            continue;
        if (received)
            out.changes.received << ChangeSet::ReceivedDossier{
                d, verbatim(d.code(), [&](const QJsonObject &o) { return JsonCodec::readDossier(o) == d; })};
        else
            out.changes.local << ChangeSet::LocalDossier{d, *problems};
    }
    for (qsizetype i = 0; i < payload.steps.size(); ++i) {
        const ProcessingStep &s = payload.steps.at(i);
        const std::optional<Problems> problems =
            admit(s, s.dossierCode(), Note::StepWithoutCode, payload.stepProblems.value(i));
        if (!problems)
            continue;
        if (received)
            out.changes.receivedSteps << ChangeSet::ReceivedStep{
                s,
                verbatim(s.dossierCode(), [&](const QJsonObject &o) { return JsonCodec::readStep(o) == s; })};
        else
            out.changes.localSteps << ChangeSet::LocalStep{s, *problems};
    }
    if (!payload.queries.isEmpty()) {
        out.entries << Entry{Note::Queries, {}, payload.queries.size()};
        out.rejected += int(payload.queries.size());
    }
    return out;
}

} // namespace btxh
