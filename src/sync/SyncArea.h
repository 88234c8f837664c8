// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace btxh {

// The area a pull asks for (§3.1): a GSO province code, optionally narrowed to a district and a commune.
// An empty district means the whole province, an empty commune the whole district. Since the 2025 reform a
// commune sits directly in its province (no district): a commune without a district is an area too.
struct SyncArea {
    Q_DECLARE_TR_FUNCTIONS(btxh::SyncArea)

public:
    QString province;
    QString district;
    QString commune;

    bool isEmpty() const { return province.isEmpty(); }
    // "01/001/00001", "01//": the key the store's watermarks are kept under, one per area.
    QString key() const;
    // Empty when the codes can be sent; otherwise a translated reason (digits only, at most 20 characters,
    // a district needs a province).
    QString validationError() const;
    bool operator==(const SyncArea &o) const {
        return province == o.province && district == o.district && commune == o.commune;
    }

    static bool isCode(const QString &code);
};

} // namespace btxh
