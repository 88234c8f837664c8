// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace btxh {

// Which GSO administrative-unit list codes are read against.
enum class GsoList {
    Units2024,          // three levels, as the 2023 specification uses (default)
    Units2025PreReform, // March-June 2025
    Units2025,          // from 1 July 2025: provinces and communes only
};

struct GsoUnit {
    QString code;
    QString name;
    QString level; // "Tỉnh"/"Thành phố" for provinces; "Quận", "Huyện"...; "Xã", "Phường", "Thị trấn"
    QString parentCode; // province for a district; district (or province in the 2025 list) for a commune
};

// The GSO place codes of one list, loaded from resources/gso/ (see resources/gso/SOURCES.md).
class GsoDirectory {
public:
    static const GsoDirectory &get(GsoList list);

    bool hasDistricts() const { return !m_districts.isEmpty(); }

    const GsoUnit *province(QStringView code) const;
    const GsoUnit *district(QStringView code) const;
    const GsoUnit *commune(QStringView code) const;

    QList<const GsoUnit *> provinces() const;
    QList<const GsoUnit *> districtsOf(QStringView provinceCode) const;
    QList<const GsoUnit *> communesOf(QStringView parentCode) const; // a district, or a province in 2025

    // The province a commune belongs to, through its district where the list has districts.
    QString provinceOfCommune(QStringView communeCode) const;

private:
    explicit GsoDirectory(const QString &resourcePath);
    QHash<QString, GsoUnit> m_provinces;
    QHash<QString, GsoUnit> m_districts;
    QHash<QString, GsoUnit> m_communes;
    QList<QString> m_provinceOrder;
    QHash<QString, QList<QString>> m_children; // parent code -> child codes, in file order
};

} // namespace btxh
