<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>Open dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Save &amp;&amp; close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <source>line %1, message %2: %3</source>
        <translation>Zeile %1, Nachricht %2: %3</translation>
    </message>
    <message>
        <source>%L1 tokens</source>
        <translation>%L1 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>Ein Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
</context>
</TS>
