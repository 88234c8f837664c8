// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dossier.h"

namespace btxh {

Dossier::Dossier()
    : fields(FieldTable::dossier()) {}

} // namespace btxh
