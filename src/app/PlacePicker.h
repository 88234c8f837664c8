// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CodeComboBox.h"
#include "GsoDirectory.h"

#include <QObject>
#include <QPointer>

namespace btxh::app {

class FieldEditor;

// Cascades the province → district → commune pickers of one address over the GSO list: a district picker
// offers the districts of the chosen province, a commune picker the communes of the chosen district (of the
// province, in the 2025 list that has no districts: there the district step is hidden, unless it holds a
// value the officer must see to clear). Names are sorted the Vietnamese way, ignoring the "Tỉnh"/"Huyện"/"Xã"
// in front. Changing the list never changes a value: a code the new list lacks stays, shown as its code.
class PlacePicker : public QObject {
    Q_OBJECT
public:
    PlacePicker(GsoList list, FieldEditor *province, FieldEditor *district, FieldEditor *commune,
                QObject *parent = nullptr);

    GsoList list() const { return m_list; }
    FieldEditor *provinceEditor() const;
    // Offers the units of another list (the dossier's received date crossed the reform, or the office chose
    // another list), keeping every value.
    void setList(GsoList list);

    bool contains(const FieldEditor *editor) const;
    // After the officer changed `changed`: clears the levels below it whose value no longer belongs there
    // (returned with the value each had), then offers the right entries again.
    QList<std::pair<FieldEditor *, QString>> cascade(FieldEditor *changed);
    // Offers the entries that suit the current values, keeping every value (used after loading or undoing).
    void refreshEntries();

    static QList<CodeComboBox::Entry> entries(const QList<const GsoUnit *> &units);

private:
    QList<CodeComboBox::Entry> districtEntries() const;
    QList<CodeComboBox::Entry> communeEntries() const;
    static bool has(const QList<CodeComboBox::Entry> &entries, const QString &code);
    void showDistrictStep();

    GsoList m_list;
    const GsoDirectory *m_gso;
    QPointer<FieldEditor> m_province, m_district, m_commune;
    bool m_districtLabeled = false;
};

} // namespace btxh::app
