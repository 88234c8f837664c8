// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierForm.h"
#include "ui_DossierForm.h"

#include "Catalogues.h"
#include "DossierCodeAllocator.h"
#include "DossierSave.h"
#include "FieldEditCommand.h"
#include "FieldEditor.h"
#include "FormSections.h"
#include "ListEditCommand.h"
#include "NewDossierTemplate.h"
#include "PlaceCalendar.h"
#include "PlacePicker.h"
#include "RecordListEditor.h"
#include "Store.h"
#include "UndoActions.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <array>
#include <tuple>

namespace btxh::app {

namespace {

const FieldTable &table() {
    return FieldTable::dossier();
}

QString xmlField() {
    return table().at(int(DossierField::CertificateExtentData)).wireName;
}

} // namespace

DossierForm *DossierForm::createNew(const AppServices &services, QWidget *parent, QString *error) {
    DossierCodeAllocator allocator(*services.store);
    const QString code = allocator.next(services.settings().agencyCode(), services.now().date(), error);
    if (code.isEmpty())
        return nullptr;
    return new DossierForm(services, NewDossierTemplate::make(services, code), true, true, parent);
}

DossierForm::DossierForm(const AppServices &services, const Dossier &dossier, bool isNew, bool editable,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DossierForm>())
    , m_services(services)
    , m_base(dossier)
    , m_save(m_services)
    , m_validator(services.validationContext())
    , m_undo(new QUndoStack(this))
    , m_showAllProblems(!isNew)
    , m_isNew(isNew)
    , m_editable(editable) {
    m_ui->setupUi(this);
    build();
    load(dossier);
    if (!isNew)
        m_save.readBase(dossier);
    retranslate();
}

DossierForm::~DossierForm() {
    // The undo stack outlives the form's widgets (it is a child, deleted after them): stop listening first.
    disconnect(m_undo, nullptr, this, nullptr);
    // ~QDialog hides the form after our members are gone; the focused picker, or a list's open cell editor,
    // then finishes its editing and reports it to a form that no longer exists.
    for (FieldEditor *e : std::as_const(m_editors))
        if (e)
            disconnect(e, nullptr, this, nullptr);
    for (RecordListEditor *list : {m_documents, m_resultPapers})
        disconnect(list, nullptr, this, nullptr);
}

unsigned DossierForm::purpose() const {
    return m_base.isFinalResult() ? RequiredForResult : RequiredForNew;
}

void DossierForm::build() {
    const ValidationContext context = m_services.validationContext();
    m_editors.fill(nullptr, table().size());
    QHash<QString, std::array<FieldEditor *, 3>> addresses;
    for (const FormSections::Group &group : FormSections::dossier()) {
        if (group.fields.isEmpty())
            continue;
        auto *box = new QGroupBox(m_ui->sectionsContainer);
        box->setObjectName(FormSections::objectName(group.section));
        box->setProperty("section", int(group.section));
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(1, 3);
        grid->setColumnStretch(2, 2);
        int row = 0;
        for (int field : group.fields) {
            const FieldSpec &spec = table().at(field);
            auto *e = new FieldEditor(spec, purpose(), context, box);
            grid->addWidget(e->label(), row, 0);
            grid->addWidget(e->editor(), row, 1);
            grid->addWidget(e->problemLabel(), row, 2);
            ++row;
            m_editors[field] = e;
            e->setReadOnly(!m_editable);
            connect(e, &FieldEditor::edited, this,
                    [this, e](const QString &before, const QString &after) { onEdited(e, before, after); });
            if (spec.kind == FieldKind::Place && spec.placeLevel != PlaceLevel::None) {
                if (!addresses.contains(spec.placeGroup))
                    addresses.insert(spec.placeGroup, {nullptr, nullptr, nullptr});
                addresses[spec.placeGroup][int(spec.placeLevel) - 1] = e;
            }
        }
        m_ui->sectionsLayout->addWidget(box);
        m_sectionBoxes << box;
    }
    m_ui->sectionsLayout->addStretch(1);
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it)
        m_pickers << new PlacePicker(PlaceCalendar::listOn(context.today), it->at(0), it->at(1), it->at(2),
                                     this);

