<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>dtr</name>
    <message>
        <source>Kodetabellen &quot;%1&quot; mangler eller er tom.</source>
        <translation>The code table &quot;%1&quot; is missing or empty.</translation>
    </message>
    <message>
        <source>Kodetabellen &quot;%1&quot; har en række uden tal-kode eller tekst.</source>
        <translation>The code table &quot;%1&quot; has a row without a numeric code or text.</translation>
    </message>
    <message>
        <source>Filen kan ikke åbnes: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>Filen kan ikke læses: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Filen indeholder et NUL-tegn – er det en binær fil og ikke CSV?</source>
        <translation>The file contains a NUL character – is it a binary file rather than CSV?</translation>
    </message>
    <message>
        <source>Ugyldig UTF-8 (byte 0x%1). Filen skal være gemt som UTF-8.</source>
        <translation>Invalid UTF-8 (byte 0x%1). The file must be saved as UTF-8.</translation>
    </message>
    <message>
        <source>Filen er tom – der mangler en overskriftsrække.</source>
        <translation>The file is empty – a header row is missing.</translation>
    </message>
    <message>
        <source>Kolonne %1 har ingen overskrift.</source>
        <translation>Column %1 has no header.</translation>
    </message>
    <message>
        <source>Kolonnen &quot;%1&quot; forekommer to gange i overskriften.</source>
        <translation>The column &quot;%1&quot; occurs twice in the header.</translation>
    </message>
    <message>
        <source>Kolonnen &quot;%1&quot; betyder det samme som en tidligere kolonne.</source>
        <translation>The column &quot;%1&quot; means the same as an earlier column.</translation>
    </message>
    <message>
        <source>Kolonnen &quot;%1&quot; mangler. En fil med %2 skal have den.</source>
        <translation>The column &quot;%1&quot; is missing. A file of %2 must have it.</translation>
    </message>
    <message>
        <source>Rækken har %1 felter, men overskriften har %2.</source>
        <translation>The row has %1 fields, but the header has %2.</translation>
    </message>
    <message>
        <source>Ugyldig JSON ved tegn %1: %2</source>
        <translation>Invalid JSON at character %1: %2</translation>
    </message>
    <message>
        <source>%1 kan ikke fjernes.</source>
        <translation>%1 cannot be removed.</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>linje %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Ikke indsendte ændringer</source>
        <translation>Changes not submitted</translation>
    </message>
    <message>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Arbejdsområdet %1 er allerede åbent i et andet program (%2, proces %3 på %4). Luk det dér først.</source>
        <translation>The workspace %1 is already open in another program (%2, process %3 on %4). Close it there first.</translation>
    </message>
    <message>
        <source>Arbejdsområdet %1 kan ikke låses (er mappen skrivebeskyttet?).</source>
        <translation>The workspace %1 cannot be locked (is the folder read-only?).</translation>
    </message>
    <message>
        <source>Filen indeholder kontroltegnet 0x%1, som et registerudtræk ikke kan have (XML tillader det ikke).</source>
        <translation>The file contains the control character 0x%1, which a register snapshot cannot hold (XML does not allow it).</translation>
    </message>
    <message>
        <source>linje %1, kolonne %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>Fastlagt af STIL</source>
        <translation>Set by STIL</translation>
    </message>
    <message>
        <source>Foreløbig regel</source>
        <translation>Provisional rule</translation>
    </message>
    <message>
        <source>Datakvalitet</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>foreløbig regel</source>
        <translation>provisional rule</translation>
    </message>
    <message>
        <source>Ikke gennemgået</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Gennemgået</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Nedlagt</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Lukkes</source>
        <translation>To be closed</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Flyttet</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Uændret</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Ingen fund</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>Filen indeholder tegnet U+%1, som et registerudtræk ikke kan have (XML tillader det ikke).</source>
        <translation>The file contains the character U+%1, which a register snapshot cannot have (XML does not allow it).</translation>
    </message>
    <message>
        <source>Dokumentet slutter for tidligt (afkortet fil?).</source>
        <translation>The document ends too early (truncated file?).</translation>
    </message>
    <message>
        <source>Ugyldig XML: %1</source>
        <translation>Invalid XML: %1</translation>
    </message>
    <message>
        <source>Filen er for stor til at være metadata for et udtræk (over 16 MB).</source>
        <translation>The file is too large to be the metadata of a snapshot (over 16 MB).</translation>
    </message>
