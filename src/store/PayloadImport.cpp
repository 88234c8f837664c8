// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadImport.h"

#include <QJsonDocument>
#include <optional>

namespace btxh {

int PayloadImport::drafts() const {
    int n = 0;
    for (const auto &l : changes.local)
        n += hasErrors(l.problems) ? 1 : 0;
    for (const auto &l : changes.localSteps)
        n += hasErrors(l.problems) ? 1 : 0;
    return n;
}

PayloadImport PayloadImport::build(const Payload &payload, const Validator &validator) {
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
    // The server's copy: the item's own object, as the reader parsed it.
    auto verbatim = [](const QList<QJsonObject> &sources, qsizetype i) {
        return i < sources.size() ? QJsonDocument(sources.at(i)).toJson(QJsonDocument::Compact)
                                  : QByteArray();
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
                d, verbatim(payload.dossierSources, i), {}, i < payload.dossierSources.size()};
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
            out.changes.receivedSteps << ChangeSet::ReceivedStep{s, verbatim(payload.stepSources, i)};
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