    m_documents = new RecordListEditor(FieldTable::submittedDocument(), QStringLiteral("documents"),
                                       m_ui->documentsTab);
    m_ui->documentsLayout->addWidget(m_documents);
    m_resultPapers = new RecordListEditor(FieldTable::resultPaper(), QStringLiteral("resultPapers"),
                                          m_ui->resultPapersTab);
    m_ui->resultPapersLayout->addWidget(m_resultPapers);
    for (RecordListEditor *list : {m_documents, m_resultPapers}) {
        list->setReadOnly(!m_editable);
        connect(list, &RecordListEditor::edited, this,
                [this, list](const QList<Record> &before, const QList<Record> &after) {
                    onListEdited(list, before, after);
                });
    }

    m_undoActions = new UndoActions(m_undo, this);
    m_ui->undoButton->setDefaultAction(m_undoActions->undo());
    m_ui->redoButton->setDefaultAction(m_undoActions->redo());
    m_ui->undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ui->redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &DossierForm::saveDraft);
    addAction(saveAction);
    auto *queueAction = new QAction(this);
    queueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(queueAction, &QAction::triggered, this, [this] {
        if (m_ui->queueButton->isEnabled())
            saveAndQueue();
    });
    addAction(queueAction);

    // The lists are reached from the keyboard too: a shortcut adds a row and starts typing in it.
    for (auto [list, tab, key, name] :
         {std::tuple{m_documents, m_ui->documentsTab, Qt::Key_D, "addDocumentAction"},
          std::tuple{m_resultPapers, m_ui->resultPapersTab, Qt::Key_K, "addResultPaperAction"}}) {
        auto *add = new QAction(this);
        add->setObjectName(QLatin1StringView(name));
        add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        connect(add, &QAction::triggered, this, [this, list = list, tab = tab] {
            if (!m_editable)
                return;
            m_ui->formTabs->setCurrentWidget(tab);
            list->addRow();
        });
        addAction(add);
    }

    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, &DossierForm::saveDraft);
    connect(m_ui->queueButton, &QPushButton::clicked, this, &DossierForm::saveAndQueue);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &DossierForm::close);
    connect(m_undo, &QUndoStack::cleanChanged, this, &DossierForm::updateHeader);
    connect(m_ui->problemSummary, &QLabel::linkActivated, this, [this] {
        m_showAllProblems = true;
        validate();
    });
    m_ui->saveDraftButton->setVisible(m_editable);
    m_ui->queueButton->setVisible(m_editable);
    m_ui->undoButton->setVisible(m_editable);
    m_ui->redoButton->setVisible(m_editable);
    m_ui->queueButton->setDefault(false);
    m_ui->saveDraftButton->setAutoDefault(false);
    m_ui->queueButton->setAutoDefault(false);
    setProperty("rememberGeometry", true); // WindowFit keeps its size and place per screen
    setTabOrderBySections();
}

void DossierForm::setTabOrderBySections() {
    // The buttons were made before the fields (by setupUi): Tab goes through the fields section by section,
    // then the lists, then the buttons.
    QList<QWidget *> chain;
    for (QWidget *box : std::as_const(m_sectionBoxes))
        for (FieldEditor *e : std::as_const(m_editors))
            if (e && e->editor()->parentWidget() == box)
                chain << e->editor();
    chain << m_ui->formTabs << m_ui->saveDraftButton << m_ui->queueButton << m_ui->closeButton
          << m_ui->undoButton << m_ui->redoButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    for (QWidget *w : std::as_const(chain)) {
        if (w->isEnabled() && w->focusPolicy() != Qt::NoFocus && !w->property("readOnly").toBool()) {
            m_firstField = w; // the first field the officer can type in: focused when the form shows
            break;
        }
    }
}

