#include "AppServices.h"

namespace btxh::app {

ValidationContext AppServices::validationContext() const {
    ValidationContext context = ValidationContext::outgoing(now().date());
    const OfficeSettings s = settings();
    context.places = s.places();
    context.ethnicity = s.ethnicity();
    return context;
}

} // namespace btxh::app
