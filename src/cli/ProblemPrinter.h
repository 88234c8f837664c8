// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

namespace btxh::cli {

// `MaHoSo FIELD severity: label: message`; "-" stands in for a missing code or field.
QString formatProblem(const Problem &problem);
QString severityName(Severity severity);

} // namespace btxh::cli
