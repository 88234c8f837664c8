// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GsoDirectory.h"
#include "PostReformForm.h"

#include <QDate>
#include <optional>

namespace btxh {

// Something we would send is judged strictly: a break of the specification's tables is an error.
// Something we received is judged leniently: the same break is a warning, and the data is kept.
enum class Direction { Outgoing, Incoming };

// DanTocId is ambiguous (§5.9): the catalogue has an Id (29-82) and a GSO code (1-54). The examples send
// the GSO code, so that is the default; an administrator can switch.
enum class EthnicityCoding { GsoCode, CatalogueId };

struct ValidationContext {
    Direction direction = Direction::Outgoing;
    QDate today; // injected: the clock is never read inside validation
    // Unset: each dossier's place codes are read against the list in force on its received date
    // (PlaceCalendar). Set: every code is read against this list (`btxh validate --places`).
    std::optional<GsoList> places;
    // How a post-reform dossier goes to the gateway (the endpoint profile's setting): it decides whether an
    // empty MaHuyen is an error.
    PostReformForm postReform;
    EthnicityCoding ethnicity = EthnicityCoding::GsoCode;

    static ValidationContext outgoing(const QDate &today) {
        ValidationContext c;
        c.today = today;
        return c;
    }
    static ValidationContext incoming(const QDate &today) {
        ValidationContext c;
        c.direction = Direction::Incoming;
        c.today = today;
        return c;
    }
};

} // namespace btxh
