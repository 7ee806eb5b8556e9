<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>Open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed long ago</source>
        <translation type="vanished">Längst entfernt</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>Ein Fehler</numerusform>
            <numerusform>Fehler</numerusform>
        </translation>
    </message>
</context>
</TS>
