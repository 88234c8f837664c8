#include "ProcessingStep.h"

namespace btxh {

ProcessingStep::ProcessingStep()
    : fields(FieldTable::progress()) {}

} // namespace btxh
