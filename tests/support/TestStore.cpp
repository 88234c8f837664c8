// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "Store.h"
#include "TestDossiers.h"

#include <QSqlQuery>

namespace btxh::test {

ChangeSet received(const TestDossiers &data, int from, int to) {
    ChangeSet c;
    for (int i = from; i < to; ++i)
        c.received << ChangeSet::ReceivedDossier{data.dossier(i), {}};
    return c;
}

bool enterDossier(Store &store, const Dossier &dossier) {
    ChangeSet changes;
    changes.local.append({dossier, {}});
    return store.apply(changes).has_value();
}

bool enterStep(Store &store, const ProcessingStep &step) {
    ChangeSet changes;
    changes.localSteps.append({step, {}});
    return store.apply(changes).has_value();
}

OutboxCounts outboxCounts(Store &store) {
    OutboxCounts c;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"));
    while (q.next()) {
        const QString state = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (state == u"pending")
            c.pending = n;
        else if (state == u"sent")
            c.sent = n;
        else if (state == u"done")
            c.done = n;
        else if (state == u"failed")
            c.failed = n;
    }
    return c;
}

} // namespace btxh::test
