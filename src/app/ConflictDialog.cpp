// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"
#include "ui_ConflictDialog.h"

#include "AppLog.h"
#include "ChangeSet.h"
#include "DisplayText.h"
#include "JsonCodec.h"
#include "Store.h"
#include "Validator.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QMessageBox>

namespace btxh::app {

namespace {

enum Column { FieldColumn, LocalColumn, ServerColumn };

QString describe(const QList<Record> &records, int nameField) {
    QStringList names;
    for (const Record &r : records)
        names << r.value(nameField);
    return names.isEmpty() ? QString() : names.join(QStringLiteral("; "));
}

} // namespace

ConflictDialog::ConflictDialog(const AppServices &services, const QString &code, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_services(services)
    , m_code(code) {
    m_ui->setupUi(this);
    m_ui->comparisonTable->setColumnCount(3);
    m_ui->comparisonTable->verticalHeader()->setVisible(false);
    m_ui->comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->comparisonTable->horizontalHeader()->setSectionResizeMode(FieldColumn,
                                                                    QHeaderView::ResizeToContents);

    const StoreResult<StoredDossier> stored = services.store->dossier(code);
    if (stored && stored->syncState == SyncState::Conflict) {
        m_local = stored->dossier;
        m_serverCopy = JsonCodec::readDossier(QJsonDocument::fromJson(stored->serverJson).object());
        m_loaded = true;
        const FieldTable &table = FieldTable::dossier();
        for (const FieldSpec &f : table.fields())
            if (f.kind != FieldKind::Xml && m_local.fields.value(f.id) != m_serverCopy.fields.value(f.id))
                m_differences << f.id;
        if (m_local.extent.documents != m_serverCopy.extent.documents)
            m_differences << DocumentsRow;
        if (m_local.extent.resultPapers != m_serverCopy.extent.resultPapers)
            m_differences << ResultPapersRow;
    }
    connect(m_ui->comparisonTable, &QTableWidget::itemChanged, this, &ConflictDialog::onItemChanged);
    connect(m_ui->onlyDifferencesCheck, &QCheckBox::toggled, this, &ConflictDialog::fill);
    connect(m_ui->keepLocalButton, &QPushButton::clicked, this, &ConflictDialog::keepAllLocal);
    connect(m_ui->takeServerButton, &QPushButton::clicked, this, &ConflictDialog::takeAllServer);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ConflictDialog::applyChoices);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ConflictDialog::reject);
    for (QPushButton *b : {m_ui->keepLocalButton, m_ui->takeServerButton, m_ui->applyButton})
        b->setEnabled(m_loaded);
    fill();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::fill() {
    m_filling = true;
    const ValidationContext context = m_services.validationContext();
    m_ui->comparisonTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("On this computer"), tr("On the server")});
    if (!m_loaded) {
        m_ui->conflictHeader->setText(tr("The dossier %1 is not in conflict (any more).").arg(m_code));
        m_ui->comparisonTable->setRowCount(0);
        m_filling = false;
        return;
    }
    m_ui->conflictHeader->setText(tr("The server changed the dossier %1 while your edits were waiting to be "
                                     "sent. For each line, tick the "
                                     "value to keep. %n line(s) differ.",
                                     "", int(m_differences.size()))
                                      .arg(m_code));
    QList<int> lines;
    if (m_ui->onlyDifferencesCheck->isChecked()) {
        lines = m_differences;
    } else {
        for (const FieldSpec &f : FieldTable::dossier().fields())
            if (f.kind != FieldKind::Xml)
                lines << f.id;
        lines << DocumentsRow << ResultPapersRow;
    }
    m_ui->comparisonTable->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const int line = lines.at(row);
        QString label, mine, theirs;
        if (line == DocumentsRow) {
            label = tr("Submitted documents");
            mine = describe(m_local.extent.documents, int(DocumentField::TenTepDinhKem));
            theirs = describe(m_serverCopy.extent.documents, int(DocumentField::TenTepDinhKem));
        } else if (line == ResultPapersRow) {
            label = tr("Result papers");
            mine = describe(m_local.extent.resultPapers, int(ResultPaperField::TenGiayTo));
            theirs = describe(m_serverCopy.extent.resultPapers, int(ResultPaperField::TenGiayTo));
        } else {
            const FieldSpec &spec = FieldTable::dossier().at(line);
            label = spec.label();
            mine = DisplayText::field(spec, m_local.fields, context);
            theirs = DisplayText::field(spec, m_serverCopy.fields, context);
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
            const bool server = m_server.value(line, false);
            left->setCheckState(server ? Qt::Unchecked : Qt::Checked);
            right->setCheckState(server ? Qt::Checked : Qt::Unchecked);
        }
        m_ui->comparisonTable->setItem(row, FieldColumn, name);
        m_ui->comparisonTable->setItem(row, LocalColumn, left);
        m_ui->comparisonTable->setItem(row, ServerColumn, right);
    }
    m_ui->comparisonTable->resizeRowsToContents();
    m_filling = false;
}

