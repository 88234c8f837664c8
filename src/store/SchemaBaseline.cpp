// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaBaseline.h"

#include "DueDates.h"
#include "Fields.h"
#include "StoreSchema.h"

namespace btxh {

namespace {

const QString SyncStates =
    QStringLiteral("CHECK (sync_state IN ('draft','ready','sent','synced','failed','conflict'))");

SqlColumn text(const QString &name, const QString &constraints = {}) {
    return {name, SqlType::Text, constraints};
}

SqlColumn integer(const QString &name, const QString &constraints = {}) {
    return {name, SqlType::Integer, constraints};
}

SqlColumn rowId() {
    return {QStringLiteral("id"), SqlType::RowId, {}};
}

// The field table's value and key columns (StoreSchema), all text.
QList<SqlColumn> fieldColumns(const FieldTable &table) {
    QList<SqlColumn> out;
    for (const QString &name : StoreSchema::columnNames(table))
        out << text(StoreSchema::quoted(name));
    return out;
}

QString col(DossierField f) {
    return StoreSchema::quoted(StoreSchema::fieldColumn(FieldTable::dossier().at(int(f))));
}

QString key(DossierField f) {
    return StoreSchema::quoted(StoreSchema::keyColumn(FieldTable::dossier().at(int(f))));
}

SqlTable dossiers() {
    SqlTable t{QStringLiteral("dossiers"), {}, {}, false};
    t.columns << rowId() << text(QStringLiteral("code"), QStringLiteral("NOT NULL UNIQUE"))
              << text(QStringLiteral("sync_state"), QStringLiteral("NOT NULL ") + SyncStates)
              << integer(QStringLiteral("has_local_edits"), QStringLiteral("NOT NULL DEFAULT 0"))
              << text(QStringLiteral("content_hash"), QStringLiteral("NOT NULL"))
              << text(QStringLiteral("extras"))
              << integer(QStringLiteral("has_document_list"), QStringLiteral("NOT NULL DEFAULT 0"))
              << integer(QStringLiteral("has_result_list"), QStringLiteral("NOT NULL DEFAULT 0"))
              << integer(QStringLiteral("document_count"), QStringLiteral("NOT NULL DEFAULT 0"))
              << integer(QStringLiteral("result_paper_count"), QStringLiteral("NOT NULL DEFAULT 0"))
              << text(QStringLiteral("server_json")) << text(QStringLiteral("server_hash"))
              << text(QStringLiteral("server_received_at")) << text(QStringLiteral("problems"))
              << text(QStringLiteral("last_message")) << text(QStringLiteral("k_deadline"))
              << text(QStringLiteral("created_at"), QStringLiteral("NOT NULL"))
              << text(QStringLiteral("updated_at"), QStringLiteral("NOT NULL"))
              << fieldColumns(FieldTable::dossier());
    for (const QString &c : DueDates::columns())
        t.columns << text(c);
    return t;
}

SqlTable child(const QString &name, const FieldTable &fields) {
    SqlTable t{name, {}, {QStringLiteral("UNIQUE (dossier_id, position)")}, false};
    t.columns << rowId()
              << integer(QStringLiteral("dossier_id"),
                         QStringLiteral("NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE"))
              << integer(QStringLiteral("position"), QStringLiteral("NOT NULL"))
              << text(QStringLiteral("extras")) << fieldColumns(fields);
    return t;
}

SqlTable steps() {
    SqlTable t{QStringLiteral("steps"), {}, {QStringLiteral("UNIQUE (dossier_code, step_key)")}, false};
    t.columns << rowId() << text(QStringLiteral("dossier_code"), QStringLiteral("NOT NULL"))
              << text(QStringLiteral("step_key"), QStringLiteral("NOT NULL"))
              << text(QStringLiteral("origin"),
                      QStringLiteral("NOT NULL CHECK (origin IN ('server','local'))"))
              << text(QStringLiteral("sync_state"), QStringLiteral("NOT NULL ") + SyncStates)
              << text(QStringLiteral("extras")) << text(QStringLiteral("server_json"))
              << text(QStringLiteral("problems"))
              << text(QStringLiteral("created_at"), QStringLiteral("NOT NULL"))
              << fieldColumns(FieldTable::progress());
    return t;
}

SqlTable outbox() {
    SqlTable t{QStringLiteral("outbox"), {}, {}, false};
    t.columns << rowId()
              << text(QStringLiteral("kind"),
                      QStringLiteral("NOT NULL CHECK (kind IN ('new-dossier','progress','final-result'))"))
              << text(QStringLiteral("dossier_code"), QStringLiteral("NOT NULL"))
              << integer(QStringLiteral("step_id"), QStringLiteral("REFERENCES steps(id) ON DELETE CASCADE"))
              << text(QStringLiteral("idempotency_key"), QStringLiteral("NOT NULL UNIQUE"))
              << text(QStringLiteral("state"),
                      QStringLiteral("NOT NULL CHECK (state IN ('pending','sent','done','failed'))"))
              << integer(QStringLiteral("attempts"), QStringLiteral("NOT NULL DEFAULT 0"))
              << text(QStringLiteral("next_attempt_at")) << text(QStringLiteral("last_message"))
              << text(QStringLiteral("created_at"), QStringLiteral("NOT NULL"))
              << text(QStringLiteral("updated_at"), QStringLiteral("NOT NULL"))
              << text(QStringLiteral("sent_by")) << text(QStringLiteral("sent_at"))
              << text(QStringLiteral("uncertain_since"));
    return t;
}

SqlTable watermarks() {
    return {QStringLiteral("watermarks"),
            {text(QStringLiteral("service"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("area"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("watermark"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("updated_at"), QStringLiteral("NOT NULL"))},
            {QStringLiteral("PRIMARY KEY (service, area)")},
            true};
}

SqlTable audit() {
    return {QStringLiteral("audit"),
            {rowId(), text(QStringLiteral("at"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("who"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("dossier_code"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("entity"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("field"), QStringLiteral("NOT NULL")), text(QStringLiteral("old_value")),
             text(QStringLiteral("new_value"))},
            {},
            false};
}

SqlTable settings() {
    return {QStringLiteral("settings"),
            {text(QStringLiteral("key"), QStringLiteral("PRIMARY KEY")), text(QStringLiteral("value"))},
            {},
            true};
}

SqlTable sortKeys() {
    SqlTable t{StoreSchema::sortKeysTable(), {}, {}, false};
    t.columns << integer(QStringLiteral("id"),
                         QStringLiteral("PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE"));
    for (const QString &c : StoreSchema::sortKeyColumns())
        t.columns << text(StoreSchema::quoted(c));
    return t;
}

SqlTable syncLease() {
    return {QStringLiteral("sync_lease"),
            {text(QStringLiteral("name"), QStringLiteral("PRIMARY KEY")),
             text(QStringLiteral("token"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("owner"), QStringLiteral("NOT NULL")),
             integer(QStringLiteral("pid"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("host"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("acquired_at"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("renewed_at"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("expires_at"), QStringLiteral("NOT NULL"))},
            {},
            true};
}

SqlTable pullQuarantine() {
    return {QStringLiteral("pull_quarantine"),
            {rowId(), text(QStringLiteral("service"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("area"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("window_from"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("window_to"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("item"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("problem"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("received_at"), QStringLiteral("NOT NULL")),
             text(QStringLiteral("dismissed_at")), text(QStringLiteral("dismissed_by"))},
            {},
            false};
}

} // namespace

QList<SqlTable> SchemaBaseline::tables() {
    return {dossiers(),
            child(QStringLiteral("documents"), FieldTable::submittedDocument()),
            child(QStringLiteral("result_papers"), FieldTable::resultPaper()),
            steps(),
            outbox(),
            watermarks(),
            audit(),
            settings(),
            sortKeys(),
            syncLease(),
            pullQuarantine()};
}

QList<SchemaBaseline::Index> SchemaBaseline::indexes() {
    const QString d = QStringLiteral("dossiers");
    const QString received = key(DossierField::NgayTiepNhan);
    const QString id = QStringLiteral("id");
    const QString due = QStringLiteral("due_date");
    const QString finished = QStringLiteral("finished_on");
    QList<Index> out = {
        {QStringLiteral("dossiers_received"), d, {received}},
        {QStringLiteral("dossiers_submitted"), d, {key(DossierField::SubmittedDate)}},
        {QStringLiteral("dossiers_status"), d, {col(DossierField::StatusId)}},
        {QStringLiteral("dossiers_procedure"), d, {col(DossierField::MaTTHC)}},
        {QStringLiteral("dossiers_area"),
         d,
         {col(DossierField::MaTinh), col(DossierField::MaHuyen), col(DossierField::MaXa)}},
        {QStringLiteral("dossiers_name"), d, {col(DossierField::HoVaTen)}},
        {QStringLiteral("dossiers_sync_state"), d, {QStringLiteral("sync_state")}},
        {QStringLiteral("dossiers_updated"), d, {QStringLiteral("updated_at")}},
        {QStringLiteral("steps_dossier_time"),
         QStringLiteral("steps"),
         {QStringLiteral("dossier_code"), StoreSchema::quoted(StoreSchema::keyColumn(
                                              FieldTable::progress().at(int(ProgressField::ThoiDiemXuLy))))}},
        {QStringLiteral("outbox_due"),
         QStringLiteral("outbox"),
         {QStringLiteral("state"), QStringLiteral("next_attempt_at")}},
        {QStringLiteral("outbox_dossier"), QStringLiteral("outbox"), {QStringLiteral("dossier_code")}},
        {QStringLiteral("audit_dossier"), QStringLiteral("audit"), {QStringLiteral("dossier_code"), id}},
    };
    const QString keys = StoreSchema::sortKeysTable();
    for (DossierField f : StoreSchema::collatedFields()) {
        const FieldSpec &spec = FieldTable::dossier().at(int(f));
        out << Index{
            keys + u'_' + spec.wireName, keys, {StoreSchema::quoted(StoreSchema::collationKeyColumn(spec))}};
    }
    out << Index{QStringLiteral("dossiers_received_code"), d, {received, id, QStringLiteral("code")}}
        << Index{QStringLiteral("pull_quarantine_open"),
                 QStringLiteral("pull_quarantine"),
                 {QStringLiteral("service"), QStringLiteral("area"), QStringLiteral("dismissed_at")}}
        << Index{keys + QStringLiteral("_given_name"),
                 keys,
                 {StoreSchema::quoted(StoreSchema::givenNameKeyColumn())}};
    const QStringList tail = {col(DossierField::MaTTHC), col(DossierField::StatusId), due, finished};
    out << Index{QStringLiteral("dossiers_report_province"), d,
                 QStringList{col(DossierField::MaTinh), received, col(DossierField::MaXa)} + tail}
        << Index{QStringLiteral("dossiers_report_commune"), d,
                 QStringList{col(DossierField::MaXa), received} + tail}
        << Index{QStringLiteral("dossiers_procedure_received"), d, {col(DossierField::MaTTHC), received}}
        << Index{QStringLiteral("dossiers_due"), d, {due}}
        << Index{QStringLiteral("dossiers_status_province"),
                 d,
                 {col(DossierField::StatusId), col(DossierField::MaTinh), received, id,
                  col(DossierField::MaTTHC)}};
    return out;
}

QStringList SchemaBaseline::statements(const SqlDialect &dialect) {
    QStringList out;
    for (const SqlTable &t : tables())
        out << dialect.createTable(t);
    for (const Index &i : indexes())
        out << dialect.createIndex(i.name, i.table, i.columns);
    out << dialect.createSearchIndex();
    return out;
}

} // namespace btxh
