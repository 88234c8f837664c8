#include "Dossier.h"

namespace btxh {

Dossier::Dossier()
    : fields(FieldTable::dossier()) {}

} // namespace btxh
