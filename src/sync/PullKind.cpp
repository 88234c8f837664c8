// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullKind.h"

namespace btxh {

QString pullKindName(PullKind kind) {
    switch (kind) {
    case PullKind::Dossiers:
        return QStringLiteral("dossiers");
    case PullKind::Progress:
        return QStringLiteral("progress");
    case PullKind::Results:
        return QStringLiteral("results");
    }
    return {};
}

std::optional<PullKinds> pullKindsFromName(QStringView name) {
    const QString n = name.trimmed().toString().toLower();
    if (n == u"all")
        return AllPullKinds;
    for (const PullKind k : {PullKind::Dossiers, PullKind::Progress, PullKind::Results}) {
        if (n == pullKindName(k))
            return PullKinds(k);
    }
    return std::nullopt;
}

} // namespace btxh
