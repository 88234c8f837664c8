// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationOptions.h"

#include "PlaceCalendar.h"
#include "WireDate.h"

namespace btxh::cli {

ValidationOptions::ValidationOptions()
    : m_as(QStringLiteral("as"),
           tr("Judge the data as \"sent\" (strict: table violations are errors) or \"received\" (lenient: "
              "warnings). Default: received for pull responses, sent otherwise."),
           QStringLiteral("sent|received"))
    , m_today(QStringLiteral("today"), tr("Judge dates as of this day (dd/MM/yyyy) instead of today."),
              QStringLiteral("date"))
    , m_places(QStringLiteral("places"),
               tr("GSO list to check place codes against: date (default: the list in force on each dossier's "
                  "received date, 2024 three-level before 01/07/2025, 2025 two-level from then), 2024 or "
                  "2025 (every code against that list)."),
               QStringLiteral("date|2024|2025"), QStringLiteral("date"))
    , m_postReform(
          QStringLiteral("post-reform"),
          tr("How dossiers received from 01/07/2025 are sent, as the endpoint profile says: two-level "
             "(MaHuyen empty; default) or three-level (MaHuyen = --post-reform-district)."),
          QStringLiteral("two-level|three-level"), QStringLiteral("two-level"))
    , m_postReformDistrict(QStringLiteral("post-reform-district"),
                           tr("The district code sent as MaHuyen under --post-reform three-level."),
                           QStringLiteral("code"))
    , m_ethnicity(
          QStringLiteral("ethnicity"),
          tr("How DanTocId is coded: gso (the GSO code 1-54, as the examples send; default) or id (the "
             "catalogue Id 29-82)."),
          QStringLiteral("gso|id"), QStringLiteral("gso")) {}

void ValidationOptions::addTo(QCommandLineParser &parser) const {
    parser.addOptions({m_as, m_today, m_places, m_postReform, m_postReformDistrict, m_ethnicity});
}

bool ValidationOptions::contextFor(const QCommandLineParser &parser, const Payload &payload,
                                   ValidationContext *context, QString *error) const {
    ValidationContext c;
    c.today = QDate::currentDate();
    if (parser.isSet(m_today)) {
        const WireDate::Parsed d = WireDate::parse(parser.value(m_today));
        if (!d.isValid()) {
            *error = tr("--today: \"%1\" is not a date dd/MM/yyyy").arg(parser.value(m_today));
            return false;
        }
        c.today = d.date;
    }
    const QString as = parser.value(m_as);
    if (as.isEmpty())
        c.direction = payload.isReceived() ? Direction::Incoming : Direction::Outgoing;
    else if (as == u"sent")
        c.direction = Direction::Outgoing;
    else if (as == u"received")
        c.direction = Direction::Incoming;
    else {
        *error = tr("--as: use sent or received, not \"%1\"").arg(as);
        return false;
    }
    const QString places = parser.value(m_places);
    if (places == u"2024")
        c.places = GsoList::Units2024;
    else if (places == u"2025")
        c.places = GsoList::Units2025;
    else if (places != u"date") {
        *error = tr("--places: use date, 2024 or 2025, not \"%1\"").arg(places);
        return false;
    }
    const std::optional<PostReformForm::Levels> levels =
        PostReformForm::levelsFromKey(parser.value(m_postReform));
    if (!levels) {
        *error =
            tr("--post-reform: use two-level or three-level, not \"%1\"").arg(parser.value(m_postReform));
        return false;
    }
    const QString district = parser.value(m_postReformDistrict).trimmed();
    if (*levels == PostReformForm::Levels::Two && !district.isEmpty()) {
        *error = tr("--post-reform-district: only with --post-reform three-level");
        return false;
    }
    if (*levels == PostReformForm::Levels::Three)
        c.postReform = PostReformForm::threeLevel(district);
    const QString ethnicity = parser.value(m_ethnicity);
    if (ethnicity == u"gso")
        c.ethnicity = EthnicityCoding::GsoCode;
    else if (ethnicity == u"id")
        c.ethnicity = EthnicityCoding::CatalogueId;
    else {
        *error = tr("--ethnicity: use gso or id, not \"%1\"").arg(ethnicity);
        return false;
    }
    *context = c;
    return true;
}

QString ValidationOptions::rulesApplied(const ValidationContext &context) {
    const QString places =
        context.places
            ? tr("place codes checked against %1").arg(PlaceCalendar::listName(*context.places))
            : tr("place codes checked against the list in force on each dossier's received date (%1; %2)")
                  .arg(PlaceCalendar::listName(GsoList::Units2024),
                       PlaceCalendar::listName(GsoList::Units2025));
    return tr("Rules: %1; %2.").arg(places, context.postReform.description());
}

} // namespace btxh::cli