void ConflictDialog::onItemChanged(QTableWidgetItem *item) {
    if (m_filling || !item || item->column() == FieldColumn)
        return;
    const int line = m_ui->comparisonTable->item(item->row(), FieldColumn)->data(Qt::UserRole).toInt();
    const bool checked = item->checkState() == Qt::Checked;
    // The two sides of a line are exclusive: ticking one unticks the other.
    choose(line, (item->column() == ServerColumn) == checked);
}

void ConflictDialog::choose(int line, bool server) {
    if (!m_differences.contains(line))
        return;
    m_server.insert(line, server);
    fill();
}

Dossier ConflictDialog::merged() const {
    Dossier d = m_local;
    ExtentData extent = m_local.extent;
    for (int line : m_differences) {
        if (!m_server.value(line, false))
            continue;
        if (line == DocumentsRow)
            extent.documents = m_serverCopy.extent.documents;
        else if (line == ResultPapersRow)
            extent.resultPapers = m_serverCopy.extent.resultPapers;
        else
            d.fields.setValue(line, m_serverCopy.fields.value(line));
    }
    if (extent.documents != m_local.extent.documents || extent.resultPapers != m_local.extent.resultPapers) {
        extent.hasDocumentList = extent.hasDocumentList || m_serverCopy.extent.hasDocumentList;
        extent.hasResultList = extent.hasResultList || m_serverCopy.extent.hasResultList;
        d.setExtent(extent);
    }
    return d;
}

bool ConflictDialog::finish(const StoreError &error) {
    if (error.isError()) {
        QMessageBox::warning(this, tr("Cannot resolve the conflict"), error.message);
        return false;
    }
    qCInfo(lcApp) << "conflict of" << m_code << "resolved";
    Q_EMIT resolved(m_code);
    accept();
    return true;
}

bool ConflictDialog::keepAllLocal() {
    if (!m_loaded)
        return false;
    return finish(m_services.store->resolveConflict(m_code, Store::ConflictChoice::KeepLocal).error());
}

bool ConflictDialog::takeAllServer() {
    if (!m_loaded)
        return false;
    return finish(m_services.store->resolveConflict(m_code, Store::ConflictChoice::TakeServer).error());
}

bool ConflictDialog::applyChoices() {
    if (!m_loaded)
        return false;
    int fromServer = 0;
    for (int line : std::as_const(m_differences))
        fromServer += m_server.value(line, false) ? 1 : 0;
    if (fromServer == 0)
        return keepAllLocal();
    if (fromServer == m_differences.size())
        return takeAllServer();
    const Dossier d = merged();
    // The server's copy becomes the base, then the merged values are the local edit on top of it.
    if (const StoreResult<void> taken =
            m_services.store->resolveConflict(m_code, Store::ConflictChoice::TakeServer);
        !taken)
        return finish(taken.error());
    Problems problems = Validator(m_services.validationContext()).validate(d);
    for (Problem &p : problems)
        p.recordKey = m_code;
    ChangeSet changes;
    changes.local << ChangeSet::LocalDossier{d, problems};
    return finish(m_services.store->apply(changes).error());
}

void ConflictDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace btxh::app
