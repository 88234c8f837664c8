// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetImport.h"

#include "CsvReader.h"
#include "ExtentDataXml.h"
#include "FieldTable.h"
#include "Fields.h"
#include "SheetsLog.h"
#include "Store.h"
#include "Validator.h"
#include "WireDate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace btxh {

namespace {

// The dates an officer types or a spreadsheet writes: d/M/yyyy (also with - or .), yyyy-MM-dd, each with an
// optional time H:mm or H:mm:ss. Two-digit years are refused: 05/03/24 could be 1924 for a date of birth.
std::optional<QDateTime> sheetDate(const QString &text, bool *hasTime) {
    static const QRegularExpression dmy(QStringLiteral(
        "^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    QRegularExpressionMatch m = dmy.match(text);
    int d = 0, mo = 0, y = 0;
    if (m.hasMatch()) {
        d = m.captured(1).toInt();
        mo = m.captured(2).toInt();
        y = m.captured(3).toInt();
    } else if (m = ymd.match(text); m.hasMatch()) {
        y = m.captured(1).toInt();
        mo = m.captured(2).toInt();
        d = m.captured(3).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(y, mo, d);
    *hasTime = !m.captured(4).isEmpty();
    const QTime time =
        *hasTime ? QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()) : QTime(0, 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time);
}

// How many digits a GSO code of each level has; Excel drops the leading zeros of a code it takes for a
// number ("01" becomes 1).
int placeDigits(PlaceLevel level) {
    return level == PlaceLevel::Province ? 2 : level == PlaceLevel::District ? 3 : 5;
}

bool allDigits(const QString &s) {
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

QString SheetImport::columnLetter(int column) {
    QString out;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

int SheetImport::count(RowState state) const {
    int n = 0;
    for (const Row &r : m_rows)
        n += r.state == state ? 1 : 0;
    return n;
}

QString SheetImport::columnOf(const Problem &problem) const {
    const int field = FieldTable::dossier().indexOf(problem.field);
    const auto it = m_columnOfField.constFind(field);
    if (field < 0 || it == m_columnOfField.constEnd())
        return {};
    return QStringLiteral("%1 (%2)").arg(columnLetter(*it), m_headers.value(*it));
}

QString SheetImport::describe(const Row &row, const Problem &problem) const {
    const QString column = columnOf(problem);
    const QString where =
        column.isEmpty() ? tr("Row %1").arg(row.line) : tr("Row %1, column %2").arg(row.line).arg(column);
    return QStringLiteral("%1: %2").arg(where, problemText(problem));
}

QString SheetImport::problemText(const Problem &problem) const {
    if (columnOf(problem).isEmpty() && !problem.label.isEmpty())
        return problem.label + QStringLiteral(": ") + problem.message;
    return problem.message;
}

Problem SheetImport::cellProblem(const FieldSpec &spec, Severity severity, const char *code,
                                 const QString &message) const {
    Problem p;
    p.field = spec.wireName;
    p.label = spec.label();
    p.severity = severity;
    p.code = QString::fromLatin1(code);
    p.message = message;
    return p;
}

bool SheetImport::readHeader(const QStringList &cells) {
    m_headers = cells;
    QHash<int, int> firstColumn;
    for (int c = 0; c < int(cells.size()); ++c) {
        const QString header = cells.at(c).trimmed();
        if (header.isEmpty())
            continue;
        const std::optional<CaseListSheet::Column> column = CaseListSheet::columnForHeader(header);
        if (!column) {
            Problem p;
            p.severity = Severity::Warning;
            p.code = QStringLiteral("sheet-unknown-column");
            p.message =
                tr("Column %1 (%2) is not a dossier field: it is ignored.").arg(columnLetter(c), header);
            m_fileProblems << p;
            continue;
        }
        if (column->role != CaseListSheet::Column::Role::Value &&
            column->role != CaseListSheet::Column::Role::Documents)
            continue; // names, sync state and deadline come from the store, never from a sheet
        const int field = column->spec->id;
        if (const auto it = firstColumn.constFind(field); it != firstColumn.constEnd()) {
            m_error = tr("Columns %1 and %2 are both \"%3\": keep one of them.")
                          .arg(columnLetter(*it), columnLetter(c), header);
            return false;
        }
        firstColumn.insert(field, c);
    }
    m_columnOfField = firstColumn;
    QStringList missing;
    for (const CaseListSheet::Column &c : CaseListSheet::columns(true))
        // Without the documents column (a list exported as CSV) each row is told it lists no document.
        if (c.spec->isRequiredFor(RequiredForNew) && c.spec->kind != FieldKind::Xml &&
            !m_columnOfField.contains(c.spec->id))
            missing << QStringLiteral("\"%1\"").arg(CaseListSheet::header(c, currentLanguage()));
    if (m_columnOfField.isEmpty()) {
        m_error = tr("Row 1 has no column of the import template: is this the right file? Start from the "
                     "template (File > Save the import template…).");
        return false;
    }
    if (!missing.isEmpty()) {
        m_error = tr("Row 1: the sheet has no column %1. Add the missing column(s) as in the template.")
                      .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

SheetImport::Row SheetImport::readRow(const QStringList &cells, qint64 line) const {
    static const QRegularExpression scientific(QStringLiteral("^\\d(?:[.,]\\d+)?[eE]\\+\\d+$"));
    Row row;
    row.line = line;
    const FieldTable &table = FieldTable::dossier();
    for (auto it = m_columnOfField.constBegin(); it != m_columnOfField.constEnd(); ++it) {
        const FieldSpec &spec = table.at(it.key());
        QString value = cells.value(it.value()).trimmed();
        if (value.isEmpty())
            continue;
        if (spec.kind == FieldKind::Xml) {
            static const QRegularExpression separators(QStringLiteral("[;\\n]"));
            ExtentData &extent = row.dossier.extent;
            extent.hasDocumentList = true;
            for (const QString &name : value.split(separators, Qt::SkipEmptyParts)) {
                if (name.trimmed().isEmpty())
                    continue;
                Record document(FieldTable::submittedDocument());
                document.setValue(int(DocumentField::TenTepDinhKem), name.trimmed());
                extent.documents << document;
            }
            value = ExtentDataXml::write(extent);
        } else if (scientific.match(value).hasMatch()) {
            row.problems << cellProblem(spec, Severity::Error, "sheet-scientific",
                                        tr("\"%1\" is a number Excel shortened: format the column as Text "
                                           "and type the value again.")
                                            .arg(value));
        } else if (spec.kind == FieldKind::Date || spec.kind == FieldKind::DateTime) {
            bool hasTime = false;
            const std::optional<QDateTime> at = sheetDate(value, &hasTime);
            if (!at) {
                row.problems << cellProblem(
                    spec, Severity::Error, "sheet-date",
                    tr("\"%1\" is not a date: write it as dd/MM/yyyy, for example 05/03/2024.").arg(value));
            } else {
                value = spec.kind == FieldKind::Date ? WireDate::formatDate(at->date())
                                                     : WireDate::formatDateTime(*at);
            }
        } else if (spec.kind == FieldKind::Place && allDigits(value) &&
                   value.size() < placeDigits(spec.placeLevel)) {
            value = value.rightJustified(placeDigits(spec.placeLevel), u'0');
            row.problems << cellProblem(
                spec, Severity::Warning, "sheet-leading-zeros",
                tr("read as %1 (the leading zeros the spreadsheet dropped put back).").arg(value));
        } else if (spec.format == FieldFormat::PersonalId && allDigits(value) &&
                   (value.size() == 8 || value.size() == 11)) {
            value.prepend(u'0');
            row.problems << cellProblem(
                spec, Severity::Warning, "sheet-leading-zeros",
                tr("read as %1 (the leading zero the spreadsheet dropped put back).").arg(value));
        }
        row.dossier.fields.setValue(spec.id, value);
    }
    return row;
}

bool SheetImport::judge(Row &row, Store *store, QHash<QString, qint64> &seen) {
    QSet<QString> reported;
    for (const Problem &p : std::as_const(row.problems))
        if (p.isError())
            reported.insert(p.field);
    for (const Problem &p : Validator(m_options.context).validate(row.dossier))
        if (!reported.contains(p.field)) // a cell already said to be unreadable is not judged again
            row.problems << p;
    const QString code = row.dossier.code();
    for (Problem &p : row.problems)
        p.recordKey = code;
    const FieldSpec &codeSpec = FieldTable::dossier().at(int(DossierField::MaHoSo));
    if (code.isEmpty()) {
        row.state = RowState::Rejected;
        row.problems.prepend(cellProblem(codeSpec, Severity::Error, "sheet-no-code",
                                         tr("no MaHoSo: every row needs its dossier code.")));
        return true;
    }
    if (const auto it = seen.constFind(code); it != seen.constEnd()) {
        row.state = RowState::Rejected;
        row.problems.prepend(
            cellProblem(codeSpec, Severity::Error, "sheet-duplicate",
                        tr("%1 is also in row %2: a dossier is imported once.").arg(code).arg(*it)));
        return true;
    }
    seen.insert(code, row.line);
    if (store) {
        const StoreResult<StoredDossier> stored = store->dossier(code);
        if (stored) {
            row.state = RowState::Rejected;
            row.problems.prepend(cellProblem(
                codeSpec, Severity::Error, "sheet-stored",
                tr("%1 is already in the database: an import adds new dossiers and never replaces one.")
                    .arg(code)));
            return true;
        }
        if (stored.error().kind != StoreError::Kind::NotFound) {
            m_error = stored.error().message;
            m_storeFailed = true;
            return false;
        }
    }
    row.state = hasErrors(row.problems) ? RowState::HasErrors : RowState::Ready;
    return true;
}

bool SheetImport::read(const QString &path, Store *store, const Options &options) {
    m_options = options;
    m_error.clear();
    m_storeFailed = false;
    m_cancelled = false;
    m_fileProblems.clear();
    m_rows.clear();
    m_columnOfField.clear();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.isFile()) {
        m_error = tr("There is no file %1.").arg(shown);
        return false;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xls" || suffix == u"ods") {
        m_error = tr("%1 is a workbook, which cannot be imported directly: in Excel or LibreOffice, save the "
                     "sheet as \"CSV UTF-8\" and import that file.")
                      .arg(info.fileName());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be read: %2").arg(shown, file.errorString());
        return false;
    }
    if (file.size() == 0) {
        m_error = tr("%1 is empty: it has not even the header row of the template.").arg(info.fileName());
        return false;
    }
    CsvReader csv(&file);
    QStringList cells;
    if (!csv.next(&cells)) {
        m_error = csv.error().isEmpty() ? tr("%1 is empty.").arg(info.fileName()) : csv.error();
        return false;
    }
    if (!readHeader(cells))
        return false;
    QHash<QString, qint64> seen;
    while (csv.next(&cells)) {
        bool empty = true;
        for (const QString &c : std::as_const(cells))
            empty = empty && c.trimmed().isEmpty();
        if (empty)
            continue;
        if (m_rows.size() >= options.maxRows) {
            m_error = tr("Row %L1 is past the limit of %L2 rows per import: split the file and import the "
                         "parts one after the other. Nothing was imported.")
                          .arg(csv.line())
                          .arg(options.maxRows);
            m_rows.clear();
            return false;
        }
        Row row = readRow(cells, csv.line());
        if (cells.size() > m_headers.size()) {
            bool extra = false;
            for (qsizetype c = m_headers.size(); c < cells.size(); ++c)
                extra = extra || !cells.at(c).trimmed().isEmpty();
            if (extra) {
                Problem p;
                p.severity = Severity::Warning;
                p.code = QStringLiteral("sheet-extra-cells");
                p.message = tr("the row has values past the last column (%1): they are ignored.")
                                .arg(columnLetter(int(m_headers.size()) - 1));
                row.problems << p;
            }
        }
        if (!judge(row, store, seen)) {
            m_rows.clear();
            return false;
        }
        m_rows << row;
        if (options.progress && m_rows.size() % 200 == 0 && !options.progress(csv.bytesRead(), file.size())) {
            m_cancelled = true;
            m_rows.clear();
            return false;
        }
    }
    if (!csv.error().isEmpty()) {
        m_error = csv.error();
        m_rows.clear();
        return false;
    }
    if (m_rows.isEmpty()) {
        m_error = tr("%1 has the template's header but no dossier rows.").arg(info.fileName());
        return false;
    }
    qCInfo(lcSheets) << "sheet read:" << m_rows.size() << "rows," << count(RowState::Ready) << "ready,"
                     << count(RowState::HasErrors) << "with errors," << count(RowState::Rejected)
                     << "rejected";
    return true;
}

ChangeSet SheetImport::changes(bool keepErrorsAsDrafts) const {
    ChangeSet out;
    for (const Row &r : m_rows)
        if (r.state == RowState::Ready || (r.state == RowState::HasErrors && keepErrorsAsDrafts))
            out.local << ChangeSet::LocalDossier{r.dossier, r.problems};
    return out;
}

bool SheetImport::writeTemplate(const QString &path, TableFormat format, QString *error) {
    const std::unique_ptr<TableWriter> writer = TableWriter::create(format, path);
    if (!writer->begin(tr("Dossiers to import"), CaseListSheet::headers(true)) || !writer->commit()) {
        *error = writer->errorString();
        return false;
    }
    return true;
}

} // namespace btxh
