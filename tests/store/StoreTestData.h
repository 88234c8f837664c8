// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Dossier.h"
#include "ProcessingStep.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace btxh::testdata {

// Deterministic, realistic-looking dossiers for the store's tests and benchmark: Vietnamese names with their
// real frequencies, 3-10 submitted documents, 2-5 processing steps. Dossier `index` is always the same for
// one seed; `revision` changes its processing unit and its documents (3 + (index + revision) % 8 of them,
// each named after the revision), so a test can tell which write of a dossier it is looking at.
class SyntheticDossiers {
public:
    explicit SyntheticDossiers(quint64 seed = 1);

    Dossier dossier(qint64 index, int revision = 0) const;
    QList<ProcessingStep> steps(qint64 index) const; // 2-5 steps, independent of the revision

    static QString code(qint64 index);
    static int documentCount(qint64 index, int revision);
    static QString revisionTag(int revision); // in DonViXuLy and in each document's name

private:
    quint64 m_seed;
};

// Dossiers from..to-1 of `data`, as one write of what the server sent.
ChangeSet received(const SyntheticDossiers &data, int from, int to);

// SHA-256 of a file's bytes (empty when it cannot be read): shows that a refused operation left it untouched.
QByteArray fileHash(const QString &path);

// chattr +i (or -i): the one way to stop root writing a file. False where the file system does not have it.
bool setImmutable(const QString &path, bool on);

} // namespace btxh::testdata