void DossierForm::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (m_firstField && !focusWidget())
        m_firstField->setFocus(Qt::TabFocusReason);
}

void DossierForm::keyPressEvent(QKeyEvent *event) {
    // Return in a field moves to the next one, as on paper; it never closes the form or presses a button.
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                       (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    QWidget *focus = focusWidget();
    if (enter && focus && m_ui->sectionsContainer->isAncestorOf(focus)) {
        focusNextChild();
        return;
    }
    if (enter && !qobject_cast<QAbstractButton *>(focus))
        return;
    QDialog::keyPressEvent(event);
}

void DossierForm::load(const Dossier &dossier) {
    m_base = dossier;
    for (FieldEditor *e : std::as_const(m_editors))
        if (e)
            e->setValue(dossier.value(DossierField(e->spec().id)));
    for (PlacePicker *p : std::as_const(m_pickers))
        p->refreshEntries();
    m_documents->setRecords(dossier.extent.documents);
    m_resultPapers->setRecords(dossier.extent.resultPapers);
    m_undo->clear();
    m_undo->setClean();
    validate();
}

FieldEditor *DossierForm::editor(DossierField field) const {
    const int i = int(field);
    return i >= 0 && i < m_editors.size() ? m_editors.at(i) : nullptr;
}

QString DossierForm::code() const {
    const FieldEditor *e = editor(DossierField::MaHoSo);
    return e ? e->value().trimmed() : m_base.code();
}

Dossier DossierForm::currentDossier() const {
    Dossier d = m_base;
    for (const FieldEditor *e : m_editors)
        if (e)
            d.fields.setValue(e->spec().id, e->value());
    const QList<Record> documents = m_documents->records();
    const QList<Record> papers = m_resultPapers->records();
    const bool listsChanged = documents != m_base.extent.documents || papers != m_base.extent.resultPapers;
    ExtentData extent = m_base.extent;
    extent.documents = documents;
    extent.resultPapers = papers;
    extent.hasDocumentList = m_base.extent.hasDocumentList || !documents.isEmpty();
    extent.hasResultList = m_base.extent.hasResultList || !papers.isEmpty();
    // The XML is made from the lists; a document received unchanged keeps its own text.
    if (listsChanged || d.value(DossierField::CertificateExtentData).isEmpty()) {
        if (extent.hasDocumentList || extent.hasResultList) {
            d.setExtent(extent);
        } else {
            d.extent = extent;
            d.fields.clear(int(DossierField::CertificateExtentData));
        }
    }
    return d;
}

bool DossierForm::hasErrors() const {
    return btxh::hasErrors(m_problems);
}

bool DossierForm::isDirty() const {
    // A new form nobody typed in holds nothing to lose (its code is simply not used).
    return !m_undo->isClean();
}

void DossierForm::onEdited(FieldEditor *e, const QString &before, const QString &after) {
    QList<FieldEditCommand::Change> changes{{e->spec().id, before, after}};
    m_touched.insert(e->spec().id);
    for (PlacePicker *p : std::as_const(m_pickers)) {
        if (!p->contains(e))
            continue;
        for (const auto &[child, old] : p->cascade(e)) {
            changes << FieldEditCommand::Change{child->spec().id, old, QString()};
            m_touched.insert(child->spec().id);
        }
    }
    // The procedure's name follows its code, unless the officer wrote another name.
    if (e->spec().id == int(DossierField::MaTTHC)) {
        if (FieldEditor *name = editor(DossierField::TenTTHC)) {
            const QString previous = Catalogues::instance().name(u"procedure", before, Language::Vietnamese);
            const QString next = Catalogues::instance().name(u"procedure", after, Language::Vietnamese);
            const QString current = name->value();
            if ((current.isEmpty() || current == previous) && current != next) {
                name->setValue(next);
                changes << FieldEditCommand::Change{name->spec().id, current, next};
            }
        }
    }
    const bool typing = !e->combo();
    m_undo->push(new FieldEditCommand(
        changes, typing, [this](const QList<std::pair<int, QString>> &values) { applyValues(values); },
        tr("edit %1").arg(e->spec().label())));
    validate();
    updateHeader();
}

void DossierForm::applyValues(const QList<std::pair<int, QString>> &values) {
    for (const auto &[field, value] : values) {
        if (FieldEditor *e = m_editors.value(field)) {
            e->setValue(value);
            for (PlacePicker *p : std::as_const(m_pickers))
                if (p->contains(e))
                    p->refreshEntries();
        }
    }
    if (!values.isEmpty())
        if (FieldEditor *e = m_editors.value(values.constFirst().first)) {
            m_ui->formTabs->setCurrentWidget(m_ui->fieldsTab);
            m_ui->sectionsArea->ensureWidgetVisible(e->editor());
            e->editor()->setFocus();
        }
    validate();
    updateHeader();
}

void DossierForm::onListEdited(RecordListEditor *list, const QList<Record> &before,
                               const QList<Record> &after) {
    m_touched.insert(int(DossierField::CertificateExtentData));
    m_undo->push(new ListEditCommand(
        before, after,
        [this, list](const QList<Record> &records) {
            list->setRecords(records);
            validate();
            updateHeader();
        },
        list == m_documents ? tr("edit the submitted documents") : tr("edit the result papers")));
    validate();
    updateHeader();
}

void DossierForm::validate() {
    const Dossier d = currentDossier();
    // The pickers offer the units of the list in force on the received date: a new dossier gets province →
    // commune, a pre-reform draft keeps its districts. Values are never changed by this.
    const GsoList list = PlaceCalendar::dossierList(d.fields, m_validator.context().today);
    for (PlacePicker *p : std::as_const(m_pickers))
        p->setList(list);
    m_problems = m_validator.validate(d);
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (!e)
            continue;
        const bool show = m_showAllProblems || m_touched.contains(e->spec().id);
        e->showProblems(show ? m_problems : Problems());
    }
    const bool showLists = m_showAllProblems || m_touched.contains(int(DossierField::CertificateExtentData));
    Problems documentList, paperList, inLists;
    for (const Problem &p : std::as_const(m_problems)) {
        if (p.field == xmlField()) {
            if (p.code == u"result-papers-missing") {
                paperList << p;
            } else {
                Problem q = p;
                if (p.code == u"required")
                    q.message = tr("Add at least one submitted document.");
                documentList << q;
            }
        } else if (p.field.startsWith(xmlField() + u'/')) {
            inLists << p;
        }
    }
    m_documents->showProblems(showLists ? inLists : Problems(), xmlField() + QStringLiteral("/TaiLieuNop"),
                              showLists ? documentList : Problems());
    m_resultPapers->showProblems(showLists ? inLists : Problems(),
                                 xmlField() + QStringLiteral("/GiayToKetQua"),
                                 showLists ? paperList : Problems());

    int errors = 0, hidden = 0;
    for (const Problem &p : std::as_const(m_problems)) {
        if (!p.isError())
            continue;
        ++errors;
        const int field = table().indexOf(p.field.section(u'/', 0, 0));
        const bool shown = m_showAllProblems || m_touched.contains(field);
        if (!shown)
            ++hidden;
    }
    QString summary;
    if (errors == 0) {
        summary = tr("No problems: the dossier can be queued for sync.");
    } else {
        summary =
            tr("%n problem(s) to fix before the dossier can be queued for sync; it can be saved as a draft "
               "meanwhile.",
               "", errors);
        if (hidden > 0)
            summary =
                summary.toHtmlEscaped() + QStringLiteral(" <a href=\"#show\">%1</a>").arg(tr("Show them"));
    }
    m_ui->problemSummary->setTextFormat(hidden > 0 ? Qt::RichText : Qt::PlainText);
    m_ui->problemSummary->setText(summary);
    m_ui->problemSummary->setStyleSheet(errors == 0 ? QStringLiteral("color: #1e6b30;")
                                                    : QStringLiteral("color: #a41c1c;"));
    m_ui->queueButton->setEnabled(m_editable && errors == 0);
}

