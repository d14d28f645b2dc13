<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>dtr::CodeTables</name>
    <message numerus="yes">
        <source>ejerform: %n koder (%1)</source>
        <translation>
            <numerusform>ejerform: %n kode (%1)</numerusform>
            <numerusform>ejerform: %n koder (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lovgrundlag: %n koder (%1)</source>
        <translation>
            <numerusform>lovgrundlag: %n kode (%1)</numerusform>
            <numerusform>lovgrundlag: %n koder (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>institutionstype: %n koder (%1)</source>
        <translation>
            <numerusform>institutionstype: %n kode (%1)</numerusform>
            <numerusform>institutionstype: %n koder (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kommuner: %n</source>
        <translation>
            <numerusform>kommuner: %n</numerusform>
            <numerusform>kommuner: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>krydsvalidering: %n regler (%1)</source>
        <translation>
            <numerusform>krydsvalidering: %n regel (%1)</numerusform>
            <numerusform>krydsvalidering: %n regler (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::DagplejeWizard</name>
    <message numerus="yes">
        <source>%n grupper oprettes under %1.</source>
        <translation>
            <numerusform>%n gruppe oprettes under %1.</numerusform>
            <numerusform>%n grupper oprettes under %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daginstitutionen &quot;%1&quot; oprettes med %n grupper.</source>
        <translation>
            <numerusform>Daginstitutionen &quot;%1&quot; oprettes med %n gruppe.</numerusform>
            <numerusform>Daginstitutionen &quot;%1&quot; oprettes med %n grupper.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eksisterende enheder flyttes ind.</source>
        <translation>
            <numerusform>%n eksisterende enhed flyttes ind.</numerusform>
            <numerusform>%n eksisterende enheder flyttes ind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::FilterBar</name>
    <message numerus="yes">
        <source>%n filtre skjuler alle poster – &lt;a href=&quot;reset&quot;&gt;Nulstil&lt;/a&gt; (Ctrl+Shift+F)</source>
        <translation>
            <numerusform>%n filter skjuler alle poster – &lt;a href=&quot;reset&quot;&gt;Nulstil&lt;/a&gt; (Ctrl+Shift+F)</numerusform>
            <numerusform>%n filtre skjuler alle poster – &lt;a href=&quot;reset&quot;&gt;Nulstil&lt;/a&gt; (Ctrl+Shift+F)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::FixPreviewDialog</name>
    <message numerus="yes">
        <source>&amp;Ret %n</source>
        <translation>
            <numerusform>&amp;Ret %n</numerusform>
            <numerusform>&amp;Ret %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::Fixes</name>
    <message numerus="yes">
        <source>Ret %n fund: %1</source>
        <translation>
            <numerusform>Ret %n fund: %1</numerusform>
            <numerusform>Ret %n fund: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ret %n fund</source>
        <translation>
            <numerusform>Ret %n fund</numerusform>
            <numerusform>Ret %n fund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::MainWindow</name>
    <message numerus="yes">
        <source>Du har %n ventende ændringer. De er gemt i arbejdsområdet

%1

og er der igen, når du åbner det samme udtræk eller vælger Filer → Åbn arbejdsområde.</source>
        <translation>
            <numerusform>Du har %n ventende ændring. Den er gemt i arbejdsområdet

%1

og er der igen, når du åbner det samme udtræk eller vælger Filer → Åbn arbejdsområde.</numerusform>
            <numerusform>Du har %n ventende ændringer. De er gemt i arbejdsområdet

%1

og er der igen, når du åbner det samme udtræk eller vælger Filer → Åbn arbejdsområde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fortsætter med %n ventende ændringer fra arbejdsområdet.</source>
        <translation>
            <numerusform>Fortsætter med %n ventende ændring fra arbejdsområdet.</numerusform>
            <numerusform>Fortsætter med %n ventende ændringer fra arbejdsområdet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vil du fortryde alle %n ventende ændringer? Det kan selv fortrydes med Ctrl+Z.</source>
        <translation>
            <numerusform>Vil du fortryde alle %n ventende ændring? Det kan selv fortrydes med Ctrl+Z.</numerusform>
            <numerusform>Vil du fortryde alle %n ventende ændringer? Det kan selv fortrydes med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ændringstrin er importeret fra %1 – fortryd med Ctrl+Z.</source>
        <translation>
            <numerusform>%n ændringstrin er importeret fra %1 – fortryd med Ctrl+Z.</numerusform>
            <numerusform>%n ændringstrin er importeret fra %1 – fortryd med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poster er markeret som gennemgået.</source>
        <translation>
            <numerusform>%n post er markeret som gennemgået.</numerusform>
            <numerusform>%n poster er markeret som gennemgået.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poster er ikke længere markeret som gennemgået.</source>
        <translation>
            <numerusform>%n post er ikke længere markeret som gennemgået.</numerusform>
            <numerusform>%n poster er ikke længere markeret som gennemgået.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note til %n poster (gemmes i arbejdsområdet):</source>
        <translation>
            <numerusform>Note til %n post (gemmes i arbejdsområdet):</numerusform>
            <numerusform>Note til %n poster (gemmes i arbejdsområdet):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sidst arbejdede du på %1 og har %n ventende ændringer, der ikke er indsendt.

Vil du fortsætte dér?</source>
        <translation>
            <numerusform>Sidst arbejdede du på %1 og har %n ventende ændring, der ikke er indsendt.

Vil du fortsætte dér?</numerusform>
            <numerusform>Sidst arbejdede du på %1 og har %n ventende ændringer, der ikke er indsendt.

Vil du fortsætte dér?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::MapWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n poster her:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n post her:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n poster her:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… og %n flere</source>
        <translation>
            <numerusform>… og %n mere</numerusform>
            <numerusform>… og %n flere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::ProblemsPanel</name>
    <message numerus="yes">
        <source>Ret &amp;alle %n…</source>
        <translation>
            <numerusform>Ret &amp;alle %n…</numerusform>
            <numerusform>Ret &amp;alle %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::Session</name>
    <message numerus="yes">
        <source>%n uvisse udfald kunne ikke afstemmes med registeret; intet andet er sendt. Prøv igen om lidt.</source>
        <translation>
            <numerusform>%n uvist udfald kunne ikke afstemmes med registeret; intet andet er sendt. Prøv igen om lidt.</numerusform>
            <numerusform>%n uvisse udfald kunne ikke afstemmes med registeret; intet andet er sendt. Prøv igen om lidt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::StatusSummary</name>
    <message numerus="yes">
        <source>%n med uvist udfald</source>
        <translation>
            <numerusform>%n med uvist udfald</numerusform>
            <numerusform>%n med uvist udfald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n kvitteret)</source>
        <translation>
            <numerusform>(%n kvitteret)</numerusform>
            <numerusform>(%n kvitteret)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::Submission</name>
    <message numerus="yes">
        <source>%n fejl i de valgte ændringer skal rettes, eller ændringerne udelades – først %1: %2</source>
        <translation>
            <numerusform>%n fejl i de valgte ændringer skal rettes, eller ændringerne udelades – først %1: %2</numerusform>
            <numerusform>%n fejl i de valgte ændringer skal rettes, eller ændringerne udelades – først %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advarsler på de valgte ændringer er ikke kvitteret for. Kvittér (Ctrl+K), eller udelad ændringerne – først %1: %2</source>
        <translation>
            <numerusform>%n advarsel på de valgte ændringer er ikke kvitteret for. Kvittér (Ctrl+K), eller udelad ændringerne – først %1: %2</numerusform>
            <numerusform>%n advarsler på de valgte ændringer er ikke kvitteret for. Kvittér (Ctrl+K), eller udelad ændringerne – først %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kontrolleret uden at sende: %1 af %n operationer er klar til afsendelse. En kontrol kan ikke vide alt: registeret prøver først reglerne, der kræver dets egne data (fx P-nummeret mod CVR, dubletter og tilknytninger), når posten sendes.</source>
        <translation>
            <numerusform>Kontrolleret uden at sende: %1 af %n operation er klar til afsendelse. En kontrol kan ikke vide alt: registeret prøver først reglerne, der kræver dets egne data (fx P-nummeret mod CVR, dubletter og tilknytninger), når posten sendes.</numerusform>
            <numerusform>Kontrolleret uden at sende: %1 af %n operationer er klar til afsendelse. En kontrol kan ikke vide alt: registeret prøver først reglerne, der kræver dets egne data (fx P-nummeret mod CVR, dubletter og tilknytninger), når posten sendes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n operationer modtaget af registeret.</source>
        <translation>
            <numerusform>%1 af %n operation modtaget af registeret.</numerusform>
            <numerusform>%1 af %n operationer modtaget af registeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n har uvist udfald og afstemmes med registeret, før noget andet sendes.</source>
        <translation>
            <numerusform>%n har uvist udfald og afstemmes med registeret, før noget andet sendes.</numerusform>
            <numerusform>%n har uvist udfald og afstemmes med registeret, før noget andet sendes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::SubmitReviewDialog</name>
    <message numerus="yes">
        <source>%n skrivninger fra en tidligere indsendelse har uvist udfald. De afstemmes med registeret (læses tilbage), før noget andet kan sendes – vælg Afstem med registeret.</source>
        <translation>
            <numerusform>%n skrivning fra en tidligere indsendelse har uvist udfald. Den afstemmes med registeret (læses tilbage), før noget andet kan sendes – vælg Afstem med registeret.</numerusform>
            <numerusform>%n skrivninger fra en tidligere indsendelse har uvist udfald. De afstemmes med registeret (læses tilbage), før noget andet kan sendes – vælg Afstem med registeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operationer er klar til at blive sendt.</source>
        <translation>
            <numerusform>%n operation er klar til at blive sendt.</numerusform>
            <numerusform>%n operationer er klar til at blive sendt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::cli</name>
    <message numerus="yes">
        <source>%n skrivninger har uvist udfald; de afstemmes med registeret, før noget andet sendes (dtr submit).</source>
        <translation>
            <numerusform>%n skrivning har uvist udfald; den afstemmes med registeret, før noget andet sendes (dtr submit).</numerusform>
            <numerusform>%n skrivninger har uvist udfald; de afstemmes med registeret, før noget andet sendes (dtr submit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dtr: %n fund skal rettes eller kvitteres for før indsendelse:</source>
        <translation>
            <numerusform>dtr: %n fund skal rettes eller kvitteres for før indsendelse:</numerusform>
            <numerusform>dtr: %n fund skal rettes eller kvitteres for før indsendelse:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trin er importeret fra %1.</source>
        <translation>
            <numerusform>%n trin er importeret fra %1.</numerusform>
            <numerusform>%n trin er importeret fra %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uvisse udfald: %n</source>
        <translation>
            <numerusform>Uvisse udfald: %n</numerusform>
            <numerusform>Uvisse udfald: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Afviste: %n</source>
        <translation>
            <numerusform>Afviste: %n</numerusform>
            <numerusform>Afviste: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtr::dagpleje</name>
    <message numerus="yes">
        <source>Opret %n dagplejegrupper</source>
        <translation>
            <numerusform>Opret %n dagplejegruppe</numerusform>
            <numerusform>Opret %n dagplejegrupper</numerusform>
        </translation>
    </message>
</context>
</TS>
