// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QList>

class QCompleter;
class QStandardItemModel;

namespace btxh::app {

class FoldingFilterModel;

// A drop-down of codes shown by their names: the specification's code behind, the Vietnamese (or English)
// name in front. The first item is "none" (code ""). With type-to-filter on, the officer can type part of a
// name, with or without tone marks, and pick from the matches: the arrow keys move through them and Return
// takes the highlighted one (the first when none is), Escape leaves the choice as it was. "None" is then a
// placeholder of the empty box, never text one types into.
//
// A code that is not in the list (a value received from the server, an old code) is kept and shown as such,
// never dropped.
class CodeComboBox : public QComboBox {
    Q_OBJECT
public:
    struct Entry {
        QString code;
        QString name;
    };
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit CodeComboBox(QWidget *parent = nullptr);

    // Replaces the entries; the current code stays selected when it is still one of them.
    void setEntries(const QList<Entry> &entries);
    qsizetype entryCount() const;
    void setTypeToFilter(bool on);
    bool typeToFilter() const { return m_completer != nullptr; }
    void setNoneText(const QString &text);

    QString currentCode() const;
    // Selects the code's entry (or adds an "unknown code" entry for it); does not emit codeActivated.
    void setCurrentCode(const QString &code);
    int indexOfCode(const QString &code) const;
    QCompleter *filterCompleter() const { return m_completer; }

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The officer chose an entry (by mouse, keyboard or typing).
    void codeActivated(const QString &code);

private:
    void onTextEdited(const QString &text);
    void onEditingFinished();
    void onActivated(int index);
    void addUnknown(const QString &code);
    void choose(int row);
    void showChoice(); // the chosen entry's name in the box, or the empty box with its placeholder
    int highlightedRow() const;

    QStandardItemModel *m_model;
    FoldingFilterModel *m_filter = nullptr;
    QCompleter *m_completer = nullptr;
    QString m_noneText;
    QString m_lastEmitted;
};

} // namespace btxh::app
