// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordListEditor.h"

#include "DossierCodes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace btxh::app {

namespace {

// Qt's delegate commits a cell on Return, and closes its editor, only once the event loop runs again: a
// check or a save made at once from the keyboard would miss what was typed, and the next key (Escape to
// close the form) would go to the editor still open. This one does both as the key is pressed.
class CommitOnReturnDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    bool eventFilter(QObject *object, QEvent *event) override {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }
};

} // namespace

RecordListEditor::RecordListEditor(const FieldTable &table, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_view(new QTableWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_problems(new QLabel(this)) {
    setObjectName(name);
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_add->setObjectName(name + QStringLiteral("AddButton"));
    m_remove->setObjectName(name + QStringLiteral("RemoveButton"));
    m_problems->setObjectName(name + QStringLiteral("Problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #a41c1c;"));
    m_view->setColumnCount(table.size());
    m_view->setItemDelegate(new CommitOnReturnDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(24);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);

    connect(m_add, &QToolButton::clicked, this, &RecordListEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &RecordListEditor::removeSelected);
    connect(m_view, &QTableWidget::itemChanged, this, &RecordListEditor::onItemChanged);
    retranslate();
    fill();
}

void RecordListEditor::retranslate() {
    QStringList headers;
    for (const FieldSpec &f : m_table.fields())
        headers << f.label() + (f.isRequiredFor(AlwaysRequired) ? QStringLiteral(" *") : QString());
    m_view->setHorizontalHeaderLabels(headers);
    for (const FieldSpec &f : m_table.fields())
        if (QTableWidgetItem *h = m_view->horizontalHeaderItem(f.id))
            h->setToolTip(f.wireName);
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a row"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected rows"));
}

bool RecordListEditor::isFlag(int field) const {
    return m_table.at(field).catalogue == u"flag";
}

void RecordListEditor::setRecords(const QList<Record> &records) {
    m_current = records;
    fill();
}

void RecordListEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    fill();
}

void RecordListEditor::fill() {
    m_setting = true;
    m_view->setRowCount(int(m_current.size()));
    for (int r = 0; r < m_current.size(); ++r) {
        for (const FieldSpec &f : m_table.fields()) {
            auto *item = new QTableWidgetItem;
            const QString v = m_current.at(r).value(f.id);
            if (isFlag(f.id)) {
                item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled |
                               (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
                item->setCheckState(v.trimmed() == Flag::Yes ? Qt::Checked : Qt::Unchecked);
            } else {
                item->setText(v);
                if (m_readOnly)
                    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            }
            m_view->setItem(r, f.id, item);
        }
    }
    m_view->resizeColumnsToContents();
    m_setting = false;
}

void RecordListEditor::commit(const QList<Record> &after) {
    const QList<Record> before = m_current;
    if (before == after)
        return;
    m_current = after;
    Q_EMIT edited(before, after);
}

void RecordListEditor::addRow() {
    Record r(m_table);
    for (const FieldSpec &f : m_table.fields())
        if (isFlag(f.id))
            r.setValue(f.id, Flag::No);
    QList<Record> after = m_current;
    after << r;
    commit(after);
    fill();
    const int row = int(m_current.size()) - 1;
    // Typing starts in what the officer has to give (a document's file name, not its attachment id).
    int first = -1;
    for (const FieldSpec &f : m_table.fields())
        if (first < 0 && !isFlag(f.id) && f.isRequiredFor(AlwaysRequired))
            first = f.id;
    for (const FieldSpec &f : m_table.fields())
        if (first < 0 && !isFlag(f.id))
            first = f.id;
    m_view->setCurrentCell(row, first);
    m_view->editItem(m_view->item(row, first));
}

void RecordListEditor::removeSelected() {
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_view->currentRow() >= 0)
        rows << m_view->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QList<Record> after = m_current;
    for (int r : std::as_const(rows))
        if (r < after.size())
            after.removeAt(r);
    commit(after);
    fill();
}

void RecordListEditor::onItemChanged(QTableWidgetItem *item) {
    if (m_setting || !item || item->row() >= m_current.size())
        return;
    QList<Record> after = m_current;
    const int field = item->column();
    QString value;
    if (isFlag(field))
        value = item->checkState() == Qt::Checked ? Flag::Yes : Flag::No;
    else
        value = item->text().isEmpty() ? QString() : item->text();
    if (after[item->row()].value(field) == value)
        return;
    after[item->row()].setValue(field, value);
    commit(after);
}

void RecordListEditor::showProblems(const Problems &problems, const QString &pathPrefix,
                                    const Problems &listProblems) {
    m_setting = true;
    for (int r = 0; r < m_view->rowCount(); ++r)
        for (int c = 0; c < m_view->columnCount(); ++c)
            if (QTableWidgetItem *item = m_view->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    QStringList lines;
    m_hasError = false;
    for (const Problem &p : listProblems) {
        lines << p.message;
        m_hasError = m_hasError || p.isError();
    }
    const QRegularExpression path(QRegularExpression::escape(pathPrefix) +
                                  QStringLiteral("\\[(\\d+)\\]/(.+)$"));
    for (const Problem &p : problems) {
        const QRegularExpressionMatch m = path.match(p.field);
        if (!m.hasMatch())
            continue;
        const int row = m.captured(1).toInt() - 1;
        const int column = m_table.indexOf(m.captured(2));
        lines << p.message;
        m_hasError = m_hasError || p.isError();
        if (QTableWidgetItem *item = m_view->item(row, column)) {
            item->setBackground(p.isError() ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xff, 0xf1, 0xc9));
            item->setToolTip(p.message);
        }
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    m_setting = false;
}

} // namespace btxh::app
