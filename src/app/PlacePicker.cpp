// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacePicker.h"

#include "FieldEditor.h"
#include "VietnameseCollator.h"

#include <QLabel>

#include <algorithm>

namespace btxh::app {

namespace {

// "Tỉnh Bắc Ninh" sorts under B: the unit's level in front is not part of the name people look for.
QString sortName(const GsoUnit &unit) {
    const QString &name = unit.name;
    if (!unit.level.isEmpty() && name.startsWith(unit.level + u' '))
        return name.mid(unit.level.size() + 1);
    return name;
}

} // namespace

PlacePicker::PlacePicker(GsoList list, FieldEditor *province, FieldEditor *district, FieldEditor *commune,
                         QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_gso(&GsoDirectory::get(list))
    , m_province(province)
    , m_district(district)
    , m_commune(commune) {
    // A label hidden on purpose (a compact row of pickers) stays hidden.
    m_districtLabeled = m_district && m_district->label() &&
                        !(m_district->label()->testAttribute(Qt::WA_WState_ExplicitShowHide) &&
                          m_district->label()->isHidden());
    if (m_province)
        m_province->combo()->setEntries(entries(m_gso->provinces()));
    refreshEntries();
}

void PlacePicker::setList(GsoList list) {
    if (list == m_list)
        return;
    m_list = list;
    m_gso = &GsoDirectory::get(list);
    if (m_province)
        m_province->combo()->setEntries(entries(m_gso->provinces()));
    refreshEntries();
}

void PlacePicker::showDistrictStep() {
    if (!m_district)
        return;
    const bool show = m_gso->hasDistricts() || !m_district->value().isEmpty();
    m_district->editor()->setVisible(show);
    if (m_districtLabeled)
        m_district->label()->setVisible(show);
}

QList<CodeComboBox::Entry> PlacePicker::entries(const QList<const GsoUnit *> &units) {
    QList<const GsoUnit *> sorted = units;
    std::stable_sort(sorted.begin(), sorted.end(), [](const GsoUnit *a, const GsoUnit *b) {
        return VietnameseCollator::lessThan(sortName(*a), sortName(*b));
    });
    QList<CodeComboBox::Entry> out;
    out.reserve(sorted.size());
    for (const GsoUnit *u : std::as_const(sorted))
        out << CodeComboBox::Entry{u->code, u->name};
    return out;
}

FieldEditor *PlacePicker::provinceEditor() const {
    return m_province;
}

bool PlacePicker::contains(const FieldEditor *editor) const {
    return editor && (editor == m_province || editor == m_district || editor == m_commune);
}

QList<CodeComboBox::Entry> PlacePicker::districtEntries() const {
    if (!m_gso->hasDistricts() || !m_province || m_province->value().isEmpty())
        return {};
    return entries(m_gso->districtsOf(m_province->value()));
}

QList<CodeComboBox::Entry> PlacePicker::communeEntries() const {
    if (m_gso->hasDistricts()) {
        if (!m_district || m_district->value().isEmpty())
            return {};
        return entries(m_gso->communesOf(m_district->value()));
    }
    if (!m_province || m_province->value().isEmpty())
        return {};
    return entries(m_gso->communesOf(m_province->value()));
}

bool PlacePicker::has(const QList<CodeComboBox::Entry> &entries, const QString &code) {
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&](const CodeComboBox::Entry &e) { return e.code == code; });
}

void PlacePicker::refreshEntries() {
    showDistrictStep();
    if (m_district)
        m_district->combo()->setEntries(districtEntries());
    if (m_commune)
        m_commune->combo()->setEntries(communeEntries());
}

QList<std::pair<FieldEditor *, QString>> PlacePicker::cascade(FieldEditor *changed) {
    QList<std::pair<FieldEditor *, QString>> cleared;
    auto check = [&](FieldEditor *child, const QList<CodeComboBox::Entry> &offered) {
        if (!child)
            return;
        const QString v = child->value();
        if (!v.isEmpty() && !has(offered, v)) {
            cleared << std::pair{child, v};
            child->setValue(QString());
        }
        child->combo()->setEntries(offered);
    };
    if (changed == m_province) {
        check(m_district, districtEntries());
        check(m_commune, communeEntries());
    } else if (changed == m_district) {
        check(m_commune, communeEntries());
    }
    return cleared;
}

} // namespace btxh::app
