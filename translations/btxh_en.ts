<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/BackupCommand.cpp" line="+51"/>
        <source>Backed up %n dossier(s) from %1</source>
        <translation>
            <numerusform>Backed up %n dossier from %1</numerusform>
            <numerusform>Backed up %n dossiers from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ExportCommand.cpp" line="+81"/>
        <location line="+39"/>
        <source>%n dossier(s) written to %1</source>
        <translation>
            <numerusform>%n dossier written to %1</numerusform>
            <numerusform>%n dossiers written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ImportCommand.cpp" line="+123"/>
        <source>%n pull request bod(ies) skipped: there is nothing to store in a query</source>
        <translation>
            <numerusform>%n pull request body skipped: there is nothing to store in a query</numerusform>
            <numerusform>%n pull request bodies skipped: there is nothing to store in a query</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+278"/>
        <source>btxh import: --strict: nothing imported (%n item(s) with errors</source>
        <translation>
            <numerusform>btxh import: --strict: nothing imported (%n item with errors</numerusform>
            <numerusform>btxh import: --strict: nothing imported (%n items with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unreadable file(s)</source>
        <translation>
            <numerusform>, %n unreadable file</numerusform>
            <numerusform>, %n unreadable files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSheetCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ImportSheetCommand.cpp" line="+104"/>
        <source>%n dossier(s) stored.</source>
        <translation>
            <numerusform>%n dossier stored.</numerusform>
            <numerusform>%n dossiers stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message numerus="yes">
        <location filename="../src/secrets/KeychainError.cpp" line="+56"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for an unlock prompt.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second; it may be waiting for an unlock prompt.</numerusform>
            <numerusform>The keychain did not answer within %n seconds; it may be waiting for an unlock prompt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ListCommand.cpp" line="+113"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineReport</name>
    <message numerus="yes">
        <location filename="../src/cli/QuarantineReport.cpp" line="+32"/>
        <source>%n pulled item(s) could not be read; their windows are pulled again until they are dismissed (btxh sync --dismiss ID):</source>
        <translation>
            <numerusform>%n pulled item could not be read; their windows are pulled again until they are dismissed (btxh sync --dismiss ID):</numerusform>
            <numerusform>%n pulled items could not be read; their windows are pulled again until they are dismissed (btxh sync --dismiss ID):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/RestoreCommand.cpp" line="+55"/>
        <source>Backup %1: %n dossier(s), schema %2, %3, taken %4.</source>
        <translation>
            <numerusform>Backup %1: %n dossier, schema %2, %3, taken %4.</numerusform>
            <numerusform>Backup %1: %n dossiers, schema %2, %3, taken %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Restored %n dossier(s) into %1.</source>
        <translation>
            <numerusform>Restored %n dossier into %1.</numerusform>
            <numerusform>Restored %n dossiers into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ValidateCommand.cpp" line="+71"/>
        <source>%n record(s) checked</source>
        <translation>
            <numerusform>%n record checked</numerusform>
            <numerusform>%n records checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::DatabaseMove</name>
    <message numerus="yes">
        <location filename="../src/store/DatabaseMove.cpp" line="+147"/>
        <source>%1 has %n item(s) queued to send to the gateway; nothing was copied. A file copied now would send them a second time: sync the office&apos;s database first (btxh sync, or Sync now on a desktop), then copy.</source>
        <translation>
            <numerusform>%1 has %n item queued to send to the gateway; nothing was copied. A file copied now would send it a second time: sync the office&apos;s database first (btxh sync, or Sync now on a desktop), then copy.</numerusform>
            <numerusform>%1 has %n items queued to send to the gateway; nothing was copied. A file copied now would send them a second time: sync the office&apos;s database first (btxh sync, or Sync now on a desktop), then copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::GatewayError</name>
    <message numerus="yes">
        <location filename="../src/ndxp/GatewayError.cpp" line="+75"/>
        <source>The gateway did not answer within %n second(s).</source>
        <translation>
            <numerusform>The gateway did not answer within %n second.</numerusform>
            <numerusform>The gateway did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::SyncEngine</name>
    <message numerus="yes">
        <location filename="../src/sync/PullPhase.cpp" line="+333"/>
        <source>%1 %2: %n item(s) could not be read and were kept aside (btxh sync --report); this window is asked for again until they are dismissed.</source>
        <translation>
            <numerusform>%1 %2: %n item could not be read and were kept aside (btxh sync --report); this window is asked for again until they are dismissed.</numerusform>
            <numerusform>%1 %2: %n items could not be read and were kept aside (btxh sync --report); this window is asked for again until they are dismissed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::SyncReport</name>
    <message numerus="yes">
        <location filename="../src/sync/SyncReport.cpp" line="+37"/>
        <source> (%n to retry)</source>
        <translation>
            <numerusform> (%n to retry)</numerusform>
            <numerusform> (%n to retry)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unreadable item(s) kept aside</source>
        <translation>
            <numerusform>, %n unreadable item kept aside</numerusform>
            <numerusform>, %n unreadable items kept aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Working offline: the gateway cannot be reached. %n item(s) stay queued and will be sent at the next sync.</source>
        <translation>
            <numerusform>Working offline: the gateway cannot be reached. %n item stay queued and will be sent at the next sync.</numerusform>
            <numerusform>Working offline: the gateway cannot be reached. %n items stay queued and will be sent at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cancelled. What was received is kept; %n item(s) stay queued.</source>
        <translation>
            <numerusform>Cancelled. What was received is kept; %n item stay queued.</numerusform>
            <numerusform>Cancelled. What was received is kept; %n items stay queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::BackupActions</name>
    <message numerus="yes">
        <location filename="../src/app/BackupActions.cpp" line="+109"/>
        <source>Backed up %n dossier(s) to %1 (%2).</source>
        <translation>
            <numerusform>Backed up %n dossier to %1 (%2).</numerusform>
            <numerusform>Backed up %n dossiers to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Restore the backup of %1, holding %n dossier(s)?</source>
        <translation>
            <numerusform>Restore the backup of %1, holding %n dossier?</numerusform>
            <numerusform>Restore the backup of %1, holding %n dossiers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>The backup was restored: %n dossier(s).</source>
        <translation>
            <numerusform>The backup was restored: %n dossier.</numerusform>
            <numerusform>The backup was restored: %n dossiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::ConflictDialog</name>
    <message numerus="yes">
        <location filename="../src/app/ConflictDialog.cpp" line="+50"/>
        <source>The server changed the dossier %1 while your edits were waiting to be sent. For each line, tick the value to keep. %n line(s) differ.</source>
        <translation>
            <numerusform>The server changed the dossier %1 while your edits were waiting to be sent. For each line, tick the value to keep. %n line differs.</numerusform>
            <numerusform>The server changed the dossier %1 while your edits were waiting to be sent. For each line, tick the value to keep. %n lines differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::DossierForm</name>
    <message numerus="yes">
        <location filename="../src/app/DossierForm.cpp" line="+411"/>
        <source>%n problem(s) to fix before the dossier can be queued for sync; it can be saved as a draft meanwhile.</source>
        <translation>
            <numerusform>%n problem to fix before the dossier can be queued for sync; it can be saved as a draft meanwhile.</numerusform>
            <numerusform>%n problems to fix before the dossier can be queued for sync; it can be saved as a draft meanwhile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::FileImport</name>
    <message numerus="yes">
        <location filename="../src/app/FileImport.cpp" line="+48"/>
        <source>%n dossier(s) to store.</source>
        <translation>
            <numerusform>%n dossier to store.</numerusform>
            <numerusform>%n dossiers to store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n processing step(s) to store.</source>
        <translation>
            <numerusform>%n processing step to store.</numerusform>
            <numerusform>%n processing steps to store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n processing step(s)</source>
        <translation>
            <numerusform>%n processing step</numerusform>
            <numerusform>%n processing steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) with errors will be kept as drafts.</source>
        <translation>
            <numerusform>%n item with errors will be kept as drafts.</numerusform>
            <numerusform>%n items with errors will be kept as drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) cannot be stored and will be skipped.</source>
        <translation>
            <numerusform>%n item cannot be stored and will be skipped.</numerusform>
            <numerusform>%n items cannot be stored and will be skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::ImportAction</name>
    <message numerus="yes">
        <location filename="../src/app/ImportAction.cpp" line="+109"/>
        <source>Storing %n dossier(s)…</source>
        <translation>
            <numerusform>Storing %n dossier…</numerusform>
            <numerusform>Storing %n dossiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n dossier(s) from %1</source>
        <translation>
            <numerusform>Imported %n dossier from %1</numerusform>
            <numerusform>Imported %n dossiers from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n kept as draft(s)).</source>
        <translation>
            <numerusform>(%n kept as draft).</numerusform>
            <numerusform>(%n kept as drafts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="+289"/>
        <source>%n dossier(s) exported to %1</source>
        <translation>
            <numerusform>%n dossier exported to %1</numerusform>
            <numerusform>%n dossiers exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%Ln dossier(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::OfficeDatabasePage</name>
    <message numerus="yes">
        <location filename="../src/app/OfficeDatabasePage.cpp" line="+147"/>
        <source>%1 holds %Ln dossier(s). At its next start this computer opens it; its own file stays as it is.</source>
        <translation>
            <numerusform>%1 holds %Ln dossier. At its next start this computer opens it; its own file stays as it is.</numerusform>
            <numerusform>%1 holds %Ln dossiers. At its next start this computer opens it; its own file stays as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::SheetPreviewDialog</name>
    <message numerus="yes">
        <location filename="../src/app/SheetPreviewDialog.cpp" line="+24"/>
        <source>%1 holds %n dossier row(s).</source>
        <translation>
            <numerusform>%1 holds %n dossier row.</numerusform>
            <numerusform>%1 holds %n dossier rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Import %n dossier(s)</source>
        <translation>
            <numerusform>Import %n dossier</numerusform>
            <numerusform>Import %n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::StaleEditDialog</name>
    <message numerus="yes">
        <location filename="../src/app/StaleEditDialog.cpp" line="+76"/>
        <source>For each line, tick the value to keep (Space ticks the current cell). %n line(s) differ.</source>
        <translation>
            <numerusform>For each line, tick the value to keep (Space ticks the current cell). %n line(s) differ.</numerusform>
            <numerusform>For each line, tick the value to keep (Space ticks the current cell). %n line(s) differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::SyncPanel</name>
    <message numerus="yes">
        <location filename="../src/app/SyncPanel.cpp" line="+181"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::TimelineView</name>
    <message numerus="yes">
        <location filename="../src/app/TimelineView.cpp" line="+138"/>
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n daies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::TimelineWidget</name>
    <message numerus="yes">
        <location filename="../src/app/TimelineWidget.cpp" line="+74"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::documents::TrackingBook</name>
    <message numerus="yes">
        <location filename="../src/documents/TrackingBook.cpp" line="+182"/>
        <source>Printed on %1; %n dossier(s).</source>
        <translation>
            <numerusform>Printed on %1; %n dossier.</numerusform>
            <numerusform>Printed on %1; %n dossiers.</numerusform>
        </translation>
    </message>
</context>
</TS>
