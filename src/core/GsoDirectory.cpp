// SPDX-License-Identifier: GPL-3.0-or-later
#include "GsoDirectory.h"

#include "CoreLog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QVarLengthArray>

namespace btxh {

namespace {

// The lists are compiled in: a broken one is a build defect, not something a user can fix.
[[noreturn]] void brokenList(const QString &path, qsizetype line, const QString &why) {
    qFatal("%s", qPrintable(QStringLiteral("Broken GSO list %1, line %2: %3").arg(path).arg(line).arg(why)));
}

// The level is the unit-type prefix of the name ("Thành phố Hà Nội", "Huyện Hoài Đức").
QString levelFromPrefix(QStringView name, const QStringList &prefixes) {
    for (const QString &prefix : prefixes) {
        if (name.size() > prefix.size() && name.startsWith(prefix) && name.at(prefix.size()) == u' ')
            return prefix;
    }
    return QString();
}

// Shares one QString per distinct value (there are only a handful of unit types).
class Interner {
public:
    QString get(QStringView value) {
        for (const QString &known : std::as_const(m_known)) {
            if (known == value)
                return known;
        }
        m_known.append(value.toString());
        return m_known.constLast();
    }

private:
    QStringList m_known;
};

using Fields = QVarLengthArray<QStringView, 8>;

void splitFields(QStringView line, Fields &fields) {
    fields.clear();
    qsizetype start = 0;
    for (;;) {
        const qsizetype comma = line.indexOf(u',', start);
        if (comma < 0) {
            fields.append(line.mid(start));
            return;
        }
        fields.append(line.mid(start, comma - start));
        start = comma + 1;
    }
}

} // namespace

const GsoDirectory &GsoDirectory::get(GsoList list) {
    // Function-local statics: each list is read on first use only, once, and thread-safely.
    switch (list) {
    case GsoList::Units2025PreReform: {
        static const GsoDirectory directory(QStringLiteral(":/gso/units-2025-pre-reform.csv"));
        return directory;
    }
    case GsoList::Units2025: {
        static const GsoDirectory directory(QStringLiteral(":/gso/units-2025.csv"));
        return directory;
    }
    case GsoList::Units2024:
        break;
    }
    static const GsoDirectory directory(QStringLiteral(":/gso/units-2024.csv"));
    return directory;
}

GsoDirectory::GsoDirectory(const QString &resourcePath) {
    QElapsedTimer timer;
    timer.start();

    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        brokenList(resourcePath, 0, file.errorString());
    const QString text = QString::fromUtf8(file.readAll());

    const QStringList provinceLevels{QStringLiteral("Thành phố"), QStringLiteral("Tỉnh")};
    const QStringList districtLevels{QStringLiteral("Quận"), QStringLiteral("Huyện"),
                                     QStringLiteral("Thị xã"), QStringLiteral("Thành phố")};
    Interner levels;

    // Columns are found by name in the header, so both the three-level and the two-level files read alike.
    int provinceCode = -1, provinceName = -1, districtCode = -1, districtName = -1;
    int communeCode = -1, communeName = -1, communeLevel = -1;
    qsizetype columnCount = 0;

    QString lastProvince;
    QString lastDistrict;
    Fields fields;
    qsizetype lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QStringView line = QStringView(text).mid(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.contains(u'"'))
            brokenList(resourcePath, lineNumber, QStringLiteral("quoted fields are not expected"));
        splitFields(line, fields);

        if (columnCount == 0) {
            columnCount = fields.size();
            for (int i = 0; i < fields.size(); ++i) {
                const QStringView column = fields.at(i).trimmed();
                if (column == u"province_code")
                    provinceCode = i;
                else if (column == u"province_name")
                    provinceName = i;
                else if (column == u"district_code")
                    districtCode = i;
                else if (column == u"district_name")
                    districtName = i;
                else if (column == u"commune_code")
                    communeCode = i;
                else if (column == u"commune_name")
                    communeName = i;
                else if (column == u"commune_level")
                    communeLevel = i;
            }
            if (provinceCode < 0 || provinceName < 0 || communeCode < 0 || communeName < 0 ||
                communeLevel < 0 || (districtCode < 0) != (districtName < 0)) {
                brokenList(resourcePath, lineNumber, QStringLiteral("unexpected header"));
            }
            const qsizetype estimatedRows = text.size() / 64;
            m_communes.reserve(estimatedRows);
            continue;
        }
        if (fields.size() != columnCount) {
            brokenList(resourcePath, lineNumber,
                       QStringLiteral("%1 fields, %2 expected").arg(fields.size()).arg(columnCount));
        }

        // Rows come grouped by province and district: only the first row of a group creates the unit.
        const QStringView province = fields.at(provinceCode).trimmed();
        if (province.isEmpty())
            brokenList(resourcePath, lineNumber, QStringLiteral("empty province code"));
        if (province != lastProvince) {
            lastProvince = province.toString();
            const QStringView name = fields.at(provinceName).trimmed();
            const auto it = m_provinces.constFind(lastProvince);
            if (it == m_provinces.constEnd()) {
                const QString level = levelFromPrefix(name, provinceLevels);
                if (level.isEmpty())
                    brokenList(resourcePath, lineNumber, QStringLiteral("unknown province type"));
                m_provinces.insert(lastProvince, GsoUnit{lastProvince, name.toString(), level, QString()});
                m_provinceOrder.append(lastProvince);
            } else if (it->name != name) {
                brokenList(resourcePath, lineNumber,
                           QStringLiteral("province %1 has two names").arg(lastProvince));
            }
        }

        QString parent = lastProvince;
        if (districtCode >= 0) {
            const QStringView district = fields.at(districtCode).trimmed();
            if (district.isEmpty())
                brokenList(resourcePath, lineNumber, QStringLiteral("empty district code"));
            if (district != lastDistrict) {
                lastDistrict = district.toString();
                const QStringView name = fields.at(districtName).trimmed();
                const auto it = m_districts.constFind(lastDistrict);
                if (it == m_districts.constEnd()) {
                    const QString level = levelFromPrefix(name, districtLevels);
                    if (level.isEmpty())
                        brokenList(resourcePath, lineNumber, QStringLiteral("unknown district type"));
                    m_districts.insert(lastDistrict,
                                       GsoUnit{lastDistrict, name.toString(), level, lastProvince});
                    m_children[lastProvince].append(lastDistrict);
                } else if (it->name != name || it->parentCode != lastProvince) {
                    brokenList(resourcePath, lineNumber,
                               QStringLiteral("district %1 is listed twice differently").arg(lastDistrict));
                }
            }
            parent = lastDistrict;
        }

        const QString code = fields.at(communeCode).trimmed().toString();
        if (code.isEmpty())
            brokenList(resourcePath, lineNumber, QStringLiteral("empty commune code"));
        if (m_communes.contains(code))
            brokenList(resourcePath, lineNumber, QStringLiteral("commune %1 is listed twice").arg(code));
        const QStringView level = fields.at(communeLevel).trimmed();
        if (level.isEmpty())
            brokenList(resourcePath, lineNumber, QStringLiteral("commune %1 has no level").arg(code));
        m_communes.insert(
            code, GsoUnit{code, fields.at(communeName).trimmed().toString(), levels.get(level), parent});
        m_children[parent].append(code);
    }

