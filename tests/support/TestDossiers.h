// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "ProcessingStep.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace btxh::test {

// The one way the tests and the benchmarks build dossiers, each starting from Dossier::socialProtection()
// and the named codes (DossierCodes.h):
//  - the specification's own examples (tests/fixtures/spec), read through the product's codec;
//  - a complete, valid new dossier of a Hà Nội commune office, for tests that need one they can save;
//  - a seeded generator of realistic-looking dossiers: Vietnamese names with their real frequencies, 3-10
//    submitted documents, 2-5 processing steps. Dossier `index` is always the same for one seed; `revision`
//    changes its processing unit and its documents (3 + (index + revision) % 8 of them, each named after the
//    revision), so a test can tell which write of a dossier it is looking at.
class TestDossiers {
public:
    explicit TestDossiers(quint64 seed = 1);

    Dossier dossier(qint64 index, int revision = 0) const;
    QList<ProcessingStep> steps(qint64 index) const; // 2-5 steps, independent of the revision

    static QString code(qint64 index); // 000.00.15.G07-yyMMdd-nnnn, unique per index
    static int documentCount(qint64 index, int revision);
    static QString revisionTag(int revision); // in DonViXuLy and in each document's name

    // A complete, valid new dossier (LoaiDuLieu 1) of Phường Phúc Xá, Hà Nội, in the units of its received
    // date: 01/001/00001 before the two-level reform, Phường Ba Đình 01/00004 (no district) from it. One
    // submitted document.
    static Dossier valid(const QString &code, const QString &name, const QDateTime &received);

    // tests/fixtures/spec/<name>: its path, and a JSON object file's object (a fatal error when unreadable).
    static QString fixturePath(const char *name);
    static QJsonObject fixture(const char *name);
    // A pull response of `count` dossiers made from the specification's example
    // (pull-dossiers-response.json), each under its own code; at each index in `bad` an item that cannot be
    // stored (no MaHoSo) instead.
    static QByteArray pullResponse(int count, const QList<int> &bad = {});
    // The specification's push examples (push-dossier.json, push-result.json, push-progress.json) as read by
    // the product's codec, with the MaHoSo given.
    static Dossier pushExample(const QString &code);
    static Dossier resultExample(const QString &code);
    static ProcessingStep stepExample(const QString &code);

private:
    quint64 m_seed;
};

} // namespace btxh::test