bool DossierForm::saveDraft() {
    return save(false);
}

bool DossierForm::saveAndQueue() {
    return save(true);
}

bool DossierForm::save(bool queue) {
    if (!m_editable)
        return false;
    m_showAllProblems = true;
    validate();
    const Dossier d = currentDossier();
    if (queue && btxh::hasErrors(m_problems))
        return false;
    if (d.code().isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save"),
                             tr("A dossier needs its dossier code (MaHoSo) to be saved."));
        return false;
    }
    const DossierSave::Outcome outcome = m_save.write(d, queue, m_validator, this);
    if (!outcome.saved)
        return false;
    if (outcome.merged)
        load(outcome.dossier); // the form shows what was stored
    m_base = outcome.dossier;
    m_isNew = false;
    m_undo->setClean();
    updateHeader();
    Q_EMIT saved(outcome.dossier.code(), outcome.queued);
    return !queue || outcome.queued;
}

void DossierForm::updateHeader() {
    const QString c = code();
    const FieldEditor *name = editor(DossierField::HoVaTen);
    const QString who = name ? name->value() : QString();
    QString text = QStringLiteral("<b>%1</b>").arg(c.toHtmlEscaped());
    if (!who.isEmpty())
        text += QStringLiteral(" — ") + who.toHtmlEscaped();
    if (m_isNew)
        text += QStringLiteral(" <i>(%1)</i>").arg(tr("new, not saved yet"));
    m_ui->headerLabel->setText(text);
    setWindowTitle(tr("Dossier %1").arg(c) + QStringLiteral("[*]"));
    setWindowModified(isDirty());
}

