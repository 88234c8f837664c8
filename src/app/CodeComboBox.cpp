// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeComboBox.h"

#include "FoldingFilterModel.h"
#include "SearchText.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>

namespace btxh::app {

CodeComboBox::CodeComboBox(QWidget *parent)
    : QComboBox(parent)
    , m_model(new QStandardItemModel(this)) {
    setModel(m_model);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    setMaxVisibleItems(16);
    auto *none = new QStandardItem(m_noneText);
    none->setData(QString(), CodeRole);
    m_model->appendRow(none);
    connect(this, &QComboBox::activated, this, &CodeComboBox::onActivated);
}

void CodeComboBox::setNoneText(const QString &text) {
    m_noneText = text;
    if (QStandardItem *none = m_model->item(0))
        none->setText(text);
    if (isEditable() && lineEdit()) {
        lineEdit()->setPlaceholderText(text.isEmpty() ? tr("Type to filter")
                                                      : tr("%1 — type to filter").arg(text));
        showChoice();
    }
}

void CodeComboBox::setEntries(const QList<Entry> &entries) {
    const QString keep = currentCode();
    const QSignalBlocker block(this);
    m_model->removeRows(1, m_model->rowCount() - 1);
    QList<QStandardItem *> items;
    items.reserve(entries.size());
    for (const Entry &e : entries) {
        auto *item = new QStandardItem(e.name);
        item->setData(e.code, CodeRole);
        item->setToolTip(e.code);
        m_model->appendRow(item);
    }
    setCurrentCode(keep);
}

qsizetype CodeComboBox::entryCount() const {
    return m_model->rowCount() - 1;
}

void CodeComboBox::setTypeToFilter(bool on) {
    if (on == typeToFilter())
        return;
    if (!on) {
        setCompleter(nullptr);
        m_completer = nullptr;
        setEditable(false);
        return;
    }
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    m_filter = new FoldingFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_completer = new QCompleter(this);
    m_completer->setModel(m_filter);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    // Ours runs before the completer's own filter (installed when the popup is made), so Return and Escape
    // in the list are decided here, while the highlighted row still belongs to the filtered list.
    m_completer->popup()->installEventFilter(this);
    lineEdit()->installEventFilter(this);
    connect(lineEdit(), &QLineEdit::textEdited, this, &CodeComboBox::onTextEdited);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CodeComboBox::onEditingFinished);
    connect(this, &QComboBox::currentIndexChanged, this, &CodeComboBox::showChoice);
    setNoneText(m_noneText);
}

bool CodeComboBox::eventFilter(QObject *watched, QEvent *event) {
    if (!m_completer || event->type() != QEvent::KeyPress)
        return QComboBox::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    QAbstractItemView *popup = m_completer->popup();
    const bool inList = watched == popup || (watched == lineEdit() && popup->isVisible());
    if (inList && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        int row = highlightedRow();
        if (row < 0 && !m_filter->needle().isEmpty() && m_filter->rowCount() > 0)
            row = m_filter->mapToSource(m_filter->index(0, 0)).row();
        popup->hide();
        if (row >= 0)
            choose(row);
        else
            showChoice();
        return true;
    }
    // currentText() of an editable box is what the line edit holds, not the chosen entry's name.
    const bool typedSomething =
        lineEdit()->text() != (currentIndex() > 0 ? itemText(currentIndex()) : QString());
    if (key == Qt::Key_Escape && (inList || (watched == lineEdit() && typedSomething))) {
        popup->hide();
        m_filter->setNeedle(QString());
        showChoice(); // what was chosen before the typing
        return true;
    }
    return QComboBox::eventFilter(watched, event);
}

int CodeComboBox::highlightedRow() const {
    QAbstractItemView *popup = m_completer ? m_completer->popup() : nullptr;
    if (!popup || !popup->isVisible() || !popup->currentIndex().isValid())
        return -1;
    const auto *completion = qobject_cast<QAbstractProxyModel *>(m_completer->completionModel());
    if (!completion)
        return -1;
    const QModelIndex inFilter = completion->mapToSource(popup->currentIndex());
    return inFilter.isValid() ? m_filter->mapToSource(inFilter).row() : -1;
}

void CodeComboBox::choose(int row) {
    if (row != currentIndex())
        setCurrentIndex(row);
    showChoice();
    onActivated(row);
}

void CodeComboBox::showChoice() {
    if (!isEditable() || !lineEdit())
        return;
    const QString shown = currentIndex() > 0 ? itemText(currentIndex()) : QString();
    if (lineEdit()->text() != shown)
        lineEdit()->setText(shown);
    lineEdit()->setCursorPosition(0);
}

QString CodeComboBox::currentCode() const {
    const int i = currentIndex();
    if (i < 0)
        return {};
    return m_model->item(i)->data(CodeRole).toString();
}

int CodeComboBox::indexOfCode(const QString &code) const {
    const QString wanted = code.trimmed();
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->item(i)->data(CodeRole).toString() == wanted)
            return i;
    return -1;
}

void CodeComboBox::addUnknown(const QString &code) {
    auto *item = new QStandardItem(tr("%1 (not in the list)").arg(code));
    item->setData(code, CodeRole);
    item->setToolTip(tr("This code is not in the catalogue; it is kept as it was received."));
    m_model->appendRow(item);
}

void CodeComboBox::setCurrentCode(const QString &code) {
    const QSignalBlocker block(this);
    const QString wanted = code.trimmed();
    int i = indexOfCode(wanted);
    if (i < 0 && !wanted.isEmpty()) {
        addUnknown(wanted);
        i = m_model->rowCount() - 1;
    }
    setCurrentIndex(i < 0 ? 0 : i);
    m_lastEmitted = currentCode();
    showChoice();
}

void CodeComboBox::onTextEdited(const QString &text) {
    if (!m_filter)
        return;
    m_filter->setNeedle(text);
    if (!text.isEmpty())
        m_completer->complete();
}

void CodeComboBox::onEditingFinished() {
    const QString text = lineEdit()->text().trimmed();
    int chosen = highlightedRow(); // left by Tab with a match highlighted
    if (chosen >= 0) {
    } else if (text.isEmpty()) {
        chosen = 0;
    } else {
        const QString folded = SearchText::fold(text);
        for (int i = 0; i < m_model->rowCount() && chosen < 0; ++i)
            if (SearchText::fold(m_model->item(i)->text()) == folded)
                chosen = i;
        if (chosen < 0 && m_filter && !m_filter->needle().isEmpty() && m_filter->rowCount() > 0)
            chosen = m_filter->mapToSource(m_filter->index(0, 0)).row();
    }
    if (m_completer && m_completer->popup())
        m_completer->popup()->hide();
    if (chosen < 0) {
        showChoice(); // not a choice: back to what was chosen
        return;
    }
    choose(chosen);
}

void CodeComboBox::onActivated(int) {
    if (m_filter)
        m_filter->setNeedle(QString());
    const QString code = currentCode();
    if (code == m_lastEmitted)
        return;
    m_lastEmitted = code;
    Q_EMIT codeActivated(code);
}

} // namespace btxh::app