</context>
<context>
    <name>dtr::AuditDialog</name>
    <message>
        <source>Revisionsspor</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Miljø</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Bruger</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Udfald</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Eksportér som CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Eksportér revisionsspor</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Revisionssporet kan ikke eksporteres</source>
        <translation>The audit trail cannot be exported</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>dtr::ChangeFile</name>
    <message>
        <source>ukendt &quot;op&quot;: &quot;%1&quot; (create, update, move eller close)</source>
        <translation>unknown &quot;op&quot;: &quot;%1&quot; (create, update, move or close)</translation>
    </message>
    <message>
        <source>ukendt &quot;level&quot;: &quot;%1&quot;</source>
        <translation>unknown &quot;level&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;key&quot; mangler</source>
        <translation>&quot;key&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mangler eller er ikke tekst</source>
        <translation>&quot;%1&quot; is missing or not text</translation>
    </message>
    <message>
        <source>feltet &quot;%1&quot; findes ikke på en %2</source>
        <translation>the field &quot;%1&quot; does not exist on a %2</translation>
    </message>
    <message>
        <source>feltet &quot;%1&quot; er ikke tekst</source>
        <translation>the field &quot;%1&quot; is not text</translation>
    </message>
    <message>
        <source>en ny %1 skal have &quot;parentNummer&quot;</source>
        <translation>a new %1 must have &quot;parentNummer&quot;</translation>
    </message>
    <message>
        <source>en daginstitution kan ikke flyttes</source>
        <translation>a day-care institution cannot be moved</translation>
    </message>
    <message>
        <source>trinnet har ingen operationer (&quot;ops&quot;)</source>
        <translation>the step has no operations (&quot;ops&quot;)</translation>
    </message>
    <message>
        <source>operation %1: %2</source>
        <translation>operation %1: %2</translation>
    </message>
    <message>
        <source>er ikke et objekt</source>
        <translation>is not an object</translation>
    </message>
    <message>
        <source>Ikke gyldig JSON (ved tegn %1: %2).</source>
        <translation>Not valid JSON (at character %1: %2).</translation>
    </message>
    <message>
        <source>Dokumentet er ikke et JSON-objekt.</source>
        <translation>The document is not a JSON object.</translation>
    </message>
    <message>
        <source>Ikke en ændringsfil fra DTR Studio (&quot;format&quot; skal være &quot;%1&quot;).</source>
        <translation>Not a DTR Studio change file (&quot;format&quot; must be &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Ændringsfilens version %1 kendes ikke (denne udgave læser version %2).</source>
        <translation>The change file&apos;s version %1 is unknown (this release reads version %2).</translation>
    </message>
    <message>
        <source>Ændringsfilen siger ikke, hvilke grunddata den er lavet på (&quot;base.fingerprint&quot;).</source>
        <translation>The change file does not say which base data it was made on (&quot;base.fingerprint&quot;).</translation>
    </message>
    <message>
        <source>Trin %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Ændringerne er lavet på andre grunddata end dette arbejdsområde (udtræk %1). Åbn det udtræk, de er lavet på, og importér dem dér.</source>
        <translation>The changes were made on other base data than this workspace (snapshot %1). Open the snapshot they were made on, and import them there.</translation>
    </message>
    <message>
        <source>med ukendt tidspunkt</source>
        <translation>at an unknown time</translation>
    </message>
    <message>
        <source>Ændringsfilen indeholder ingen ændringer.</source>
        <translation>The change file contains no changes.</translation>
    </message>
    <message>
        <source>Importér %1 ændringstrin</source>
        <translation>Import %1 change steps</translation>
    </message>
    <message>
        <source>Trin %1 (&quot;%2&quot;) kan ikke anvendes: %3</source>
        <translation>Step %1 (&quot;%2&quot;) cannot be applied: %3</translation>
    </message>
</context>
<context>
    <name>dtr::ChangeSet</name>
    <message>
        <source>Posten findes ikke.</source>
        <translation>The record does not exist.</translation>
    </message>
    <message>
        <source>%1 er allerede nedlagt.</source>
        <translation>%1 is already closed.</translation>
    </message>
    <message>
        <source>%1 har stadig 1 aktiv underpost. Registeret sletter ikke i kaskade: luk eller flyt den først.</source>
        <translation>%1 still has 1 active child record. The register does not delete in cascade: close or move it first.</translation>
    </message>
    <message>
        <source>%1 har stadig %2 aktive underposter. Registeret sletter ikke i kaskade: luk eller flyt dem først.</source>
        <translation>%1 still has %2 active child records. The register does not delete in cascade: close or move them first.</translation>
    </message>
    <message>
        <source>En daginstitution kan ikke flyttes; ret i stedet dens administrative kommune.</source>
        <translation>A day-care institution cannot be moved; change its administrative municipality instead.</translation>
    </message>
    <message>
        <source>%1 er nedlagt og kan ikke flyttes.</source>
        <translation>%1 is closed and cannot be moved.</translation>
    </message>
    <message>
        <source>Det valgte mål findes ikke.</source>
        <translation>The chosen target does not exist.</translation>
    </message>
    <message>
        <source>En anvisningsenhed kan kun flyttes til en daginstitution.</source>
        <translation>An allocation unit can only be moved to a day-care institution.</translation>
    </message>
    <message>
        <source>En alternativ adresse kan kun flyttes til en anvisningsenhed.</source>
        <translation>An alternative address can only be moved to an allocation unit.</translation>
    </message>
    <message>
        <source>%1 er nedlagt.</source>
        <translation>%1 is closed.</translation>
    </message>
    <message>
        <source>%1 ligger allerede under %2.</source>
        <translation>%1 is already under %2.</translation>
    </message>
    <message>
        <source>Flytning er kun tilladt inden for samme kommune (%1 hører til %2, målet til %3).</source>
        <translation>Moving is only allowed within the same municipality (%1 belongs to %2, the target to %3).</translation>
    </message>
    <message>
        <source>Nøglen %1 er allerede i brug.</source>
        <translation>The key %1 is already in use.</translation>
    </message>
    <message>
        <source>Den nye post har %1 felter, men en %2 har %3.</source>
        <translation>The new record has %1 fields, but a %2 has %3.</translation>
    </message>
    <message>
        <source>Den overordnede post %1 findes ikke.</source>
        <translation>The parent record %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 er nedlagt; der kan ikke oprettes poster under den.</source>
        <translation>%1 is closed; no records can be created under it.</translation>
    </message>
    <message>
        <source>Posten %1 findes ikke.</source>
        <translation>The record %1 does not exist.</translation>
    </message>
    <message>
        <source>Feltet &quot;%1&quot; kan ikke rettes her.</source>
        <translation>The field &quot;%1&quot; cannot be edited here.</translation>
    </message>
    <message>
        <source>%1 er nedlagt og kan ikke rettes.</source>
        <translation>%1 is closed and cannot be edited.</translation>
    </message>
    <message>
        <source>Feltet &quot;%1&quot; på %2 er &quot;%3&quot;, ikke &quot;%4&quot; som ændringen forventer.</source>
        <translation>The field &quot;%1&quot; on %2 is &quot;%3&quot;, not &quot;%4&quot; as the change expects.</translation>
    </message>
    <message>
        <source>%1 ligger under %2, ikke under %3 som flytningen forventer.</source>
        <translation>%1 is under %2, not under %3 as the move expects.</translation>
    </message>
    <message>
        <source>Målet %1 findes ikke.</source>
        <translation>The target %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 er ikke nedlagt.</source>
        <translation>%1 is not closed.</translation>
    </message>
    <message>
        <source>Trin %1 (&quot;%2&quot;) kan ikke anvendes: %3</source>
        <translation>Step %1 (&quot;%2&quot;) cannot be applied: %3</translation>
    </message>
    <message>
        <source>Ret %1 på %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <source>Ny daginstitution</source>
        <translation>New day-care institution</translation>
    </message>
    <message>
        <source>Ny anvisningsenhed</source>
        <translation>New allocation unit</translation>
    </message>
    <message>
        <source>Opret daginstitution med første anvisningsenhed</source>
        <translation>Create day-care institution with its first allocation unit</translation>
    </message>
    <message>
        <source>Opret anvisningsenhed under %1</source>
        <translation>Create allocation unit under %1</translation>
    </message>
    <message>
        <source>Ny alternativ adresse</source>
        <translation>New alternative address</translation>
    </message>
    <message>
        <source>Opret alternativ adresse under %1</source>
        <translation>Create alternative address under %1</translation>
    </message>
    <message>
        <source>Luk %1</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <source>Flyt %1 til %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>%1 har ingen ventende ændringer.</source>
        <translation>%1 has no pending changes.</translation>
    </message>
    <message>
        <source>%1 har underposter. Fortryd eller flyt dem først.</source>
        <translation>%1 has child records. Undo or move them first.</translation>
    </message>
    <message>
        <source>Fortryd ændringerne på %1</source>
        <translation>Undo the changes to %1</translation>
    </message>
    <message>
        <source>Fortryd alle ændringer</source>
        <translation>Undo all changes</translation>
    </message>
    <message>
        <source>%1 indeholder kontroltegnet %2, som registeret ikke kan modtage.</source>
        <translation>%1 contains the control character %2, which the register cannot receive.</translation>
    </message>
    <message>
        <source>%1 indeholder et halvt tegn (%2 uden sin anden halvdel), som registeret ikke kan modtage.</source>
        <translation>%1 contains half a character (%2 without its other half), which the register cannot receive.</translation>
    </message>
    <message>
        <source>%1 indeholder tegnet %2, som registeret ikke kan modtage.</source>
        <translation>%1 contains the character %2, which the register cannot receive.</translation>
    </message>
</context>
<context>
    <name>dtr::CodeTables</name>
    <message>
        <source>Kodetabellerne kunne ikke læses: %1</source>
        <translation>The code tables could not be read: %1</translation>
    </message>
    <message>
        <source>Kommunelisten har en ugyldig række %1: &quot;%2&quot;.</source>
        <translation>The municipality list has an invalid row %1: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Kommunelisten er tom.</source>
        <translation>The municipality list is empty.</translation>
    </message>
    <message>
        <source>Kodetabellerne indeholder en DTD eller entiteter, som ikke er tilladt.</source>
        <translation>The code tables contain a DTD or entities, which are not allowed.</translation>
    </message>
    <message>
        <source>Hentet fra %1. %2</source>
        <translation>Fetched from %1. %2</translation>
    </message>
    <message>
        <source>Kodetabellen har en kode uden talværdi (linje %1).</source>
        <translation>The code table has a code without a numeric value (line %1).</translation>
    </message>
    <message>
        <source>Kodetabellerne kan ikke læses (linje %1): %2</source>
        <translation>The code tables cannot be read (line %1): %2</translation>
    </message>
    <message>
        <source>Kodetabellen &quot;%1&quot; mangler i svaret.</source>
        <translation>The code table &quot;%1&quot; is missing from the answer.</translation>
    </message>
    <message>
        <source>Kodetabellerne %1 kan ikke læses: %2</source>
        <translation>The code tables %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 er for stor til at være en kodetabelfil (over 8 MB).</source>
        <translation>%1 is too large to be a code-table file (over 8 MB).</translation>
    </message>
    <message>
        <source>Kodetabellerne i %1 kan ikke bruges: %2</source>
        <translation>The code tables in %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>filen er ikke gyldig JSON (%1: %2).</source>
        <translation>the file is not valid JSON (%1: %2).</translation>
    </message>
    <message>
        <source>&quot;format&quot; skal være &quot;%1&quot;.</source>
        <translation>&quot;format&quot; must be &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;tables&quot; mangler.</source>
        <translation>&quot;tables&quot; is missing.</translation>
    </message>
    <message>
        <source>kommunelisten %1 kan ikke læses: %2</source>
        <translation>the municipality list %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>tables.kommune skal have &quot;codes&quot; eller &quot;file&quot; – eller udelades, så de indbyggede 98 kommuner bruges.</source>
        <translation>tables.kommune must have &quot;codes&quot; or &quot;file&quot; – or be left out, so the bundled 98 municipalities are used.</translation>
    </message>
    <message>
        <source>crossValidation.confirmed skal være true eller false.</source>
        <translation>crossValidation.confirmed must be true or false.</translation>
    </message>
    <message>
        <source>%1: &quot;lovgrundlag&quot; skal være et helt tal.</source>
        <translation>%1: &quot;lovgrundlag&quot; must be a whole number.</translation>
    </message>
    <message>
        <source>%1: lovgrundlag %2 findes ikke i tabellen lovgrundlag.</source>
        <translation>%1: lovgrundlag %2 is not in the table lovgrundlag.</translation>
    </message>
    <message>
        <source>%1: lovgrundlag %2 har allerede en regel.</source>
        <translation>%1: lovgrundlag %2 already has a rule.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; skal være en liste af koder.</source>
        <translation>%1: &quot;%2&quot; must be a list of codes.</translation>
    </message>
    <message>
        <source>%1: %2-koden %3 findes ikke i tabellen %2.</source>
        <translation>%1: the %2 code %3 is not in the table %2.</translation>
    </message>
    <message>
        <source>Indlæst fra %1 (%2). %3</source>
        <translation>Read from %1 (%2). %3</translation>
    </message>
    <message>
        <source>STIL&apos;s</source>
        <translation>STIL&apos;s</translation>
    </message>
    <message>
        <source>foreløbig</source>
        <translation>provisional</translation>
    </message>
    <message numerus="yes">
        <source>kommuner: %n</source>
        <translation>
            <numerusform>municipalities: %n</numerusform>
            <numerusform>municipalities: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ingen krydsvalideringstabel</source>
        <translation>no cross-validation table</translation>
    </message>
    <message numerus="yes">
        <source>ejerform: %n koder (%1)</source>
        <translation>
            <numerusform>ownership: %n code (%1)</numerusform>
            <numerusform>ownership: %n codes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lovgrundlag: %n koder (%1)</source>
        <translation>
            <numerusform>legal basis: %n code (%1)</numerusform>
            <numerusform>legal basis: %n codes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>institutionstype: %n koder (%1)</source>
        <translation>
            <numerusform>institution type: %n code (%1)</numerusform>
            <numerusform>institution type: %n codes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>krydsvalidering: %n regler (%1)</source>
        <translation>
            <numerusform>cross-validation: %n rule (%1)</numerusform>
            <numerusform>cross-validation: %n rules (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::CodesPage</name>
    <message>
        <source>Kodetabellerne (ejerform, lovgrundlag, institutionstype, kommuner) og krydsvalideringstabellen bestemmer, hvad reglerne kode-ukendt og krydsvalidering godtager. De indbyggede er foreløbige; tabeller, der er markeret som STIL&apos;s egne (&quot;confirmed&quot;: true), gør reglerne til fejl.</source>
        <translation>The code tables (ownership, legal basis, institution type, municipalities) and the cross-validation table decide what the rules kode-ukendt and krydsvalidering accept. The bundled ones are provisional; tables marked as STIL&apos;s own (&quot;confirmed&quot;: true) make those rules errors.</translation>
    </message>
    <message>
        <source>&amp;Indlæs kodetabeller fra fil…</source>
        <translation>&amp;Load code tables from file…</translation>
    </message>
    <message>
        <source>&amp;Brug de indbyggede</source>
        <translation>&amp;Use the bundled ones</translation>
    </message>
    <message>
        <source>Indlæs kodetabeller</source>
        <translation>Load code tables</translation>
    </message>
    <message>
        <source>Kodetabeller (*.json)</source>
        <translation>Code tables (*.json)</translation>
    </message>
    <message>
        <source>Kodetabellerne er indlæst fra %1 og bruges, når du gemmer indstillingerne.</source>
        <translation>The code tables were read from %1 and are used when you save the settings.</translation>
    </message>
    <message>
        <source>I brug efter gem: %1
%2</source>
        <translation>In use after saving: %1
%2</translation>
    </message>
</context>
<context>
    <name>dtr::CompareChooser</name>
    <message>
        <source>Sammenlign udtræk</source>
        <translation>Compare snapshots</translation>
    </message>
    <message>
        <source>Sammenlign grundlaget med et udtræk</source>
        <translation>Compare the base with a snapshot</translation>
    </message>
    <message>
        <source>Æl&amp;dste:</source>
        <translation>&amp;Oldest:</translation>
    </message>
    <message>
        <source>Vælg det ældste udtræk</source>
        <translation>Choose the oldest snapshot</translation>
    </message>
    <message>
        <source>&amp;Nyeste:</source>
        <translation>&amp;Newest:</translation>
    </message>
    <message>
        <source>Vælg det nyeste udtræk</source>
        <translation>Choose the newest snapshot</translation>
    </message>
    <message>
        <source>&amp;Udtræk:</source>
        <translation>&amp;Snapshot:</translation>
    </message>
    <message>
        <source>Vælg udtrækket</source>
        <translation>Choose the snapshot</translation>
    </message>
    <message>
        <source>Et udtræk er en XML-fil eller en mappe med de tre CSV-filer.</source>
        <translation>A snapshot is an XML file or a folder with the three CSV files.</translation>
    </message>
    <message>
        <source>Sammenlign</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>XML-fil eller CSV-mappe</source>
        <translation>XML file or CSV folder</translation>
    </message>
    <message>
        <source>&amp;Fil…</source>
        <translation>&amp;File…</translation>
    </message>
    <message>
        <source>&amp;Mappe…</source>
        <translation>F&amp;older…</translation>
    </message>
    <message>
        <source>Udtræk (*.xml *.csv);;Alle filer (*)</source>
        <translation>Snapshots (*.xml *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Vælg mappen med de tre CSV-filer</source>
        <translation>Choose the folder with the three CSV files</translation>
    </message>
</context>
<context>
    <name>dtr::ConflictDialog</name>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Udtrækket</source>
        <translation>The snapshot</translation>
    </message>
    <message>
        <source>Mit</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Deres</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Behold mit</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Andre har ændret disse felter i registeret, siden dit udtræk blev taget. Vælg for hvert felt, om din værdi skal sendes, eller deres skal beholdes.</source>
        <translation>Others have changed these fields in the register since your snapshot was taken. Choose for each field whether to send your value or keep theirs.</translation>
    </message>
    <message>
        <source>Behold &amp;mine for alle</source>
        <translation>Keep &amp;mine for all</translation>
    </message>
    <message>
        <source>Tag &amp;deres for alle</source>
        <translation>Take &amp;theirs for all</translation>
    </message>
    <message>
        <source>Send igen med disse valg</source>
        <translation>Send again with these choices</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>dtr::CsvSnapshot</name>
    <message>
        <source>Findes ikke.</source>
        <translation>Does not exist.</translation>
    </message>
    <message>
        <source>Mappen har flere filer med %1: %2 og %3. Fjern den ene.</source>
        <translation>The folder has several files of %1: %2 and %3. Remove one.</translation>
    </message>
    <message>
        <source>Mappen mangler CSV-filen med %1 (filnavnet skal indeholde &quot;%2&quot;).</source>
        <translation>The folder lacks the CSV file of %1 (the file name must contain &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Mappen %1 kan ikke oprettes.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>dtr::CsvTokenizer</name>
    <message>
        <source>Rækken har mere end %1 felter.</source>
        <translation>The row has more than %1 fields.</translation>
    </message>
    <message>
        <source>Et felt i anførselstegn slutter aldrig (afsluttende &quot; mangler).</source>
        <translation>A quoted field never ends (closing &quot; missing).</translation>
    </message>
    <message>
        <source>Uventet tegn efter et felt i anførselstegn.</source>
        <translation>Unexpected character after a quoted field.</translation>
    </message>
    <message>
        <source>Feltet er for langt (%1 bytes; højst %2).</source>
        <translation>The field is too long (%1 bytes; at most %2).</translation>
    </message>
    <message>
        <source>Rækken er for lang (over %1 bytes).</source>
        <translation>The row is too long (over %1 bytes).</translation>
    </message>
</context>
<context>
    <name>dtr::DagplejeWizard</name>
    <message>
        <source>Brug en &amp;eksisterende dagpleje-daginstitution:</source>
        <translation>Use an &amp;existing childminding institution:</translation>
    </message>
    <message>
        <source>Opret en n&amp;y dagpleje-daginstitution:</source>
        <translation>Create a ne&amp;w childminding institution:</translation>
    </message>
    <message>
        <source>&amp;Privat dagpleje (DTL § 21, stk. 3)</source>
        <translation>&amp;Private childminding (DTL § 21(3))</translation>
    </message>
    <message>
        <source>Opret dagplejegrupper</source>
        <translation>Create childminding groups</translation>
    </message>
    <message>
        <source>&amp;Næste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbage</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Opret</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vælg en kommune.</source>
        <translation>Choose a municipality.</translation>
    </message>
    <message>
        <source>Der er ingen dagpleje-daginstitution at vælge; opret en ny.</source>
        <translation>There is no childminding institution to choose; create a new one.</translation>
    </message>
    <message>
        <source>Giv den nye daginstitution et navn.</source>
        <translation>Give the new day-care institution a name.</translation>
    </message>
    <message>
        <source>Kommune og daginstitution</source>
        <translation>Municipality and day-care institution</translation>
    </message>
    <message>
        <source>Dagplejegrupper oprettes som anvisningsenheder af typen Dagpleje under en dagpleje-daginstitution med lovgrundlag for dagpleje.</source>
        <translation>Childminding groups are created as allocation units of type Dagpleje under a childminding institution whose legal basis is childminding.</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Eksisterende dagpleje-daginstitution</source>
        <translation>Existing childminding institution</translation>
    </message>
    <message>
        <source>Navn på ny daginstitution</source>
        <translation>Name of the new day-care institution</translation>
    </message>
    <message>
        <source>&amp;Kommunal dagpleje (DTL § 21, stk. 2)</source>
        <translation>&amp;Municipal childminding (DTL § 21(2))</translation>
    </message>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Skriv mindst ét områdenavn.</source>
        <translation>Write at least one area name.</translation>
    </message>
    <message>
        <source>Gruppernes navne</source>
        <translation>The groups&apos; names</translation>
    </message>
    <message>
        <source>Ét område pr. linje; hver gruppe kommer til at hedde &quot;Dagplejegruppe &lt;område&gt;&quot;. Ret listen frit.</source>
        <translation>One area per line; each group will be called &quot;Dagplejegruppe &lt;area&gt;&quot;. Edit the list freely.</translation>
    </message>
    <message>
        <source>&amp;Verdenshjørner: Nord, Syd, Øst, Vest</source>
        <translation>&amp;Compass points: North, South, East, West</translation>
    </message>
    <message>
        <source>Kommunens &amp;byer (fra postnumrene i kommunens poster)</source>
        <translation>The municipality&apos;s &amp;towns (from the postcodes in its records)</translation>
    </message>
    <message>
        <source>&amp;Egen liste</source>
        <translation>&amp;Own list</translation>
    </message>
    <message>
        <source>Områdenavne</source>
        <translation>Area names</translation>
    </message>
    <message>
        <source>&amp;Områder:</source>
        <translation>&amp;Areas:</translation>
    </message>
    <message>
        <source>Adresse, kontakt og P-numre</source>
        <translation>Address, contact and P numbers</translation>
    </message>
    <message>
        <source>Hver gruppe skal have en adresse – fx forvaltningens – og sit eget P-nummer under kommunens CVR-nummer. Fælles værdier er foreslået ud fra kommunens poster.</source>
        <translation>Each group needs an address – e.g. the administration&apos;s – and its own P number under the municipality&apos;s CVR number. Shared values are suggested from the municipality&apos;s records.</translation>
    </message>
    <message>
        <source>Fælles for alle grupper</source>
        <translation>Shared by all groups</translation>
    </message>
    <message>
        <source>Kommunens CVR-nummer</source>
        <translation>The municipality&apos;s CVR number</translation>
    </message>
    <message>
        <source>&amp;CVR-nummer:</source>
        <translation>&amp;CVR number:</translation>
    </message>
    <message>
        <source>&amp;Vejnavn:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;Husnummer:</source>
        <translation>&amp;House number:</translation>
    </message>
    <message>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;Brug for alle grupper</source>
        <translation>&amp;Use for all groups</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>P-nummer</source>
        <translation>P number</translation>
    </message>
    <message>
        <source>Vejnavn</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Husnr.</source>
        <translation>House no.</translation>
    </message>
    <message>
        <source>Postnr.</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Dagplejegrupper</source>
        <translation>Childminding groups</translation>
    </message>
    <message>
        <source>Eksisterende dagplejeenheder</source>
        <translation>Existing childminding units</translation>
    </message>
    <message>
        <source>Markér de dagplejeenheder i kommunen, der skal flyttes ind under dagpleje-daginstitutionen sammen med de nye grupper.</source>
        <translation>Tick the childminding units in the municipality that should move under the childminding institution along with the new groups.</translation>
    </message>
    <message>
        <source>Dagplejeenheder der kan flyttes</source>
        <translation>Childminding units that can be moved</translation>
    </message>
    <message>
        <source>Dagplejen i %1</source>
        <translation>Dagplejen i %1</translation>
    </message>
    <message>
        <source>%1 (%2) – nu under %3</source>
        <translation>%1 (%2) – now under %3</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ingen andre dagplejeenheder i kommunen.</source>
        <translation>No other childminding units in the municipality.</translation>
    </message>
    <message>
        <source>Det hele bliver ét trin, der kan fortrydes.</source>
        <translation>All of it becomes one step that can be undone.</translation>
    </message>
    <message>
        <source>den private dagplejes eget – udfyldes af registeret ud fra P-nummeret</source>
        <translation>the private childminding&apos;s own – filled in by the register from the P number</translation>
    </message>
    <message>
        <source>kommunens CVR-nummer</source>
        <translation>the municipality&apos;s CVR number</translation>
    </message>
    <message numerus="yes">
        <source>%n grupper oprettes under %1.</source>
        <translation>
            <numerusform>%n group is created under %1.</numerusform>
            <numerusform>%n groups are created under %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daginstitutionen &quot;%1&quot; oprettes med %n grupper.</source>
        <translation>
            <numerusform>The day-care institution &quot;%1&quot; is created with %n group.</numerusform>
            <numerusform>The day-care institution &quot;%1&quot; is created with %n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eksisterende enheder flyttes ind.</source>
        <translation>
            <numerusform>%n existing unit moves in.</numerusform>
            <numerusform>%n existing units move in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::DetailsPanel</name>
    <message>
        <source>Stamdata</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Placering</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Øvrige felter fra udtrækket</source>
        <translation>Other fields from the snapshot</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ingen post valgt</source>
        <translation>No record selected</translation>
    </message>
    <message>
        <source>Vælg en post i træet for at se og rette alle dens felter.</source>
        <translation>Choose a record in the tree to see and edit all its fields.</translation>
    </message>
    <message>
        <source>%1 (ukendt kode)</source>
        <translation>%1 (unknown code)</translation>
    </message>
    <message>
        <source>(ikke udfyldt)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>før: %1</source>
        <translation>before: %1</translation>
    </message>
    <message>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nedlagt</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>ny – oprettes ved indsendelse</source>
        <translation>new – created on submission</translation>
    </message>
    <message>
        <source>lukkes ved indsendelse</source>
        <translation>closes on submission</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Ukendt kommune</source>
        <translation>Unknown municipality</translation>
    </message>
    <message>
        <source>Daginstitutioner uden en gyldig administrativ kommunekode</source>
        <translation>Day-care institutions without a valid administrative municipality code</translation>
    </message>
    <message>
        <source>Kommunekode %1 · %2</source>
        <translation>Municipality code %1 · %2</translation>
    </message>
    <message>
        <source>Daginstitutioner: %1
Anvisningsenheder: %2
Alternative adresser: %3</source>
        <translation>Day-care institutions: %1
Allocation units: %2
Alternative addresses: %3</translation>
    </message>
    <message>
        <source>Uden gyldig overordnet</source>
        <translation>Without a valid parent</translation>
    </message>
    <message>
        <source>Disse poster peger på en daginstitution eller anvisningsenhed, som ikke findes i udtrækket. Registeret kan indeholde sådanne gamle poster; de skal flyttes til en gyldig overordnet eller lukkes.</source>
        <translation>These records point to a day-care institution or allocation unit that is not in the snapshot. The register may hold such old records; they must be moved to a valid parent or closed.</translation>
    </message>
    <message>
        <source>Uvist udfald af en indsendelse:</source>
        <translation>Unknown outcome of a submission:</translation>
    </message>
    <message>
        <source>Registeret afviste sidst:</source>
        <translation>Refused by the register last time:</translation>
    </message>
</context>
<context>
    <name>dtr::DiffDialog</name>
    <message>
        <source>Sammenlign udtræk</source>
        <translation>Compare snapshots</translation>
    </message>
    <message>
        <source>Forskel</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Forskelle</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Slags forskel</source>
        <translation>Kind of difference</translation>
    </message>
    <message>
        <source>Alle forskelle</source>
        <translation>All differences</translation>
    </message>
    <message>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Lukkede</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Genåbnede</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Flyttede</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Ændrede</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Mangler i det nye</source>
        <translation>Missing from the newer</translation>
    </message>
    <message>
        <source>Søg i nummer, navn eller værdi</source>
        <translation>Search number, name or value</translation>
    </message>
    <message>
        <source>Søg i forskelle</source>
        <translation>Search the differences</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Genåbnet</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Flyttet</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Udtrækkene er ens.</source>
        <translation>The snapshots are equal.</translation>
    </message>
    <message>
        <source>&amp;Gem som JSON…</source>
        <translation>&amp;Save as JSON…</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gem forskelle</source>
        <translation>Save differences</translation>
    </message>
    <message>
        <source>JSON-filer (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Forskellene kan ikke gemmes</source>
        <translation>The differences cannot be saved</translation>
    </message>
    <message>
        <source>Ingen forskelle.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>%1 poster er forskellige: %2 nye · %3 lukkede · %4 genåbnede · %5 flyttede · %6 ændrede · %7 mangler i det nye</source>
        <translation>%1 records differ: %2 new · %3 closed · %4 reopened · %5 moved · %6 changed · %7 missing from the newer</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 (udtrukket %2)</source>
        <translation>%1 (extracted %2)</translation>
    </message>
    <message>
        <source>d. MMM yyyy HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>dtr::FaultPlan</name>
    <message>
        <source>&quot;%1&quot;: sandsynligheden skal være et tal fra 0 til 1.</source>
        <translation>&quot;%1&quot;: the probability must be a number from 0 to 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: kaldnumre tælles fra 1, fx @2 eller @2-4.</source>
        <translation>&quot;%1&quot;: call numbers count from 1, e.g. @2 or @2-4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: frøet efter / skal være et helt tal (fx random=0.5/7).</source>
        <translation>&quot;%1&quot;: the seed after / must be a whole number (e.g. random=0.5/7).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; skal have formen METODE:FEJL[@KALD] eller random=P[/FRØ].</source>
        <translation>&quot;%1&quot; must have the form METHOD:FAULT[@CALLS] or random=P[/SEED].</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: ukendt metode &quot;%2&quot; (et metodenavn som InsertAnvisningsEnhed, * eller readback).</source>
        <translation>&quot;%1&quot;: unknown method &quot;%2&quot; (a method name such as InsertAnvisningsEnhed, * or readback).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: ukendt fejltype &quot;%2&quot; (delay=MS, drop-before, drop-after, http500, http503, malformed, fault, oversized, http500-after, fault-after, late=MS).</source>
        <translation>&quot;%1&quot;: unknown fault &quot;%2&quot; (delay=MS, drop-before, drop-after, http500, http503, malformed, fault, oversized, http500-after, fault-after, late=MS).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: efter %2 skal stå et helt antal millisekunder (0 til 86400000).</source>
        <translation>&quot;%1&quot;: %2 must be followed by a whole number of milliseconds (0 to 86400000).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 giver ingen mening for en læsning; readback tager delay=MS, drop-before, http500, http503, malformed, fault eller oversized.</source>
        <translation>&quot;%1&quot;: %2 means nothing for a read; readback takes delay=MS, drop-before, http500, http503, malformed, fault or oversized.</translation>
    </message>
</context>
<context>
    <name>dtr::FetchDialog</name>
    <message>
        <source>&amp;Hent</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hent fra registeret</source>
        <translation>Fetch from the register</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Henter alle daginstitutioner, anvisningsenheder og alternative adresser, som kommunen er administrativ ejer af, fra %1. De bliver grundlaget for et nyt arbejdsområde.</source>
        <translation>Fetches every day-care institution, allocation unit and alternative address the municipality administers from %1. They become the base of a new workspace.</translation>
    </message>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Afbryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Modtaget %1 kB …</source>
        <translation>Received %1 kB …</translation>
    </message>
</context>
<context>
    <name>dtr::Field</name>
    <message>
        <source>Institutionsnummer</source>
        <translation>Institution number</translation>
    </message>
    <message>
        <source>Overordnet nummer</source>
        <translation>Parent number</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ejerform</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Lovgrundlag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Administrativ kommune</source>
        <translation>Administrative municipality</translation>
    </message>
    <message>
        <source>Institutionstype</source>
        <translation>Institution type</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Telephone number</translation>
    </message>
    <message>
        <source>CVR-nummer</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <source>P-nummer</source>
        <translation>P number</translation>
    </message>
    <message>
        <source>Vejnavn</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Husnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Etage</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Dør</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Supplerende bynavn</source>
        <translation>Supplementary town name</translation>
    </message>
    <message>
        <source>Adressens kommune</source>
        <translation>Municipality of the address</translation>
    </message>
    <message>
        <source>DAWA-id</source>
        <translation>DAWA id</translation>
    </message>
    <message>
        <source>Breddegrad</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Længdegrad</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Aktivitetsstatus</source>
        <translation>Activity status</translation>
    </message>
    <message>
        <source>Senest opdateret</source>
        <translation>Last updated</translation>
    </message>
</context>
<context>
    <name>dtr::FileReader</name>
    <message>
        <source>tables.%1 mangler eller er ikke et objekt.</source>
        <translation>tables.%1 is missing or not an object.</translation>
    </message>
    <message>
        <source>tables.%1.confirmed skal være true eller false.</source>
        <translation>tables.%1.confirmed must be true or false.</translation>
    </message>
    <message>
        <source>tables.%1.codes mangler eller er tom.</source>
        <translation>tables.%1.codes is missing or empty.</translation>
    </message>
    <message>
        <source>%1: &quot;code&quot; skal være et helt tal.</source>
        <translation>%1: &quot;code&quot; must be a whole number.</translation>
    </message>
    <message>
        <source>%1: &quot;label&quot; skal være en tekst.</source>
        <translation>%1: &quot;label&quot; must be a text.</translation>
    </message>
    <message>
        <source>%1: koden %2 står der to gange.</source>
        <translation>%1: the code %2 is there twice.</translation>
    </message>
</context>
<context>
    <name>dtr::FilterBar</name>
    <message>
        <source>Kun æ&amp;ndrede</source>
        <translation>Only &amp;changed</translation>
    </message>
    <message>
        <source>Vis kun poster med ventende ændringer</source>
        <translation>Show only records with pending changes</translation>
    </message>
    <message>
        <source>Søg i navn, nummer, adresse eller P-nummer (Ctrl+F)</source>
        <translation>Search name, number, address or P number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Alle niveauer</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Institutionstype</source>
        <translation>Institution type</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle statusser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Kun aktive</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Kun nedlagte</source>
        <translation>Closed only</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Alle kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Ukendt kommune</source>
        <translation>Unknown municipality</translation>
    </message>
    <message>
        <source>Kun ikke gennemgå&amp;ede</source>
        <translation>Not r&amp;eviewed only</translation>
    </message>
    <message>
        <source>Vis kun aktive poster, der ikke er markeret som gennemgået (Ctrl+Shift+G)</source>
        <translation>Show only active records not marked as reviewed (Ctrl+Shift+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n filtre skjuler alle poster – &lt;a href=&quot;reset&quot;&gt;Nulstil&lt;/a&gt; (Ctrl+Shift+F)</source>
        <translation>
            <numerusform>%n filter hides every record – &lt;a href=&quot;reset&quot;&gt;Reset&lt;/a&gt; (Ctrl+Shift+F)</numerusform>
            <numerusform>%n filters hide every record – &lt;a href=&quot;reset&quot;&gt;Reset&lt;/a&gt; (Ctrl+Shift+F)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::FixPreviewDialog</name>
    <message>
        <source>Ret alle</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <source>%1. Kontrollér rettelserne, og fjern fluebenet ved dem, der ikke skal laves. Det hele bliver ét trin, der kan fortrydes.</source>
        <translation>%1. Check the fixes and untick those that should not be made. It all becomes one step that can be undone.</translation>
    </message>
    <message>
        <source>Ret</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Rettelser</source>
        <translation>Fixes</translation>
    </message>
    <message>
        <source>&amp;Markér alle</source>
        <translation>&amp;Tick all</translation>
    </message>
    <message>
        <source>&amp;Fjern alle</source>
        <translation>&amp;Untick all</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 af %2 valgt</source>
        <translation>%1 of %2 chosen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ret %n</source>
        <translation>
            <numerusform>&amp;Fix %n</numerusform>
            <numerusform>&amp;Fix %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::Fixes</name>
    <message numerus="yes">
        <source>Ret %n fund: %1</source>
        <translation>
            <numerusform>Fix %n finding: %1</numerusform>
            <numerusform>Fix %n findings: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ret %n fund</source>
        <translation>
            <numerusform>Fix %n finding</numerusform>
            <numerusform>Fix %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::Geography</name>
    <message>
        <source>Kommunegrænserne kan ikke læses: %1 (tegn %2).</source>
        <translation>The municipality boundaries cannot be read: %1 (character %2).</translation>
    </message>
    <message>
        <source>Kommunegrænserne indeholder ingen kommuner (&quot;features&quot; mangler).</source>
        <translation>The municipality boundaries hold no municipalities (&quot;features&quot; is missing).</translation>
    </message>
    <message>
        <source>Kommunegrænserne: kommune %1 har en ugyldig ring.</source>
        <translation>Municipality boundaries: municipality %1 has an invalid ring.</translation>
    </message>
    <message>
        <source>Kommunegrænserne: element %1 har ingen kommunekode eller ingen polygon.</source>
        <translation>Municipality boundaries: feature %1 has no municipality code or no polygon.</translation>
    </message>
    <message>
        <source>Postnummertabellen, linje %1: forventede postnummer;bynavn;kommunekode.</source>
        <translation>Postcode table, line %1: expected postnummer;bynavn;kommunekode.</translation>
    </message>
    <message>
        <source>Postnummertabellen er tom.</source>
        <translation>The postcode table is empty.</translation>
    </message>
    <message>
        <source>Kommunegrænser: DAGI – indeholder data fra Styrelsen for Dataforsyning og Infrastruktur. Postnumre: PostNords postnummertabel (2018).</source>
        <translation>Municipality boundaries: DAGI – contains data from Styrelsen for Dataforsyning og Infrastruktur (the Danish Agency for Data Supply and Infrastructure). Postcodes: PostNord&apos;s postcode table (2018).</translation>
    </message>
</context>
<context>
    <name>dtr::ImportResult</name>
    <message>
        <source>ImportSvar indeholder en DTD eller entiteter.</source>
        <translation>ImportSvar contains a DTD or entities.</translation>
    </message>
    <message>
        <source>Svaret er ikke et ImportSvar, men &lt;%1&gt;.</source>
        <translation>The answer is not an ImportSvar, but &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>ImportSvar kan ikke læses: %1</source>
        <translation>ImportSvar cannot be read: %1</translation>
    </message>
    <message>
        <source>ImportSvar mangler en status.</source>
        <translation>ImportSvar has no status.</translation>
    </message>
    <message>
        <source>Registeret afviste uden at give en grund.</source>
        <translation>The register refused without giving a reason.</translation>
    </message>
    <message>
        <source>ImportSvar siger både OK og fejl.</source>
        <translation>The ImportSvar says both OK and error.</translation>
    </message>
</context>
<context>
    <name>dtr::Level</name>
    <message>
        <source>Daginstitution</source>
        <translation>Day-care institution</translation>
    </message>
    <message>
        <source>Anvisningsenhed</source>
        <translation>Allocation unit</translation>
    </message>
    <message>
        <source>Alternativ adresse</source>
        <translation>Alternative address</translation>
    </message>
    <message>
        <source>Daginstitutioner</source>
        <translation>Day-care institutions</translation>
    </message>
    <message>
        <source>Anvisningsenheder</source>
        <translation>Allocation units</translation>
    </message>
    <message>
        <source>Alternative adresser</source>
        <translation>Alternative addresses</translation>
    </message>
</context>
<context>
    <name>dtr::LockedJournal</name>
    <message>
        <source>En indsendelse er i gang – vent, til den er færdig, før du retter videre.</source>
        <translation>A submission is running – wait until it is done before editing further.</translation>
    </message>
</context>
<context>
    <name>dtr::MainActions</name>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Om DTR Studio</source>
        <translation>&amp;About DTR Studio</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Åbn udtræk…</source>
        <translation>&amp;Open snapshot…</translation>
    </message>
    <message>
        <source>Åbn et XML-udtræk eller en CSV-fil fra et udtræk</source>
        <translation>Open an XML snapshot or a CSV file of a snapshot</translation>
    </message>
    <message>
        <source>Åbn &amp;mappe med CSV-filer…</source>
        <translation>Open &amp;folder of CSV files…</translation>
    </message>
    <message>
        <source>Åbn arbejds&amp;område…</source>
        <translation>Open &amp;workspace…</translation>
    </message>
    <message>
        <source>&amp;Seneste</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>Åbn &amp;demoregister</source>
        <translation>Open &amp;demo register</translation>
    </message>
    <message>
        <source>Sammenlign &amp;to udtræk…</source>
        <translation>Compare &amp;two snapshots…</translation>
    </message>
    <message>
        <source>Sammenlign &amp;grundlaget med et udtræk…</source>
        <translation>Compare the &amp;base with a snapshot…</translation>
    </message>
    <message>
        <source>&amp;Eksportér ændringer…</source>
        <translation>&amp;Export changes…</translation>
    </message>
    <message>
        <source>&amp;Importér ændringer…</source>
        <translation>&amp;Import changes…</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Redigering</source>
        <translation>Editing</translation>
    </message>
    <message>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Ny &amp;daginstitution</source>
        <translation>New &amp;day-care institution</translation>
    </message>
    <message>
        <source>Ny &amp;underpost</source>
        <translation>New &amp;child record</translation>
    </message>
    <message>
        <source>Ny anvisningsenhed under en daginstitution, eller ny alternativ adresse under en anvisningsenhed</source>
        <translation>New allocation unit under a day-care institution, or new alternative address under an allocation unit</translation>
    </message>
    <message>
        <source>&amp;Omdøb</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Fl&amp;yt til…</source>
        <translation>Mo&amp;ve to…</translation>
    </message>
    <message>
        <source>&amp;Luk post</source>
        <translation>&amp;Close record</translation>
    </message>
    <message>
        <source>Opret dagpl&amp;ejegrupper…</source>
        <translation>Create &amp;childminding groups…</translation>
    </message>
    <message>
        <source>Opret kommunens dagplejegrupper som anvisningsenheder under en dagpleje-daginstitution</source>
        <translation>Create the municipality&apos;s childminding groups as allocation units under a childminding institution</translation>
    </message>
    <message>
        <source>Markér som genne&amp;mgået</source>
        <translation>Mark as &amp;reviewed</translation>
    </message>
    <message>
        <source>Markér som gennemgået med no&amp;te…</source>
        <translation>Mark as reviewed with a &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Næste at gennemgå</source>
        <translation>&amp;Next to review</translation>
    </message>
    <message>
        <source>Fortryd ændringer på &amp;posten</source>
        <translation>Undo changes to the &amp;record</translation>
    </message>
    <message>
        <source>Fortryd alle ændringe&amp;r…</source>
        <translation>Undo &amp;all changes…</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Søg…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Nulstil filtre</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <source>Kun ænd&amp;rede</source>
        <translation>Only &amp;changed</translation>
    </message>
    <message>
        <source>Kun ikke &amp;gennemgåede</source>
        <translation>Only not yet &amp;reviewed</translation>
    </message>
    <message>
        <source>&amp;Udfold alle</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <source>&amp;Fold alle sammen</source>
        <translation>&amp;Collapse all</translation>
    </message>
    <message>
        <source>Gå til &amp;træet</source>
        <translation>Go to the &amp;tree</translation>
    </message>
    <message>
        <source>Gå til &amp;detaljer</source>
        <translation>Go to &amp;details</translation>
    </message>
    <message>
        <source>Fortrydelses&amp;historik</source>
        <translation>Undo &amp;history</translation>
    </message>
    <message>
        <source>&amp;Problemer</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Gennemgang pr. &amp;kommune</source>
        <translation>&amp;Review by municipality</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>&amp;Hent fra registeret…</source>
        <translation>&amp;Fetch from the register…</translation>
    </message>
    <message>
        <source>Hent &amp;kodetabeller</source>
        <translation>Fetch &amp;code tables</translation>
    </message>
    <message>
        <source>&amp;Sammenlign grundlaget med registeret…</source>
        <translation>Compare the base with the &amp;register…</translation>
    </message>
    <message>
        <source>&amp;Gennemse og indsend…</source>
        <translation>&amp;Review and submit…</translation>
    </message>
    <message>
        <source>&amp;Afstem med registeret</source>
        <translation>&amp;Reconcile with the register</translation>
    </message>
    <message>
        <source>Læs tilbage, hvad registeret gjorde med skrivninger, hvis udfald er uvist</source>
        <translation>Read back what the register did with writes whose outcome is unknown</translation>
    </message>
    <message>
        <source>&amp;Revisionsspor…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Indstillinger…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ny &amp;alternativ adresse</source>
        <translation>New &amp;alternative address</translation>
    </message>
    <message>
        <source>Ny &amp;anvisningsenhed</source>
        <translation>New &amp;allocation unit</translation>
    </message>
    <message>
        <source>Gem &amp;udtræk som…</source>
        <translation>Save snapshot &amp;as…</translation>
    </message>
    <message>
        <source>Gem registeret (grundlaget eller med de ventende ændringer) som XML-udtræk eller CSV-mappe</source>
        <translation>Save the register (the base or with the pending changes) as an XML snapshot or a CSV folder</translation>
    </message>
    <message>
        <source>Markér eller afmarkér de valgte poster som gennemgået (gemmes i arbejdsområdet); vælg flere med Ctrl- eller Skift-klik</source>
        <translation>Mark or unmark the selected records as reviewed (kept in the workspace); select several with Ctrl- or Shift-click</translation>
    </message>
    <message>
        <source>Mar&amp;kér med underposter som gennemgået</source>
        <translation>Mar&amp;k with sub-records as reviewed</translation>
    </message>
    <message>
        <source>Markér de valgte poster og alle aktive poster under dem som gennemgået</source>
        <translation>Mark the selected records and every active record below them as reviewed</translation>
    </message>
    <message>
        <source>Gå til &amp;problemer</source>
        <translation>Go to &amp;problems</translation>
    </message>
    <message>
        <source>Gå til gennemgang pr. &amp;kommune</source>
        <translation>Go to review by &amp;municipality</translation>
    </message>
    <message>
        <source>Vis/skjul pan&amp;eler</source>
        <translation>Show/hide pan&amp;els</translation>
    </message>
</context>
<context>
    <name>dtr::MainWindow</name>
    <message>
        <source>DTR Studio</source>
        <translation>DTR Studio</translation>
    </message>
    <message>
        <source>Registertræ</source>
        <translation>Register tree</translation>
    </message>
    <message>
        <source>Fortrydelseshistorik</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>&lt;udtræk åbnet&gt;</source>
        <translation>&lt;snapshot opened&gt;</translation>
    </message>
    <message>
        <source>Problemer</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Kvittér for advarsel</source>
        <translation>Acknowledge warning</translation>
    </message>
    <message>
        <source>Gennemgang</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Markér som gennemgået</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <source>Dine ændringer er gemt</source>
        <translation>Your changes are saved</translation>
    </message>
    <message>
        <source>Ændringen kan ikke laves</source>
        <translation>The change cannot be made</translation>
    </message>
    <message>
        <source>Arbejdsområdet kan ikke åbnes</source>
        <translation>The workspace cannot be opened</translation>
    </message>
    <message>
        <source>Udtrækket kan ikke åbnes</source>
        <translation>The snapshot cannot be opened</translation>
    </message>
    <message>
        <source>%1 kunne ikke åbnes.

%2</source>
        <translation>%1 could not be opened.

%2</translation>
    </message>
    <message>
        <source>demoregister</source>
        <translation>demo register</translation>
    </message>
    <message>
        <source>Demoregisteret kan ikke åbnes</source>
        <translation>The demo register cannot be opened</translation>
    </message>
    <message>
        <source>Demoregisterets stand-in kunne ikke starte: %1</source>
        <translation>The demo register&apos;s stand-in could not start: %1</translation>
    </message>
    <message>
        <source>Et demoregister kører på %1 – prøv Register → Hent fra registeret.</source>
        <translation>A demo register runs at %1 – try Register → Fetch from the register.</translation>
    </message>
    <message>
        <source>Der kan ikke hentes fra registeret</source>
        <translation>Cannot fetch from the register</translation>
    </message>
    <message>
        <source>%1 fra %2, hentet %3</source>
        <translation>%1 from %2, fetched %3</translation>
    </message>
    <message>
        <source>%1 fra registeret</source>
        <translation>%1 from the register</translation>
    </message>
    <message>
        <source>Udtrækket kan ikke læses</source>
        <translation>The snapshot cannot be read</translation>
    </message>
    <message>
        <source>Grundlag</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Registeret %1</source>
        <translation>The register %1</translation>
    </message>
    <message>
        <source>Arbejdsområdet kan ikke åbnes igen</source>
        <translation>The workspace cannot be opened again</translation>
    </message>
    <message>
        <source>Der er ingen ventende ændringer at indsende.</source>
        <translation>There are no pending changes to submit.</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Kodetabellerne kan ikke hentes</source>
        <translation>The code tables cannot be fetched</translation>
    </message>
    <message>
        <source>Kodetabellerne er hentet fra registeret og bruges nu.</source>
        <translation>The code tables were fetched from the register and are now in use.</translation>
    </message>
    <message>
        <source>Gennemgangen kan ikke gemmes</source>
        <translation>The review cannot be saved</translation>
    </message>
    <message>
        <source>Der er ingen ikke gennemgåede poster med fejl eller advarsler.</source>
        <translation>There are no unreviewed records with errors or warnings.</translation>
    </message>
    <message>
        <source>Fortsæt hvor du slap?</source>
        <translation>Continue where you left off?</translation>
    </message>
    <message>
        <source>Kvitteringen kan ikke gemmes</source>
        <translation>The acknowledgement cannot be saved</translation>
    </message>
    <message>
        <source>%1[*] – DTR Studio</source>
        <translation>%1[*] – DTR Studio</translation>
    </message>
    <message>
        <source>Dagplejegrupperne kan ikke oprettes</source>
        <translation>The childminding groups cannot be created</translation>
    </message>
    <message>
        <source>Fortryd alle ændringer</source>
        <translation>Undo all changes</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>gennemgang-%1-%2.%3</source>
        <translation>review-%1-%2.%3</translation>
    </message>
    <message>
        <source>Gem gennemgangsrapport</source>
        <translation>Save review report</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Rapporten kan ikke gemmes</source>
        <translation>The report cannot be saved</translation>
    </message>
    <message>
        <source>Rapporten er gemt i %1</source>
        <translation>The report is saved in %1</translation>
    </message>
    <message>
        <source>Eksportér ændringer</source>
        <translation>Export changes</translation>
    </message>
    <message>
        <source>Ændringsfiler (*.json)</source>
        <translation>Change files (*.json)</translation>
    </message>
    <message>
        <source>Ændringerne kan ikke eksporteres</source>
        <translation>The changes cannot be exported</translation>
    </message>
    <message>
        <source>Ændringerne er eksporteret til %1</source>
        <translation>The changes were exported to %1</translation>
    </message>
    <message>
        <source>Importér ændringer</source>
        <translation>Import changes</translation>
    </message>
    <message>
        <source>Ændringsfiler (*.json);;Alle filer (*)</source>
        <translation>Change files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Ændringerne kan ikke importeres</source>
        <translation>The changes cannot be imported</translation>
    </message>
    <message>
        <source>%1 kan ikke åbnes: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1:

%2</source>
        <translation>%1:

%2</translation>
    </message>
    <message>
        <source>Åbn udtræk</source>
        <translation>Open snapshot</translation>
    </message>
    <message>
        <source>Registerudtræk (*.xml *.csv);;Alle filer (*)</source>
        <translation>Register snapshots (*.xml *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Vælg mappen med de tre CSV-filer</source>
        <translation>Choose the folder with the three CSV files</translation>
    </message>
    <message>
        <source>Åbn arbejdsområde</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Arbejdsområder (*.%1)</source>
        <translation>Workspaces (*.%1)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Om DTR Studio</source>
        <translation>About DTR Studio</translation>
    </message>
    <message>
        <source>En indsendelse er i gang – vent, til den er færdig.</source>
        <translation>A submission is running – wait until it is done.</translation>
    </message>
    <message numerus="yes">
        <source>Du har %n ventende ændringer. De er gemt i arbejdsområdet

%1

og er der igen, når du åbner det samme udtræk eller vælger Filer → Åbn arbejdsområde.</source>
        <translation>
            <numerusform>You have %n pending change. It is kept in the workspace

%1

and is there again when you open the same snapshot or choose File → Open workspace.</numerusform>
            <numerusform>You have %n pending changes. They are kept in the workspace

%1

and are there again when you open the same snapshot or choose File → Open workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bliv</source>
        <translation>&amp;Stay</translation>
    </message>
    <message numerus="yes">
        <source>Fortsætter med %n ventende ændringer fra arbejdsområdet.</source>
        <translation>
            <numerusform>Continuing with %n pending change from the workspace.</numerusform>
            <numerusform>Continuing with %n pending changes from the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vil du fortryde alle %n ventende ændringer? Det kan selv fortrydes med Ctrl+Z.</source>
        <translation>
            <numerusform>Do you want to undo the %n pending change? That can itself be undone with Ctrl+Z.</numerusform>
            <numerusform>Do you want to undo all %n pending changes? That can itself be undone with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ændringstrin er importeret fra %1 – fortryd med Ctrl+Z.</source>
        <translation>
            <numerusform>%n change step was imported from %1 – undo with Ctrl+Z.</numerusform>
            <numerusform>%n change steps were imported from %1 – undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sidst arbejdede du på %1 og har %n ventende ændringer, der ikke er indsendt.

Vil du fortsætte dér?</source>
        <translation>
            <numerusform>Last time you worked on %1 and have %n pending change that has not been submitted.

Do you want to continue there?</numerusform>
            <numerusform>Last time you worked on %1 and have %n pending changes that have not been submitted.

Do you want to continue there?</numerusform>
        </translation>
    </message>
    <message>
        <source>Der er ingen uvisse udfald at afstemme.</source>
        <translation>There are no unknown outcomes to reconcile.</translation>
    </message>
    <message>
        <source>Afstemmer med registeret …</source>
        <translation>Reconciling with the register …</translation>
    </message>
    <message>
        <source>Der kan ikke afstemmes</source>
        <translation>Cannot reconcile</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DTR Studio %1&lt;/h3&gt;&lt;p&gt;Redigering af Dagtilbudsregisteret for kommunernes dataansvarlige.&lt;/p&gt;&lt;p&gt;Qt %2 (kørende %3)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kodetabeller:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geografi:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regelprofil:&lt;/b&gt; %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DTR Studio %1&lt;/h3&gt;&lt;p&gt;Editing the Danish day-care register (Dagtilbudsregisteret) for municipal data stewards.&lt;/p&gt;&lt;p&gt;Qt %2 (running %3)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Code tables:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geography:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule profile:&lt;/b&gt; %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2 %3:
%4

Hvorfor er det i orden? (valgfrit, gemmes i arbejdsområdet)</source>
        <translation>%1 %2 %3:
%4

Why is it all right? (optional, kept in the workspace)</translation>
    </message>
    <message numerus="yes">
        <source>%n poster er markeret som gennemgået.</source>
        <translation>
            <numerusform>%n record is marked as reviewed.</numerusform>
            <numerusform>%n records are marked as reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poster er ikke længere markeret som gennemgået.</source>
        <translation>
            <numerusform>%n record is no longer marked as reviewed.</numerusform>
            <numerusform>%n records are no longer marked as reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note til %n poster (gemmes i arbejdsområdet):</source>
        <translation>
            <numerusform>Note for %n record (kept in the workspace):</numerusform>
            <numerusform>Note for %n records (kept in the workspace):</numerusform>
        </translation>
    </message>
    <message>
        <source>Udtrækket kan ikke gemmes</source>
        <translation>The snapshot cannot be saved</translation>
    </message>
    <message>
        <source>Udtrækket er gemt i %1</source>
        <translation>The snapshot is saved in %1</translation>
    </message>
    <message>
        <source>Gem udtræk som</source>
        <translation>Save snapshot as</translation>
    </message>
    <message>
        <source>Skal udtrækket have de ventende ændringer med? Nye poster har da midlertidige numre, indtil registeret har givet dem et.</source>
        <translation>Should the snapshot include the pending changes? New records then have temporary numbers until the register has issued theirs.</translation>
    </message>
    <message>
        <source>Kun &amp;grundlaget</source>
        <translation>Only the &amp;base</translation>
    </message>
    <message>
        <source>&amp;Med ventende ændringer</source>
        <translation>&amp;With pending changes</translation>
    </message>
    <message>
        <source>XML-udtræk (*.xml)</source>
        <translation>XML snapshot (*.xml)</translation>
    </message>
    <message>
        <source>CSV-mappe med tre filer (*)</source>
        <translation>CSV folder with three files (*)</translation>
    </message>
    <message>
        <source>Et udtræk bliver allerede åbnet.</source>
        <translation>A snapshot is already being opened.</translation>
    </message>
    <message>
        <source>Åbner udtræk</source>
        <translation>Opening snapshot</translation>
    </message>
    <message>
        <source>Læser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Beregner kontrolsum for %1 …</source>
        <translation>Computing the checksum of %1 …</translation>
    </message>
    <message>
        <source>Afbryder …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Åbningen af %1 blev afbrudt.</source>
        <translation>Opening %1 was cancelled.</translation>
    </message>
    <message>
        <source>Forbereder arbejdsområdet for %1 …</source>
        <translation>Preparing the workspace for %1 …</translation>
    </message>
</context>
<context>
    <name>dtr::MapDock</name>
    <message>
        <source>K&amp;ort</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Vis anvisningsenheder og alternative adresser på et kort over kommunerne</source>
        <translation>Show units and alternative addresses on a map of the municipalities</translation>
    </message>
    <message>
        <source>Kort</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Farve efter:</source>
        <translation>&amp;Colour by:</translation>
    </message>
    <message>
        <source>&amp;Følg valget</source>
        <translation>&amp;Follow selection</translation>
    </message>
    <message>
        <source>Flyt kortet til den post, der vælges i træet, når den ligger uden for billedet</source>
        <translation>Move the map to the record selected in the tree when it is off screen</translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Zoom til kommune</source>
        <translation>Zoom to municipality</translation>
    </message>
    <message>
        <source>&amp;Alle</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>Zoom til alle</source>
        <translation>Zoom to all</translation>
    </message>
    <message>
        <source>&amp;Centrér</source>
        <translation>&amp;Centre</translation>
    </message>
    <message>
        <source>Centrér på valgte</source>
        <translation>Centre on selected</translation>
    </message>
    <message>
        <source>&amp;PNG…</source>
        <translation>&amp;PNG…</translation>
    </message>
    <message>
        <source>Gem kortet som PNG-billede</source>
        <translation>Save the map as a PNG image</translation>
    </message>
    <message>
        <source>Gem kortet</source>
        <translation>Save the map</translation>
    </message>
    <message>
        <source>kort.png</source>
        <translation>map.png</translation>
    </message>
    <message>
        <source>PNG-billede (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Kortet kan ikke gemmes</source>
        <translation>The map cannot be saved</translation>
    </message>
    <message>
        <source>Kortet er gemt i %1</source>
        <translation>The map is saved in %1</translation>
    </message>
</context>
<context>
    <name>dtr::MapRenderer</name>
    <message>
        <source>Gennemgang</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Ventende ændringer</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <source>Værste fund</source>
        <translation>Worst finding</translation>
    </message>
    <message>
        <source>%1 uden for %2</source>
        <translation>%1 outside %2</translation>
    </message>
    <message>
        <source>%1 uden for sin kommune</source>
        <translation>%1 outside its municipality</translation>
    </message>
    <message>
        <source>%1 – ligger i %2</source>
        <translation>%1 – lies in %2</translation>
    </message>
    <message>
        <source>Uden for sin kommune (%1)</source>
        <translation>Outside its municipality (%1)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Kommunegrænser: DAGI, Styrelsen for Dataforsyning og Infrastruktur</source>
        <translation>Municipality boundaries: DAGI, Danish Agency for Data Supply and Infrastructure</translation>
    </message>
    <message>
        <source>DAGI, Styrelsen for Dataforsyning og Infrastruktur</source>
        <translation>DAGI, Danish Agency for Data Supply and Infrastructure</translation>
    </message>
    <message>
        <source>DAGI/SDFI</source>
        <translation>DAGI/SDFI</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>dtr::MapWidget</name>
    <message>
        <source>Kort</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uden for sin kommune (%1)</source>
        <translation>Outside its municipality (%1)</translation>
    </message>
    <message>
        <source>Kortet kan ikke gemmes i %1: %2</source>
        <translation>The map cannot be saved in %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n poster her:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n record here:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n records here:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Ligger i %1, ikke i %2</source>
        <translation>Lies in %1, not in %2</translation>
    </message>
    <message>
        <source>Ligger uden for %1</source>
        <translation>Lies outside %1</translation>
    </message>
    <message numerus="yes">
        <source>… og %n flere</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
</context>
<context>
    <name>dtr::MoveDialog</name>
    <message>
        <source>Flyt %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Vælg den daginstitution, anvisningsenheden skal høre under. Kun daginstitutioner i samme kommune kan vælges.</source>
        <translation>Choose the day-care institution the allocation unit should belong to. Only institutions in the same municipality can be chosen.</translation>
    </message>
    <message>
        <source>Vælg den anvisningsenhed, adressen skal høre under. Kun anvisningsenheder i samme kommune kan vælges.</source>
        <translation>Choose the allocation unit the address should belong to. Only allocation units in the same municipality can be chosen.</translation>
    </message>
    <message>
        <source>Filtrér på navn eller nummer</source>
        <translation>Filter by name or number</translation>
    </message>
    <message>
        <source>Filtrér mål</source>
        <translation>Filter targets</translation>
    </message>
    <message>
        <source>Mulige mål</source>
        <translation>Possible targets</translation>
    </message>
    <message>
        <source>Flyt</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Der er ingen mulige mål i kommunen.</source>
        <translation>There are no possible targets in the municipality.</translation>
    </message>
</context>
<context>
    <name>dtr::PasswordStore</name>
    <message>
        <source>Der er ingen nøglering på denne computer (%1). Adgangskoden huskes kun, til programmet lukkes.</source>
        <translation>There is no keyring on this computer (%1). The password is remembered only until the program closes.</translation>
    </message>
</context>
<context>
    <name>dtr::Payload</name>
    <message>
        <source>Dokumentet er ikke en daginstitution, anvisningsenhed eller alternativ adresse.</source>
        <translation>The document is not a day-care institution, allocation unit or alternative address.</translation>
    </message>
    <message>
        <source>Dokumentet skal indeholde præcis én post.</source>
        <translation>The document must contain exactly one record.</translation>
    </message>
</context>
<context>
    <name>dtr::ProblemsModel</name>
    <message>
        <source>%1 (kvitteret)</source>
        <translation>%1 (acknowledged)</translation>
    </message>
    <message>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Foreløbig regel: den bygger på en antagelse om registeret, så den advarer kun – registerets eget svar er afgørende.</source>
        <translation>Provisional rule: it rests on an assumption about the register, so it only warns – the register&apos;s own answer decides.</translation>
    </message>
    <message>
        <source>Kilde: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Registerets eget svar på den seneste indsendelse: ret posten, og indsend igen.</source>
        <translation>The register&apos;s own answer to the last submission: correct the record and submit again.</translation>
    </message>
    <message>
        <source>Registeret afviste sidst: %1</source>
        <translation>The register refused last time: %1</translation>
    </message>
</context>
<context>
    <name>dtr::ProblemsPanel</name>
    <message>
        <source>Problemer</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Alle alvorsgrader</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Alle niveauer</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Alle regler</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>Kvittér for advarslen</source>
        <translation>Acknowledge the warning</translation>
    </message>
    <message>
        <source>Fjern kvittering</source>
        <translation>Remove acknowledgement</translation>
    </message>
    <message>
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>&amp;Ret</source>
        <translation>&amp;Fix</translation>
    </message>
    <message>
        <source>Ret fundet på den foreslåede måde (kan fortrydes)</source>
        <translation>Fix the finding the way proposed (can be undone)</translation>
    </message>
    <message>
        <source>Se og ret alle fund af samme regel på én gang (ét trin, der kan fortrydes)</source>
        <translation>See and fix every finding of the same rule at once (one step that can be undone)</translation>
    </message>
    <message>
        <source>Ret</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Ret alle af samme regel…</source>
        <translation>Fix all of the same rule…</translation>
    </message>
    <message numerus="yes">
        <source>Ret &amp;alle %n…</source>
        <translation>
            <numerusform>Fix &amp;all %n…</numerusform>
            <numerusform>Fix &amp;all %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ret &amp;alle…</source>
        <translation>Fix &amp;all…</translation>
    </message>
    <message>
        <source>Regel %1: %2</source>
        <translation>Rule %1: %2</translation>
    </message>
</context>
<context>
    <name>dtr::ReadBack</name>
    <message>
        <source>%1 %2 findes ikke i registeret.</source>
        <translation>%1 %2 does not exist in the register.</translation>
    </message>
</context>
<context>
    <name>dtr::ReadError</name>
    <message>
        <source>, linje %1</source>
        <translation>, line %1</translation>
    </message>
    <message>
        <source>, kolonne %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <source> (felt %1)</source>
        <translation> (field %1)</translation>
    </message>
    <message>
        <source>Indlæsningen blev afbrudt.</source>
        <translation>Reading was cancelled.</translation>
    </message>
</context>
<context>
    <name>dtr::Reader</name>
    <message>
        <source>Dokumentet slutter for tidligt (afkortet fil?).</source>
        <translation>The document ends too early (truncated file?).</translation>
    </message>
    <message>
        <source>Ugyldig XML: %1</source>
        <translation>Invalid XML: %1</translation>
    </message>
    <message>
        <source>Forkert rodelement &lt;%1&gt;. Et registerudtræk har &lt;%2&gt; (eller &lt;%3&gt;, &lt;%4&gt;, &lt;%5&gt;).</source>
        <translation>Wrong root element &lt;%1&gt;. A register snapshot has &lt;%2&gt; (or &lt;%3&gt;, &lt;%4&gt;, &lt;%5&gt;).</translation>
    </message>
    <message>
        <source>Uventet tekst &quot;%1&quot; direkte under rodelementet.</source>
        <translation>Unexpected text &quot;%1&quot; directly under the root element.</translation>
    </message>
    <message>
        <source>Der er mere end ét rodelement.</source>
        <translation>There is more than one root element.</translation>
    </message>
    <message>
        <source>Uventet tekst &quot;%1&quot; i &lt;%2&gt;.</source>
        <translation>Unexpected text &quot;%1&quot; in &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>Feltet &lt;%1&gt; må kun indeholde tekst, men har elementet &lt;%2&gt;.</source>
        <translation>The field &lt;%1&gt; may hold only text, but has the element &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>Dokumentet har en DTD (&lt;!DOCTYPE …&gt;). DTD&apos;er og entiteter er ikke tilladt i et registerudtræk og bliver aldrig udfoldet.</source>
        <translation>The document has a DTD (&lt;!DOCTYPE …&gt;). DTDs and entities are not allowed in a register snapshot and are never expanded.</translation>
    </message>
    <message>
        <source>Elementerne er indlejret dybere end %1 niveauer.</source>
        <translation>The elements are nested deeper than %1 levels.</translation>
    </message>
</context>
<context>
    <name>dtr::Reconciler</name>
    <message>
        <source>Afstemt: registeret har ændringen (læst tilbage).</source>
        <translation>Reconciled: the register has the change (read back).</translation>
    </message>
    <message>
        <source>Afstemt: registeret har ikke ændringen (læst tilbage); den venter stadig og kan sendes igen.</source>
        <translation>Reconciled: the register does not have the change (read back); it is still pending and can be sent again.</translation>
    </message>
    <message>
        <source>Stadig uvist: registeret viser ikke ændringen, men en skrivning uden svar kan stadig nå frem. Afstem igen efter %1.</source>
        <translation>Still unknown: the register does not show the change, but a write without an answer may still arrive. Reconcile again after %1.</translation>
    </message>
    <message>
        <source>Stadig uvist: registeret kunne ikke læses (%1).</source>
        <translation>Still unknown: the register could not be read (%1).</translation>
    </message>
    <message>
        <source>(Kunne ikke gemmes i arbejdsområdet: %1)</source>
        <translation>(Could not be saved in the workspace: %1)</translation>
    </message>
</context>
<context>
    <name>dtr::RegisterClient</name>
    <message>
        <source>Adgangskoder sendes kun over HTTPS, og %1 er ikke en HTTPS-adresse.</source>
        <translation>Passwords are only sent over HTTPS, and %1 is not an HTTPS address.</translation>
    </message>
    <message>
        <source>Annulleret.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Svaret fra registeret er større end %1 MB og blev afbrudt.</source>
        <translation>The answer from the register is larger than %1 MB and was cut off.</translation>
    </message>
    <message>
        <source>Registeret svarede ikke inden for %1 sekunder (%2).</source>
        <translation>The register did not answer within %1 seconds (%2).</translation>
    </message>
    <message>
        <source>Forbindelsen til %1 kunne ikke bekræftes som sikker: %2. Er det et testmiljø med eget certifikat, så tilføj dets CA-certifikat under Indstillinger.</source>
        <translation>The connection to %1 could not be confirmed as secure: %2. If it is a test environment with its own certificate, add its CA certificate under Settings.</translation>
    </message>
    <message>
        <source>Registeret afviste brugernavn eller adgangskode (HTTP 401).</source>
        <translation>The register refused the user name or password (HTTP 401).</translation>
    </message>
    <message>
        <source>Der kunne ikke oprettes forbindelse til registeret på %1: %2</source>
        <translation>Could not connect to the register at %1: %2</translation>
    </message>
    <message>
        <source>Forbindelsen til registeret blev afbrudt: %1</source>
        <translation>The connection to the register broke: %1</translation>
    </message>
    <message>
        <source>Forbindelsen til registeret blev afbrudt, før det svarede. Det vides ikke, om %1 blev udført.</source>
        <translation>The connection to the register broke before it answered. It is not known whether %1 was carried out.</translation>
    </message>
    <message>
        <source>Registeret meldte en fejl: %1</source>
        <translation>The register reported an error: %1</translation>
    </message>
    <message>
        <source>Registeret svarede med HTTP %1 %2.</source>
        <translation>The register answered with HTTP %1 %2.</translation>
    </message>
    <message>
        <source>Svaret fra registeret kunne ikke læses: %1</source>
        <translation>The answer from the register could not be read: %1</translation>
    </message>
    <message>
        <source>svaret på %1</source>
        <translation>the answer to %1</translation>
    </message>
</context>
<context>
    <name>dtr::RegisterStatistics</name>
    <message>
        <source>Daginstitutioner:     %1 (%2 aktive, %3 nedlagte)
</source>
        <translation>Day-care institutions: %1 (%2 active, %3 closed)
</translation>
    </message>
    <message>
        <source>Anvisningsenheder:    %1 (%2 aktive, %3 nedlagte)
</source>
        <translation>Allocation units:     %1 (%2 active, %3 closed)
</translation>
    </message>
    <message>
        <source>Alternative adresser: %1 (%2 aktive, %3 nedlagte)
</source>
        <translation>Alternative addresses: %1 (%2 active, %3 closed)
</translation>
    </message>
    <message>
        <source>Uden gyldig overordnet: %1
</source>
        <translation>Without a valid parent: %1
</translation>
    </message>
    <message>
        <source>Dublerede numre: %1
</source>
        <translation>Duplicate numbers: %1
</translation>
    </message>
    <message>
        <source>Pr. institutionstype (anvisningsenheder):
</source>
        <translation>By institution type (allocation units):
</translation>
    </message>
    <message>
        <source>(mangler)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>Pr. status (dag. / anv. / alt.):
</source>
        <translation>By status (inst. / units / alt.):
</translation>
    </message>
    <message>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Pr. kommune (dag. / anv. / alt.):
</source>
        <translation>By municipality (inst. / units / alt.):
</translation>
    </message>
    <message>
        <source>(ukendt)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>dtr::RegisterTreeModel</name>
    <message>
        <source>Ukendt kommune</source>
        <translation>Unknown municipality</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>1 daginstitution</source>
        <translation>1 day-care institution</translation>
    </message>
    <message>
        <source>%1 daginstitutioner</source>
        <translation>%1 day-care institutions</translation>
    </message>
    <message>
        <source>Ny – oprettes, når ændringerne indsendes</source>
        <translation>New – created when the changes are submitted</translation>
    </message>
    <message>
        <source>Lukkes, når ændringerne indsendes</source>
        <translation>Closes when the changes are submitted</translation>
    </message>
    <message>
        <source>Flyttes fra %1 til %2</source>
        <translation>Moves from %1 to %2</translation>
    </message>
    <message>
        <source>%1 – før: %2</source>
        <translation>%1 – before: %2</translation>
    </message>
    <message>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>1 anvisningsenhed</source>
        <translation>1 allocation unit</translation>
    </message>
    <message>
        <source>%1 anvisningsenheder</source>
        <translation>%1 allocation units</translation>
    </message>
    <message>
        <source>Lukkes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>%1 · gennemgået</source>
        <translation>%1 · reviewed</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Uden gyldig overordnet</source>
        <translation>Without a valid parent</translation>
    </message>
    <message>
        <source>1 post peger på en overordnet, der ikke findes</source>
        <translation>1 record points to a parent that does not exist</translation>
    </message>
    <message>
        <source>%1 poster peger på en overordnet, der ikke findes</source>
        <translation>%1 records point to a parent that does not exist</translation>
    </message>
    <message>
        <source>Poster hvis daginstitution eller anvisningsenhed ikke findes i udtrækket</source>
        <translation>Records whose day-care institution or allocation unit is not in the snapshot</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uvist udfald</source>
        <translation>Unknown outcome</translation>
    </message>
    <message>
        <source> · afvist</source>
        <translation> · refused</translation>
    </message>
    <message>
        <source>Uvist udfald af en indsendelse: %1</source>
        <translation>Unknown outcome of a submission: %1</translation>
    </message>
    <message>
        <source>Registeret afviste sidst: %1</source>
        <translation>Refused by the register last time: %1</translation>
    </message>
</context>
<context>
    <name>dtr::RuleProfile</name>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>uden navn</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <source>Regelprofilen %1 kan ikke bruges: %2</source>
        <translation>The rule profile %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>den er ikke gyldig JSON (%1: %2).</source>
        <translation>it is not valid JSON (%1: %2).</translation>
    </message>
    <message>
        <source>den skal være et JSON-objekt.</source>
        <translation>it must be a JSON object.</translation>
    </message>
    <message>
        <source>ukendt nøgle &quot;%1&quot; (tilladt: format, version, name, rules).</source>
        <translation>unknown key &quot;%1&quot; (allowed: format, version, name, rules).</translation>
    </message>
    <message>
        <source>&quot;format&quot; skal være &quot;%1&quot;.</source>
        <translation>&quot;format&quot; must be &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;version&quot; skal være 1 – filen er måske lavet af en nyere udgave af DTR Studio.</source>
        <translation>&quot;version&quot; must be 1 – perhaps the file was made by a newer version of DTR Studio.</translation>
    </message>
    <message>
        <source>&quot;name&quot; skal være en tekst.</source>
        <translation>&quot;name&quot; must be a text.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; mangler eller er ikke et objekt med en post pr. regel.</source>
        <translation>&quot;rules&quot; is missing or not an object with one entry per rule.</translation>
    </message>
    <message>
        <source>ukendt regel &quot;%1&quot;.</source>
        <translation>unknown rule &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reglen &quot;%1&quot; skal have et objekt, fx {&quot;severity&quot;: &quot;warning&quot;}.</source>
        <translation>the rule &quot;%1&quot; must have an object, e.g. {&quot;severity&quot;: &quot;warning&quot;}.</translation>
    </message>
    <message>
        <source>reglen &quot;%1&quot;: &quot;severity&quot; skal være &quot;error&quot;, &quot;warning&quot; eller &quot;info&quot;, ikke %2.</source>
        <translation>the rule &quot;%1&quot;: &quot;severity&quot; must be &quot;error&quot;, &quot;warning&quot; or &quot;info&quot;, not %2.</translation>
    </message>
    <message>
        <source>reglen &quot;%1&quot;: &quot;enabled&quot; skal være true eller false.</source>
        <translation>the rule &quot;%1&quot;: &quot;enabled&quot; must be true or false.</translation>
    </message>
    <message>
        <source>reglen &quot;%1&quot;: &quot;note&quot; skal være en tekst.</source>
        <translation>the rule &quot;%1&quot;: &quot;note&quot; must be a text.</translation>
    </message>
    <message>
        <source>reglen &quot;%1&quot; har en ukendt nøgle &quot;%2&quot; (tilladt: severity, enabled, note).</source>
        <translation>the rule &quot;%1&quot; has an unknown key &quot;%2&quot; (allowed: severity, enabled, note).</translation>
    </message>
    <message>
        <source>Regelprofilen %1 kan ikke læses: %2</source>
        <translation>The rule profile %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Regelprofilen %1 er for stor til at være en regelprofil (over 1 MB).</source>
        <translation>The rule profile %1 is too large to be a rule profile (over 1 MB).</translation>
    </message>
    <message>
        <source>Regelprofilen kan ikke gemmes i %1: %2</source>
        <translation>The rule profile cannot be saved in %1: %2</translation>
    </message>
</context>
<context>
    <name>dtr::RuleProfileModel</name>
    <message>
        <source>Note i profilen: %1</source>
        <translation>Note in the profile: %1</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Kontrollerer</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Sikkerhed</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <source>Alvor i profilen</source>
        <translation>Severity in the profile</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>dtr::Rules</name>
    <message>
        <source>Obligatoriske felter er udfyldt</source>
        <translation>Mandatory fields are filled in</translation>
    </message>
    <message>
        <source>Institutionsnummeret er 6 tegn</source>
        <translation>The institution number is 6 characters</translation>
    </message>
    <message>
        <source>P-nummeret er 10 cifre</source>
        <translation>The P number is 10 digits</translation>
    </message>
    <message>
        <source>CVR-nummeret er 8 cifre med gyldigt kontrolciffer</source>
        <translation>The CVR number is 8 digits with a valid check digit</translation>
    </message>
    <message>
        <source>Postnummeret er 4 cifre</source>
        <translation>The postcode is 4 digits</translation>
    </message>
    <message>
        <source>Postnummeret er et gadepostnummer (1000–9990)</source>
        <translation>The postcode is a street postcode (1000–9990)</translation>
    </message>
    <message>
        <source>Etagen følger DAR</source>
        <translation>The floor follows DAR</translation>
    </message>
    <message>
        <source>Døren følger DAR</source>
        <translation>The door follows DAR</translation>
    </message>
    <message>
        <source>E-mailadressen er gyldig</source>
        <translation>The e-mail address is valid</translation>
    </message>
    <message>
        <source>Telefonnummeret ligner et dansk nummer</source>
        <translation>The telephone number looks Danish</translation>
    </message>
    <message>
        <source>Koordinaterne ligger i Danmark</source>
        <translation>The coordinates are in Denmark</translation>
    </message>
    <message>
        <source>Den overordnede post findes</source>
        <translation>The parent record exists</translation>
    </message>
    <message>
        <source>En daginstitution har mindst én aktiv anvisningsenhed</source>
        <translation>A day-care institution has at least one active allocation unit</translation>
    </message>
    <message>
        <source>Ingen aktiv post under en nedlagt</source>
        <translation>No active record under a closed one</translation>
    </message>
    <message>
        <source>Institutionsnumre er entydige</source>
        <translation>Institution numbers are unique</translation>
    </message>
    <message>
        <source>Flytninger sker inden for kommunen</source>
        <translation>Moves stay within the municipality</translation>
    </message>
    <message>
        <source>Ejerform passer til lovgrundlag (v2.0)</source>
        <translation>Ownership fits the legal basis (v2.0)</translation>
    </message>
    <message>
        <source>Institutionstypen passer til daginstitutionens lovgrundlag (v2.0)</source>
        <translation>The institution type fits the institution&apos;s legal basis (v2.0)</translation>
    </message>
    <message>
        <source>Adressen ligger i daginstitutionens kommune</source>
        <translation>The address is in the institution&apos;s municipality</translation>
    </message>
    <message>
        <source>Navnet er ikke skrevet med store bogstaver</source>
        <translation>The name is not written in capitals</translation>
    </message>
    <message>
        <source>Navnet siger ikke lukket om en aktiv post</source>
        <translation>The name does not say closed on an active record</translation>
    </message>
    <message>
        <source>E-mail eller telefon er udfyldt</source>
        <translation>E-mail or telephone is filled in</translation>
    </message>
    <message>
        <source>Dagplejegrupper ligger under en dagpleje-daginstitution</source>
        <translation>Childminding groups sit under a childminding institution</translation>
    </message>
    <message>
        <source>Posten er opdateret siden indlæsningen i 2019</source>
        <translation>The record has been updated since the 2019 seeding</translation>
    </message>
    <message>
        <source>Postnummeret findes i PostNords postnummertabel</source>
        <translation>The postcode is in PostNord&apos;s postcode table</translation>
    </message>
    <message>
        <source>Bynavnet er postnummerets</source>
        <translation>The town name is the postcode&apos;s</translation>
    </message>
    <message>
        <source>Postnummeret ligger i adressens kommune</source>
        <translation>The postcode lies in the address&apos;s municipality</translation>
    </message>
    <message>
        <source>Koordinaterne ligger i adressens kommune (50 m tolerance)</source>
        <translation>The coordinates lie in the address&apos;s municipality (50 m tolerance)</translation>
    </message>
    <message>
        <source>STIL, Datamodel: obligatoriske felter; adressen valideres mod DAR [C]</source>
        <translation>STIL, data model: mandatory fields; the address is checked against DAR [C]</translation>
    </message>
    <message>
        <source>Bynavn, kommunekode og den alternative adresses felter er udfyldt</source>
        <translation>Town, municipality code and the alternative address&apos;s fields are filled in</translation>
    </message>
    <message>
        <source>Antaget: adressens underfelter og den alternative adresses felter er ikke offentliggjort [I]/[?]</source>
        <translation>Assumed: the address sub-fields and the alternative address&apos;s fields were never published [I]/[?]</translation>
    </message>
    <message>
        <source>Navn, e-mail og telefon holder sig inden for registerets længder</source>
        <translation>Name, e-mail and telephone keep within the register&apos;s lengths</translation>
    </message>
    <message>
        <source>STIL, Datamodel: navn og e-mail højst 132 tegn, telefon højst 20 [C]</source>
        <translation>STIL, data model: name and e-mail at most 132 characters, telephone at most 20 [C]</translation>
    </message>
    <message>
        <source>Adressefelter og den alternative adresses navn holder sig inden for antagne længder</source>
        <translation>Address fields and the alternative address&apos;s name keep within assumed lengths</translation>
    </message>
    <message>
        <source>Antaget: DAR&apos;s længder for vej- og bynavne (40); længderne er ikke i STIL&apos;s datamodel [I]</source>
        <translation>Assumed: DAR&apos;s lengths for street and town names (40); the lengths are not in STIL&apos;s data model [I]</translation>
    </message>
    <message>
        <source>STIL, Datamodel: 6 tegn for daginstitution og anvisningsenhed [C]; for alternative adresser antaget [I]. Numrene udstedes af registeret</source>
        <translation>STIL, data model: 6 characters for daginstitution and anvisningsenhed [C]; assumed for alternative addresses [I]. The numbers are issued by the register</translation>
    </message>
    <message>
        <source>Kommunekoden er en af de 98 officielle koder</source>
        <translation>The municipality code is one of the 98 official codes</translation>
    </message>
    <message>
        <source>STIL: kodede felter valideres mod kodetabellen, kommunekoder mod de officielle koder [C]</source>
        <translation>STIL: coded fields are checked against the code table, municipality codes against the official codes [C]</translation>
    </message>
    <message>
        <source>Ejerform, lovgrundlag og institutionstype har en kode fra kodetabellen</source>
        <translation>Ownership, legal basis and institution type have a code from the code table</translation>
    </message>
    <message>
        <source>STIL: kodede felter valideres mod kodetabellen [C]; de indbyggede tabeller er foreløbige [T]/[?] – med STIL&apos;s tabeller er reglen en fejl</source>
        <translation>STIL: coded fields are checked against the code table [C]; the bundled tables are provisional [T]/[?] – with STIL&apos;s tables the rule is an error</translation>
    </message>
    <message>
        <source>STIL, Datamodel: P-nummer, 10 tegn, obligatorisk [C]</source>
        <translation>STIL, data model: P number, 10 characters, mandatory [C]</translation>
    </message>
    <message>
        <source>CVR-nummer, 8 cifre med modulus 11 [C]; udfyldes af registeret, så det sendes ikke</source>
        <translation>CVR number, 8 digits with modulus 11 [C]; filled in by the register, so it is not sent</translation>
    </message>
    <message>
        <source>STIL: adressen valideres mod DAR [C]; danske postnumre er fire cifre</source>
        <translation>STIL: the address is checked against DAR [C]; Danish postal codes have four digits</translation>
    </message>
    <message>
        <source>Antaget: gadepostnumre ligger mellem 1000 og 9990 [I]</source>
        <translation>Assumed: street postal codes lie between 1000 and 9990 [I]</translation>
    </message>
    <message>
        <source>Husnummeret følger DAR (1–999 og evt. et bogstav)</source>
        <translation>The house number follows DAR (1–999 and perhaps a letter)</translation>
    </message>
    <message>
        <source>Antaget: DAR&apos;s regel for husnumre; STIL&apos;s adressefelter er ikke offentliggjort [I]</source>
        <translation>Assumed: DAR&apos;s rule for house numbers; STIL&apos;s address fields were never published [I]</translation>
    </message>
    <message>
        <source>Husnummerets bogstav er stort som i DAR</source>
        <translation>The house number&apos;s letter is a capital, as in DAR</translation>
    </message>
    <message>
        <source>Registeret har husnumre med lille bogstav (&quot;51a&quot;) [O]; DAR skriver bogstavet stort</source>
        <translation>The register holds house numbers with a lowercase letter (&quot;51a&quot;) [O]; DAR writes the letter as a capital</translation>
    </message>
    <message>
        <source>Antaget: DAR&apos;s regel for etager [I]</source>
        <translation>Assumed: DAR&apos;s rule for floors [I]</translation>
    </message>
    <message>
        <source>Antaget: DAR&apos;s regel for døre [I]</source>
        <translation>Assumed: DAR&apos;s rule for doors [I]</translation>
    </message>
    <message>
        <source>Datakvalitet: registeret kontrollerer ikke e-mailens form</source>
        <translation>Data quality: the register does not check the e-mail&apos;s form</translation>
    </message>
    <message>
        <source>Datakvalitet: registeret kontrollerer ikke telefonnummerets form</source>
        <translation>Data quality: the register does not check the telephone number&apos;s form</translation>
    </message>
    <message>
        <source>Datakvalitet: koordinaterne kommer fra DAR</source>
        <translation>Data quality: the coordinates come from DAR</translation>
    </message>
    <message>
        <source>Datakvalitet: PostNords postnummertabel (2018); et nyere postnummer er muligt</source>
        <translation>Data quality: PostNord&apos;s postal-code table (2018); a newer postal code is possible</translation>
    </message>
    <message>
        <source>Datakvalitet: PostNords postnummertabel; DAR giver bynavnet efter postnummeret</source>
        <translation>Data quality: PostNord&apos;s postal-code table; DAR gives the town after the postal code</translation>
    </message>
    <message>
        <source>Datakvalitet: PostNords postnumre og de kommuner, de dækker</source>
        <translation>Data quality: PostNord&apos;s postal codes and the municipalities they cover</translation>
    </message>
    <message>
        <source>Datakvalitet: DAGI&apos;s kommunegrænser, forenklet til ca. 30 m</source>
        <translation>Data quality: DAGI&apos;s municipal boundaries, simplified to about 30 m</translation>
    </message>
    <message>
        <source>STIL: hver enhed hører til en daginstitution, hver alternativ adresse til en enhed [C]</source>
        <translation>STIL: every unit belongs to a daginstitution, every alternative address to a unit [C]</translation>
    </message>
    <message>
        <source>STIL: en daginstitution skal have mindst én anvisningsenhed [C]</source>
        <translation>STIL: a daginstitution must have at least one anvisningsenhed [C]</translation>
    </message>
    <message>
        <source>STIL: ingen kaskadesletning [C]; om registeret afviser en ændring af en sådan post, vides ikke [I]</source>
        <translation>STIL: no cascade delete [C]; whether the register refuses a change to such a record is not known [I]</translation>
    </message>
    <message>
        <source>STIL: institutionsnummeret er nøglen og genbruges aldrig [C]</source>
        <translation>STIL: the institution number is the key and is never reused [C]</translation>
    </message>
    <message>
        <source>STIL, Politikker: flytning kun inden for kommunens egen organisation [C]</source>
        <translation>STIL, policies: moves only within the municipality&apos;s own organisation [C]</translation>
    </message>
    <message>
        <source>STIL: krydsvalidering i v2.0 [C]; den indbyggede tabel er udledt af loven [I] – med STIL&apos;s tabel er reglen en fejl</source>
        <translation>STIL: cross-validation in v2.0 [C]; the bundled table is inferred from the law [I] – with STIL&apos;s table the rule is an error</translation>
    </message>
    <message>
        <source>Ingen to enheder med samme navn og adresse (eller P-nummer og adresse) i en kommune</source>
        <translation>No two units with the same name and address (or P number and address) in a municipality</translation>
    </message>
    <message>
        <source>Datakvalitet: registeret leder ikke efter dubletter [C]</source>
        <translation>Data quality: the register does not look for duplicates [C]</translation>
    </message>
    <message>
        <source>Datakvalitet: en enhed ligger normalt i sin daginstitutions kommune</source>
        <translation>Data quality: a unit normally lies in its daginstitution&apos;s municipality</translation>
    </message>
    <message>
        <source>Datakvalitet: navne med store bogstaver stammer fra indlæsningen i 2019</source>
        <translation>Data quality: names in capitals come from the 2019 seeding</translation>
    </message>
    <message>
        <source>Datakvalitet: en lukket post lukkes i registeret, ikke i navnet</source>
        <translation>Data quality: a closed record is closed in the register, not in its name</translation>
    </message>
    <message>
        <source>Datakvalitet: e-mail og telefon er frivillige i registeret [C]</source>
        <translation>Data quality: e-mail and telephone are optional in the register [C]</translation>
    </message>
    <message>
        <source>Datakvalitet: STIL&apos;s vejledning om dagplejegrupper [C]</source>
        <translation>Data quality: STIL&apos;s guidance on childminding groups [C]</translation>
    </message>
    <message>
        <source>Datakvalitet: data fra Danmarks Statistiks indlæsning 2019 bør gennemgås</source>
        <translation>Data quality: data from Statistics Denmark&apos;s 2019 seeding should be reviewed</translation>
    </message>
</context>
<context>
    <name>dtr::RulesPage</name>
    <message>
        <source>Alvor i profilen</source>
        <translation>Severity in the profile</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>standard – giv profilen et navn, når du ændrer den</source>
        <translation>standard – give the profile a name when you change it</translation>
    </message>
    <message>
        <source>Profilens navn</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>&amp;Indlæs profil…</source>
        <translation>&amp;Load profile…</translation>
    </message>
    <message>
        <source>&amp;Gem profil som…</source>
        <translation>&amp;Save profile as…</translation>
    </message>
    <message>
        <source>S&amp;tandard</source>
        <translation>S&amp;tandard</translation>
    </message>
    <message>
        <source>Indlæs regelprofil</source>
        <translation>Load rule profile</translation>
    </message>
    <message>
        <source>Regelprofiler (*.json)</source>
        <translation>Rule profiles (*.json)</translation>
    </message>
    <message>
        <source>Gem regelprofil</source>
        <translation>Save rule profile</translation>
    </message>
    <message>
        <source>Profilens &amp;navn:</source>
        <translation>Profile &amp;name:</translation>
    </message>
    <message>
        <source>Regler fastlagt af STIL kan være fejl. En foreløbig regel bygger på en antagelse om registeret og advarer kun – registerets eget svar er afgørende. Datakvalitet er en omhyggelig dataansvarligs kontrol, som registeret ikke selv foretager.</source>
        <translation>Rules set by STIL may be errors. A provisional rule rests on an assumption about the register and only warns – the register&apos;s own answer decides. Data quality is a careful steward&apos;s check that the register does not make itself.</translation>
    </message>
    <message>
        <source>Profilen er indlæst fra %1 og bruges, når du gemmer indstillingerne.</source>
        <translation>The profile was read from %1 and is used when you save the settings.</translation>
    </message>
    <message>
        <source>Profilen er gemt i %1.</source>
        <translation>The profile was saved in %1.</translation>
    </message>
    <message>
        <source>Profil i brug efter gem: %1</source>
        <translation>Profile in use after saving: %1</translation>
    </message>
    <message>
        <source>Bemærk: %1 bygger på en antagelse, men er sat til fejl – det kan blokere data, som registeret ville tage imod.</source>
        <translation>Note: %1 rests on an assumption but is set to error – it may block data the register would accept.</translation>
    </message>
    <message>
        <source>regelprofil.json</source>
        <translation>rule-profile.json</translation>
    </message>
</context>
<context>
    <name>dtr::SeedCheckPanel</name>
    <message>
        <source>Rapport som &amp;CSV…</source>
        <translation>Report as &amp;CSV…</translation>
    </message>
    <message>
        <source>Rapport som P&amp;DF…</source>
        <translation>Report as P&amp;DF…</translation>
    </message>
    <message>
        <source>Gennemgang pr. kommune</source>
        <translation>Review by municipality</translation>
    </message>
    <message>
        <source>Fund, ventende ændringer og gennemgangsstatus for den valgte kommune som CSV til Excel/LibreOffice</source>
        <translation>Findings, pending changes and review status of the chosen municipality as CSV for Excel/LibreOffice</translation>
    </message>
    <message>
        <source>Samme rapport som PDF til underskrift</source>
        <translation>The same report as PDF for signing</translation>
    </message>
</context>
<context>
    <name>dtr::SeedCheckProgressModel</name>
    <message>
        <source>%1 af %2 aktive poster er markeret som gennemgået</source>
        <translation>%1 of %2 active records are marked as reviewed</translation>
    </message>
    <message>
        <source>Aktive poster, der ikke er opdateret siden indlæsningen i 2019 og endnu ikke gennemgået</source>
        <translation>Active records not updated since the 2019 seeding and not yet reviewed</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(ukendt kommune)</source>
        <translation>(unknown municipality)</translation>
    </message>
    <message>
        <source>%1 af %2 (%3 %)</source>
        <translation>%1 of %2 (%3 %)</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gennemgået</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Urørt siden 2019</source>
        <translation>Untouched since 2019</translation>
    </message>
    <message>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Ændrede</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>dtr::ServiceController</name>
    <message>
        <source>demoregisteret på denne computer</source>
        <translation>the demo register on this computer</translation>
    </message>
    <message>
        <source>registerets %1-miljø</source>
        <translation>the register&apos;s %1 environment</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Adgangskode for %1 hos registeret (%2):</source>
        <translation>Password for %1 at the register (%2):</translation>
    </message>
    <message>
        <source>Der blev ikke angivet nogen adgangskode.</source>
        <translation>No password was given.</translation>
    </message>
    <message>
        <source>Start demoregisteret?</source>
        <translation>Start the demo register?</translation>
    </message>
    <message>
        <source>Arbejdsområdet hører til demoregisteret, som ikke kører. Skal demoregisteret startes på denne computer, så du kan hente og indsende til det?</source>
        <translation>The workspace belongs to the demo register, which is not running. Start the demo register on this computer, so you can fetch from it and submit to it?</translation>
    </message>
    <message>
        <source>&amp;Start demoregisteret</source>
        <translation>&amp;Start the demo register</translation>
    </message>
    <message>
        <source>Demoregisteret kører ikke, og demoens data sendes ikke til det rigtige register. Åbn demoregisteret under Filer, eller start det, når du bliver spurgt.</source>
        <translation>The demo register is not running, and the demo&apos;s data is not sent to the real register. Open the demo register under File, or start it when you are asked.</translation>
    </message>
    <message>
        <source>Et demoregister kører på %1.</source>
        <translation>A demo register is running at %1.</translation>
    </message>
</context>
<context>
    <name>dtr::ServiceNames</name>
    <message>
        <source>WSDL-filen %1 kan ikke bruges: den har ingen SOAP 1.1-binding til ExportService eller ImportService.</source>
        <translation>The WSDL file %1 cannot be used: it has no SOAP 1.1 binding for ExportService or ImportService.</translation>
    </message>
</context>
<context>
    <name>dtr::ServiceNames::Reader</name>
    <message>
        <source>filen har en DTD eller entiteter, som ikke er tilladt.</source>
        <translation>the file has a DTD or entities, which are not allowed.</translation>
    </message>
    <message>
        <source>det er ikke en WSDL (rodelementet er &lt;%1&gt;, ikke &lt;wsdl:definitions&gt;).</source>
        <translation>it is not a WSDL (the root element is &lt;%1&gt;, not &lt;wsdl:definitions&gt;).</translation>
    </message>
    <message>
        <source>bindingen %1 bruger RPC-stil; DTR Studio taler document/literal.</source>
        <translation>the binding %1 uses RPC style; DTR Studio speaks document/literal.</translation>
    </message>
    <message>
        <source>operationen %1 bruger RPC-stil; DTR Studio taler document/literal.</source>
        <translation>the operation %1 uses RPC style; DTR Studio speaks document/literal.</translation>
    </message>
    <message>
        <source>operationen %1 bruger SOAP-kodning (use=&quot;encoded&quot;); DTR Studio taler document/literal.</source>
        <translation>the operation %1 uses SOAP encoding (use=&quot;encoded&quot;); DTR Studio speaks document/literal.</translation>
    </message>
    <message>
        <source>den er ikke gyldig XML (linje %1): %2</source>
        <translation>it is not valid XML (line %1): %2</translation>
    </message>
    <message>
        <source>WSDL-filen %1 kan ikke bruges: %2</source>
        <translation>The WSDL file %1 cannot be used: %2</translation>
    </message>
</context>
<context>
    <name>dtr::ServiceSettings</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Produktion</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Anden adresse</source>
        <translation>Other address</translation>
    </message>
    <message>
        <source>Der er ingen adresse til registerets %1-miljø. Angiv den under Indstillinger (STIL oplyser den ved tilslutningen).</source>
        <translation>There is no address for the register&apos;s %1 environment. Enter it under Settings (STIL provides it when you connect).</translation>
    </message>
    <message>
        <source>Der er intet brugernavn. Angiv det under Indstillinger.</source>
        <translation>There is no user name. Enter it under Settings.</translation>
    </message>
    <message>
        <source>%1 indeholder intet PEM-certifikat.</source>
        <translation>%1 contains no PEM certificate.</translation>
    </message>
</context>
<context>
    <name>dtr::Session</name>
    <message>
        <source>En indsendelse er i gang.</source>
        <translation>A submission is running.</translation>
    </message>
    <message>
        <source>Intet arbejdsområde er åbent.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>En indsendelse er allerede i gang.</source>
        <translation>A submission is already running.</translation>
    </message>
    <message>
        <source>Der er ingen uvisse udfald at afstemme.</source>
        <translation>There are no unknown outcomes to reconcile.</translation>
    </message>
    <message>
        <source>Der er intet at indsende.</source>
        <translation>There is nothing to submit.</translation>
    </message>
    <message>
        <source>Arbejdsområdet kan ikke åbnes igen: %1</source>
        <translation>The workspace cannot be opened again: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n uvisse udfald kunne ikke afstemmes med registeret; intet andet er sendt. Prøv igen om lidt.</source>
        <translation>
            <numerusform>%n unknown outcome could not be reconciled with the register; nothing else was sent. Try again in a little while.</numerusform>
            <numerusform>%n unknown outcomes could not be reconciled with the register; nothing else was sent. Try again in a little while.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sendt – svaret er ikke kommet endnu.</source>
        <translation>Sent – the answer has not arrived yet.</translation>
    </message>
</context>
<context>
    <name>dtr::SettingsDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>https://… (oplyses af STIL ved tilslutningen)</source>
        <translation>https://… (provided by STIL when you connect)</translation>
    </message>
    <message>
        <source>uændret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>kun for testmiljøer med eget certifikat</source>
        <translation>only for test environments with their own certificate</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Adgangskoden gemmes i computerens nøglering, aldrig i en fil. Er der ingen nøglering, huskes den kun, til programmet lukkes. Certifikater kontrolleres altid; et testmiljø med eget certifikat kræver dets CA-certifikat her.</source>
        <translation>The password is kept in the computer&apos;s keyring, never in a file. Without a keyring it is remembered only until the program closes. Certificates are always verified; a test environment with its own certificate needs its CA certificate here.</translation>
    </message>
    <message>
        <source>Vælg…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>CA-certifikat</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>PEM-certifikater (*.pem *.crt)</source>
        <translation>PEM certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Miljø:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Brugernavn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Adgangs&amp;kode:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;CA-certifikat:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>&amp;Tidsgrænse:</source>
        <translation>&amp;Time limit:</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Automatisk (dansk på et dansk system, ellers engelsk)</source>
        <translation>Automatic (Danish on a Danish system, otherwise English)</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Mappe til arbejdsområder</source>
        <translation>Folder for workspaces</translation>
    </message>
    <message>
        <source>S&amp;prog:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Arbejds&amp;områder gemmes i:</source>
        <translation>&amp;Workspaces are kept in:</translation>
    </message>
    <message>
        <source>Sproget skiftes ved næste start. Hvert arbejdsområde gemmer hver ændring, straks den er lavet; eksisterende arbejdsområder bliver, hvor de er.</source>
        <translation>The language changes at the next start. Every workspace saves each change as soon as it is made; existing workspaces stay where they are.</translation>
    </message>
    <message>
        <source>Mappen %1 kan ikke oprettes eller skrives i.</source>
        <translation>The folder %1 cannot be created or written to.</translation>
    </message>
    <message>
        <source>Test &amp;forbindelse</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>ingen – de indbyggede navne bruges</source>
        <translation>none – the built-in names are used</translation>
    </message>
    <message>
        <source>WSDL-filer</source>
        <translation>WSDL files</translation>
    </message>
    <message>
        <source>&amp;Indlæs WSDL…</source>
        <translation>&amp;Load WSDL…</translation>
    </message>
    <message>
        <source>Indbyggede &amp;navne</source>
        <translation>Built-in &amp;names</translation>
    </message>
    <message>
        <source>WSDL fra STIL</source>
        <translation>WSDL from STIL</translation>
    </message>
    <message>
        <source>WSDL-filer (*.wsdl *.xml);;Alle filer (*)</source>
        <translation>WSDL files (*.wsdl *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;WSDL:</source>
        <translation>&amp;WSDL:</translation>
    </message>
    <message>
        <source>Forbindelse</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Kodetabeller</source>
        <translation>Code tables</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Indbyggede navne: navnerum %1, tjenesterne på ADRESSE/ExportService og ADRESSE/ImportService. Indlæs den WSDL, STIL udleverer, for at bruge registerets egne.</source>
        <translation>Built-in names: namespace %1, the services at ADDRESS/ExportService and ADDRESS/ImportService. Load the WSDL STIL hands out to use the register&apos;s own.</translation>
    </message>
    <message>
        <source>%1: ikke i WSDL&apos;en – indbyggede navne</source>
        <translation>%1: not in the WSDL – built-in names</translation>
    </message>
    <message>
        <source>%1: navnerum %2, adresse %3 (stien bruges på det valgte miljø)</source>
        <translation>%1: namespace %2, address %3 (the path is used on the chosen environment)</translation>
    </message>
    <message>
        <source>(indbygget)</source>
        <translation>(built-in)</translation>
    </message>
    <message>
        <source>WSDL&apos;en har alle de operationer, DTR Studio kalder.</source>
        <translation>The WSDL has every operation DTR Studio calls.</translation>
    </message>
    <message>
        <source>Mangler i WSDL&apos;en (kan ikke bruges): %1</source>
        <translation>Missing from the WSDL (cannot be used): %1</translation>
    </message>
    <message>
        <source>WSDL-filen %1 kan ikke læses: %2</source>
        <translation>The WSDL file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Henter adgangskoden…</source>
        <translation>Fetching the password…</translation>
    </message>
    <message>
        <source>Forbinder til %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>%1 svarer: %2</source>
        <translation>%1 answers: %2</translation>
    </message>
    <message>
        <source>(tomt svar)</source>
        <translation>(empty answer)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dtr::SignOffReport</name>
    <message>
        <source>Rapporten kan ikke gemmes i %1: %2</source>
        <translation>The report cannot be saved in %1: %2</translation>
    </message>
    <message>
        <source> (accepteret)</source>
        <translation> (accepted)</translation>
    </message>
    <message>
        <source>Gennemgået</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Ikke gennemgået</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Flyttet</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Overordnet</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Gennemgangsrapport – alle kommuner</source>
        <translation>Review report – all municipalities</translation>
    </message>
    <message>
        <source>Gennemgangsrapport – %1 Kommune (%2)</source>
        <translation>Review report – %1 Municipality (%2)</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Ændring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Gennemgang</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Afsnit</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Aktive poster</source>
        <translation>Active records</translation>
    </message>
    <message>
        <source>Urørt siden 2019, ikke gennemgået</source>
        <translation>Untouched since 2019, not reviewed</translation>
    </message>
    <message>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Ventende ændringer</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Fund (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>Ingen fund.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ventende ændringer (%1)</source>
        <translation>Pending changes (%1)</translation>
    </message>
    <message>
        <source>Ingen ventende ændringer.</source>
        <translation>No pending changes.</translation>
    </message>
    <message>
        <source>Gennemgang (%1)</source>
        <translation>Review (%1)</translation>
    </message>
    <message>
        <source>Ingen aktive poster.</source>
        <translation>No active records.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Senest opdateret</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kort</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Aktive anvisningsenheder og alternative adresser farvet efter deres alvorligste fund. En ring markerer en post, hvis koordinater ligger uden for dens kommune.</source>
        <translation>Active units and alternative addresses coloured by their most serious finding. A ring marks a record whose coordinates lie outside its municipality.</translation>
    </message>
    <message>
        <source>Godkendt af: ______________________   Dato: ____________</source>
        <translation>Approved by: ______________________   Date: ____________</translation>
    </message>
    <message>
        <source>Alle kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Regelprofil: %1</source>
        <translation>Rule profile: %1</translation>
    </message>
    <message>
        <source>Udtræk: %1 · Udskrevet: %2 · Regelprofil: %3</source>
        <translation>Snapshot: %1 · Printed: %2 · Rule profile: %3</translation>
    </message>
    <message>
        <source>En foreløbig regel bygger på en antagelse om registeret og advarer kun; registerets eget svar er afgørende.</source>
        <translation>A provisional rule rests on an assumption about the register and only warns; the register&apos;s own answer decides.</translation>
    </message>
    <message>
        <source>%1 · Side %2 af %3</source>
        <translation>%1 · Page %2 of %3</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Udarbejdet af: %1</source>
        <translation>Prepared by: %1</translation>
    </message>
    <message>
        <source>Kvitteringsnote</source>
        <translation>Acknowledgement note</translation>
    </message>
    <message>
        <source>Accepteret %1</source>
        <translation>Accepted %1</translation>
    </message>
    <message>
        <source>Accepteret %1: %2</source>
        <translation>Accepted %1: %2</translation>
    </message>
</context>
<context>
    <name>dtr::Snapshot</name>
    <message>
        <source>Findes ikke.</source>
        <translation>Does not exist.</translation>
    </message>
</context>
<context>
    <name>dtr::Soap</name>
    <message>
        <source>Beskeden har en DTD, som ikke er tilladt.</source>
        <translation>The message has a DTD, which is not allowed.</translation>
    </message>
    <message>
        <source>Beskeden bruger en entitet (&amp;%1;), som ikke er tilladt.</source>
        <translation>The message uses an entity (&amp;%1;), which is not allowed.</translation>
    </message>
    <message>
        <source>Beskeden er indlejret dybere end %1 niveauer.</source>
        <translation>The message is nested deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Beskeden slutter for tidligt (afkortet).</source>
        <translation>The message ends too early (truncated).</translation>
    </message>
    <message>
        <source>Beskeden er ikke gyldig XML (linje %1): %2</source>
        <translation>The message is not valid XML (line %1): %2</translation>
    </message>
    <message>
        <source>Beskeden har ingen SOAP-krop.</source>
        <translation>The message has no SOAP body.</translation>
    </message>
    <message>
        <source>Beskeden er ikke en SOAP 1.1-konvolut (rodelement &lt;%1&gt;).</source>
        <translation>The message is not a SOAP 1.1 envelope (root element &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>Uventet element &lt;%1&gt; i SOAP-konvolutten.</source>
        <translation>Unexpected element &lt;%1&gt; in the SOAP envelope.</translation>
    </message>
    <message>
        <source>SOAP-kroppen er tom.</source>
        <translation>The SOAP body is empty.</translation>
    </message>
    <message>
        <source>Svaret er &lt;%1&gt;, men der blev spurgt om %2.</source>
        <translation>The answer is &lt;%1&gt;, but %2 was asked for.</translation>
    </message>
    <message>
        <source>Svaret mangler &lt;%1&gt;.</source>
        <translation>The answer lacks &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>Svaret slutter for tidligt (afkortet).</source>
        <translation>The answer ends too early (truncated).</translation>
    </message>
</context>
<context>
    <name>dtr::StandInRegister</name>
    <message>
        <source>%1 kan ikke åbnes: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 hører til andre data end dem, registeret er startet med.</source>
        <translation>%1 belongs to other data than the register was started with.</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Forespørgslen kan ikke læses: %1</source>
        <translation>The request cannot be read: %1</translation>
    </message>
    <message>
        <source>Ukendt metode %1.</source>
        <translation>Unknown method %1.</translation>
    </message>
    <message>
        <source>Metoden %1 er ikke en udtræksmetode.</source>
        <translation>The method %1 is not an export method.</translation>
    </message>
    <message>
        <source>Der er intet XML-dokument i forespørgslen.</source>
        <translation>There is no XML document in the request.</translation>
    </message>
    <message>
        <source>Skemafejl: %1</source>
        <translation>Schema error: %1</translation>
    </message>
    <message>
        <source>%1 tager en %2, ikke en %3.</source>
        <translation>%1 takes a %2, not a %3.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>P-nummer %1 er ikke aktivt i CVR.</source>
        <translation>P number %1 is not active in CVR.</translation>
    </message>
    <message>
        <source>Institutionsnumre udstedes af registeret og må ikke sendes ved oprettelse.</source>
        <translation>Institution numbers are issued by the register and must not be sent on creation.</translation>
    </message>
    <message>
        <source>%1 %2 findes ikke eller er nedlagt.</source>
        <translation>%1 %2 does not exist or is closed.</translation>
    </message>
    <message>
        <source>%1 %2 findes ikke.</source>
        <translation>%1 %2 does not exist.</translation>
    </message>
    <message>
        <source>%1 eller målet %2 findes ikke.</source>
        <translation>%1 or the target %2 does not exist.</translation>
    </message>
    <message>
        <source>%1 er ikke en skrivemetode.</source>
        <translation>%1 is not a write method.</translation>
    </message>
</context>
<context>
    <name>dtr::StandInServer</name>
    <message>
        <source>Kan ikke lytte på %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>Registeret fejlede internt (indsat fejl).</source>
        <translation>The register failed internally (injected fault).</translation>
    </message>
</context>
<context>
    <name>dtr::StatusSummary</name>
    <message>
        <source>Intet udtræk åbent – åbn et med Ctrl+O eller prøv demoregisteret under Filer.</source>
        <translation>No snapshot open – open one with Ctrl+O or try the demo register under File.</translation>
    </message>
    <message>
        <source>%1 daginstitutioner · %2 anvisningsenheder · %3 alternative adresser</source>
        <translation>%1 day-care institutions · %2 allocation units · %3 alternative addresses</translation>
    </message>
    <message>
        <source> · %1 uden gyldig overordnet</source>
        <translation> · %1 without a valid parent</translation>
    </message>
    <message>
        <source>Arbejdsområde: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Ingen ændringer</source>
        <translation>No changes</translation>
    </message>
    <message>
        <source>Ændringer: %1 oprettet · %2 ændret · %3 flyttet · %4 lukket</source>
        <translation>Changes: %1 created · %2 changed · %3 moved · %4 closed</translation>
    </message>
    <message numerus="yes">
        <source>%n med uvist udfald</source>
        <translation>
            <numerusform>%n with unknown outcome</numerusform>
            <numerusform>%n with unknown outcome</numerusform>
        </translation>
    </message>
    <message>
        <source>alt</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>Gennemgået i %1: %2 af %3 (%4 %)</source>
        <translation>Reviewed in %1: %2 of %3 (%4 %)</translation>
    </message>
    <message>
        <source>Filter aktivt</source>
        <translation>Filter active</translation>
    </message>
    <message>
        <source>Fejl: %1 · Advarsler: %2</source>
        <translation>Errors: %1 · Warnings: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n kvitteret)</source>
        <translation>
            <numerusform>(%n acknowledged)</numerusform>
            <numerusform>(%n acknowledged)</numerusform>
        </translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Info: %1</translation>
    </message>
    <message>
        <source>Kontrollerer reglerne …</source>
        <translation>Checking the rules …</translation>
    </message>
</context>
<context>
    <name>dtr::Submission</name>
    <message>
        <source>Modtaget</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Afvist</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Ikke sendt</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Klar til afsendelse</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Uvist udfald</source>
        <translation>Unknown outcome</translation>
    </message>
    <message>
        <source>Ikke udført</source>
        <translation>Not done</translation>
    </message>
    <message numerus="yes">
        <source>%n fejl i de valgte ændringer skal rettes, eller ændringerne udelades – først %1: %2</source>
        <translation>
            <numerusform>%n error in the chosen changes must be fixed, or the changes left out – first %1: %2</numerusform>
            <numerusform>%n errors in the chosen changes must be fixed, or the changes left out – first %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advarsler på de valgte ændringer er ikke kvitteret for. Kvittér (Ctrl+K), eller udelad ændringerne – først %1: %2</source>
        <translation>
            <numerusform>%n warning on the chosen changes has not been acknowledged. Acknowledge it (Ctrl+K), or leave the changes out – first %1: %2</numerusform>
            <numerusform>%n warnings on the chosen changes have not been acknowledged. Acknowledge them (Ctrl+K), or leave the changes out – first %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kontrolleret uden at sende: %1 af %n operationer er klar til afsendelse. En kontrol kan ikke vide alt: registeret prøver først reglerne, der kræver dets egne data (fx P-nummeret mod CVR, dubletter og tilknytninger), når posten sendes.</source>
        <translation>
            <numerusform>Checked without sending: %1 of %n operation is ready to be sent. A check cannot know everything: the register only tries the rules that need its own data (e.g. the P-nummer against CVR, duplicates and links) when the record is sent.</numerusform>
            <numerusform>Checked without sending: %1 of %n operations are ready to be sent. A check cannot know everything: the register only tries the rules that need its own data (e.g. the P-nummer against CVR, duplicates and links) when the record is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n operationer modtaget af registeret.</source>
        <translation>
            <numerusform>%1 of %n operation accepted by the register.</numerusform>
            <numerusform>%1 of %n operations accepted by the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n har uvist udfald og afstemmes med registeret, før noget andet sendes.</source>
        <translation>
            <numerusform>%n has an unknown outcome and is settled with the register before anything else is sent.</numerusform>
            <numerusform>%n have an unknown outcome and are settled with the register before anything else is sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::SubmissionPlan</name>
    <message>
        <source>%1 %2 er ny og hører under den nye %3, som ikke er med i indsendelsen. Tag den med, eller udelad også %2.</source>
        <translation>%1 %2 is new and belongs under the new %3, which is not included in the submission. Include it, or leave out %2 as well.</translation>
    </message>
    <message>
        <source>Lukningen af %1 venter på lukningen af %2, som ikke er med. Tag den med, eller udelad også lukningen af %1.</source>
        <translation>Closing %1 waits for closing %2, which is not included. Include it, or leave out closing %1 as well.</translation>
    </message>
</context>
<context>
    <name>dtr::SubmitReviewDialog</name>
    <message>
        <source>&amp;Kontrollér uden at sende</source>
        <translation>&amp;Check without sending</translation>
    </message>
    <message>
        <source>&amp;Indsend</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Gennemse og indsend</source>
        <translation>Review and submit</translation>
    </message>
    <message>
        <source>Kontrol</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Ændringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Begrundelse for indsendelsen (gemmes i revisionssporet)</source>
        <translation>Reason for the submission (kept in the audit trail)</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Planen – i den rækkefølge registeret kræver:</source>
        <translation>The plan – in the order the register requires:</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Lukkes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Flyttes</source>
        <translation>Moves</translation>
    </message>
    <message>
        <source>Ændres</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source> (kvitteret)</source>
        <translation> (acknowledged)</translation>
    </message>
    <message>
        <source>Afvist af registeret sidst: %1</source>
        <translation>Refused by the register last time: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Der er intet at indsende.</source>
        <translation>There is nothing to submit.</translation>
    </message>
    <message>
        <source>&amp;Afstem med registeret</source>
        <translation>&amp;Reconcile with the register</translation>
    </message>
    <message>
        <source>&amp;Stop efter denne</source>
        <translation>&amp;Stop after this one</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Uvist udfald af en tidligere indsendelse: %1</source>
        <translation>Unknown outcome of an earlier submission: %1</translation>
    </message>
    <message>
        <source>Registerets svar</source>
        <translation>The register&apos;s answer</translation>
    </message>
    <message numerus="yes">
        <source>%n skrivninger fra en tidligere indsendelse har uvist udfald. De afstemmes med registeret (læses tilbage), før noget andet kan sendes – vælg Afstem med registeret.</source>
        <translation>
            <numerusform>%n write from an earlier submission has an unknown outcome. It is reconciled with the register (read back) before anything else can be sent – choose Reconcile with the register.</numerusform>
            <numerusform>%n writes from an earlier submission have an unknown outcome. They are reconciled with the register (read back) before anything else can be sent – choose Reconcile with the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Afstem først de uvisse udfald med registeret.</source>
        <translation>First reconcile the unknown outcomes with the register.</translation>
    </message>
    <message numerus="yes">
        <source>%n operationer er klar til at blive sendt.</source>
        <translation>
            <numerusform>%n operation is ready to be sent.</numerusform>
            <numerusform>%n operations are ready to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender til registeret …</source>
        <translation>Sending to the register …</translation>
    </message>
    <message>
        <source>%1 af %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>dtr::Submitter</name>
    <message>
        <source>Ikke sendt: indsendelsen blev afbrudt.</source>
        <translation>Not sent: the submission was cancelled.</translation>
    </message>
    <message>
        <source>Ikke sendt: andre ændringer i indsendelsen skal rettes først.</source>
        <translation>Not sent: other changes in the submission must be fixed first.</translation>
    </message>
    <message>
        <source>Ikke sendt: den overordnede %1 blev ikke oprettet.</source>
        <translation>Not sent: the parent %1 was not created.</translation>
    </message>
    <message>
        <source>Nogen har ændret et felt, du også har ændret, siden udtrækket.</source>
        <translation>Someone has changed a field you also changed since the snapshot.</translation>
    </message>
    <message>
        <source>Nogen har ændret %1 felter, du også har ændret, siden udtrækket.</source>
        <translation>Someone has changed %1 fields you also changed since the snapshot.</translation>
    </message>
    <message>
        <source>Posten er flyttet af en anden siden udtrækket.</source>
        <translation>The record was moved by someone else since the snapshot.</translation>
    </message>
    <message>
        <source>Allerede lukket i registeret.</source>
        <translation>Already closed in the register.</translation>
    </message>
    <message>
        <source>Registeret afviste dokumentet ved kontrollen; intet er sendt.</source>
        <translation>The register refused the document when checking it; nothing was sent.</translation>
    </message>
    <message>
        <source>Kontrolleret; ville blive sendt.</source>
        <translation>Checked; would be sent.</translation>
    </message>
    <message>
        <source>Registeret afviste ændringen.</source>
        <translation>The register refused the change.</translation>
    </message>
    <message>
        <source>Svaret gik tabt, men registeret har ændringen (læst tilbage).</source>
        <translation>The answer was lost, but the register has the change (read back).</translation>
    </message>
    <message>
        <source>Ikke sendt: udfaldet for den overordnede %1 er uvist. Den sendes, når det er afstemt med registeret.</source>
        <translation>Not sent: the outcome for the parent %1 is unknown. It is sent once that has been reconciled with the register.</translation>
    </message>
    <message>
        <source>Ikke sendt: registeret kunne ikke læses først: %1</source>
        <translation>Not sent: the register could not be read first: %1</translation>
    </message>
    <message>
        <source>Ikke sendt: posten kunne ikke læses fra registeret først: %1</source>
        <translation>Not sent: the record could not be read from the register first: %1</translation>
    </message>
    <message>
        <source>Ikke sendt: %1 %2 findes ikke i registeret (slettet af en anden?).</source>
        <translation>Not sent: %1 %2 does not exist in the register (deleted by someone else?).</translation>
    </message>
    <message>
        <source>Registeret har allerede disse værdier.</source>
        <translation>The register already has these values.</translation>
    </message>
    <message>
        <source>Allerede flyttet i registeret.</source>
        <translation>Already moved in the register.</translation>
    </message>
    <message>
        <source>Ikke sendt: dokumentet passer ikke til registerets skema.</source>
        <translation>Not sent: the document does not fit the register&apos;s schema.</translation>
    </message>
    <message>
        <source>Ikke sendt: arbejdsområdet kunne ikke gemme, hvad der skulle sendes: %1</source>
        <translation>Not sent: the workspace could not save what was to be sent: %1</translation>
    </message>
    <message>
        <source>Svaret fra registeret kunne ikke læses: %1</source>
        <translation>The answer from the register could not be read: %1</translation>
    </message>
    <message>
        <source>Ikke udført: %1 Registeret har ikke ændringen (læst tilbage); den venter stadig.</source>
        <translation>Not done: %1 The register does not have the change (read back); it is still pending.</translation>
    </message>
    <message>
        <source>Ikke sendt: udfaldet kunne ikke gemmes i arbejdsområdet: %1</source>
        <translation>Not sent: the outcome could not be saved in the workspace: %1</translation>
    </message>
    <message>
        <source>Uvist udfald: %1 Registeret viser ikke ændringen endnu, men kan stadig være ved at udføre den. Den sendes ikke igen, før det er afstemt med registeret.</source>
        <translation>Unknown outcome: %1 The register does not show the change yet, but may still be carrying it out. It is not sent again until it has been reconciled with the register.</translation>
    </message>
    <message>
        <source>Uvist udfald: %1 Genlæsningen mislykkedes også (%2). Den sendes ikke igen, før det er afstemt med registeret.</source>
        <translation>Unknown outcome: %1 Reading back failed too (%2). It is not sent again until it has been reconciled with the register.</translation>
    </message>
    <message>
        <source>Ikke sendt: udfaldet af den forrige kunne ikke gemmes i arbejdsområdet: %1</source>
        <translation>Not sent: the outcome of the previous one could not be saved in the workspace: %1</translation>
    </message>
    <message>
        <source>(Kunne ikke gemmes i arbejdsområdet: %1)</source>
        <translation>(Could not be saved in the workspace: %1)</translation>
    </message>
</context>
<context>
    <name>dtr::ValidationSettings</name>
    <message>
        <source>%1 kan ikke gemmes: %2</source>
        <translation>%1 cannot be saved: %2</translation>
    </message>
    <message>
        <source>%1 kan ikke slettes.</source>
        <translation>%1 cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>dtr::Workspace</name>
    <message>
        <source>Arbejdsområdet %1 kan ikke åbnes: %2</source>
        <translation>The workspace %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 findes allerede.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>%1 kan ikke oprettes: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 kan ikke oprettes (omdøbning mislykkedes).</source>
        <translation>%1 cannot be created (renaming failed).</translation>
    </message>
    <message>
        <source>%1 findes ikke.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 er ikke et læsbart arbejdsområde fra DTR Studio</source>
        <translation>%1 is not a readable DTR Studio workspace</translation>
    </message>
    <message>
        <source> – filen er beskadiget (%1).</source>
        <translation> – the file is damaged (%1).</translation>
    </message>
    <message>
        <source> (forkert filtype).</source>
        <translation> (wrong file type).</translation>
    </message>
    <message>
        <source> (ukendt formatversion %1).</source>
        <translation> (unknown format version %1).</translation>
    </message>
    <message>
        <source> – trin %1 kan ikke læses. %2</source>
        <translation> – step %1 cannot be read. %2</translation>
    </message>
    <message>
        <source> – fortrydelsespositionen %1 passer ikke til %2 trin.</source>
        <translation> – the undo position %1 does not fit %2 steps.</translation>
    </message>
    <message>
        <source>Arbejdsområdet %1 er beskadiget</source>
        <translation>The workspace %1 is damaged</translation>
    </message>
    <message>
        <source>: grunddata mangler.</source>
        <translation>: base data is missing.</translation>
    </message>
    <message>
        <source>: grunddata passer ikke til deres kontrolsum.</source>
        <translation>: base data does not match its checksum.</translation>
    </message>
    <message>
        <source>Ændringen kunne ikke gemmes i %1: %2</source>
        <translation>The change could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Den nye grunddata kunne ikke gemmes i %1: %2</source>
        <translation>The new base data could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Revisionssporet kunne ikke skrives i %1: %2</source>
        <translation>The audit trail could not be written in %1: %2</translation>
    </message>
    <message>
        <source>Gennemgangen kunne ikke gemmes i %1: %2</source>
        <translation>The review could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Registerets svar kunne ikke gemmes i %1: %2</source>
        <translation>The register&apos;s answer could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Kvitteringen kunne ikke gemmes i %1: %2</source>
        <translation>The acknowledgement could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Kvitteringen kunne ikke fjernes i %1: %2</source>
        <translation>The acknowledgement could not be removed in %1: %2</translation>
    </message>
    <message>
        <source>Fortryd/gentag kunne ikke gemmes i %1: %2</source>
        <translation>Undo/redo could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Udfaldet kunne ikke gemmes i %1: %2</source>
        <translation>The outcome could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>%1 kan ikke oprettes: grunddataene er for store til et arbejdsområde.</source>
        <translation>%1 cannot be created: the base data are too large for a workspace.</translation>
    </message>
    <message>
        <source>Den nye grunddata kunne ikke gemmes i %1: den er for stor til et arbejdsområde.</source>
        <translation>The new base data could not be saved in %1: they are too large for a workspace.</translation>
    </message>
</context>
<context>
    <name>dtr::XmlSchema</name>
    <message>
        <source>Skemaet indeholder en DTD eller entiteter, som ikke er tilladt.</source>
        <translation>The schema contains a DTD or entities, which are not allowed.</translation>
    </message>
    <message>
        <source>Skemaet kan ikke læses.</source>
        <translation>The schema cannot be read.</translation>
    </message>
    <message>
        <source>Skemaet er ikke gyldigt: %1</source>
        <translation>The schema is not valid: %1</translation>
    </message>
    <message>
        <source>Dokumentet indeholder en DTD eller entiteter, som ikke er tilladt.</source>
        <translation>The document contains a DTD or entities, which are not allowed.</translation>
    </message>
    <message>
        <source>Dokumentet er ikke gyldig XML: %1</source>
        <translation>The document is not valid XML: %1</translation>
    </message>
    <message>
        <source>ukendt fejl</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Dokumentet passer ikke til skemaet.</source>
        <translation>The document does not fit the schema.</translation>
    </message>
</context>
<context>
    <name>dtr::XmlSnapshot</name>
    <message>
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Filen indeholder et NUL-tegn – er det en binær fil og ikke XML?</source>
        <translation>The file contains a NUL character – is it a binary file rather than XML?</translation>
    </message>
    <message>
        <source>Ugyldig UTF-8 (byte 0x%1). Filen skal være gemt som UTF-8.</source>
        <translation>Invalid UTF-8 (byte 0x%1). The file must be saved as UTF-8.</translation>
    </message>
    <message>
        <source>Filen kan ikke åbnes: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>Filen kan ikke læses: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>dtr::changetree</name>
    <message>
        <source>Ændring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Flytning</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Aktivitetsstatus</source>
        <translation>Activity status</translation>
    </message>
    <message>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>dtr::cli</name>
    <message>
        <source>Uddata som text (standard) eller json.</source>
        <translation>Output as text (default) or json.</translation>
    </message>
    <message>
        <source>--format skal være text eller json, ikke &quot;%1&quot;.</source>
        <translation>--format must be text or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tæller posterne i et registerudtræk: pr. niveau, kommune, institutionstype og status.
PATH er en mappe med de tre CSV-filer (eller en af dem) eller et XML-udtræk.
Afslutter med 0 ved succes og 2 (med en linje på stderr), når udtrækket ikke kan læses.</source>
        <translation>Counts the records of a register snapshot: by level, municipality, institution type and status.
PATH is a folder with the three CSV files (or one of them) or an XML snapshot.
Exits with 0 on success and 2 (with one line on stderr) when the snapshot cannot be read.</translation>
    </message>
    <message>
        <source>Udtrækket, der skal tælles.</source>
        <translation>The snapshot to count.</translation>
    </message>
    <message>
        <source>inspect tager præcis én PATH (se dtr inspect --help).</source>
        <translation>inspect takes exactly one PATH (see dtr inspect --help).</translation>
    </message>
    <message>
        <source>Konverterer et udtræk mellem CSV-formen (en mappe med tre filer) og XML-formen uden tab:
ukendte kolonner og elementer følger med. OUT, der ender på .xml, skrives som XML, ellers som
en mappe med tre CSV-filer. Afslutter med 0 ved succes, 2 ved fejl.</source>
        <translation>Converts a snapshot between the CSV form (a folder of three files) and the XML form without loss:
unknown columns and elements come along. OUT ending in .xml is written as XML, otherwise as
a folder of three CSV files. Exits with 0 on success, 2 on failure.</translation>
    </message>
    <message>
        <source>Udtrækket, der læses.</source>
        <translation>The snapshot to read.</translation>
    </message>
    <message>
        <source>Hvor det skrives (.xml eller en mappe).</source>
        <translation>Where it is written (.xml or a folder).</translation>
    </message>
    <message>
        <source>convert tager IN og OUT (se dtr convert --help).</source>
        <translation>convert takes IN and OUT (see dtr convert --help).</translation>
    </message>
    <message>
        <source>%1 kan ikke skrives: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Skriver et realistisk, deterministisk registerudtræk som fra Danmarks Statistiks indlæsning i 2019:
rigtige kommuner, postnumre og koordinater, danske institutionsnavne, den rigtige fordeling af niveauer
og typer, og et drys af de fejl, indlæste data typisk har. Samme valg giver altid samme fil.
OUT, der ender på .xml, skrives som XML, ellers som en mappe med tre CSV-filer.</source>
        <translation>Writes a realistic, deterministic register snapshot as from Statistics Denmark&apos;s 2019 seeding:
real municipalities, postcodes and coordinates, Danish institution names, the real mix of levels
and types, and a sprinkle of the defects seeded data typically has. The same choices always give the same file.
OUT ending in .xml is written as XML, otherwise as a folder of three CSV files.</translation>
    </message>
    <message>
        <source>Hvor udtrækket skrives.</source>
        <translation>Where the snapshot is written.</translation>
    </message>
    <message>
        <source>Kun disse kommunekoder (kommasepareret), fx 727,746.</source>
        <translation>Only these municipality codes (comma-separated), e.g. 727,746.</translation>
    </message>
    <message>
        <source>Hele landet N gange (standard 1).</source>
        <translation>The whole country N times (default 1).</translation>
    </message>
    <message>
        <source>Startværdi for tilfældighederne (standard 20190801).</source>
        <translation>Seed for the randomness (default 20190801).</translation>
    </message>
    <message>
        <source>Skriv de plantede fejl som JSON til denne fil.</source>
        <translation>Write the planted defects as JSON to this file.</translation>
    </message>
    <message>
        <source>generate tager præcis én OUT (se dtr generate --help).</source>
        <translation>generate takes exactly one OUT (see dtr generate --help).</translation>
    </message>
    <message>
        <source>--scale skal være et helt tal fra 1 til 1000.</source>
        <translation>--scale must be a whole number from 1 to 1000.</translation>
    </message>
    <message>
        <source>--seed skal være et ikke-negativt helt tal.</source>
        <translation>--seed must be a non-negative whole number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; er ikke en af de 98 kommunekoder.</source>
        <translation>&quot;%1&quot; is not one of the 98 municipality codes.</translation>
    </message>
    <message>
        <source>%1 findes ikke.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Viser de ventende ændringer i et arbejdsområde (.dtrws) eller en ændringsfil (.json): hvad der
oprettes, ændres (før → efter), flyttes og lukkes. Afslutter med 0 ved succes, 2 når filen ikke kan
læses.</source>
        <translation>Shows the pending changes of a workspace (.dtrws) or a change file (.json): what is
created, changed (before → after), moved and closed. Exits with 0 on success, 2 when the file cannot
be read.</translation>
    </message>
    <message>
        <source>Arbejdsområdet eller ændringsfilen.</source>
        <translation>The workspace or change file.</translation>
    </message>
    <message>
        <source>changes tager præcis én FILE (se dtr changes --help).</source>
        <translation>changes takes exactly one FILE (see dtr changes --help).</translation>
    </message>
    <message>
        <source>oprettes</source>
        <translation>is created</translation>
    </message>
    <message>
        <source>lukkes</source>
        <translation>closes</translation>
    </message>
    <message>
        <source>flyttes fra %1 til %2</source>
        <translation>moves from %1 to %2</translation>
    </message>
    <message>
        <source>ændres</source>
        <translation>changes</translation>
    </message>
    <message>
        <source>I alt: %1 oprettet, %2 ændret, %3 flyttet, %4 lukket (%5 trin, position %6).</source>
        <translation>Total: %1 created, %2 changed, %3 moved, %4 closed (%5 steps, position %6).</translation>
    </message>
    <message>
        <source>Udtrækket.</source>
        <translation>The snapshot.</translation>
    </message>
    <message>
        <source>En ændringsfil (.json) at anvende først.</source>
        <translation>A change file (.json) to apply first.</translation>
    </message>
    <message>
        <source>Et arbejdsområde (.dtrws) hvis ændringer anvendes først.</source>
        <translation>A workspace (.dtrws) whose changes are applied first.</translation>
    </message>
    <message>
        <source>validate tager præcis én PATH (se dtr validate --help).</source>
        <translation>validate takes exactly one PATH (see dtr validate --help).</translation>
    </message>
    <message>
        <source>brug enten --changes eller --workspace, ikke begge.</source>
        <translation>use either --changes or --workspace, not both.</translation>
    </message>
    <message>
        <source>%1 er lavet på andre grunddata end %2.</source>
        <translation>%1 was made on other base data than %2.</translation>
    </message>
    <message>
        <source>I alt: %1 fejl, %2 advarsler, %3 info.</source>
        <translation>Total: %1 errors, %2 warnings, %3 info.</translation>
    </message>
    <message>
        <source>ingen adgangskode: sæt DTR_PASSWORD, eller kør fra en terminal for at blive spurgt.</source>
        <translation>no password: set DTR_PASSWORD, or run from a terminal to be asked.</translation>
    </message>
    <message>
        <source>Adgangskode: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>ingen adgangskode læst.</source>
        <translation>no password read.</translation>
    </message>
    <message>
        <source>Udtrækket, registeret starter med.</source>
        <translation>The snapshot the register starts with.</translation>
    </message>
    <message>
        <source>Adresse og port, fx 127.0.0.1:8080 (0 = en ledig port).</source>
        <translation>Address and port, e.g. 127.0.0.1:8080 (0 = a free port).</translation>
    </message>
    <message>
        <source>Brugernavnet klienter skal bruge.</source>
        <translation>The user name clients must use.</translation>
    </message>
    <message>
        <source>Fil med registerets tilstand; bevares ved genstart.</source>
        <translation>File with the register&apos;s state; kept across restarts.</translation>
    </message>
    <message>
        <source>Fejl at indsætte (se ovenfor).</source>
        <translation>Faults to inject (see above).</translation>
    </message>
    <message>
        <source>Certifikat (PEM) for HTTPS.</source>
        <translation>Certificate (PEM) for HTTPS.</translation>
    </message>
    <message>
        <source>Privat nøgle (PEM) for HTTPS.</source>
        <translation>Private key (PEM) for HTTPS.</translation>
    </message>
    <message>
        <source>simulate kræver --data og --user (se dtr simulate --help).</source>
        <translation>simulate needs --data and --user (see dtr simulate --help).</translation>
    </message>
    <message>
        <source>sæt adgangskoden i DTR_PASSWORD.</source>
        <translation>set the password in DTR_PASSWORD.</translation>
    </message>
    <message>
        <source>--listen skal være ADRESSE:PORT, fx 127.0.0.1:8080.</source>
        <translation>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>stand-in-registeret lytter kun på loopback (127.0.0.1 eller ::1).</source>
        <translation>the stand-in register listens only on loopback (127.0.0.1 or ::1).</translation>
    </message>
    <message>
        <source>--tls-cert og --tls-key gives sammen.</source>
        <translation>--tls-cert and --tls-key go together.</translation>
    </message>
    <message>
        <source>certifikat eller nøgle kan ikke læses.</source>
        <translation>certificate or key cannot be read.</translation>
    </message>
    <message>
        <source>certifikat eller nøgle er ikke gyldig PEM.</source>
        <translation>certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <source>Henter en kommunes data fra registerets ExportService (GetDagtilbudByAdmKommuneNummer) og skriver
dem som XML-udtræk. Adgangskoden læses fra DTR_PASSWORD eller spørges om i terminalen.
Afslutter med 0 ved succes, 2 ved fejl.</source>
        <translation>Fetches a municipality&apos;s data from the register&apos;s ExportService (GetDagtilbudByAdmKommuneNummer) and writes
it as an XML snapshot. The password is read from DTR_PASSWORD or asked for in the terminal.
Exits with 0 on success, 2 on failure.</translation>
    </message>
    <message>
        <source>Registerets adresse (https://…).</source>
        <translation>The register&apos;s address (https://…).</translation>
    </message>
    <message>
        <source>Kommunekoden.</source>
        <translation>The municipality code.</translation>
    </message>
    <message>
        <source>Brugernavn.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>Hvor udtrækket skrives (standard: stdout).</source>
        <translation>Where the snapshot is written (default: stdout).</translation>
    </message>
    <message>
        <source>Et ekstra CA-certifikat (PEM) at stole på.</source>
        <translation>An extra CA certificate (PEM) to trust.</translation>
    </message>
    <message>
        <source>Sekunder uden svar før der gives op (standard 60).</source>
        <translation>Seconds without an answer before giving up (default 60).</translation>
    </message>
    <message>
        <source>fetch kræver --service, --kommune og --user (se dtr fetch --help).</source>
        <translation>fetch needs --service, --kommune and --user (see dtr fetch --help).</translation>
    </message>
    <message>
        <source>--service skal være en adresse som https://…</source>
        <translation>--service must be an address like https://…</translation>
    </message>
    <message>
        <source>%1 indeholder intet PEM-certifikat.</source>
        <translation>%1 contains no PEM certificate.</translation>
    </message>
    <message>
        <source>Arbejdsområdet (.dtrws).</source>
        <translation>The workspace (.dtrws).</translation>
    </message>
    <message>
        <source>En ændringsfil at indsende i stedet for et arbejdsområde.</source>
        <translation>A change file to submit instead of a workspace.</translation>
    </message>
    <message>
        <source>Registerets adresse.</source>
        <translation>The register&apos;s address.</translation>
    </message>
    <message>
        <source>Begrundelse for indsendelsen (til revisionssporet).</source>
        <translation>Reason for the submission (for the audit trail).</translation>
    </message>
    <message>
        <source>Kontrollér alt, men send intet.</source>
        <translation>Check everything, but send nothing.</translation>
    </message>
    <message>
        <source>angiv enten WORKSPACE eller --changes FILE (se dtr submit --help).</source>
        <translation>give either WORKSPACE or --changes FILE (see dtr submit --help).</translation>
    </message>
    <message>
        <source>submit kræver --service og --user.</source>
        <translation>submit needs --service and --user.</translation>
    </message>
    <message>
        <source>: grundlag &quot;%1&quot;, dit &quot;%2&quot;, deres &quot;%3&quot;</source>
        <translation>: base &quot;%1&quot;, yours &quot;%2&quot;, theirs &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Sammenligner to udtræk (CSV-mappe eller XML) post for post: hvad der er kommet til, forsvundet, lukket,
genåbnet, flyttet og ændret, felt for felt. Poster kendes på niveau og nummer.
Afslutter med 0 når de er ens, 1 når de er forskellige, 2 når et udtræk ikke kan læses.</source>
        <translation>Compares two snapshots (CSV folder or XML) record by record: what was added, disappeared, closed,
reopened, moved and changed, field by field. Records are matched by level and number.
Exits with 0 when they are equal, 1 when they differ, 2 when a snapshot cannot be read.</translation>
    </message>
    <message>
        <source>Det ældre udtræk.</source>
        <translation>The older snapshot.</translation>
    </message>
    <message>
        <source>Det nyere udtræk.</source>
        <translation>The newer snapshot.</translation>
    </message>
    <message>
        <source>diff tager OLD og NEW (se dtr diff --help).</source>
        <translation>diff takes OLD and NEW (see dtr diff --help).</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>findes ikke længere</source>
        <translation>no longer exists</translation>
    </message>
    <message>
        <source>lukket</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>genåbnet</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>flyttet fra %1 til %2</source>
        <translation>moved from %1 to %2</translation>
    </message>
    <message>
        <source>ændret</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>I alt: %1 nye, %2 forsvundne, %3 lukkede, %4 genåbnede, %5 flyttede, %6 ændrede.</source>
        <translation>Total: %1 new, %2 gone, %3 closed, %4 reopened, %5 moved, %6 changed.</translation>
    </message>
    <message>
        <source>tæl posterne i et udtræk</source>
        <translation>count the records of a snapshot</translation>
    </message>
    <message>
        <source>konvertér mellem CSV og XML uden tab</source>
        <translation>convert between CSV and XML without loss</translation>
    </message>
    <message>
        <source>skriv et realistisk testudtræk</source>
        <translation>write a realistic test snapshot</translation>
    </message>
    <message>
        <source>kontrollér et udtræk og ventende ændringer mod reglerne</source>
        <translation>check a snapshot and pending changes against the rules</translation>
    </message>
    <message>
        <source>start et stand-in-register på loopback</source>
        <translation>start a stand-in register on loopback</translation>
    </message>
    <message>
        <source>hent en kommunes data fra registeret</source>
        <translation>fetch a municipality&apos;s data from the register</translation>
    </message>
    <message>
        <source>indsend ventende ændringer til registeret</source>
        <translation>submit pending changes to the register</translation>
    </message>
    <message>
        <source>sammenlign to udtræk felt for felt</source>
        <translation>compare two snapshots field by field</translation>
    </message>
    <message>
        <source>vis ventende ændringer i et arbejdsområde eller en ændringsfil</source>
        <translation>show the pending changes of a workspace or change file</translation>
    </message>
    <message>
        <source>Brug: dtr KOMMANDO [TILVALG] …

Kommandolinjen til DTR Studio: arbejd med udtræk af Dagtilbudsregisteret.

Kommandoer:
</source>
        <translation>Usage: dtr COMMAND [OPTIONS] …

The DTR Studio command line: work with snapshots of Dagtilbudsregisteret.

Commands:
</translation>
    </message>
    <message>
        <source>
Skriv dtr KOMMANDO --help for en kommandos tilvalg.
Afslutningskoder: 0 succes, 1 kommandoen fandt fejl i data, 2 kommandoen kunne ikke køre.
</source>
        <translation>
Type dtr COMMAND --help for a command&apos;s options.
Exit codes: 0 success, 1 the command found errors in the data, 2 the command could not run.
</translation>
    </message>
    <message>
        <source>ukendt kommando &quot;%1&quot; (se dtr --help).</source>
        <translation>unknown command &quot;%1&quot; (see dtr --help).</translation>
    </message>
    <message>
        <source>uvist udfald: %1</source>
        <translation>unknown outcome: %1</translation>
    </message>
    <message>
        <source>afvist af registeret: %1</source>
        <translation>refused by the register: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skrivninger har uvist udfald; de afstemmes med registeret, før noget andet sendes (dtr submit).</source>
        <translation>
            <numerusform>%n write has an unknown outcome; it is reconciled with the register before anything else is sent (dtr submit).</numerusform>
            <numerusform>%n writes have an unknown outcome; they are reconciled with the register before anything else is sent (dtr submit).</numerusform>
        </translation>
    </message>
    <message>
        <source>lav, fyld i og vis et arbejdsområde (new, import, status, …)</source>
        <translation>make, fill and show a workspace (new, import, status, …)</translation>
    </message>
    <message>
        <source>Sekunder en skrivning uden svar stadig kan nå frem til registeret; før da afstemmes den ikke som &quot;ikke udført&quot; (standard 120).</source>
        <translation>Seconds a write without an answer may still reach the register; before then it is not reconciled as &quot;not done&quot; (default 120).</translation>
    </message>
    <message>
        <source> (afstemt)</source>
        <translation> (reconciled)</translation>
    </message>
    <message>
        <source>Indsender de ventende ændringer i et arbejdsområde (eller en ændringsfil) til registerets ImportService:
oprettelser først, så rettelser og flytninger, lukninger til sidst. Hver post læses frisk først; er et felt,
du har ændret, også ændret af en anden, er det en konflikt, og posten sendes ikke. Dokumenterne kontrolleres
mod skemaet lokalt og med ValidateXmlAgainstSchema før afsendelse. Et arbejdsområde gemmer hver skrivning,
før den sendes, og dens udfald, før den næste sendes. Uden et brugbart svar læses posten tilbage; hvad det
ikke afgør, er et uvist udfald, som aldrig sendes igen i blinde: det afstemmes ved at læse tilbage, før
noget andet sendes næste gang. Det modtagne bliver arbejdsområdets grunddata, det afviste forbliver
ventende; alt står i arbejdsområdets revisionsspor. Fejl og advarsler, der ikke er kvitteret for, på det
der skal sendes, stopper indsendelsen, før noget sendes (samme regel som i programmet).
Adgangskoden læses fra DTR_PASSWORD eller spørges om i terminalen.
Afslutter med 0 når alt blev modtaget, 1 når noget blev afvist, var i konflikt, ikke blev sendt, ikke blev
udført eller har uvist udfald (listet), 2 når indsendelsen ikke kunne køre.</source>
        <translation>Submits the pending changes of a workspace (or a change file) to the register&apos;s ImportService:
creations first, then updates and moves, closures last. Each record is read fresh first; if a field you
changed was also changed by someone else, that is a conflict and the record is not sent. The documents are
checked against the schema locally and with ValidateXmlAgainstSchema before sending. A workspace keeps each write
before it is sent, and its outcome before the next is sent. Without a usable answer the record is read back;
what that does not settle is an unknown outcome, never sent again blindly: it is reconciled by reading back
before anything else is sent next time. What was accepted becomes the workspace&apos;s base data, what was refused
stays pending; everything is in the workspace&apos;s audit trail. Errors, and warnings not acknowledged, on what
is to be sent stop the submission before anything is sent (the same rule as in the app).
The password is read from DTR_PASSWORD or asked for on the terminal.
Exits with 0 when everything was accepted, 1 when something was refused, in conflict, not sent, not done
or has an unknown outcome (listed), 2 when the submission could not run.</translation>
    </message>
    <message>
        <source>--grace skal være et ikke-negativt antal sekunder.</source>
        <translation>--grace must be a non-negative number of seconds.</translation>
    </message>
    <message numerus="yes">
        <source>dtr: %n fund skal rettes eller kvitteres for før indsendelse:</source>
        <translation>
            <numerusform>dtr: %n finding must be fixed or acknowledged before submitting:</numerusform>
            <numerusform>dtr: %n findings must be fixed or acknowledged before submitting:</numerusform>
        </translation>
    </message>
    <message>
        <source>Laver et arbejdsområde ud fra et udtræk (XML-fil eller mappe med CSV-filer), som programmet og
dtr submit kan arbejde videre i. Afslutter med 0 ved succes, 2 ved fejl (også når WS findes).</source>
        <translation>Makes a workspace from a snapshot (an XML file or a folder of CSV files) that the app and
dtr submit can work on. Exits with 0 on success, 2 on failure (also when WS exists).</translation>
    </message>
    <message>
        <source>Udtrækket, der bliver grundlaget.</source>
        <translation>The snapshot that becomes the base.</translation>
    </message>
    <message>
        <source>Arbejdsområdet, der laves (.dtrws).</source>
        <translation>The workspace to make (.dtrws).</translation>
    </message>
    <message>
        <source>workspace new tager SNAPSHOT og -o WS (se dtr workspace new --help).</source>
        <translation>workspace new takes SNAPSHOT and -o WS (see dtr workspace new --help).</translation>
    </message>
    <message>
        <source>Arbejdsområdet %1 er lavet (grunddata %2).</source>
        <translation>The workspace %1 has been made (base data %2).</translation>
    </message>
    <message>
        <source>Anvender en ændringsfil på et arbejdsområde som ét trin. Filen skal være lavet på arbejdsområdets
grunddata; hele filen kontrolleres først, og intet anvendes, hvis noget ikke kan.
Afslutter med 0 ved succes, 2 ved fejl.</source>
        <translation>Applies a change file to a workspace as one step. The file must have been made on the workspace&apos;s
base data; the whole file is checked first, and nothing is applied if anything cannot be.
Exits with 0 on success, 2 on failure.</translation>
    </message>
    <message>
        <source>Ændringsfilen (.json).</source>
        <translation>The change file (.json).</translation>
    </message>
    <message>
        <source>workspace import tager WS og CHANGEFILE (se dtr workspace import --help).</source>
        <translation>workspace import takes WS and CHANGEFILE (see dtr workspace import --help).</translation>
    </message>
    <message>
        <source>%1 kan ikke åbnes: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n trin er importeret fra %1.</source>
        <translation>
            <numerusform>%n step was imported from %1.</numerusform>
            <numerusform>%n steps were imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Viser et arbejdsområdes tilstand uden at låse det: grunddataenes fingeraftryk (det en ændringsfil
skal bære), de ventende ændringer, skrivninger med uvist udfald, og registerets ord om afviste
ændringer. Afslutter med 0 ved succes, 2 når arbejdsområdet ikke kan læses.</source>
        <translation>Shows a workspace&apos;s state without locking it: the base data&apos;s fingerprint (what a change file
must carry), the pending changes, writes with an unknown outcome, and the register&apos;s words about refused
changes. Exits with 0 on success, 2 when the workspace cannot be read.</translation>
    </message>
    <message>
        <source>workspace status tager præcis ét WS (se dtr workspace status --help).</source>
        <translation>workspace status takes exactly one WS (see dtr workspace status --help).</translation>
    </message>
    <message>
        <source>Arbejdsområde: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Udtræk: %1</source>
        <translation>Snapshot: %1</translation>
    </message>
    <message>
        <source>Grunddata (fingeraftryk): %1</source>
        <translation>Base data (fingerprint): %1</translation>
    </message>
    <message>
        <source>Ventende: %1 oprettet, %2 ændret, %3 flyttet, %4 lukket (%5 trin, position %6).</source>
        <translation>Pending: %1 created, %2 changed, %3 moved, %4 closed (%5 steps, position %6).</translation>
    </message>
    <message numerus="yes">
        <source>Uvisse udfald: %n</source>
        <translation>
            <numerusform>Unknown outcomes: %n</numerusform>
            <numerusform>Unknown outcomes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Afviste: %n</source>
        <translation>
            <numerusform>Refused: %n</numerusform>
            <numerusform>Refused: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Kvitterer for en advarsel på en post (som Ctrl+K i programmet), så den ikke længere stopper en
indsendelse; --revoke trækker kvitteringen tilbage. KEY er postens nummer (eller midlertidige nøgle),
RULE reglens id (se dtr validate). Afslutter med 0 ved succes, 2 ved fejl.</source>
        <translation>Acknowledges a warning on a record (like Ctrl+K in the app), so it no longer stops a
submission; --revoke withdraws the acknowledgement. KEY is the record&apos;s number (or temporary key),
RULE the rule&apos;s id (see dtr validate). Exits with 0 on success, 2 on failure.</translation>
    </message>
    <message>
        <source>Postens nummer.</source>
        <translation>The record&apos;s number.</translation>
    </message>
    <message>
        <source>Reglens id, fx mangler-kontakt.</source>
        <translation>The rule&apos;s id, e.g. mangler-kontakt.</translation>
    </message>
    <message>
        <source>Hvorfor det er i orden (gemmes).</source>
        <translation>Why it is all right (kept).</translation>
    </message>
    <message>
        <source>Træk kvitteringen tilbage.</source>
        <translation>Withdraw the acknowledgement.</translation>
    </message>
    <message>
        <source>workspace acknowledge tager WS, KEY og RULE (se dtr workspace acknowledge --help).</source>
        <translation>workspace acknowledge takes WS, KEY and RULE (see dtr workspace acknowledge --help).</translation>
    </message>
    <message>
        <source>%1 findes ikke i arbejdsområdet.</source>
        <translation>%1 does not exist in the workspace.</translation>
    </message>
    <message>
        <source>%1 på %2 er en %3; kun advarsler kan kvitteres for.</source>
        <translation>%1 on %2 is an %3; only warnings can be acknowledged.</translation>
    </message>
    <message>
        <source>Kvitteringen for %1 på %2 er trukket tilbage.</source>
        <translation>The acknowledgement of %1 on %2 has been withdrawn.</translation>
    </message>
    <message>
        <source>Der er kvitteret for %1 på %2.</source>
        <translation>%1 on %2 has been acknowledged.</translation>
    </message>
    <message>
        <source>%1 har ingen advarsel fra reglen %2.</source>
        <translation>%1 has no warning from the rule %2.</translation>
    </message>
    <message>
        <source>workspace kræver en underkommando.</source>
        <translation>workspace needs a subcommand.</translation>
    </message>
    <message>
        <source>ukendt underkommando &quot;%1&quot; til workspace.</source>
        <translation>unknown subcommand &quot;%1&quot; for workspace.</translation>
    </message>
    <message>
        <source>Starter et stand-in-register: SOAP over HTTP(S) på loopback med registerets Import- og ExportService,
regler og svar, så klienten, demoen og testene kan køre uden STIL. Adgangskoden læses fra DTR_PASSWORD.
Skriver &quot;listening on URL&quot; når den er klar, og kører til den stoppes.

Fejl til test (--faults): kommaseparerede regler METODE:FEJL[@KALD], hvor METODE er et metodenavn eller *,
og KALD et kaldnummer eller interval talt pr. metode fra 1 (@2, @1-3); den første regel, der passer, gælder.
FEJL, og om en skrivning (Insert/Update/Delete/Move) bliver udført:
  delay=MS       svaret kommer efter MS ms; udført efter ventetiden, men kun hvis klienten stadig venter
                 (har klienten givet op, sker intet)
  drop-before    forbindelsen lukkes uden svar; ikke udført
  drop-after     udført, så lukkes forbindelsen uden svar
  http500        HTTP 500 med en krop, der ikke er SOAP; ikke udført
  http503        HTTP 503; ikke udført
  malformed      et afkortet SOAP-svar (HTTP 200); ikke udført
  fault          en SOAP Fault (HTTP 500); ikke udført
  oversized      8 MB, der ikke er et svar (HTTP 200); ikke udført
  http500-after  udført, så HTTP 500 med en krop, der ikke er SOAP
  fault-after    udført, så en SOAP Fault (HTTP 500)
  late=MS        intet svar; forbindelsen holdes åben, til klienten giver op; udført MS ms efter, at
                 klienten lukkede (lukker den ikke inden 10 minutter, udføres skrivningen, og
                 forbindelsen lukkes)
readback:FEJL[@KALD] giver læsninger (ExportService) efter den seneste indsatte fejl på en skrivning FEJL
(delay=MS, drop-before, http500, http503, malformed, fault eller oversized): KALD tæller læsningerne fra 1
efter den fejl og begynder forfra ved hver ny; uden KALD gælder den hver læsning indtil næste skrivning.
Fx InsertAnvisningsEnhed:drop-after@1,readback:http503@1-3.
random=P[/FRØ] giver hvert kald en fejl med sandsynlighed P (drop-before, drop-after, http503, malformed,
fault, http500-after eller fault-after; aldrig delay, late eller oversized), samme fejl for samme frø.</source>
        <translation>Starts a stand-in register: SOAP over HTTP(S) on loopback with the register&apos;s Import and ExportService,
rules and answers, so the client, the demo and the tests can run without STIL. The password is read from DTR_PASSWORD.
Prints &quot;listening on URL&quot; when ready, and runs until stopped.

Faults for testing (--faults): comma-separated rules METHOD:FAULT[@CALLS], where METHOD is a method name or *,
and CALLS a call number or range counted per method from 1 (@2, @1-3); the first rule that matches applies.
FAULT, and whether a write (Insert/Update/Delete/Move) is carried out:
  delay=MS       the answer comes after MS ms; carried out after the delay, but only if the client is still
                 waiting (if the client gave up, nothing happens)
  drop-before    the connection is closed without an answer; not carried out
  drop-after     carried out, then the connection is closed without an answer
  http500        HTTP 500 with a body that is not SOAP; not carried out
  http503        HTTP 503; not carried out
  malformed      a truncated SOAP answer (HTTP 200); not carried out
  fault          a SOAP Fault (HTTP 500); not carried out
  oversized      8 MB that are not an answer (HTTP 200); not carried out
  http500-after  carried out, then HTTP 500 with a body that is not SOAP
  fault-after    carried out, then a SOAP Fault (HTTP 500)
  late=MS        no answer; the connection is kept open until the client gives up; carried out MS ms after
                 the client closed it (if it does not close it within 10 minutes, the write is carried out
                 and the connection closed)
readback:FAULT[@CALLS] gives reads (ExportService) after the latest injected fault on a write the FAULT
(delay=MS, drop-before, http500, http503, malformed, fault or oversized): CALLS counts the reads from 1
after that fault and starts again at each new one; without CALLS it applies to every read until the next write.
E.g. InsertAnvisningsEnhed:drop-after@1,readback:http503@1-3.
random=P[/SEED] gives each call a fault with probability P (drop-before, drop-after, http503, malformed,
fault, http500-after or fault-after; never delay, late or oversized), the same faults for the same seed.</translation>
    </message>
    <message>
        <source>Kontrollerer et udtræk (og eventuelt ventende ændringer) mod alle registerets regler og de
datakvalitetsregler, en omhyggelig dataansvarlig bruger. PATH er udtrækket (mappe med CSV-filer eller
XML). Med --changes eller --workspace kontrolleres udtrækket med ændringerne anvendt; de skal være lavet
på netop dette udtræk. --rules tager en regelprofil (JSON), der slår regler fra eller ændrer deres
alvor; --codes tager kodetabeller og krydsvalidering fra en fil i stedet for de indbyggede.
Regler, der bygger på en antagelse, er foreløbige og giver højst en advarsel.
Afslutter med 0 uden fejl, 1 med fejl (advarsler og info tæller ikke), 2 når noget ikke kan læses.</source>
        <translation>Checks a snapshot (and perhaps pending changes) against every rule of the register and the
data-quality rules a careful data steward uses. PATH is the snapshot (a folder of CSV files or
XML). With --changes or --workspace the snapshot is checked with the changes applied; they must have
been made on exactly this snapshot. --rules takes a rule profile (JSON) that switches rules off or
changes their severity; --codes takes code tables and cross-validation from a file instead of the bundled ones.
Rules that rest on an assumption are provisional and give a warning at most.
Exits with 0 without errors, 1 with errors (warnings and info do not count), 2 when something cannot be read.</translation>
    </message>
    <message>
        <source>En regelprofil (JSON) at kontrollere med.</source>
        <translation>A rule profile (JSON) to check with.</translation>
    </message>
    <message>
        <source>Kodetabeller og krydsvalidering fra denne fil (JSON).</source>
        <translation>Code tables and cross-validation from this file (JSON).</translation>
    </message>
    <message>
        <source>Pr. regel:</source>
        <translation>Per rule:</translation>
    </message>
    <message>
        <source>Regelprofil: %1</source>
        <translation>Rule profile: %1</translation>
    </message>
    <message>
        <source>Afstemmer et arbejdsområdes uvisse udfald med registeret: hver skrivning uden kendt udfald læses
tilbage. Har registeret ændringen, er den modtaget; har det den ikke (og kan en skrivning uden svar ikke
længere nå frem, se --grace), venter ændringen igen og kan sendes; kan registeret ikke læses, forbliver
udfaldet uvist. Intet sendes.
Adgangskoden læses fra DTR_PASSWORD eller spørges om i terminalen.
Afslutter med 0 når alle udfald er afstemt, 1 når nogle stadig er uvisse, 2 når det ikke kunne køre.</source>
        <translation>Settles a workspace&apos;s unknown outcomes with the register: every write whose outcome is not known is read
back. If the register has the change, it was accepted; if it has not (and a write without an answer can no
longer arrive, see --grace), the change is pending again and can be sent; if the register cannot be read, the
outcome stays unknown. Nothing is sent.
The password is read from DTR_PASSWORD or asked for on the terminal.
Exits with 0 when every outcome is settled, 1 when some are still unknown, 2 when it could not run.</translation>
    </message>
    <message>
        <source>workspace reconcile tager præcis ét WORKSPACE (se dtr workspace reconcile --help).</source>
        <translation>workspace reconcile takes exactly one WORKSPACE (see dtr workspace reconcile --help).</translation>
    </message>
    <message>
        <source>workspace reconcile kræver --service og --user.</source>
        <translation>workspace reconcile requires --service and --user.</translation>
    </message>
    <message>
        <source>Brug: dtr workspace new SNAPSHOT -o WS | import WS CHANGEFILE | status WS [--format json] |
      acknowledge WS KEY RULE [--note TEXT] [--revoke] |
      reconcile WS --service URL --user U [--ca PEM] [--grace S] [--format json]
Skriv dtr workspace UNDERKOMMANDO --help for dens tilvalg.
</source>
        <translation>Usage: dtr workspace new SNAPSHOT -o WS | import WS CHANGEFILE | status WS [--format json] |
      acknowledge WS KEY RULE [--note TEXT] [--revoke] |
      reconcile WS --service URL --user U [--ca PEM] [--grace S] [--format json]
Type dtr workspace SUBCOMMAND --help for its options.
</translation>
    </message>
</context>
<context>
    <name>dtr::dagpleje</name>
    <message>
        <source>Dagplejegruppe %1</source>
        <translation>Dagplejegruppe %1</translation>
    </message>
    <message>
        <source>Nord</source>
        <translation>Nord</translation>
    </message>
    <message>
        <source>Syd</source>
        <translation>Syd</translation>
    </message>
    <message>
        <source>Øst</source>
        <translation>Øst</translation>
    </message>
    <message>
        <source>Vest</source>
        <translation>Vest</translation>
    </message>
    <message>
        <source>Der er ingen dagplejegrupper at oprette.</source>
        <translation>There are no childminding groups to create.</translation>
    </message>
    <message>
        <source>Den nye dagpleje-daginstitution mangler et navn.</source>
        <translation>The new childminding institution has no name.</translation>
    </message>
    <message>
        <source>Den valgte daginstitution findes ikke eller er nedlagt.</source>
        <translation>The chosen day-care institution does not exist or is closed.</translation>
    </message>
    <message>
        <source>Gruppe %1 mangler et navn.</source>
        <translation>Group %1 has no name.</translation>
    </message>
    <message>
        <source>Navnet &quot;%1&quot; er allerede brugt i daginstitutionen.</source>
        <translation>The name &quot;%1&quot; is already used in the day-care institution.</translation>
    </message>
    <message>
        <source>En af de enheder der skal flyttes, findes ikke.</source>
        <translation>One of the units to move does not exist.</translation>
    </message>
    <message>
        <source>%1 mangler et P-nummer – hver gruppe skal have sit P-nummer.</source>
        <translation>%1 has no P number – every group must have its own P number.</translation>
    </message>
    <message>
        <source>P-nummeret for %1 skal være 10 cifre – fandt &quot;%2&quot;.</source>
        <translation>The P number of %1 must be 10 digits – found &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>P-nummeret %1 (%2) bruges allerede af %3 (%4). Det er tilladt, men hvert område har normalt sit eget.</source>
        <translation>The P number %1 (%2) is already used by %3 (%4). That is allowed, but each area normally has its own.</translation>
    </message>
    <message>
        <source>%1 (%2) dækker måske allerede området i %3.</source>
        <translation>%1 (%2) may already cover the area of %3.</translation>
    </message>
    <message>
        <source>P-nummeret %1 er givet til mere end én gruppe (%2). Det er tilladt, men hvert område har normalt sit eget.</source>
        <translation>The P number %1 is given to more than one group (%2). That is allowed, but each area normally has its own.</translation>
    </message>
    <message numerus="yes">
        <source>Opret %n dagplejegrupper</source>
        <translation>
            <numerusform>Create %n childminding group</numerusform>
            <numerusform>Create %n childminding groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::rules</name>
    <message>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 skal udfyldes.</source>
        <translation>%1 must be filled in.</translation>
    </message>
    <message>
        <source>%1 må højst være %2 tegn – fandt %3.</source>
        <translation>%1 may be at most %2 characters – found %3.</translation>
    </message>
    <message>
        <source>Institutionsnummeret skal være 6 tegn – fandt %1 (%2).</source>
        <translation>The institution number must be 6 characters – found %1 (%2).</translation>
    </message>
    <message>
        <source>en af de 98 kommunekoder</source>
        <translation>one of the 98 municipality codes</translation>
    </message>
    <message>
        <source>en kode fra kodetabellen</source>
        <translation>a code from the code table</translation>
    </message>
    <message>
        <source>%1 %2 findes ikke – forventede %3.</source>
        <translation>%1 %2 does not exist – expected %3.</translation>
    </message>
    <message>
        <source>P-nummer skal være 10 cifre – fandt %1.</source>
        <translation>A P number must be 10 digits – found %1.</translation>
    </message>
    <message>
        <source>CVR-nummer skal være 8 cifre – fandt %1.</source>
        <translation>A CVR number must be 8 digits – found %1.</translation>
    </message>
    <message>
        <source>CVR-nummer %1 har et forkert kontrolciffer (modulus 11).</source>
        <translation>CVR number %1 has a wrong check digit (modulus 11).</translation>
    </message>
    <message>
        <source>Postnummer skal være 4 cifre – fandt %1.</source>
        <translation>A postcode must be 4 digits – found %1.</translation>
    </message>
    <message>
        <source>Postnummer %1 er ikke et gadepostnummer – danske postnumre til adresser ligger mellem 1000 og 9990.</source>
        <translation>Postcode %1 is not a street postcode – Danish postcodes for addresses lie between 1000 and 9990.</translation>
    </message>
    <message>
        <source>Husnummer skal være 1–999 med eventuelt et bogstav (fx 4 eller 12B) – fandt %1.</source>
        <translation>A house number must be 1–999 with perhaps a letter (e.g. 4 or 12B) – found %1.</translation>
    </message>
    <message>
        <source>Husnummer %1 skrives med stort bogstav i DAR: &quot;%2&quot;.</source>
        <translation>House number %1 is written with a capital letter in DAR: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Etage skal være st, kl, k2–k9 eller 1–99 – fandt %1.</source>
        <translation>Floor must be st, kl, k2–k9 or 1–99 – found %1.</translation>
    </message>
    <message>
        <source>Dør skal være tv, th, mf eller et nummer (fx 3) – fandt %1.</source>
        <translation>Door must be tv, th, mf or a number (e.g. 3) – found %1.</translation>
    </message>
    <message>
        <source>E-mail %1 er ikke en gyldig adresse – forventede navn@domæne.dk.</source>
        <translation>E-mail %1 is not a valid address – expected name@domain.dk.</translation>
    </message>
    <message>
        <source>Telefonnummer %1 skrives som 8 cifre uden tegn: &quot;%2&quot;.</source>
        <translation>Telephone number %1 is written as 8 digits without separators: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Telefonnummer %1 ligner ikke et dansk nummer – forventede 8 cifre, fx 86 12 34 56.</source>
        <translation>Telephone number %1 does not look Danish – expected 8 digits, e.g. 86 12 34 56.</translation>
    </message>
    <message>
        <source>Koordinaterne er ufuldstændige eller ikke tal.</source>
        <translation>The coordinates are incomplete or not numbers.</translation>
    </message>
    <message>
        <source>Koordinaterne (%1, %2) ligger uden for Danmark.</source>
        <translation>The coordinates (%1, %2) are outside Denmark.</translation>
    </message>
    <message>
        <source>Postnummer %1 findes ikke i PostNords postnummertabel (2018) – er det nyere, eller en tastefejl?</source>
        <translation>Postcode %1 is not in PostNord&apos;s postcode table (2018) – is it newer, or a typo?</translation>
    </message>
    <message>
        <source>Postnummer %1 hører til %2, ikke %3.</source>
        <translation>Postcode %1 belongs to %2, not %3.</translation>
    </message>
    <message>
        <source>Postnummer %1 %2 ligger ikke i %3, men i %4.</source>
        <translation>Postcode %1 %2 is not in %3 but in %4.</translation>
    </message>
    <message>
        <source>i %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>uden for alle kommuner</source>
        <translation>outside every municipality</translation>
    </message>
    <message>
        <source>Koordinaterne ligger %1, %2 km uden for %3, som adressen hører til.</source>
        <translation>The coordinates lie %1, %2 km outside %3, where the address belongs.</translation>
    </message>
    <message>
        <source>Daginstitutionen %1 findes ikke.</source>
        <translation>The day-care institution %1 does not exist.</translation>
    </message>
    <message>
        <source>Anvisningsenheden %1 findes ikke.</source>
        <translation>The allocation unit %1 does not exist.</translation>
    </message>
    <message>
        <source>Daginstitutionen har ingen aktive anvisningsenheder – registeret kræver mindst én.</source>
        <translation>The day-care institution has no active allocation units – the register requires at least one.</translation>
    </message>
    <message>
        <source>Posten er aktiv, men %1 %2 over den er nedlagt.</source>
        <translation>The record is active, but %1 %2 above it is closed.</translation>
    </message>
    <message>
        <source>Nummeret %1 bruges også af en anden %2.</source>
        <translation>The number %1 is also used by another %2.</translation>
    </message>
    <message>
        <source>%1 flyttes fra %2 til %3 – flytning er kun tilladt inden for samme kommune.</source>
        <translation>%1 moves from %2 to %3 – moving is only allowed within the same municipality.</translation>
    </message>
    <message>
        <source>Ejerform %1 passer ikke til lovgrundlag %2 – tilladt: %3.</source>
        <translation>Ownership %1 does not fit legal basis %2 – allowed: %3.</translation>
    </message>
    <message>
        <source>Institutionstype %1 %2 er ikke tilladt under lovgrundlag %3 – tilladt: %4.</source>
        <translation>Institution type %1 %2 is not allowed under legal basis %3 – allowed: %4.</translation>
    </message>
    <message>
        <source>Samme navn og adresse som %1 i samme kommune – er det den samme enhed?</source>
        <translation>Same name and address as %1 in the same municipality – is it the same unit?</translation>
    </message>
    <message>
        <source>Samme P-nummer og adresse som %1 – er det den samme enhed?</source>
        <translation>Same P number and address as %1 – is it the same unit?</translation>
    </message>
    <message>
        <source>Adressen ligger i %1, men daginstitutionen hører til %2.</source>
        <translation>The address is in %1, but the day-care institution belongs to %2.</translation>
    </message>
    <message>
        <source>Navnet er skrevet med store bogstaver – skriv det som det staves, fx &quot;%1&quot;.</source>
        <translation>The name is written in capitals – write it as it is spelled, e.g. &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Navnet siger &quot;%1&quot;, men posten er aktiv – luk den, eller ret navnet.</source>
        <translation>The name says &quot;%1&quot;, but the record is active – close it, or fix the name.</translation>
    </message>
    <message>
        <source>Hverken e-mail eller telefonnummer er udfyldt.</source>
        <translation>Neither e-mail nor telephone number is filled in.</translation>
    </message>
    <message>
        <source>En dagplejegruppe bør ligge under en dagpleje-daginstitution (lovgrundlag for dagpleje), ikke under %1.</source>
        <translation>A childminding group should sit under a childminding institution (legal basis for childminding), not under %1.</translation>
    </message>
    <message>
        <source>Ikke opdateret siden Danmarks Statistiks indlæsning (%1) – gennemgå posten.</source>
        <translation>Not updated since Statistics Denmark&apos;s seeding (%1) – review the record.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DTR Studio – redigering af Dagtilbudsregisteret</source>
        <translation>DTR Studio – editing Dagtilbudsregisteret</translation>
    </message>
    <message>
        <source>Åbn det indbyggede demoregister.</source>
        <translation>Open the built-in demo register.</translation>
    </message>
    <message>
        <source>Et udtræk: XML-fil eller mappe med CSV-filer.</source>
        <translation>A snapshot: XML file or folder of CSV files.</translation>
    </message>
</context>
</TS>
