// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "ProcessingStep.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QStringList>
#include <optional>

namespace btxh {

struct GsoUnit;

// Realistic synthetic dossiers for the sandbox: Vietnamese names with diacritics, CCCD numbers of the right
// shape for the birth year, gender and province, real GSO places of the list in force on the received date
// (the 2024 three-level list before 1 July 2025, with district staff; the 2025 two-level list from then, with
// MaHuyen empty and commune staff and the commune chair, as the law in force says), all 11 procedures (the
// first eleven dossiers use each once), a processing history of 2-5 steps, submitted documents and, for
// dossiers that reached "processed" or "result returned", a final result with its papers. The same seed gives
// the same dossiers.
class DossierGenerator {
public:
    struct Item {
        Dossier dossier;
        QDateTime dossierAt; // when the dossier was last written (pull window key)
        QList<ProcessingStep> steps;
        QList<QDateTime> stepTimes;
        std::optional<Dossier> result; // LoaiDuLieu 100
        QDateTime resultAt;
    };

    // Dossiers are received within `days` days before `until`; `provinces` limits the places (empty = all).
    DossierGenerator(quint32 seed, const QDateTime &until, int days, const QStringList &provinces = {});

    Item next();
    bool isUsable(QString *error) const;

private:
    QString personName(bool female);
    QString dossierCode(const QDate &day);
    Record document(const QDate &day);
    Record resultPaper(const QDate &day);
    QString pick(const QStringList &list);

    QRandomGenerator m_rng;
    QDateTime m_until;
    int m_days;
    QList<const GsoUnit *> m_provinces;     // 2024 list, with districts
    QList<const GsoUnit *> m_provinces2025; // 2025 list
    QHash<QDate, int> m_perDay;
    int m_index = 0;
    int m_fileId = 40000;
};

} // namespace btxh
