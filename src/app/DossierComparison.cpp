// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierComparison.h"

#include "DisplayText.h"
#include "FieldTable.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace btxh::app {

namespace {

enum Column { FieldColumn, LeftColumn, RightColumn };

// The comparison's words were ConflictDialog's before it was shared: they keep their translations there.
QString trConflict(const char *text) {
    return QCoreApplication::translate("btxh::app::ConflictDialog", text);
}

QString describe(const QList<Record> &records, int nameField) {
    QStringList names;
    for (const Record &r : records)
        names << r.value(nameField);
    return names.isEmpty() ? QString() : names.join(QStringLiteral("; "));
}

} // namespace

DossierComparison::DossierComparison(QTableWidget *table, QObject *parent)
    : QObject(parent)
    , m_table(table) {
    m_table->setColumnCount(3);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemChanged, this, &DossierComparison::onItemChanged);
}

void DossierComparison::setDossiers(const Dossier &left, const Dossier &right) {
    m_left = left;
    m_right = right;
    m_takeRight.clear();
    m_differences.clear();
    for (const FieldSpec &f : FieldTable::dossier().fields())
        if (f.kind != FieldKind::Xml && m_left.fields.value(f.id) != m_right.fields.value(f.id))
            m_differences << f.id;
    if (m_left.extent.documents != m_right.extent.documents)
        m_differences << DocumentsRow;
    if (m_left.extent.resultPapers != m_right.extent.resultPapers)
        m_differences << ResultPapersRow;
}

void DossierComparison::choose(int line, bool right) {
    if (!m_differences.contains(line))
        return;
    m_takeRight.insert(line, right);
    refill();
}

void DossierComparison::chooseAll(bool right) {
    for (int line : std::as_const(m_differences))
        m_takeRight.insert(line, right);
    refill();
}

int DossierComparison::rightCount() const {
    int n = 0;
    for (int line : m_differences)
        n += m_takeRight.value(line, false) ? 1 : 0;
    return n;
}

Dossier DossierComparison::merged() const {
    Dossier d = m_left;
    ExtentData extent = m_left.extent;
    for (int line : m_differences) {
        if (!m_takeRight.value(line, false))
            continue;
        if (line == DocumentsRow)
            extent.documents = m_right.extent.documents;
        else if (line == ResultPapersRow)
            extent.resultPapers = m_right.extent.resultPapers;
        else
            d.fields.setValue(line, m_right.fields.value(line));
    }
    if (extent.documents != m_left.extent.documents || extent.resultPapers != m_left.extent.resultPapers) {
        extent.hasDocumentList = extent.hasDocumentList || m_right.extent.hasDocumentList;
        extent.hasResultList = extent.hasResultList || m_right.extent.hasResultList;
        d.setExtent(extent);
    }
    return d;
}

void DossierComparison::fill(const View &view) {
    m_view = view;
    m_filling = true;
    // Refilling replaces the items: the keyboard stays on the cell it was on.
    const QModelIndex current = m_table->currentIndex();
    m_table->setHorizontalHeaderLabels(view.headers);
    QList<int> lines;
    if (view.onlyDifferences) {
        lines = m_differences;
    } else {
        for (const FieldSpec &f : FieldTable::dossier().fields())
            if (f.kind != FieldKind::Xml)
                lines << f.id;
        lines << DocumentsRow << ResultPapersRow;
    }
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const int line = lines.at(row);
        QString label, mine, theirs;
        if (line == DocumentsRow) {
            label = trConflict(QT_TRANSLATE_NOOP("btxh::app::ConflictDialog", "Submitted documents"));
            mine = describe(m_left.extent.documents, int(DocumentField::TenTepDinhKem));
            theirs = describe(m_right.extent.documents, int(DocumentField::TenTepDinhKem));
        } else if (line == ResultPapersRow) {
            label = trConflict(QT_TRANSLATE_NOOP("btxh::app::ConflictDialog", "Result papers"));
            mine = describe(m_left.extent.resultPapers, int(ResultPaperField::TenGiayTo));
            theirs = describe(m_right.extent.resultPapers, int(ResultPaperField::TenGiayTo));
        } else {
            const FieldSpec &spec = FieldTable::dossier().at(line);
            label = spec.label();
            mine = DisplayText::field(spec, m_left.fields, view.context);
            theirs = DisplayText::field(spec, m_right.fields, view.context);
        }
        const bool differs = m_differences.contains(line);
        auto *name = new QTableWidgetItem(label);
        name->setData(Qt::UserRole, line);
        name->setFlags(Qt::ItemIsEnabled);
        auto *left = new QTableWidgetItem(mine);
        auto *right = new QTableWidgetItem(theirs);
        for (QTableWidgetItem *item : {left, right}) {
            item->setFlags(differs ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
            if (differs)
                item->setBackground(QColor(0xff, 0xf8, 0xe1));
        }
        if (differs) {
            const bool takeRight = m_takeRight.value(line, false);
            left->setCheckState(takeRight ? Qt::Unchecked : Qt::Checked);
            right->setCheckState(takeRight ? Qt::Checked : Qt::Unchecked);
        }
        m_table->setItem(row, FieldColumn, name);
        m_table->setItem(row, LeftColumn, left);
        m_table->setItem(row, RightColumn, right);
    }
    m_table->resizeRowsToContents();
    if (current.isValid() && current.row() < m_table->rowCount())
        m_table->setCurrentCell(current.row(), current.column());
    m_filling = false;
}

void DossierComparison::onItemChanged(QTableWidgetItem *item) {
    if (m_filling || !item || item->column() == FieldColumn)
        return;
    const int line = m_table->item(item->row(), FieldColumn)->data(Qt::UserRole).toInt();
    const bool checked = item->checkState() == Qt::Checked;
    // The two sides of a line are exclusive: ticking one unticks the other.
    choose(line, (item->column() == RightColumn) == checked);
}

} // namespace btxh::app