    if (m_provinces.isEmpty() || m_communes.isEmpty())
        brokenList(resourcePath, lineNumber, QStringLiteral("no units"));
    qCDebug(lcCore) << "GSO list" << resourcePath << "loaded:" << m_provinces.size() << "provinces,"
                    << m_districts.size() << "districts," << m_communes.size() << "communes in"
                    << timer.elapsed() << "ms";
}

const GsoUnit *GsoDirectory::province(QStringView code) const {
    const auto it = m_provinces.constFind(code.trimmed().toString());
    return it == m_provinces.constEnd() ? nullptr : &it.value();
}

const GsoUnit *GsoDirectory::district(QStringView code) const {
    const auto it = m_districts.constFind(code.trimmed().toString());
    return it == m_districts.constEnd() ? nullptr : &it.value();
}

const GsoUnit *GsoDirectory::commune(QStringView code) const {
    const auto it = m_communes.constFind(code.trimmed().toString());
    return it == m_communes.constEnd() ? nullptr : &it.value();
}

QList<const GsoUnit *> GsoDirectory::provinces() const {
    QList<const GsoUnit *> units;
    units.reserve(m_provinceOrder.size());
    for (const QString &code : m_provinceOrder)
        units.append(&m_provinces.constFind(code).value());
    return units;
}

QList<const GsoUnit *> GsoDirectory::districtsOf(QStringView provinceCode) const {
    QList<const GsoUnit *> units;
    const QList<QString> children = m_children.value(provinceCode.trimmed().toString());
    for (const QString &code : children) {
        const auto it = m_districts.constFind(code);
        if (it != m_districts.constEnd())
            units.append(&it.value());
    }
    return units;
}

QList<const GsoUnit *> GsoDirectory::communesOf(QStringView parentCode) const {
    QList<const GsoUnit *> units;
    const QList<QString> children = m_children.value(parentCode.trimmed().toString());
    units.reserve(children.size());
    for (const QString &code : children) {
        const auto it = m_communes.constFind(code);
        if (it != m_communes.constEnd())
            units.append(&it.value());
    }
    return units;
}

QString GsoDirectory::provinceOfCommune(QStringView communeCode) const {
    const GsoUnit *unit = commune(communeCode);
    if (!unit)
        return QString();
    if (const auto district = m_districts.constFind(unit->parentCode); district != m_districts.constEnd())
        return district->parentCode;
    return m_provinces.contains(unit->parentCode) ? unit->parentCode : QString();
}

} // namespace btxh
