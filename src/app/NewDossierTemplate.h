// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"

namespace btxh::app {

struct AppServices;

// What a new dossier starts with at a commune office's reception desk, so that the officer types only what
// belongs to the applicant: a new registration (LoaiDuLieu 1) received now, in the office's area and unit,
// handed in person, with the usual answers to the yes/no questions of §3.2 preselected. Every value can be
// changed in the form; nothing is sent before the officer queues the dossier.
class NewDossierTemplate {
public:
    static Dossier make(const AppServices &services, const QString &code);
};

} // namespace btxh::app
