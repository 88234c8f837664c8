// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostReformForm.h"

#include "PlaceCalendar.h"

namespace btxh {

QString PostReformForm::key() const {
    return levels == Levels::Three ? QStringLiteral("three-level") : QStringLiteral("two-level");
}

std::optional<PostReformForm::Levels> PostReformForm::levelsFromKey(const QString &key) {
    const QString k = key.trimmed();
    if (k == u"two-level")
        return Levels::Two;
    if (k == u"three-level")
        return Levels::Three;
    return std::nullopt;
}

Dossier PostReformForm::requestForm(const Dossier &dossier, const QDate &today) const {
    if (!PlaceCalendar::isPostReform(PlaceCalendar::dossierDate(dossier.fields, today)))
        return dossier;
    if (!dossier.value(DossierField::MaHuyen).trimmed().isEmpty())
        return dossier; // the officer's own value goes as entered (validation says whether it may)
    if (levels == Levels::Three && district.isEmpty())
        return dossier; // nothing configured: validation refuses to send it
    // The key is sent even when empty: the specification's table has MaHuyen in every request.
    Dossier sent = dossier;
    sent.setValue(DossierField::MaHuyen, levels == Levels::Three ? district : QStringLiteral(""));
    return sent;
}

QString PostReformForm::description() const {
    const QString reform = TwoLevelReformDate.toString(QStringLiteral("dd/MM/yyyy"));
    if (levels == Levels::Three)
        return district.isEmpty()
                   ? tr("dossiers received from %1 are sent in the three-level form; no district code is "
                        "configured for MaHuyen (endpoint.district)")
                         .arg(reform)
                   : tr("dossiers received from %1 are sent in the three-level form with MaHuyen %2 (the "
                        "endpoint profile's district code)")
                         .arg(reform, district);
    return tr("dossiers received from %1 are sent with two-level codes and MaHuyen empty").arg(reform);
}

} // namespace btxh
