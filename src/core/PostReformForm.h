// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace btxh {

// How a dossier received on or after the reform date goes to the gateway. The 2023 specification still
// describes three-level codes with a required MaHuyen; since 1 July 2025 there are no districts. Which of the
// two a gateway takes is a setting of its endpoint profile, chosen by the administrator (decisions.md):
//   TwoLevel   — two-level codes, MaHuyen sent empty ("");
//   ThreeLevel — the specification's form: MaHuyen carries the district code the office configured, the one
//                the gateway still expects.
// Pre-reform dossiers always go in their three-level form, as stored.
class PostReformForm {
    Q_DECLARE_TR_FUNCTIONS(btxh::PostReformForm)
public:
    enum class Levels { Two, Three };

    Levels levels = Levels::Two;
    QString district; // ThreeLevel: the district code sent as MaHuyen

    static PostReformForm twoLevel() { return {}; }
    static PostReformForm threeLevel(const QString &district) { return {Levels::Three, district.trimmed()}; }

    bool demandsDistrict() const { return levels == Levels::Three; }
    // "two-level" | "three-level": stable, kept in the settings (endpoint.post-reform).
    QString key() const;
    static std::optional<Levels> levelsFromKey(const QString &key);

    // What is sent for `dossier`: a post-reform dossier whose MaHuyen is empty gets the configured district
    // under ThreeLevel; everything else goes as stored. Only the request changes, never the stored dossier.
    Dossier requestForm(const Dossier &dossier, const QDate &today) const;

    // The rule in words, translated, for `btxh validate`/`btxh push` and the settings.
    QString description() const;

    bool operator==(const PostReformForm &o) const { return levels == o.levels && district == o.district; }
};

} // namespace btxh
