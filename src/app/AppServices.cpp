// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"

namespace btxh::app {

ValidationContext AppServices::validationContext() const {
    ValidationContext context = ValidationContext::outgoing(now().date());
    const OfficeSettings s = settings();
    context.postReform = s.postReform();
    context.ethnicity = s.ethnicity();
    return context;
}

} // namespace btxh::app
