// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "PlaceCalendar.h"
#include "ReportSheet.h"
#include "ReportTableText.h"
#include "ReportTables.h"
#include "StoreCommandSupport.h"
#include "WireDate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace btxh::cli {

QString ReportCommand::summary() const {
    return tr("count dossiers received in a period: finished on time or late, in progress or overdue");
}

void ReportCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        tr("Counts the dossiers received from --from to --to (in the whole database, a province or a "
           "commune), "
           "grouped by procedure, commune, month received or status: received; finished, on time and late; "
           "in "
           "progress, within the deadline and overdue; the on-time rate (on time among the finished ones "
           "with a "
           "deadline). A dossier's deadline is the one the gateway sent, or else the one computed from its "
           "procedure's processing time in working days (btxh config). A commune is read in the GSO list of "
           "its "
           "dossiers' received date: a code used on both sides of %1 is two groups, each named as its list "
           "names it. Dates dd/MM/yyyy. Exit status: 0 ok, 2 bad option, 3 the database cannot be read.")
            .arg(TwoLevelReformDate.toString(QStringLiteral("dd/MM/yyyy"))));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("from"), tr("First day received (dd/MM/yyyy)."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day received (dd/MM/yyyy)."), tr("DATE")});
    parser.addOption({QStringLiteral("province"), tr("Only this province (GSO code)."), tr("CODE")});
    parser.addOption({QStringLiteral("commune"), tr("Only this commune (GSO code)."), tr("CODE")});
    parser.addOption(StoreCommandSupport::unitsOption());
    parser.addOption({QStringLiteral("by"), tr("Group by procedure, commune, month or status."), tr("GROUP"),
                      QStringLiteral("month")});
    parser.addOption({QStringLiteral("format"), tr("table (default), csv, json or xlsx (needs --output)."),
                      tr("FORMAT"), QStringLiteral("table")});
    parser.addOption(
        {QStringLiteral("output"), tr("Write the report to this file instead of the screen."), tr("FILE")});
    parser.addOption({QStringLiteral("overdue"), tr("List the overdue dossiers instead of the counts.")});
    parser.addOption({QStringLiteral("today"),
                      tr("Judge deadlines as of this day (dd/MM/yyyy) instead of today."), tr("DATE")});
}

int ReportCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    auto bad = [&](const QString &message) {
        context.err << "btxh report: " << message << Qt::endl;
        return int(ExitBadInput);
    };
    QDate dates[3];
    const char *names[] = {"from", "to", "today"};
    for (int i = 0; i < 3; ++i) {
        const QString option = QString::fromLatin1(names[i]);
        if (!parser.isSet(option)) {
            if (i < 2)
                return bad(tr("--%1 is required (a date dd/MM/yyyy)").arg(option));
            dates[i] = QDate::currentDate();
            continue;
        }
        const WireDate::Parsed parsed = WireDate::parse(parser.value(option));
        if (!parsed.isValid())
            return bad(tr("--%1: \"%2\" is not a date dd/MM/yyyy").arg(option, parser.value(option)));
        dates[i] = parsed.date;
    }
    if (dates[1] < dates[0])
        return bad(tr("--to (%1) is before --from (%2)")
                       .arg(parser.value(QStringLiteral("to")), parser.value(QStringLiteral("from"))));
    const std::optional<ReportGrouping> by =
        ReportQuery::groupingFromName(parser.value(QStringLiteral("by")));
    if (!by)
        return bad(tr("--by: \"%1\" is not procedure, commune, month or status")
                       .arg(parser.value(QStringLiteral("by"))));
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != u"table" && format != u"csv" && format != u"json" && format != u"xlsx")
        return bad(tr("--format: \"%1\" is not table, csv, json or xlsx")
                       .arg(parser.value(QStringLiteral("format"))));
    const QString output = parser.value(QStringLiteral("output"));
    const std::optional<TableFormat> sheet = TableWriter::formatFromName(format);
    if (format == u"xlsx" && output.isEmpty())
        return bad(tr("--format xlsx needs --output FILE"));
    if (!output.isEmpty() && !sheet)
        return bad(tr("--output writes csv or xlsx, not %1").arg(format));
    if (parser.isSet(QStringLiteral("province")) && parser.isSet(QStringLiteral("commune")))
        return bad(tr("give --province or --commune, not both"));
    std::optional<GsoList> units;
    QString unitsError;
    if (!StoreCommandSupport::areaUnits(parser, &units, &unitsError))
        return bad(unitsError);

    // An office's PostgreSQL database too: its password from the keychain (btxh db password) or ~/.pgpass.
    Store store(StoreCommandSupport::options());
    if (!StoreCommandSupport::open(store, parser, name(), context, false))
        return ExitStoreError;
    ReportQuery query = ReportQuery::forPeriod(dates[0], dates[1], parser.value(QStringLiteral("province")),
                                               parser.value(QStringLiteral("commune")), *by, dates[2]);
    query.filter.areaList = units;
    const StoreResult<ReportResult> result = store.report(query);
    if (!result) {
        context.err << StoreCommandSupport::storeErrorLine(name(), result.error()) << Qt::endl;
        return ExitStoreError;
    }
    const ReportTable table = parser.isSet(QStringLiteral("overdue")) ? ReportTables::overdue(*result)
                                                                      : ReportTables::counts(*result);
    if (!output.isEmpty()) {
        QString error;
        if (!ReportSheet::write(table, *sheet, output, &error)) {
            context.err << "btxh report: " << error << Qt::endl;
            return ExitBadInput;
        }
    } else if (format == u"csv") {
        // The text stream writes the byte-order mark as UTF-8 again; decoding it might drop it.
        const QByteArray csv = ReportTableText::csv(table);
        context.out << QChar(0xFEFF) << QString::fromUtf8(csv.mid(csv.startsWith("\xEF\xBB\xBF") ? 3 : 0));
    } else if (format == u"json") {
        context.out << QString::fromUtf8(ReportTableText::json(table));
    } else {
        context.out << ReportTableText::plain(table);
    }
    context.out.flush();
    return ExitOk;
}

} // namespace btxh::cli
