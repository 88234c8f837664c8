// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldEditor.h"

#include "CatalogueChoices.h"
#include "CodeComboBox.h"
#include "DateEntry.h"
#include "WireDate.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>

namespace btxh::app {

namespace {

// Long free text (a processing step's content: 4000 characters) gets a box; the rest a line.
constexpr int LongTextLength = 1000;

QString orNull(const QString &s) {
    return s.isEmpty() ? QString() : s;
}

} // namespace

FieldEditor::FieldEditor(const FieldSpec &spec, unsigned purpose, const ValidationContext &context,
                         QWidget *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_purpose(purpose)
    , m_context(context) {
    m_label = new QLabel(parent);
    m_label->setObjectName(QStringLiteral("label_") + spec.wireName);
    m_problem = new QLabel(parent);
    m_problem->setObjectName(QStringLiteral("problem_") + spec.wireName);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setMinimumWidth(m_problem->fontMetrics().averageCharWidth() * 28); // scales with the font
    m_problem->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    switch (spec.kind) {
    case FieldKind::Enumeration:
    case FieldKind::Catalogue:
    case FieldKind::Place: {
        m_combo = new CodeComboBox(parent);
        if (spec.kind == FieldKind::Place) {
            m_combo->setTypeToFilter(true); // the entries come from the PlacePicker
        } else {
            m_combo->setEntries(CatalogueChoices::entries(spec, context));
            m_combo->setTypeToFilter(CatalogueChoices::wantsFilter(spec));
        }
        connect(m_combo, &CodeComboBox::codeActivated, this, &FieldEditor::userChanged);
        m_editor = m_combo;
        if (m_combo->lineEdit())
            m_combo->lineEdit()->installEventFilter(this);
        break;
    }
    case FieldKind::Text:
    case FieldKind::Date:
    case FieldKind::DateTime:
    case FieldKind::Xml:
        if (spec.kind == FieldKind::Text && spec.maxLength >= LongTextLength) {
            m_text = new QPlainTextEdit(parent);
            m_text->setTabChangesFocus(true);
            m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
            connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
                if (!m_setting)
                    userChanged();
            });
            m_editor = m_text;
        } else {
            m_line = new QLineEdit(parent);
            connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::userChanged);
            if (spec.kind == FieldKind::Date)
                connect(m_line, &QLineEdit::editingFinished, this, &FieldEditor::tidyDate);
            m_editor = m_line;
        }
        break;
    }
    m_editor->setObjectName(QStringLiteral("field_") + spec.wireName);
    m_editor->installEventFilter(this);
    m_label->setBuddy(m_editor);
    retranslate();
}

void FieldEditor::retranslate() {
    const bool required = m_spec.isRequiredFor(m_purpose);
    m_label->setText(m_spec.label() + (required ? QStringLiteral(" *") : QString()));
    m_label->setToolTip(m_spec.wireName);
    if (m_line) {
        if (m_spec.kind == FieldKind::Date)
            m_line->setPlaceholderText(tr("dd/MM/yyyy"));
        else if (m_spec.kind == FieldKind::DateTime)
            m_line->setPlaceholderText(tr("dd/MM/yyyy HH:mm:ss"));
    }
    if (m_combo) {
        m_combo->setNoneText(tr("(none)"));
        if (m_spec.kind != FieldKind::Place) {
            const QString code = m_combo->currentCode();
            m_combo->setEntries(CatalogueChoices::entries(m_spec, m_context));
            m_combo->setCurrentCode(code);
        }
    }
    // What a screen reader says on entering the field: "Họ và tên, bắt buộc".
    m_editor->setAccessibleName(required ? tr("%1, required").arg(m_spec.label()) : m_spec.label());
    m_label->setAccessibleName(m_editor->accessibleName());
}

void FieldEditor::tidyDate() {
    if (!m_line || m_line->isReadOnly())
        return;
    const DateEntry::Result read = DateEntry::read(m_line->text());
    if (!read.isValid())
        return; // the refusal is shown beside the field (showProblems)
    const QString shown = DateEntry::show(read.date);
    if (shown == m_line->text())
        return;
    m_line->setText(shown);
    userChanged();
}

QString FieldEditor::shownValue(const QString &value) const {
    if (m_spec.kind != FieldKind::Date)
        return value;
    // A date received with a time ("12/05/1985 00:00:00") is shown, and kept, as the date it is.
    const WireDate::Parsed parsed = WireDate::parse(value);
    return parsed.isValid() ? DateEntry::show(parsed.date) : value;
}

void FieldEditor::setPurpose(unsigned purpose) {
    m_purpose = purpose;
    retranslate();
}

QString FieldEditor::value() const {
    if (m_combo)
        return orNull(m_combo->currentCode());
    if (m_text)
        return orNull(m_text->toPlainText());
    return orNull(m_line->text());
}

void FieldEditor::setValue(const QString &value) {
    m_setting = true;
    if (m_combo)
        m_combo->setCurrentCode(value);
    else if (m_text)
        m_text->setPlainText(value);
    else if (m_line->text() != shownValue(value)) {
        m_line->setText(shownValue(value));
        m_line->setCursorPosition(0); // long names read from their start
    }
    m_setting = false;
    m_last = this->value();
}

void FieldEditor::setReadOnly(bool readOnly) {
    if (m_line)
        m_line->setReadOnly(readOnly);
    else if (m_text)
        m_text->setReadOnly(readOnly);
    else
        m_combo->setEnabled(!readOnly);
}

void FieldEditor::userChanged() {
    const QString now = value();
    if (now == m_last)
        return;
    const QString before = m_last;
    m_last = now;
    Q_EMIT edited(before, now);
}

void FieldEditor::showProblems(const Problems &problems) {
    QStringList errors, warnings;
    for (const Problem &p : problems) {
        if (p.field != m_spec.wireName)
            continue;
        QString message = p.message;
        if (p.code == u"date-format" && m_line && m_spec.kind == FieldKind::Date) {
            const DateEntry::Result read = DateEntry::read(m_line->text());
            if (!read.error.isEmpty())
                message = read.error; // says what is wrong with what was typed
        }
        (p.isError() ? errors : warnings) << message;
    }
    m_hasError = !errors.isEmpty();
    const QStringList all = errors + warnings;
    m_problem->setText(all.join(u'\n'));
    m_problem->setStyleSheet(m_hasError      ? QStringLiteral("color: #a41c1c;")
                             : all.isEmpty() ? QString()
                                             : QStringLiteral("color: #8a5a00;"));
    m_editor->setProperty("problem", m_hasError      ? QStringLiteral("error")
                                     : all.isEmpty() ? QString()
                                                     : QStringLiteral("warning"));
    // The red frame comes from the application's style sheet (DesktopApplication), which also draws the
    // focus.
    m_editor->style()->unpolish(m_editor);
    m_editor->style()->polish(m_editor);
    m_editor->setToolTip(all.join(u'\n'));
    m_editor->setAccessibleDescription(all.join(u'\n'));
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // let the form's undo stack have it
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace btxh::app
