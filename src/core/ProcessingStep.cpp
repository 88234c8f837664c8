// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessingStep.h"

namespace btxh {

ProcessingStep::ProcessingStep()
    : fields(FieldTable::progress()) {}

} // namespace btxh