void DossierForm::retranslate() {
    for (QWidget *box : std::as_const(m_sectionBoxes))
        static_cast<QGroupBox *>(box)->setTitle(
            FormSections::title(FormSections::Section(box->property("section").toInt())));
    for (FieldEditor *e : std::as_const(m_editors))
        if (e)
            e->retranslate();
    m_documents->retranslate();
    m_resultPapers->retranslate();
    m_undoActions->retranslate();
    for (auto [list, name] :
         {std::pair{m_documents, "addDocumentAction"}, std::pair{m_resultPapers, "addResultPaperAction"}})
        if (auto *button = list->findChild<QToolButton *>(list->objectName() + QStringLiteral("AddButton")))
            button->setToolTip(tr("Add a row (%1)")
                                   .arg(findChild<QAction *>(QLatin1StringView(name))
                                            ->shortcut()
                                            .toString(QKeySequence::NativeText)));
    const QString reason = m_editable ? QString() : m_services.policy().readOnlyReason(false);
    m_ui->readOnlyBanner->setText(reason);
    m_ui->readOnlyBanner->setVisible(!reason.isEmpty());
    validate();
    updateHeader();
}

void DossierForm::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void DossierForm::closeEvent(QCloseEvent *event) {
    if (!m_closing && m_editable && isDirty()) {
        QMessageBox box(
            QMessageBox::Question, tr("Unsaved changes"),
            tr("The dossier %1 has changes that are not saved. Save them as a draft?").arg(code()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setDefaultButton(QMessageBox::Save);
        box.button(QMessageBox::Save)->setText(tr("Save draft"));
        box.button(QMessageBox::Discard)->setText(tr("Discard changes"));
        box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDraft())) {
            event->ignore();
            return;
        }
    }
    m_closing = true;
    event->accept();
    QDialog::closeEvent(event);
    m_closing = false;
}

void DossierForm::reject() {
    if (!m_closing) {
        close(); // asks about unsaved changes, then comes back here
        return;
    }
    QDialog::reject();
}

} // namespace btxh::app
