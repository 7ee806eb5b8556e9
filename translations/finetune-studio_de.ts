<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BpeEncoding</name>
    <message>
        <source>The vocabulary of %1 is missing from this build.</source>
        <translation>Das Vokabular von %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The pre-tokenizer pattern of %1 does not compile: %2</source>
        <translation>Das Pre-Tokenizer-Muster von %1 lässt sich nicht kompilieren: %2</translation>
    </message>
</context>
<context>
    <name>BpeRankTable</name>
    <message>
        <source>Tokenizer rank file, line %1: not &apos;&lt;base64&gt; &lt;rank&gt;&apos;.</source>
        <translation>Tokenizer-Rangdatei, Zeile %1: nicht im Format &apos;&lt;base64&gt; &lt;rank&gt;&apos;.</translation>
    </message>
    <message>
        <source>Tokenizer rank file, line %1: ranks must be consecutive, expected %2.</source>
        <translation>Tokenizer-Rangdatei, Zeile %1: Die Ränge müssen fortlaufend sein, erwartet: %2.</translation>
    </message>
    <message>
        <source>Tokenizer rank file, line %1: duplicate token.</source>
        <translation>Tokenizer-Rangdatei, Zeile %1: doppeltes Token.</translation>
    </message>
    <message>
        <source>Tokenizer rank file: some single bytes have no rank.</source>
        <translation>Tokenizer-Rangdatei: Einige einzelne Bytes haben keinen Rang.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>Tokenizer vocabularies o200k_base and cl100k_base: OpenAI, from openai/tiktoken, MIT License.</source>
        <translation>Tokenizer-Vokabulare o200k_base und cl100k_base: OpenAI, aus openai/tiktoken, MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Qt %1: The Qt Company, LGPL-3.0.</source>
        <translation>Qt %1: The Qt Company, LGPL-3.0.</translation>
    </message>
    <message>
        <source>QtKeychain: Frank Osterfeld and contributors, BSD-3-Clause.</source>
        <translation>QtKeychain: Frank Osterfeld und Mitwirkende, BSD-3-Clause.</translation>
    </message>
    <message>
        <source>simdjson: Daniel Lemire and contributors, Apache-2.0.</source>
        <translation>simdjson: Daniel Lemire und Mitwirkende, Apache-2.0.</translation>
    </message>
    <message>
        <source>PCRE2: Philip Hazel and University of Cambridge, BSD-3-Clause.</source>
        <translation>PCRE2: Philip Hazel und University of Cambridge, BSD-3-Clause.</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) will be deleted</source>
        <translation>
            <numerusform>%n Beispiel wird gelöscht</numerusform>
            <numerusform>%n Beispiele werden gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) will move to %1</source>
        <translation>
            <numerusform>%n Beispiel wird nach „%1“ verschoben</numerusform>
            <numerusform>%n Beispiele werden nach „%1“ verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) will be removed</source>
        <translation>
            <numerusform>%n Duplikat wird entfernt</numerusform>
            <numerusform>%n Duplikate werden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set system prompt in %n example(s)</source>
        <translation>
            <numerusform>Systemprompt in %n Beispiel festlegen</numerusform>
            <numerusform>Systemprompt in %n Beispielen festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” in %n example(s)</source>
        <translation>
            <numerusform>„%1“ in %n Beispiel ersetzen</numerusform>
            <numerusform>„%1“ in %n Beispielen ersetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n matching example(s)</source>
        <translation>
            <numerusform>%n passendes Beispiel löschen</numerusform>
            <numerusform>%n passende Beispiele löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n example(s) to %1</source>
        <translation>
            <numerusform>%n Beispiel nach „%1“ verschieben</numerusform>
            <numerusform>%n Beispiele nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat entfernen</numerusform>
            <numerusform>%n Duplikate entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPlanner</name>
    <message>
        <source>message %1 · %2</source>
        <translation>Nachricht %1 · %2</translation>
    </message>
    <message>
        <source>preferred %1 · %2</source>
        <translation>bevorzugt %1 · %2</translation>
    </message>
    <message>
        <source>non-preferred %1 · %2</source>
        <translation>nicht bevorzugt %1 · %2</translation>
    </message>
    <message>
        <source>%1 · part %2</source>
        <translation>%1 · Teil %2</translation>
    </message>
    <message>
        <source>message 1 · system (new)</source>
        <translation>Nachricht 1 · system (neu)</translation>
    </message>
    <message>
        <source>whole example</source>
        <translation>gesamtes Beispiel</translation>
    </message>
    <message>
        <source>split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>completion</translation>
    </message>
    <message>
        <source>Type the system prompt to set.</source>
        <translation>Geben Sie den festzulegenden Systemprompt ein.</translation>
    </message>
</context>
<context>
    <name>BulkTextReplacer</name>
    <message>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>Der reguläre Ausdruck ist bei Zeichen %1 ungültig: %2</translation>
    </message>
</context>
<context>
    <name>ChatExample</name>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Choose a column for the user messages.</source>
        <translation>Wählen Sie eine Spalte für die Benutzernachrichten aus.</translation>
    </message>
    <message>
        <source>Choose a column for the assistant answers.</source>
        <translation>Wählen Sie eine Spalte für die Assistentenantworten aus.</translation>
    </message>
    <message>
        <source>Only one column can give the split.</source>
        <translation>Nur eine Spalte kann die Aufteilung angeben.</translation>
    </message>
    <message>
        <source>Only one column can give the weight.</source>
        <translation>Nur eine Spalte kann das Gewicht angeben.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Systemnachricht</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>Benutzernachricht</translation>
    </message>
    <message>
        <source>Assistant answer</source>
        <translation>Assistentenantwort</translation>
    </message>
    <message>
        <source>Split (train/validation/test)</source>
        <translation>Aufteilung (train/validation/test)</translation>
    </message>
    <message>
        <source>Weight (0 or 1)</source>
        <translation>Gewicht (0 oder 1)</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 enthält keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) instead of %1: a quote or a delimiter may be missing.</source>
        <translation>
            <numerusform>%n Feld statt %1: Möglicherweise fehlt ein Anführungszeichen oder ein Trennzeichen.</numerusform>
            <numerusform>%n Felder statt %1: Möglicherweise fehlt ein Anführungszeichen oder ein Trennzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown split &quot;%1&quot;: use train, validation or test.</source>
        <translation>Unbekannte Aufteilung &quot;%1&quot;: Verwenden Sie train, validation oder test.</translation>
    </message>
    <message>
        <source>Weight &quot;%1&quot; is not 0 or 1.</source>
        <translation>Das Gewicht &quot;%1&quot; ist weder 0 noch 1.</translation>
    </message>
    <message>
        <source>No user message: the user column is empty.</source>
        <translation>Keine Benutzernachricht: Die Benutzerspalte ist leer.</translation>
    </message>
    <message>
        <source>No assistant answer: the assistant column is empty.</source>
        <translation>Keine Assistentenantwort: Die Assistentenspalte ist leer.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>A quoted field is never closed (the closing &quot; is missing); nothing after it was read.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen (das schließende &quot; fehlt); alles danach wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>DatasetFormats</name>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>preference (DPO)</source>
        <translation>Präferenz (DPO)</translation>
    </message>
    <message>
        <source>legacy prompt/completion</source>
        <translation>prompt/completion (veraltet)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>DatasetSplitNames</name>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>DatasetStatistics</name>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Model: %1 (%2, at most %3 tokens per example)</source>
        <translation>Modell: %1 (%2, höchstens %3 Tokens pro Beispiel)</translation>
    </message>
    <message>
        <source>Examples: %1</source>
        <translation>Beispiele: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n line(s) without a readable chat example (line %1%2); run &apos;ftstudio check&apos; for details.</source>
        <translation>
            <numerusform>Nicht gezählt: %n Zeile ohne lesbares Chat-Beispiel (Zeile %1%2); führen Sie &apos;ftstudio check&apos; für Details aus.</numerusform>
            <numerusform>Nicht gezählt: %n Zeilen ohne lesbares Chat-Beispiel (Zeile %1%2); führen Sie &apos;ftstudio check&apos; für Details aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens: %1 in total, %2 in assistant messages (%3 trained)</source>
        <translation>Tokens: %1 insgesamt, %2 in assistant-Nachrichten (%3 trainiert)</translation>
    </message>
    <message>
        <source>messages per example</source>
        <translation>Nachrichten pro Beispiel</translation>
    </message>
    <message>
        <source>total tokens per example</source>
        <translation>Tokens insgesamt pro Beispiel</translation>
    </message>
    <message>
        <source>assistant tokens per example</source>
        <translation>Assistant-Tokens pro Beispiel</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p10</source>
        <translation>p10</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Examples missing a system message: %1</source>
        <translation>Beispiele ohne system-Nachricht: %1</translation>
    </message>
    <message>
        <source>Examples missing a user message: %1</source>
        <translation>Beispiele ohne user-Nachricht: %1</translation>
    </message>
    <message>
        <source>No example is over the limit of %1 tokens.</source>
        <translation>Kein Beispiel überschreitet das Limit von %1 Tokens.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) over the limit of %1 tokens will be truncated, losing their ending:</source>
        <translation>
            <numerusform>%n Beispiel über dem Limit von %1 Tokens wird abgeschnitten und verliert sein Ende:</numerusform>
            <numerusform>%n Beispiele über dem Limit von %1 Tokens werden abgeschnitten und verlieren ihr Ende:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2 tokens</source>
        <translation>  Zeile %1: %2 Tokens</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weiteres</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing tokens: %1 (each example capped at the limit)</source>
        <translation>Abrechnungs-Tokens: %1 (jedes Beispiel auf das Limit begrenzt)</translation>
    </message>
    <message>
        <source>Epochs: %1 (chosen; auto would pick %2)</source>
        <translation>Epochen: %1 (gewählt; auto würde %2 wählen)</translation>
    </message>
    <message>
        <source>Epochs: %1 (what &quot;auto&quot; picks for %2 examples)</source>
        <translation>Epochen: %1 (was &quot;auto&quot; für %2 Beispiele wählt)</translation>
    </message>
    <message>
        <source>Charged tokens: %1</source>
        <translation>Berechnete Tokens: %1</translation>
    </message>
    <message>
        <source>Estimated cost: $%1 at $%2 per million training tokens</source>
        <translation>Geschätzte Kosten: $%1 bei $%2 pro Million Trainings-Tokens</translation>
    </message>
    <message>
        <source>Estimated cost: unknown, no training price for %1 (set one in the settings)</source>
        <translation>Geschätzte Kosten: unbekannt, kein Trainingspreis für %1 (legen Sie einen in den Einstellungen fest)</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>a number is too large to be represented</source>
        <translation>eine Zahl ist zu groß, um dargestellt zu werden</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the line is not valid JSON (%1)</source>
        <translation>die Zeile ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (column %1); save the file as UTF-8</source>
        <translation>die Zeile ist kein gültiger UTF-8-Text (Spalte %1); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the line is %1, not a JSON object</source>
        <translation>die Zeile ist %1, kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the example has no &quot;messages&quot; list (or it is empty)</source>
        <translation>das Beispiel hat keine &quot;messages&quot;-Liste (oder sie ist leer)</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>%1 is %2, not an object with &quot;role&quot; and &quot;content&quot;</source>
        <translation>%1 ist %2, kein Objekt mit &quot;role&quot; und &quot;content&quot;</translation>
    </message>
    <message>
        <source>%1 has no &quot;role&quot;</source>
        <translation>%1 hat kein &quot;role&quot;</translation>
    </message>
    <message>
        <source>%1 has no &quot;content&quot;</source>
        <translation>%1 hat kein &quot;content&quot;</translation>
    </message>
    <message>
        <source>%1 has keys the cookbook checker does not know: %2</source>
        <translation>%1 hat Schlüssel, die der Cookbook-Prüfer nicht kennt: %2</translation>
    </message>
    <message>
        <source>%1: the role %2 is not one of system, user, assistant, function</source>
        <translation>%1: die Rolle %2 ist keine von system, user, assistant, function</translation>
    </message>
    <message>
        <source>%1: the role is missing or not text</source>
        <translation>%1: die Rolle fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>%1 has no text content (the cookbook checker needs a non-empty string)</source>
        <translation>%1 hat keinen Textinhalt (der Cookbook-Prüfer benötigt eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>the example has no assistant message, so there is nothing to learn from it</source>
        <translation>das Beispiel hat keine assistant-Nachricht, es gibt also nichts daraus zu lernen</translation>
    </message>
    <message>
        <source>the example has no system message</source>
        <translation>das Beispiel hat keine system-Nachricht</translation>
    </message>
    <message>
        <source>the example has no user message</source>
        <translation>das Beispiel hat keine user-Nachricht</translation>
    </message>
    <message>
        <source>the line uses the old prompt/completion format, which today&apos;s chat models cannot be trained on; put the conversation in a &quot;messages&quot; list</source>
        <translation>die Zeile verwendet das alte prompt/completion-Format, mit dem heutige Chat-Modelle nicht trainiert werden können; legen Sie die Unterhaltung in eine &quot;messages&quot;-Liste</translation>
    </message>
    <message>
        <source>the example has no &quot;messages&quot; list with the conversation</source>
        <translation>das Beispiel hat keine &quot;messages&quot;-Liste mit der Unterhaltung</translation>
    </message>
    <message>
        <source>every assistant message has weight 0, so nothing in this example is trained on</source>
        <translation>jede assistant-Nachricht hat das Gewicht 0, daher wird mit nichts in diesem Beispiel trainiert</translation>
    </message>
    <message>
        <source>the tool call uses the function %1, which the example&apos;s tools do not define</source>
        <translation>der Tool-Aufruf verwendet die Funktion %1, die in den Tools des Beispiels nicht definiert ist</translation>
    </message>
    <message>
        <source>the &quot;messages&quot; list is empty</source>
        <translation>die &quot;messages&quot;-Liste ist leer</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a list of messages, not %1</source>
        <translation>&quot;messages&quot; muss eine Liste von Nachrichten sein, nicht %1</translation>
    </message>
    <message>
        <source>input message %1</source>
        <translation>Eingabenachricht %1</translation>
    </message>
    <message>
        <source>%1 is %2, not an object with a role and content</source>
        <translation>%1 ist %2, kein Objekt mit Rolle und Inhalt</translation>
    </message>
    <message>
        <source>%1: the role must be text such as &quot;user&quot;, not %2</source>
        <translation>%1: die Rolle muss Text wie &quot;user&quot; sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: the role %2 is not one of system, user, assistant, tool</source>
        <translation>%1: die Rolle %2 ist keine von system, user, assistant, tool</translation>
    </message>
    <message>
        <source>%1 must be an assistant message, not %2</source>
        <translation>%1 muss eine assistant-Nachricht sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: a %2 message cannot have %3</source>
        <translation>%1: eine %2-Nachricht kann kein %3 haben</translation>
    </message>
    <message>
        <source>%1: the key %2 is not part of the chat format</source>
        <translation>%1: der Schlüssel %2 gehört nicht zum Chat-Format</translation>
    </message>
    <message>
        <source>%1: only assistant messages can have a weight</source>
        <translation>%1: nur assistant-Nachrichten können ein Gewicht haben</translation>
    </message>
    <message>
        <source>%1: the weight must be 0 or 1, not %2</source>
        <translation>%1: das Gewicht muss 0 oder 1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: the name must be text, not %2</source>
        <translation>%1: der Name muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: the refusal must be text, not %2</source>
        <translation>%1: die Ablehnung (refusal) muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: a function message needs the function&apos;s &quot;name&quot;</source>
        <translation>%1: eine function-Nachricht benötigt den &quot;name&quot; der Funktion</translation>
    </message>
    <message>
        <source>%1: a tool message needs the &quot;tool_call_id&quot; of the call it answers</source>
        <translation>%1: eine tool-Nachricht benötigt die &quot;tool_call_id&quot; des Aufrufs, den sie beantwortet</translation>
    </message>
    <message>
        <source>%1: the tool_call_id must be text, not %2</source>
        <translation>%1: die tool_call_id muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 answers the tool call %2, but no earlier assistant message made a call with that id</source>
        <translation>%1 beantwortet den Tool-Aufruf %2, aber keine vorherige assistant-Nachricht hat einen Aufruf mit dieser ID gemacht</translation>
    </message>
    <message>
        <source>%1 has no content (it is null)</source>
        <translation>%1 hat keinen Inhalt (er ist null)</translation>
    </message>
    <message>
        <source>%1 has empty content</source>
        <translation>%1 hat leeren Inhalt</translation>
    </message>
    <message>
        <source>%1: the content must be text or a list of content parts, not %2</source>
        <translation>%1: der Inhalt muss Text oder eine Liste von Inhaltsteilen sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 has an empty list of content parts</source>
        <translation>%1 hat eine leere Liste von Inhaltsteilen</translation>
    </message>
    <message>
        <source>%1, part %2</source>
        <translation>%1, Teil %2</translation>
    </message>
    <message>
        <source>%1 is %2, not an object with a &quot;type&quot;</source>
        <translation>%1 ist %2, kein Objekt mit einem &quot;type&quot;</translation>
    </message>
    <message>
        <source>%1 is a text part without &quot;text&quot;</source>
        <translation>%1 ist ein Textteil ohne &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1: images are only allowed in user messages</source>
        <translation>%1: Bilder sind nur in user-Nachrichten erlaubt</translation>
    </message>
    <message>
        <source>%1: the part type %2 is not one of text, image_url</source>
        <translation>%1: der Teiltyp %2 ist keiner von text, image_url</translation>
    </message>
    <message>
        <source>%1 has no &quot;type&quot; (text or image_url)</source>
        <translation>%1 hat keinen &quot;type&quot; (text oder image_url)</translation>
    </message>
    <message>
        <source>%1 is an image part without an &quot;image_url&quot; object</source>
        <translation>%1 ist ein Bildteil ohne &quot;image_url&quot;-Objekt</translation>
    </message>
    <message>
        <source>%1: the image has no URL</source>
        <translation>%1: das Bild hat keine URL</translation>
    </message>
    <message>
        <source>%1: the image URL must start with https:// or be a data:image/ URL</source>
        <translation>%1: die Bild-URL muss mit https:// beginnen oder eine data:image/-URL sein</translation>
    </message>
    <message>
        <source>%1: the image detail must be auto, low or high</source>
        <translation>%1: das Bilddetail muss auto, low oder high sein</translation>
    </message>
    <message>
        <source>%1: tool_calls must be a list of calls, not %2</source>
        <translation>%1: tool_calls muss eine Liste von Aufrufen sein, nicht %2</translation>
    </message>
    <message>
        <source>%1, tool call %2</source>
        <translation>%1, Tool-Aufruf %2</translation>
    </message>
    <message>
        <source>%1 is %2, not an object</source>
        <translation>%1 ist %2, kein Objekt</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 hat keine &quot;id&quot;</translation>
    </message>
    <message>
        <source>%1: the type must be &quot;function&quot;</source>
        <translation>%1: der Typ muss &quot;function&quot; sein</translation>
    </message>
    <message>
        <source>%1, function call</source>
        <translation>%1, Funktionsaufruf</translation>
    </message>
    <message>
        <source>%1 has no &quot;function&quot; object with a name and arguments</source>
        <translation>%1 hat kein &quot;function&quot;-Objekt mit Name und Argumenten</translation>
    </message>
    <message>
        <source>%1 has no function name</source>
        <translation>%1 hat keinen Funktionsnamen</translation>
    </message>
    <message>
        <source>%1: the arguments must be a JSON object written as text, e.g. &quot;{\&quot;city\&quot;: \&quot;Paris\&quot;}&quot;</source>
        <translation>%1: die Argumente müssen ein als Text geschriebenes JSON-Objekt sein, z. B. &quot;{\&quot;city\&quot;: \&quot;Paris\&quot;}&quot;</translation>
    </message>
    <message>
        <source>%1: the arguments are not valid JSON</source>
        <translation>%1: die Argumente sind kein gültiges JSON</translation>
    </message>
    <message>
        <source>tools must be a list of function definitions, not %1</source>
        <translation>tools muss eine Liste von Funktionsdefinitionen sein, nicht %1</translation>
    </message>
    <message>
        <source>tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>parallel_tool_calls must be true or false, not %1</source>
        <translation>parallel_tool_calls muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>functions must be a non-empty list of function definitions</source>
        <translation>functions muss eine nicht leere Liste von Funktionsdefinitionen sein</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>%1 has no function definition object</source>
        <translation>%1 hat kein Funktionsdefinitionsobjekt</translation>
    </message>
    <message>
        <source>%1: the function name must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: der Funktionsname muss aus 1 bis 64 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>%1: the description must be text</source>
        <translation>%1: die Beschreibung muss Text sein</translation>
    </message>
    <message>
        <source>%1: the parameters must be a JSON Schema object</source>
        <translation>%1: die Parameter müssen ein JSON-Schema-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;input&quot; must be an object with the conversation&apos;s &quot;messages&quot;, not %1</source>
        <translation>&quot;input&quot; muss ein Objekt mit den &quot;messages&quot; der Unterhaltung sein, nicht %1</translation>
    </message>
    <message>
        <source>the preference example has no &quot;input&quot; with the conversation</source>
        <translation>das Präferenzbeispiel hat kein &quot;input&quot; mit der Unterhaltung</translation>
    </message>
    <message>
        <source>the preference example&apos;s input has no &quot;messages&quot; list</source>
        <translation>die Eingabe des Präferenzbeispiels hat keine &quot;messages&quot;-Liste</translation>
    </message>
    <message>
        <source>the preferred output</source>
        <translation>die bevorzugte Ausgabe</translation>
    </message>
    <message>
        <source>the non-preferred output</source>
        <translation>die nicht bevorzugte Ausgabe</translation>
    </message>
    <message>
        <source>the preference example has no &quot;%1&quot; (a list with one assistant message)</source>
        <translation>das Präferenzbeispiel hat kein &quot;%1&quot; (eine Liste mit einer assistant-Nachricht)</translation>
    </message>
    <message>
        <source>%1 must be a list with exactly one assistant message, not %2</source>
        <translation>%1 muss eine Liste mit genau einer assistant-Nachricht sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must contain exactly one assistant message, not %2</source>
        <translation>%1 muss genau eine assistant-Nachricht enthalten, nicht %2</translation>
    </message>
    <message>
        <source>the line is empty; it is skipped</source>
        <translation>die Zeile ist leer; sie wird übersprungen</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark (BOM); some tools reject it, save the file as UTF-8 without BOM</source>
        <translation>die Datei beginnt mit einer Byte-Order-Mark (BOM); manche Tools lehnen sie ab, speichern Sie die Datei als UTF-8 ohne BOM</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) end with Windows line endings (CRLF); use plain LF line endings</source>
        <translation>
            <numerusform>%n Zeile endet mit Windows-Zeilenenden (CRLF); verwenden Sie einfache LF-Zeilenenden</numerusform>
            <numerusform>%n Zeilen enden mit Windows-Zeilenenden (CRLF); verwenden Sie einfache LF-Zeilenenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %n example(s); fine-tuning needs at least %1</source>
        <translation>
            <numerusform>die Datei hat %n Beispiel; das Fine-Tuning benötigt mindestens %1</numerusform>
            <numerusform>die Datei hat %n Beispiele; das Fine-Tuning benötigt mindestens %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the example is in the %1 format, but most of the file is in the %2 format</source>
        <translation>das Beispiel ist im Format %1, aber der Großteil der Datei ist im Format %2</translation>
    </message>
    <message>
        <source>the example is identical to line %1</source>
        <translation>das Beispiel ist identisch mit Zeile %1</translation>
    </message>
</context>
<context>
    <name>Fts::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Prepare, validate, train, watch and compare fine-tuned language models.</source>
        <translation>Feinabgestimmte Sprachmodelle vorbereiten, validieren, trainieren, beobachten und vergleichen.</translation>
    </message>
    <message>
        <source>Finetune Studio is free software under the GNU General Public License, version 3 or later. It keeps API keys in the system keychain and works without any provider account for editing, validation and evaluation.</source>
        <translation>Finetune Studio ist freie Software unter der GNU General Public License, Version 3 oder später. Es bewahrt API-Schlüssel im Schlüsselbund des Systems auf und funktioniert zum Bearbeiten, Validieren und Auswerten ohne Konto bei einem Anbieter.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
</context>
<context>
    <name>Fts::Api::ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Check your connection and try again.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach the provider (%1). Check your internet connection or the base URL.</source>
        <translation>Der Anbieter ist nicht erreichbar (%1). Prüfen Sie Ihre Internetverbindung oder die Basis-URL.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The provider sent an answer that could not be read (%1).</source>
        <translation>Der Anbieter hat eine Antwort gesendet, die nicht gelesen werden konnte (%1).</translation>
    </message>
    <message>
        <source>%1 (field &quot;%2&quot;)</source>
        <translation>%1 (Feld &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The provider reported an error while answering: %1</source>
        <translation>Der Anbieter hat beim Antworten einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Your account has run out of credit or quota. Add credit in the provider&apos;s billing page; retrying will not help.</source>
        <translation>Ihr Konto hat kein Guthaben oder Kontingent mehr. Laden Sie Guthaben auf der Abrechnungsseite des Anbieters auf; ein erneuter Versuch hilft nicht.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check the key in the connection profile.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Prüfen Sie den Schlüssel im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>This key is not allowed to do that (missing permission, or the region is not supported).</source>
        <translation>Dieser Schlüssel darf das nicht (fehlende Berechtigung, oder die Region wird nicht unterstützt).</translation>
    </message>
    <message>
        <source>The provider does not know this file, job or model.</source>
        <translation>Der Anbieter kennt diese Datei, diesen Job oder dieses Modell nicht.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests. Wait a moment and try again.</source>
        <translation>Der Anbieter begrenzt die Anfragerate. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The provider had a problem on its side (HTTP %1). Try again in a few minutes.</source>
        <translation>Beim Anbieter ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The provider rejected the request.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The provider answered with HTTP %1.</source>
        <translation>Der Anbieter hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Provider said: &quot;%1&quot;</source>
        <translation>Meldung des Anbieters: „%1“</translation>
    </message>
    <message>
        <source>(field &quot;%1&quot;)</source>
        <translation>(Feld &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>Fts::Api::ApiRequest</name>
    <message>
        <source>No connection is configured.</source>
        <translation>Es ist keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>%1 does not offer this operation.</source>
        <translation>%1 bietet diesen Vorgang nicht an.</translation>
    </message>
    <message>
        <source>The file to upload could not be read.</source>
        <translation>Die hochzuladende Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>keine Antwort innerhalb des Zeitlimits</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 MB allowed</source>
        <translation>die Antwort ist größer als die erlaubten %1 MB</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>Fts::Api::AzureOpenAiProvider</name>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI needs a resource name or a base URL such as https://my-resource.openai.azure.com/openai/v1.</source>
        <translation>Azure OpenAI benötigt einen Ressourcennamen oder eine Basis-URL wie https://my-resource.openai.azure.com/openai/v1.</translation>
    </message>
    <message>
        <source>No API key is set for Azure OpenAI. Add one to the connection profile or set AZURE_OPENAI_API_KEY.</source>
        <translation>Für Azure OpenAI ist kein API-Schlüssel festgelegt. Fügen Sie einen zum Verbindungsprofil hinzu oder setzen Sie AZURE_OPENAI_API_KEY.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::ChatCompletionRequest</name>
    <message>
        <source>Choose a model to chat with.</source>
        <translation>Wählen Sie ein Modell für den Chat aus.</translation>
    </message>
    <message>
        <source>The conversation has no message.</source>
        <translation>Die Unterhaltung enthält keine Nachricht.</translation>
    </message>
    <message>
        <source>the answer has no &quot;choices&quot;</source>
        <translation>die Antwort enthält kein &quot;choices&quot;</translation>
    </message>
    <message>
        <source>a streamed event is too large</source>
        <translation>ein gestreamtes Ereignis ist zu groß</translation>
    </message>
    <message>
        <source>a streamed chunk is not valid JSON</source>
        <translation>ein gestreamter Chunk ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the stream ended before any answer arrived</source>
        <translation>der Stream endete, bevor eine Antwort eintraf</translation>
    </message>
    <message>
        <source>the stream ended in the middle of the answer</source>
        <translation>der Stream endete mitten in der Antwort</translation>
    </message>
</context>
<context>
    <name>Fts::Api::CompatibleProvider</name>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
</context>
<context>
    <name>Fts::Api::ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The profile name must not contain control characters.</source>
        <translation>Der Profilname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Azure OpenAI needs the base URL of your resource, e.g. https://my-resource.openai.azure.com/openai/v1.</source>
        <translation>Azure OpenAI benötigt die Basis-URL Ihrer Ressource, z. B. https://my-resource.openai.azure.com/openai/v1.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server needs a base URL, e.g. http://127.0.0.1:8080/v1.</source>
        <translation>Ein OpenAI-kompatibler Server benötigt eine Basis-URL, z. B. http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Basis-URL &quot;%1&quot; ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (not &quot;%1&quot;).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (nicht &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The base URL must use https://; plain http:// is only allowed for this computer (localhost, 127.0.0.1), so your key never travels unencrypted.</source>
        <translation>Die Basis-URL muss https:// verwenden; einfaches http:// ist nur für diesen Computer (localhost, 127.0.0.1) erlaubt, damit Ihr Schlüssel nie unverschlüsselt übertragen wird.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?…) or fragment (#…).</source>
        <translation>Die Basis-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
</context>
<context>
    <name>Fts::Api::CredentialResolver</name>
    <message>
        <source>No API key: set the environment variable %1, or use a saved profile with --profile NAME.</source>
        <translation>Kein API-Schlüssel: Setzen Sie die Umgebungsvariable %1 oder verwenden Sie mit --profile NAME ein gespeichertes Profil.</translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: %2 The environment variable %3 is not set either.</source>
        <translation>Kein API-Schlüssel für das Profil &quot;%1&quot;: %2 Die Umgebungsvariable %3 ist ebenfalls nicht gesetzt.</translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: none is stored in the system keychain and the environment variable %2 is not set.</source>
        <translation>Kein API-Schlüssel für das Profil &quot;%1&quot;: Im Schlüsselbund des Systems ist keiner gespeichert, und die Umgebungsvariable %2 ist nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::DeleteRequest</name>
    <message>
        <source>Nothing to delete: no id was given.</source>
        <translation>Nichts zu löschen: Es wurde keine ID angegeben.</translation>
    </message>
    <message>
        <source>Only your fine-tuned models (&quot;ft:…&quot;) can be deleted.</source>
        <translation>Nur Ihre feinabgestimmten Modelle (&quot;ft:…&quot;) können gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::FileContentRequest</name>
    <message>
        <source>No file id was given.</source>
        <translation>Es wurde keine Datei-ID angegeben.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::FileListRequest</name>
    <message>
        <source>the file list has no &quot;data&quot; array</source>
        <translation>die Dateiliste hat kein &quot;data&quot;-Array</translation>
    </message>
</context>
<context>
    <name>Fts::Api::FileRetrieveRequest</name>
    <message>
        <source>No file id was given.</source>
        <translation>Es wurde keine Datei-ID angegeben.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::FileUploadRequest</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 512 MB; it must go through a multi-part upload.</source>
        <translation>„%1“ ist größer als 512 MB; die Datei muss in mehreren Teilen hochgeladen werden.</translation>
    </message>
    <message>
        <source>the uploaded file has no id</source>
        <translation>die hochgeladene Datei hat keine ID</translation>
    </message>
</context>
<context>
    <name>Fts::Api::FineTuningJob</name>
    <message>
        <source>Validating files</source>
        <translation>Dateien werden validiert</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Fts::Api::JobActionRequest</name>
    <message>
        <source>No job id was given.</source>
        <translation>Es wurde keine Job-ID angegeben.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::JobCheckpointsRequest</name>
    <message>
        <source>No job id was given.</source>
        <translation>Es wurde keine Job-ID angegeben.</translation>
    </message>
    <message>
        <source>the checkpoint list has no &quot;data&quot; array</source>
        <translation>die Checkpoint-Liste hat kein &quot;data&quot;-Array</translation>
    </message>
</context>
<context>
    <name>Fts::Api::JobCreateParams</name>
    <message>
        <source>Choose a base model to fine-tune.</source>
        <translation>Wählen Sie ein Basismodell für das Fine-Tuning.</translation>
    </message>
    <message>
        <source>Choose a training file.</source>
        <translation>Wählen Sie eine Trainingsdatei.</translation>
    </message>
    <message>
        <source>The validation file must not be the training file.</source>
        <translation>Die Validierungsdatei darf nicht die Trainingsdatei sein.</translation>
    </message>
    <message>
        <source>The model name suffix may only contain letters, digits, &quot;-&quot; and &quot;_&quot;, at most 64 characters (it is &quot;%1&quot;).</source>
        <translation>Das Suffix des Modellnamens darf nur Buchstaben, Ziffern, &quot;-&quot; und &quot;_&quot; enthalten, höchstens 64 Zeichen (es lautet &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The number of epochs must be a whole number from 1 to 50, or auto.</source>
        <translation>Die Anzahl der Epochen muss eine ganze Zahl von 1 bis 50 sein oder auto.</translation>
    </message>
    <message>
        <source>The batch size must be a whole number from 1 to 256, or auto.</source>
        <translation>Die Batchgröße muss eine ganze Zahl von 1 bis 256 sein oder auto.</translation>
    </message>
    <message>
        <source>The learning rate multiplier must be greater than 0, or auto.</source>
        <translation>Der Lernraten-Multiplikator muss größer als 0 sein oder auto.</translation>
    </message>
    <message>
        <source>Beta only applies to preference (DPO) training.</source>
        <translation>Beta gilt nur für Präferenztraining (DPO).</translation>
    </message>
    <message>
        <source>Beta must be greater than 0 and at most 2, or auto.</source>
        <translation>Beta muss größer als 0 und höchstens 2 sein oder auto.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 2147483647.</source>
        <translation>Der Seed muss eine ganze Zahl von 0 bis 2147483647 sein.</translation>
    </message>
    <message>
        <source>At most 16 metadata entries are allowed.</source>
        <translation>Höchstens 16 Metadaten-Einträge sind erlaubt.</translation>
    </message>
    <message>
        <source>Metadata keys must have 1 to 64 characters and values at most 512 (&quot;%1&quot;).</source>
        <translation>Metadaten-Schlüssel müssen 1 bis 64 Zeichen lang sein und Werte höchstens 512 (&quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>Fts::Api::JobCreateRequest</name>
    <message>
        <source>the created job has no id</source>
        <translation>der erstellte Job hat keine ID</translation>
    </message>
</context>
<context>
    <name>Fts::Api::JobEventsRequest</name>
    <message>
        <source>No job id was given.</source>
        <translation>Es wurde keine Job-ID angegeben.</translation>
    </message>
    <message>
        <source>the event list has no &quot;data&quot; array</source>
        <translation>die Ereignisliste hat kein &quot;data&quot;-Array</translation>
    </message>
</context>
<context>
    <name>Fts::Api::JobLauncher</name>
    <message>
        <source>No provider connection is available.</source>
        <translation>Es ist keine Verbindung zu einem Anbieter verfügbar.</translation>
    </message>
    <message>
        <source>Choose the training data.</source>
        <translation>Wählen Sie die Trainingsdaten aus.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::JobListRequest</name>
    <message>
        <source>the job list has no &quot;data&quot; array</source>
        <translation>die Jobliste hat kein &quot;data&quot;-Array</translation>
    </message>
</context>
<context>
    <name>Fts::Api::JobRetrieveRequest</name>
    <message>
        <source>No job id was given.</source>
        <translation>Es wurde keine Job-ID angegeben.</translation>
    </message>
    <message>
        <source>the job has no id</source>
        <translation>der Job hat keine ID</translation>
    </message>
</context>
<context>
    <name>Fts::Api::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Set the API key in the environment variable instead, or install and unlock a keyring such as GNOME Keyring or KWallet.</source>
        <translation>Kein Systemschlüsselbund verfügbar (%1). Setzen Sie den API-Schlüssel stattdessen in der Umgebungsvariable, oder installieren und entsperren Sie einen Schlüsselbund wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain (%1).</source>
        <translation>Der Schlüssel konnte nicht aus dem Systemschlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Systemschlüsselbund</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked. Unlock it, or set the API key in the environment variable instead.</source>
        <translation>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; möglicherweise ist er gesperrt. Entsperren Sie ihn, oder setzen Sie den API-Schlüssel stattdessen in der Umgebungsvariable.</numerusform>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; möglicherweise ist er gesperrt. Entsperren Sie ihn, oder setzen Sie den API-Schlüssel stattdessen in der Umgebungsvariable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::Api::LargeFileUpload</name>
    <message>
        <source>No connection is configured.</source>
        <translation>Es ist keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>Die Datei &quot;%1&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2</source>
        <translation>Lesen von &quot;%1&quot; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the completed upload carries no file</source>
        <translation>nach abgeschlossenem Hochladen liegt keine Datei vor</translation>
    </message>
</context>
<context>
    <name>Fts::Api::MemorySecretStore</name>
    <message>
        <source>this session only (forgotten when the program quits)</source>
        <translation>nur diese Sitzung (wird beim Beenden des Programms vergessen)</translation>
    </message>
</context>
<context>
    <name>Fts::Api::ModelListRequest</name>
    <message>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>die Modellliste hat kein &quot;data&quot;-Array</translation>
    </message>
</context>
<context>
    <name>Fts::Api::ModelRetrieveRequest</name>
    <message>
        <source>No model id was given.</source>
        <translation>Es wurde keine Modell-ID angegeben.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::OpenAiProvider</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>No API key is set for OpenAI. Add one to the connection profile or set OPENAI_API_KEY.</source>
        <translation>Für OpenAI ist kein API-Schlüssel festgelegt. Fügen Sie dem Verbindungsprofil einen hinzu oder setzen Sie OPENAI_API_KEY.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::Provider</name>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Basis-URL &quot;%1&quot; ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secure (HTTPS) address. Plain HTTP is only allowed to this computer (localhost or 127.0.0.1), because the API key would otherwise travel unencrypted.</source>
        <translation>&quot;%1&quot; ist keine sichere (HTTPS-)Adresse. Unverschlüsseltes HTTP ist nur zu diesem Computer erlaubt (localhost oder 127.0.0.1), da der API-Schlüssel sonst unverschlüsselt übertragen würde.</translation>
    </message>
</context>
<context>
    <name>Fts::Api::ResolvedConnection</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
</context>
<context>
    <name>Fts::Api::SessionFallbackSecretStore</name>
    <message>
        <source>No system keychain is configured.</source>
        <translation>Kein Systemschlüsselbund konfiguriert.</translation>
    </message>
    <message>
        <source>this session only (forgotten when the program quits)</source>
        <translation>nur diese Sitzung (wird beim Beenden des Programms vergessen)</translation>
    </message>
</context>
<context>
    <name>Fts::Api::UploadPartRequest</name>
    <message>
        <source>An upload part may be at most 64 MB.</source>
        <translation>Ein Teil beim Hochladen darf höchstens 64 MB groß sein.</translation>
    </message>
    <message>
        <source>the upload part has no id</source>
        <translation>der hochgeladene Teil hat keine ID</translation>
    </message>
</context>
<context>
    <name>Fts::Api::UploadRequest</name>
    <message>
        <source>the upload has no id</source>
        <translation>das Hochladen lieferte keine ID</translation>
    </message>
</context>
<context>
    <name>Fts::BlindReviewWidget</name>
    <message>
        <source>Answer 1</source>
        <translation>Antwort 1</translation>
    </message>
    <message>
        <source>Answer 2</source>
        <translation>Antwort 2</translation>
    </message>
    <message>
        <source>&amp;1  Answer 1 is better</source>
        <translation>&amp;1  Antwort 1 ist besser</translation>
    </message>
    <message>
        <source>&amp;0  About the same</source>
        <translation>&amp;0  Etwa gleich</translation>
    </message>
    <message>
        <source>&amp;2  Answer 2 is better</source>
        <translation>&amp;2  Antwort 2 ist besser</translation>
    </message>
    <message>
        <source>Reveal the models</source>
        <translation>Modelle aufdecken</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>one model</source>
        <translation>ein Modell</translation>
    </message>
    <message numerus="yes">
        <source>%1 preferred in %2% of %n decided pair(s) (95% interval %3% – %4%); %5 tie(s).</source>
        <translation>
            <numerusform>%1 bevorzugt in %2% von %n entschiedenen Paar (95%-Intervall %3% – %4%); %5 Unentschieden.</numerusform>
            <numerusform>%1 bevorzugt in %2% von %n entschiedenen Paaren (95%-Intervall %3% – %4%); %5 Unentschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review: run an evaluation first. Only examples where the two answers differ are shown.</source>
        <translation>Nichts zu prüfen: Führen Sie zuerst eine Auswertung durch. Es werden nur Beispiele angezeigt, bei denen sich die beiden Antworten unterscheiden.</translation>
    </message>
    <message numerus="yes">
        <source>All %n pair(s) rated.</source>
        <translation>
            <numerusform>Das %n Paar wurde bewertet.</numerusform>
            <numerusform>Alle %n Paare wurden bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair %1 of %2 — %3 rated</source>
        <translation>Paar %1 von %2 – %3 bewertet</translation>
    </message>
    <message>
        <source>Answer 1 — %1</source>
        <translation>Antwort 1 – %1</translation>
    </message>
    <message>
        <source>Answer 2 — %1</source>
        <translation>Antwort 2 – %1</translation>
    </message>
    <message>
        <source>Answer 1 is better (1, A or Left)</source>
        <translation>Antwort 1 ist besser (1, A oder Links)</translation>
    </message>
    <message>
        <source>Both are about as good (0, T or Space)</source>
        <translation>Beide sind etwa gleich gut (0, T oder Leertaste)</translation>
    </message>
    <message>
        <source>Answer 2 is better (2, B or Right)</source>
        <translation>Antwort 2 ist besser (2, B oder Rechts)</translation>
    </message>
    <message>
        <source>Show which model wrote which answer; the rest of the review is then no longer blind.</source>
        <translation>Zeigt, welches Modell welche Antwort geschrieben hat; die restliche Bewertung ist dann nicht mehr blind.</translation>
    </message>
    <message>
        <source>Keyboard: 1/A, 2/B, 0/T rate · J/K next/previous · N next unrated · ? all keys</source>
        <translation>Tastatur: 1/A, 2/B, 0/T bewerten · J/K nächstes/vorheriges · N nächstes unbewertetes · ? alle Tasten</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>answer 1</source>
        <translation>Antwort 1</translation>
    </message>
    <message>
        <source>answer 2</source>
        <translation>Antwort 2</translation>
    </message>
    <message>
        <source>your rating: %1</source>
        <translation>Ihre Bewertung: %1</translation>
    </message>
    <message>
        <source>1 or A — answer 1 is better
2 or B — answer 2 is better
0 or T — about the same
J or Down — next pair
K or Up — previous pair
N — next pair without a rating
? — these keys</source>
        <translation>1 oder A — Antwort 1 ist besser
2 oder B — Antwort 2 ist besser
0 oder T — etwa gleich
J oder Runter — nächstes Paar
K oder Hoch — vorheriges Paar
N — nächstes Paar ohne Bewertung
? — diese Tasten</translation>
    </message>
</context>
<context>
    <name>Fts::BulkEditDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Set System Prompt</source>
        <translation>Systemprompt festlegen</translation>
    </message>
    <message>
        <source>Delete Matching Examples</source>
        <translation>Passende Beispiele löschen</translation>
    </message>
    <message>
        <source>Move Matching to Split</source>
        <translation>Passende Beispiele in Aufteilung verschieben</translation>
    </message>
    <message>
        <source>Remove Duplicates</source>
        <translation>Duplikate entfernen</translation>
    </message>
    <message>
        <source>&amp;Replace All</source>
        <translation>Alle &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Set Prompt</source>
        <translation>Prompt &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Remove Duplicates</source>
        <translation>&amp;Duplikate entfernen</translation>
    </message>
    <message>
        <source>&amp;Apply to:</source>
        <translation>&amp;Anwenden auf:</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Fortschritt der Vorschau</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Double-click a row to show the example.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um das Beispiel anzuzeigen.</translation>
    </message>
    <message>
        <source>Text or pattern to find</source>
        <translation>Suchtext oder Suchmuster</translation>
    </message>
    <message>
        <source>Replacement (empty removes the match)</source>
        <translation>Ersetzung (leer entfernt den Treffer)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>W&amp;hole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer Ausd&amp;ruck</translation>
    </message>
    <message>
        <source>The replacement may use \1 or $1 for groups, ${name} for named groups and $&amp; for the whole match.</source>
        <translation>Die Ersetzung kann \1 oder $1 für Gruppen, ${name} für benannte Gruppen und $&amp; für den gesamten Treffer verwenden.</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystem</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Assis&amp;tant</source>
        <translation>Assis&amp;tent</translation>
    </message>
    <message>
        <source>T&amp;ool</source>
        <translation>T&amp;ool</translation>
    </message>
    <message>
        <source>In messages of:</source>
        <translation>In Nachrichten von:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemprompt:</translation>
    </message>
    <message>
        <source>The instructions every example should start with</source>
        <translation>Die Anweisungen, mit denen jedes Beispiel beginnen soll</translation>
    </message>
    <message>
        <source>&amp;Only replace existing system prompts (add none where missing)</source>
        <translation>Nur &amp;vorhandene Systemprompts ersetzen (keine fehlenden ergänzen)</translation>
    </message>
    <message>
        <source>Any text (as in the list&apos;s search)</source>
        <translation>Beliebiger Text (wie bei der Suche in der Liste)</translation>
    </message>
    <message>
        <source>Any split</source>
        <translation>Beliebige Aufteilung</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Mit Problemen</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>&amp;Containing:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>In &amp;split:</source>
        <translation>In Auf&amp;teilung:</translation>
    </message>
    <message>
        <source>Validation s&amp;tatus:</source>
        <translation>Validierungs&amp;status:</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>Verschieben &amp;nach:</translation>
    </message>
    <message>
        <source>Examples that are the same after normalising their JSON count as duplicates: key order, spacing and escapes do not matter. The first of each is kept; lines that are not valid JSON are left alone.</source>
        <translation>Beispiele, die nach dem Normalisieren ihres JSON gleich sind, gelten als Duplikate: Reihenfolge der Schlüssel, Leerzeichen und Escape-Sequenzen spielen keine Rolle. Jeweils das erste bleibt erhalten; Zeilen, die kein gültiges JSON sind, bleiben unverändert.</translation>
    </message>
    <message>
        <source>Compare only the &amp;conversation (ignore tools and other keys)</source>
        <translation>Nur die &amp;Unterhaltung vergleichen (Tools und andere Schlüssel ignorieren)</translation>
    </message>
    <message>
        <source>All examples (%1)</source>
        <translation>Alle Beispiele (%1)</translation>
    </message>
    <message>
        <source>Selected examples (%1)</source>
        <translation>Ausgewählte Beispiele (%1)</translation>
    </message>
    <message>
        <source>Examples shown in the list (%1)</source>
        <translation>In der Liste angezeigte Beispiele (%1)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Geben Sie den zu suchenden Text ein.</translation>
    </message>
    <message numerus="yes">
        <source>No matches in %n example(s)</source>
        <translation>
            <numerusform>Keine Treffer in %n Beispiel</numerusform>
            <numerusform>Keine Treffer in %n Beispielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change in %n example(s)</source>
        <translation>
            <numerusform>Nichts zu ändern in %n Beispiel</numerusform>
            <numerusform>Nichts zu ändern in %n Beispielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not valid JSON and stay exactly as they are (line %1).</source>
        <translation>
            <numerusform>%n Zeile ist kein gültiges JSON und bleibt unverändert (Zeile %1).</numerusform>
            <numerusform>%n Zeilen sind kein gültiges JSON und bleiben unverändert (Zeile %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview lists the first %1 changes; all of them are applied.</source>
        <translation>Die Vorschau zeigt die ersten %1 Änderungen; angewendet werden alle.</translation>
    </message>
    <message>
        <source>Examples were inserted, removed or moved since this dialog opened, so the selection it was opened with no longer applies: the change is for all examples.</source>
        <translation>Seit dem Öffnen dieses Dialogs wurden Beispiele eingefügt, entfernt oder verschoben; die Auswahl, mit der er geöffnet wurde, gilt daher nicht mehr: Die Änderung betrifft alle Beispiele.</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::ApiCommand</name>
    <message>
        <source>No connection profile is available.</source>
        <translation>Kein Verbindungsprofil verfügbar.</translation>
    </message>
    <message>
        <source>This provider is not supported.</source>
        <translation>Dieser Anbieter wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Führen Sie &apos;%1 --help&apos; aus, um die Optionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::ApiCommandOptions</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Die Option %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use openai, azure or compatible.</source>
        <translation>Unbekannter Anbieter „%1“: Verwenden Sie openai, azure oder compatible.</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not a web address such as https://api.openai.com/v1.</source>
        <translation>--base-url „%1“ ist keine Webadresse wie https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>Use either --profile or --provider, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --provider, nicht beides.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: no profiles are saved yet. Add one in Finetune Studio&apos;s settings, or use --provider and --base-url.</source>
        <translation>Es gibt kein Profil namens „%1“: Es sind noch keine Profile gespeichert. Fügen Sie in den Einstellungen von Finetune Studio eines hinzu oder verwenden Sie --provider und --base-url.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Gespeicherte Profile: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use %2.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Connection and output (any command that talks to a provider):
  --profile NAME            a saved connection profile (default: the default profile)
  --provider openai|azure|compatible
                            connect without a profile; the key comes from OPENAI_API_KEY
                            (AZURE_OPENAI_API_KEY for azure)
  --base-url URL            the API&apos;s base URL, e.g. https://RESOURCE.openai.azure.com/openai/v1
  --format text|json        json prints the API objects received, one JSON document
Exit status: 0 success, 1 the API refused or failed (message and request id on stderr), 2 usage.
</source>
        <translation>Verbindung und Ausgabe (alle Befehle, die mit einem Anbieter kommunizieren):
  --profile NAME            ein gespeichertes Verbindungsprofil (Standard: das Standardprofil)
  --provider openai|azure|compatible
                            ohne Profil verbinden; der Schlüssel stammt aus OPENAI_API_KEY
                            (AZURE_OPENAI_API_KEY für azure)
  --base-url URL            die Basis-URL der API, z. B. https://RESOURCE.openai.azure.com/openai/v1
  --format text|json        json gibt die empfangenen API-Objekte als ein JSON-Dokument aus
Exit-Status: 0 Erfolg, 1 die API hat abgelehnt oder ist fehlgeschlagen (Meldung und Anfrage-ID auf stderr), 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::ChatCommand</name>
    <message>
        <source>Ask a model one question; the answer streams to stdout</source>
        <translation>Einem Modell eine Frage stellen; die Antwort wird an stdout gestreamt</translation>
    </message>
    <message>
        <source>Usage: ftstudio chat --model M [--system S] [--temperature T] [--max-tokens N] [--usage] PROMPT
Sends PROMPT (all remaining words; &apos;-&apos; reads it from standard input) to the model and prints the
answer as it streams in. --usage adds token counts and latency on stderr.
</source>
        <translation>Aufruf: ftstudio chat --model M [--system S] [--temperature T] [--max-tokens N] [--usage] PROMPT
Sendet PROMPT (alle übrigen Wörter; &apos;-&apos; liest ihn von der Standardeingabe) an das Modell und gibt die
Antwort aus, während sie gestreamt wird. --usage gibt zusätzlich Token-Anzahlen und Latenz auf stderr aus.
</translation>
    </message>
    <message>
        <source>&quot;chat&quot; needs --model.</source>
        <translation>&quot;chat&quot; benötigt --model.</translation>
    </message>
    <message>
        <source>Could not read the prompt from standard input.</source>
        <translation>Der Prompt konnte nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;chat&quot; needs a PROMPT.</source>
        <translation>&quot;chat&quot; benötigt einen PROMPT.</translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2.</source>
        <translation>--temperature muss eine Zahl von 0 bis 2 sein.</translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number of at least 1.</source>
        <translation>--max-tokens muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>(the answer was cut off at the token limit)</source>
        <translation>(die Antwort wurde am Token-Limit abgeschnitten)</translation>
    </message>
    <message>
        <source>%1: %2 prompt + %3 completion tokens, %4 ms</source>
        <translation>%1: %2 Prompt- + %3 Antwort-Token, %4 ms</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::CheckCommand</name>
    <message>
        <source>Validate a JSONL training file offline</source>
        <translation>Eine JSONL-Trainingsdatei offline prüfen</translation>
    </message>
    <message>
        <source>Usage: ftstudio check FILE [--rules cookbook|openai] [--format text|json]
Checks every line of a JSONL training file and reports what OpenAI would reject.
  --rules openai     today&apos;s chat and preference formats, tool calls, weights (default)
  --rules cookbook   exactly the checks of OpenAI&apos;s cookbook data-preparation notebook
  --format text      compiler-style diagnostics and a summary (default)
  --format json      one JSON object with counts and issues
Exit status: 0 no errors, 1 errors found, 2 unreadable file or wrong arguments.
</source>
        <translation>Aufruf: ftstudio check FILE [--rules cookbook|openai] [--format text|json]
Prüft jede Zeile einer JSONL-Trainingsdatei und meldet, was OpenAI ablehnen würde.
  --rules openai     aktuelle Chat- und Präferenzformate, Tool-Aufrufe, Gewichte (Standard)
  --rules cookbook   genau die Prüfungen aus dem Notebook zur Datenaufbereitung im OpenAI-Cookbook
  --format text      Diagnosen im Compiler-Stil und eine Zusammenfassung (Standard)
  --format json      ein JSON-Objekt mit Anzahlen und Problemen
Exit-Status: 0 keine Fehler, 1 Fehler gefunden, 2 nicht lesbare Datei oder falsche Argumente.
</translation>
    </message>
    <message>
        <source>unknown rule set &apos;%1&apos;; use cookbook or openai</source>
        <translation>unbekannter Regelsatz &apos;%1&apos;; verwenden Sie cookbook oder openai</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use text or json</source>
        <translation>unbekanntes Format &apos;%1&apos;; verwenden Sie text oder json</translation>
    </message>
    <message>
        <source>which file? %1</source>
        <translation>welche Datei? %1</translation>
    </message>
    <message>
        <source>check takes one file, got %1</source>
        <translation>check erwartet eine Datei, erhalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), </source>
        <translation>
            <numerusform>%1: %n Zeile, </numerusform>
            <numerusform>%1: %n Zeilen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) in the %1 format, </source>
        <translation>
            <numerusform>%n Beispiel im Format %1, </numerusform>
            <numerusform>%n Beispiele im Format %1, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid (%1 rules)</source>
        <translation>
            <numerusform>%n gültig (Regeln: %1)</numerusform>
            <numerusform>%n gültig (Regeln: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors found</source>
        <translation>Keine Fehler gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Found %n error(s):</source>
        <translation>
            <numerusform>%n Fehler gefunden:</numerusform>
            <numerusform>%n Fehler gefunden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n Warnung:</numerusform>
            <numerusform>%n Warnungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::Cli::CliApplication</name>
    <message>
        <source>Usage: ftstudio [--help] [--version] COMMAND [ARGUMENTS]</source>
        <translation>Aufruf: ftstudio [--help] [--version] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>The command-line twin of Finetune Studio: check, measure, upload, train and evaluate.</source>
        <translation>Das Kommandozeilen-Gegenstück zu Finetune Studio: prüfen, messen, hochladen, trainieren und auswerten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;ftstudio COMMAND --help&apos; for the options of a command.</source>
        <translation>Führen Sie &apos;ftstudio COMMAND --help&apos; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>ftstudio: unknown command &apos;%1&apos;. Run &apos;ftstudio --help&apos; for the list.</source>
        <translation>ftstudio: Unbekannter Befehl &apos;%1&apos;. Führen Sie &apos;ftstudio --help&apos; aus, um die Liste zu sehen.</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::EvalCommand</name>
    <message>
        <source>Compare two models answer by answer on a held-out test set</source>
        <translation>Zwei Modelle Antwort für Antwort auf einem zurückgehaltenen Testdatensatz vergleichen</translation>
    </message>
    <message>
        <source>Usage: ftstudio eval TEST.jsonl --model-a MODEL --model-b MODEL [options]
Sends every example of TEST.jsonl without its last assistant message to both models and scores the
answers against that message. Prints accuracy with 95% Wilson intervals, wins (A wrong, B right),
regressions (A right, B wrong) and the exact McNemar p-value. Answers are stored, so running the
same evaluation again (or after an interruption) only asks for what is missing.

  --model-a MODEL, --model-b MODEL   the two models (e.g. the base model and the fine-tuned one)
  --profile-a NAME, --profile-b NAME connection profile of each model (default: --profile)
  --concurrency N                    requests in flight at most (default 8)
  --scorer SCORER                    exact (default), normalized, lines, contains, json,
                                     regex:PATTERN, or judge (needs --judge-model)
  --judge-model MODEL                the model grading answers for --scorer judge
  --rubric FILE                      the judge&apos;s instructions, with {prompt} {expected} {answer}
  --temperature T                    sampling temperature (default 0)
  --max-tokens N                     max completion tokens per answer
  --seed N                           seed sent with every request (best effort)
  --output FILE                      one JSON line per example with both answers and scores
  --store FILE                       the result store (default: the one the app uses)
  --format text|json                 the summary as text or as one JSON document
Exit status: 0 when every example was answered by both models, 1 when calls failed or the run
stopped, 2 for wrong arguments or an unreadable test set.
</source>
        <translation>Aufruf: ftstudio eval TEST.jsonl --model-a MODEL --model-b MODEL [Optionen]
Sendet jedes Beispiel aus TEST.jsonl ohne seine letzte assistant-Nachricht an beide Modelle und bewertet die
Antworten anhand dieser Nachricht. Gibt die Genauigkeit mit 95-%-Wilson-Intervallen aus, Verbesserungen (A falsch, B richtig),
Verschlechterungen (A richtig, B falsch) und den exakten McNemar-p-Wert. Antworten werden gespeichert, sodass eine
erneute Ausführung derselben Auswertung (auch nach einer Unterbrechung) nur das Fehlende abfragt.

  --model-a MODEL, --model-b MODEL   die beiden Modelle (z. B. das Basismodell und das feinabgestimmte Modell)
  --profile-a NAME, --profile-b NAME Verbindungsprofil des jeweiligen Modells (Standard: --profile)
  --concurrency N                    höchstens gleichzeitig laufende Anfragen (Standard: 8)
  --scorer SCORER                    exact (Standard), normalized, lines, contains, json,
                                     regex:PATTERN oder judge (erfordert --judge-model)
  --judge-model MODEL                das Modell, das die Antworten für --scorer judge bewertet
  --rubric FILE                      das Bewertungsschema für den Bewerter, mit {prompt} {expected} {answer}
  --temperature T                    Sampling-Temperatur (Standard: 0)
  --max-tokens N                     maximale Anzahl Completion-Tokens pro Antwort
  --seed N                           Seed, der mit jeder Anfrage gesendet wird (nach Möglichkeit)
  --output FILE                      eine JSON-Zeile pro Beispiel mit beiden Antworten und Bewertungen
  --store FILE                       der Ergebnisspeicher (Standard: der von der App verwendete)
  --format text|json                 die Zusammenfassung als Text oder als ein JSON-Dokument
Exit-Status: 0, wenn jedes Beispiel von beiden Modellen beantwortet wurde, 1, wenn Aufrufe fehlschlugen oder der
Lauf abbrach, 2 bei falschen Argumenten oder einem nicht lesbaren Testdatensatz.
</translation>
    </message>
    <message>
        <source>Name the test set: ftstudio eval TEST.jsonl --model-a M --model-b M.</source>
        <translation>Geben Sie den Testdatensatz an: ftstudio eval TEST.jsonl --model-a M --model-b M.</translation>
    </message>
    <message>
        <source>Only one test set can be evaluated at a time.</source>
        <translation>Es kann nur ein Testdatensatz gleichzeitig ausgewertet werden.</translation>
    </message>
    <message>
        <source>Both --model-a and --model-b are required.</source>
        <translation>Sowohl --model-a als auch --model-b sind erforderlich.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to 256.</source>
        <translation>--concurrency muss eine ganze Zahl von 1 bis 256 sein.</translation>
    </message>
    <message>
        <source>--scorer judge needs --judge-model MODEL.</source>
        <translation>--scorer judge erfordert --judge-model MODEL.</translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2.</source>
        <translation>--temperature muss eine Zahl von 0 bis 2 sein.</translation>
    </message>
    <message>
        <source>--max-tokens must be a positive whole number.</source>
        <translation>--max-tokens muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 has no usable example.</source>
        <translation>%1 enthält kein verwendbares Beispiel.</translation>
    </message>
    <message>
        <source>Cannot read the rubric %1: %2</source>
        <translation>Das Bewertungsschema %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>This provider is not supported.</source>
        <translation>Dieser Anbieter wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Continuing without stored answers.</source>
        <translation>Fortsetzung ohne gespeicherte Antworten.</translation>
    </message>
    <message>
        <source>The evaluation could not start: check --model-a, --model-b and --judge-model.</source>
        <translation>Die Auswertung konnte nicht gestartet werden: Prüfen Sie --model-a, --model-b und --judge-model.</translation>
    </message>
    <message>
        <source>%1 of %2 examples</source>
        <translation>%1 von %2 Beispielen</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>Evaluated %1 of %2 examples with the %3 scorer.</source>
        <translation>%1 von %2 Beispielen mit dem Bewertungsverfahren %3 ausgewertet.</translation>
    </message>
    <message>
        <source>%1 %2: %3 correct, accuracy %4 (95% CI %5 to %6)</source>
        <translation>%1 %2: %3 richtig, Genauigkeit %4 (95-%-KI %5 bis %6)</translation>
    </message>
    <message>
        <source>tokens %1 in / %2 out, median latency %3 ms, p95 %4 ms, cost %5</source>
        <translation>Tokens %1 Eingabe / %2 Ausgabe, Median-Latenz %3 ms, p95 %4 ms, Kosten %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed</source>
        <translation>
            <numerusform>%n Aufruf fehlgeschlagen</numerusform>
            <numerusform>%n Aufrufe fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Wins (A wrong, B right): %1. Regressions (A right, B wrong): %2.</source>
        <translation>Verbesserungen (A falsch, B richtig): %1. Verschlechterungen (A richtig, B falsch): %2.</translation>
    </message>
    <message>
        <source>Exact McNemar test on the flips: p = %1 (%2).</source>
        <translation>Exakter McNemar-Test der Ergebniswechsel: p = %1 (%2).</translation>
    </message>
    <message>
        <source>the difference is unlikely to be chance</source>
        <translation>der Unterschied ist wahrscheinlich kein Zufall</translation>
    </message>
    <message>
        <source>not enough evidence that the models differ</source>
        <translation>nicht genügend Belege dafür, dass sich die Modelle unterscheiden</translation>
    </message>
    <message>
        <source>%1 requests sent, %2 answers reused from earlier runs, %3.</source>
        <translation>%1 Anfragen gesendet, %2 Antworten aus früheren Läufen wiederverwendet, %3.</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::FilesCommand</name>
    <message>
        <source>Upload, list, delete and download files on the provider</source>
        <translation>Dateien beim Anbieter hochladen, auflisten, löschen und herunterladen</translation>
    </message>
    <message>
        <source>Usage: ftstudio files upload FILE [--purpose PURPOSE]
       ftstudio files list [--purpose PURPOSE]
       ftstudio files delete FILE_ID
       ftstudio files content FILE_ID [-o OUT]
Uploads a training file (purpose fine-tune by default), lists the files of the account, deletes one,
or downloads one. Fine-tuning result files arrive base64-encoded and are written decoded (CSV).
</source>
        <translation>Aufruf: ftstudio files upload FILE [--purpose PURPOSE]
        ftstudio files list [--purpose PURPOSE]
        ftstudio files delete FILE_ID
        ftstudio files content FILE_ID [-o OUT]
Lädt eine Trainingsdatei hoch (standardmäßig mit purpose fine-tune), listet die Dateien des Kontos auf, löscht eine
oder lädt eine herunter. Ergebnisdateien des Fine-Tunings kommen base64-kodiert an und werden dekodiert geschrieben (CSV).
</translation>
    </message>
    <message>
        <source>Say what to do: upload, list, delete or content.</source>
        <translation>Geben Sie an, was zu tun ist: upload, list, delete oder content.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use upload, list, delete or content.</source>
        <translation>Unbekannte Aktion &quot;%1&quot;: verwenden Sie upload, list, delete oder content.</translation>
    </message>
    <message>
        <source>&quot;files list&quot; takes no further arguments.</source>
        <translation>&quot;files list&quot; erwartet keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>&quot;files upload&quot; needs exactly one FILE.</source>
        <translation>&quot;files upload&quot; benötigt genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>&quot;files %1&quot; needs exactly one FILE_ID.</source>
        <translation>&quot;files %1&quot; benötigt genau eine Datei-ID (FILE_ID).</translation>
    </message>
    <message>
        <source>-o is only for &quot;files content&quot;.</source>
        <translation>-o gibt es nur für &quot;files content&quot;.</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;.</source>
        <translation>Es gibt keine Datei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--purpose is only for &quot;files upload&quot; and &quot;files list&quot;.</source>
        <translation>--purpose gibt es nur für &quot;files upload&quot; und &quot;files list&quot;.</translation>
    </message>
    <message>
        <source>Uploaded %1 as %2 (%3).</source>
        <translation>%1 als %2 hochgeladen (%3).</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Keine Dateien.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>ZWECK</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>DATEINAME</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>The provider did not delete %1.</source>
        <translation>Der Anbieter hat %1 nicht gelöscht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::JobsCommand</name>
    <message>
        <source>Create, follow and control fine-tuning jobs</source>
        <translation>Fine-Tuning-Jobs erstellen, verfolgen und steuern</translation>
    </message>
    <message>
        <source>Usage: ftstudio jobs create --model M --training-file PATH_OR_ID [--validation-file PATH_OR_ID]
                            [--method supervised|dpo] [--epochs N|auto] [--batch-size N|auto]
                            [--lr-multiplier X|auto] [--beta X|auto] [--suffix S] [--seed N]
                            [--metadata KEY=VALUE]...
       ftstudio jobs list [--limit N] [--after JOB_ID]
       ftstudio jobs show JOB_ID
       ftstudio jobs events JOB_ID [--limit N]
       ftstudio jobs watch JOB_ID [--interval SECONDS]
       ftstudio jobs metrics JOB_ID [--format csv|json]
       ftstudio jobs cancel|pause|resume JOB_ID
A local training or validation file is checked with the default rules first (errors stop the
command, nothing is uploaded) and then uploaded. &apos;watch&apos; prints one line per new event until the
job ends and exits 0 when it succeeded, 1 when it failed or was cancelled. &apos;metrics&apos; prints the
merged metric series (events while running; checkpoints and the result file once done).
</source>
        <translation>Aufruf: ftstudio jobs create --model M --training-file PATH_OR_ID [--validation-file PATH_OR_ID]
                             [--method supervised|dpo] [--epochs N|auto] [--batch-size N|auto]
                             [--lr-multiplier X|auto] [--beta X|auto] [--suffix S] [--seed N]
                             [--metadata KEY=VALUE]...
        ftstudio jobs list [--limit N] [--after JOB_ID]
        ftstudio jobs show JOB_ID
        ftstudio jobs events JOB_ID [--limit N]
        ftstudio jobs watch JOB_ID [--interval SECONDS]
        ftstudio jobs metrics JOB_ID [--format csv|json]
        ftstudio jobs cancel|pause|resume JOB_ID
Eine lokale Trainings- oder Validierungsdatei wird zuerst mit den Standardregeln geprüft (bei Fehlern
bricht der Befehl ab, und es wird nichts hochgeladen) und dann hochgeladen. &apos;watch&apos; gibt pro neuem Ereignis
eine Zeile aus, bis der Job endet, und beendet sich mit 0, wenn er erfolgreich war, bzw. mit 1, wenn er
fehlgeschlagen ist oder abgebrochen wurde. &apos;metrics&apos; gibt die zusammengeführte Metrikreihe aus (während
der Ausführung die Ereignisse; nach Abschluss die Checkpoints und die Ergebnisdatei).
</translation>
    </message>
    <message>
        <source>Say what to do: create, list, show, events, watch, metrics, cancel, pause or resume.</source>
        <translation>Geben Sie eine Aktion an: create, list, show, events, watch, metrics, cancel, pause oder resume.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use create, list, show, events, watch, metrics, cancel, pause or resume.</source>
        <translation>Unbekannte Aktion &quot;%1&quot;: Verwenden Sie create, list, show, events, watch, metrics, cancel, pause oder resume.</translation>
    </message>
    <message>
        <source>--format csv is only for &quot;jobs metrics&quot;.</source>
        <translation>--format csv gilt nur für &quot;jobs metrics&quot;.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;jobs %2&quot;.</source>
        <translation>--%1 gilt nicht für &quot;jobs %2&quot;.</translation>
    </message>
    <message>
        <source>&quot;jobs list&quot; takes no JOB_ID.</source>
        <translation>&quot;jobs list&quot; akzeptiert keine JOB_ID.</translation>
    </message>
    <message>
        <source>&quot;jobs %1&quot; needs exactly one JOB_ID.</source>
        <translation>&quot;jobs %1&quot; benötigt genau eine JOB_ID.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 10000.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 10000 sein.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.01 to 3600.</source>
        <translation>--interval muss eine Anzahl Sekunden von 0.01 bis 3600 sein.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;jobs create&quot; needs --model and --training-file.</source>
        <translation>&quot;jobs create&quot; benötigt --model und --training-file.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;: use supervised or dpo.</source>
        <translation>Unbekannte Methode &quot;%1&quot;: Verwenden Sie supervised oder dpo.</translation>
    </message>
    <message>
        <source>--%1 must be a number or auto (it is &quot;%2&quot;).</source>
        <translation>--%1 muss eine Zahl oder auto sein (angegeben ist &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>--seed must be a whole number (it is &quot;%1&quot;).</source>
        <translation>--seed muss eine ganze Zahl sein (angegeben ist &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--metadata takes KEY=VALUE (it is &quot;%1&quot;).</source>
        <translation>--metadata erwartet KEY=VALUE (angegeben ist &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot; (and it does not look like a file id).</source>
        <translation>Es gibt keine Datei &quot;%1&quot; (und es sieht auch nicht nach einer Datei-ID aus).</translation>
    </message>
    <message>
        <source>The validation file must not be the training file.</source>
        <translation>Die Validierungsdatei darf nicht die Trainingsdatei sein.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierungs</translation>
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation>Die %1-Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… und %n weiterer Fehler.</numerusform>
            <numerusform>… und %n weitere Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 file %2 has %n error(s); nothing was uploaded. Run &apos;ftstudio check %2&apos; for the full report.</source>
        <translation>
            <numerusform>Die %1-Datei %2 hat %n Fehler; es wurde nichts hochgeladen. Führen Sie &apos;ftstudio check %2&apos; aus, um den vollständigen Bericht zu erhalten.</numerusform>
            <numerusform>Die %1-Datei %2 hat %n Fehler; es wurde nichts hochgeladen. Führen Sie &apos;ftstudio check %2&apos; aus, um den vollständigen Bericht zu erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 file %2 is in %3 format, but %4 training needs %5 examples; nothing was uploaded.</source>
        <translation>Die %1-Datei %2 liegt im Format %3 vor, aber %4-Training benötigt %5-Beispiele; es wurde nichts hochgeladen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n warning(s), uploading anyway.</source>
        <translation>
            <numerusform>%1: %n Warnung, wird trotzdem hochgeladen.</numerusform>
            <numerusform>%1: %n Warnungen, wird trotzdem hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Uploaded %1 as %2.</source>
        <translation>%1 wurde als %2 hochgeladen.</translation>
    </message>
    <message>
        <source>Created job %1 (%2) to fine-tune %3.</source>
        <translation>Job %1 (%2) für das Fine-Tuning von %3 erstellt.</translation>
    </message>
    <message>
        <source>Follow it with: ftstudio jobs watch %1</source>
        <translation>Verfolgen mit: ftstudio jobs watch %1</translation>
    </message>
    <message>
        <source>No fine-tuning jobs.</source>
        <translation>Keine Fine-Tuning-Jobs.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>FINE-TUNED MODEL</source>
        <translation>FEINABGESTIMMTES MODELL</translation>
    </message>
    <message>
        <source>More jobs: ftstudio jobs list --after %1</source>
        <translation>Weitere Jobs: ftstudio jobs list --after %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Fine-tuned model</source>
        <translation>Feinabgestimmtes Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Trainingsdatei</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>Validierungsdatei</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Estimated finish</source>
        <translation>Voraussichtliches Ende</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>Trainierte Token</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>Ergebnisdateien</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Nachricht)</translation>
    </message>
    <message>
        <source>(field &quot;%1&quot;)</source>
        <translation>(Feld &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Metadata %1</source>
        <translation>Metadaten %1</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Polling failed, trying again: %1</source>
        <translation>Abfrage fehlgeschlagen, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Job %1 succeeded: %2</source>
        <translation>Job %1 erfolgreich abgeschlossen: %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>Job %1 beendet: %2</translation>
    </message>
    <message>
        <source>The result file could not be read (%1); showing the metrics from the events.</source>
        <translation>Die Ergebnisdatei konnte nicht gelesen werden (%1); es werden die Metriken aus den Ereignissen angezeigt.</translation>
    </message>
    <message>
        <source>No metrics reported yet for %1.</source>
        <translation>Für %1 wurden noch keine Metriken gemeldet.</translation>
    </message>
    <message>
        <source>Job %1 is now %2.</source>
        <translation>Job %1 hat jetzt den Status %2.</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::ModelsCommand</name>
    <message>
        <source>List the models of the account, with shutdown dates</source>
        <translation>Die Modelle des Kontos mit Abschaltdaten auflisten</translation>
    </message>
    <message>
        <source>Usage: ftstudio models [--fine-tuned]
Lists the models the key can use, newest first, with the date each one shuts down.
  --fine-tuned    only your fine-tuned models (ft:…)
</source>
        <translation>Aufruf: ftstudio models [--fine-tuned]
Listet die Modelle auf, die der Schlüssel verwenden kann, die neuesten zuerst, jeweils mit dem Abschaltdatum.
  --fine-tuned    nur Ihre feinabgestimmten Modelle (ft:…)
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>No fine-tuned models.</source>
        <translation>Keine feinabgestimmten Modelle.</translation>
    </message>
    <message>
        <source>No models.</source>
        <translation>Keine Modelle.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>OWNED BY</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>SHUTS DOWN</source>
        <translation>ABSCHALTUNG</translation>
    </message>
    <message>
        <source>(shut down)</source>
        <translation>(abgeschaltet)</translation>
    </message>
</context>
<context>
    <name>Fts::Cli::StatsCommand</name>
    <message>
        <source>Count tokens exactly and estimate epochs and cost of a training file</source>
        <translation>Tokens exakt zählen sowie Epochen und Kosten einer Trainingsdatei schätzen</translation>
    </message>
    <message>
        <source>Usage: ftstudio stats FILE [--model MODEL] [--encoding o200k_base|cl100k_base] [--epochs N]
                      [--format text|json] [--per-example OUT]
Counts the tokens of every example exactly as OpenAI&apos;s tokenizer does and reports distributions,
examples that would be truncated, the epochs &quot;auto&quot; picks and the estimated training cost.
  --model MODEL        the model to fine-tune (default %1); sets the encoding, the limit
                       per example and the price (prices can be changed in the app&apos;s settings)
  --encoding NAME      override the model&apos;s tokenizer: o200k_base or cl100k_base
  --epochs N           price N epochs instead of what &quot;auto&quot; would pick
  --format text        a readable report (default)
  --format json        one JSON object
  --per-example OUT    also write line&lt;TAB&gt;total_tokens&lt;TAB&gt;assistant_tokens per example to OUT
                       (&apos;-&apos; for standard output); lines are the file&apos;s 1-based line numbers
Exit status: 0 all examples counted and within the limit, 1 some line not countable or some
example too long, 2 unreadable file or wrong arguments.
</source>
        <translation>Aufruf: ftstudio stats FILE [--model MODEL] [--encoding o200k_base|cl100k_base] [--epochs N]
                       [--format text|json] [--per-example OUT]
Zählt die Tokens jedes Beispiels genau so wie der Tokenizer von OpenAI und meldet Verteilungen,
Beispiele, die abgeschnitten würden, die Epochen, die &quot;auto&quot; wählt, und die geschätzten Trainingskosten.
  --model MODEL        das Modell für das Fine-Tuning (Standard %1); legt die Kodierung, das Limit
                       pro Beispiel und den Preis fest (Preise lassen sich in den Einstellungen der App ändern)
  --encoding NAME      den Tokenizer des Modells überschreiben: o200k_base oder cl100k_base
  --epochs N           Preis für N Epochen berechnen statt für die von &quot;auto&quot; gewählte Anzahl
  --format text        ein lesbarer Bericht (Standard)
  --format json        ein JSON-Objekt
  --per-example OUT    zusätzlich Zeile&lt;TAB&gt;total_tokens&lt;TAB&gt;assistant_tokens pro Beispiel nach OUT schreiben
                       (&apos;-&apos; für die Standardausgabe); Zeilen sind die 1-basierten Zeilennummern der Datei
Exit-Status: 0 alle Beispiele gezählt und innerhalb des Limits, 1 eine Zeile nicht zählbar oder ein
Beispiel zu lang, 2 Datei nicht lesbar oder falsche Argumente.
</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use text or json</source>
        <translation>unbekanntes Format &apos;%1&apos;; verwenden Sie text oder json</translation>
    </message>
    <message>
        <source>--model needs a model name, e.g. %1</source>
        <translation>--model benötigt einen Modellnamen, z. B. %1</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;; use o200k_base or cl100k_base</source>
        <translation>unbekannte Kodierung &apos;%1&apos;; verwenden Sie o200k_base oder cl100k_base</translation>
    </message>
    <message>
        <source>--epochs must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--epochs muss eine ganze Zahl von 1 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>which file? %1</source>
        <translation>welche Datei? %1</translation>
    </message>
    <message>
        <source>stats takes one file, got %1</source>
        <translation>stats erwartet eine Datei, erhalten: %1</translation>
    </message>
    <message>
        <source>ftstudio stats: warning: unknown model &apos;%1&apos;; assuming %2 and at most %3 tokens per example</source>
        <translation>ftstudio stats: Warnung: unbekanntes Modell &apos;%1&apos;; es wird %2 mit höchstens %3 Tokens pro Beispiel angenommen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Fts::ColumnRoleDelegate</name>
    <message>
        <source>Role of column %1</source>
        <translation>Rolle von Spalte %1</translation>
    </message>
</context>
<context>
    <name>Fts::ConnectionProfilesPage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>Verbindungsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected profile and its key</source>
        <translation>Ausgewähltes Profil und seinen Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Use this profile when none is chosen (also for ftstudio)</source>
        <translation>Dieses Profil verwenden, wenn keines ausgewählt ist (auch für ftstudio)</translation>
    </message>
    <message>
        <source>e.g. Clinic OpenAI</source>
        <translation>z. B. Klinik OpenAI</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>optional, org-…</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>optional, proj_…</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Keep the key for this session</source>
        <translation>Schlüssel für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>List the provider&apos;s models with these settings</source>
        <translation>Modelle des Anbieters mit diesen Einstellungen auflisten</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>das neue Profil</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen für %1 speichern?</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <source>https://api.openai.com/v1 (leave empty)</source>
        <translation>https://api.openai.com/v1 (leer lassen)</translation>
    </message>
    <message>
        <source>https://RESOURCE.openai.azure.com/openai/v1, or just RESOURCE</source>
        <translation>https://RESOURCE.openai.azure.com/openai/v1 oder nur RESOURCE</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/v1</source>
        <translation>http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>API &amp;key (optional):</source>
        <translation>API-Sch&amp;lüssel (optional):</translation>
    </message>
    <message>
        <source>no secret store is configured</source>
        <translation>es ist kein Passwortspeicher eingerichtet</translation>
    </message>
    <message>
        <source>Saving the key in %1…</source>
        <translation>Schlüssel wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>The key is stored in %1.</source>
        <translation>Der Schlüssel ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the connection profile &quot;%1&quot;? Its API key is removed from the keychain too.</source>
        <translation>Das Verbindungsprofil &quot;%1&quot; entfernen? Sein API-Schlüssel wird ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available on this computer&lt;/b&gt;, so the key cannot be saved safely. Set the environment variable &lt;b&gt;%1&lt;/b&gt; before starting Finetune Studio, for example with &lt;code&gt;export %1=…&lt;/code&gt; in &lt;code&gt;~/.profile&lt;/code&gt;. Finetune Studio never writes keys to a file.</source>
        <translation>&lt;b&gt;Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar&lt;/b&gt;, daher kann der Schlüssel nicht sicher gespeichert werden. Setzen Sie die Umgebungsvariable &lt;b&gt;%1&lt;/b&gt;, bevor Sie Finetune Studio starten, zum Beispiel mit &lt;code&gt;export %1=…&lt;/code&gt; in &lt;code&gt;~/.profile&lt;/code&gt;. Finetune Studio schreibt Schlüssel niemals in eine Datei.</translation>
    </message>
    <message>
        <source>Or keep the key for this session only; it is forgotten when you quit.</source>
        <translation>Oder behalten Sie den Schlüssel nur für diese Sitzung; er wird beim Beenden verworfen.</translation>
    </message>
    <message>
        <source>No key is stored, and %1 is not set.</source>
        <translation>Es ist kein Schlüssel gespeichert, und %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The key from the environment variable %1 is used.</source>
        <translation>Der Schlüssel aus der Umgebungsvariable %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>Geben Sie zuerst den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key is kept for this session only; it is forgotten when you quit.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung behalten; er wird beim Beenden verworfen.</translation>
    </message>
    <message>
        <source>No key is stored; the environment variable %1 is used.</source>
        <translation>Es ist kein Schlüssel gespeichert; die Umgebungsvariable %1 wird verwendet.</translation>
    </message>
    <message>
        <source>No key is stored. Most local servers need none.</source>
        <translation>Es ist kein Schlüssel gespeichert. Die meisten lokalen Server benötigen keinen.</translation>
    </message>
    <message>
        <source>No key is stored yet: paste it above and save.</source>
        <translation>Es ist noch kein Schlüssel gespeichert: Fügen Sie ihn oben ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Looking for the key in %1…</source>
        <translation>Schlüssel wird in %1 gesucht…</translation>
    </message>
    <message>
        <source>A key is stored in %1.</source>
        <translation>In %1 ist ein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>This provider is not supported.</source>
        <translation>Dieser Anbieter wird nicht unterstützt.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available</source>
        <translation>
            <numerusform>Verbunden: %n Modell verfügbar</numerusform>
            <numerusform>Verbunden: %n Modelle verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them fine-tuned</source>
        <translation>
            <numerusform>, davon %n feinabgestimmt</numerusform>
            <numerusform>, davon %n feinabgestimmt</numerusform>
        </translation>
    </message>
    <message>
        <source> (answered in %1 ms).</source>
        <translation> (Antwort nach %1 ms).</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Fts::Core::BulkPreviewModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n matches)</source>
        <translation>
            <numerusform>%1 (%n Treffer)</numerusform>
            <numerusform>%1 (%n Treffer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Fts::Core::ColumnMappingModel</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
</context>
<context>
    <name>Fts::Core::DatasetDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Fts::Core::ExampleListModel</name>
    <message>
        <source>This example has errors</source>
        <translation>Dieses Beispiel hat Fehler</translation>
    </message>
    <message>
        <source>This line is not a JSON object</source>
        <translation>Diese Zeile ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>This example has warnings</source>
        <translation>Dieses Beispiel hat Warnungen</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>Not validated yet</source>
        <translation>Noch nicht validiert</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First user message</source>
        <translation>Erste Benutzernachricht</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Noch nicht gezählt</translation>
    </message>
    <message>
        <source>Cannot be counted: not a chat example</source>
        <translation>Nicht zählbar: kein Chat-Beispiel</translation>
    </message>
    <message>
        <source>%1 tokens: %2 over the limit of %3, the end will be cut off in training</source>
        <translation>%1 Tokens: %2 über dem Limit von %3, das Ende wird beim Training abgeschnitten</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message numerus="yes">
        <source>Move %n example(s)</source>
        <translation>
            <numerusform>%n Beispiel verschieben</numerusform>
            <numerusform>%n Beispiele verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::Core::ImportPreviewModel</name>
    <message>
        <source>#%1 · line %2</source>
        <translation>#%1 · Zeile %2</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gewicht %2)</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Fts::Core::IssueListModel</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1
(%2, %3)</source>
        <translation>%1
(%2, %3)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Fts::Core::JsonlDocument</name>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>opening &apos;%1&apos; was cancelled</source>
        <translation>das Öffnen von &apos;%1&apos; wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the document has no file yet; choose where to save it</source>
        <translation>das Dokument hat noch keine Datei; wählen Sie aus, wo es gespeichert werden soll</translation>
    </message>
</context>
<context>
    <name>Fts::CreateJobDialog</name>
    <message>
        <source>New Fine-Tuning Job</source>
        <translation>Neuer Fine-Tuning-Job</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Uploading the training data…</source>
        <translation>Trainingsdaten werden hochgeladen…</translation>
    </message>
    <message>
        <source>Uploading the validation data…</source>
        <translation>Validierungsdaten werden hochgeladen…</translation>
    </message>
    <message>
        <source>Creating the job…</source>
        <translation>Job wird erstellt…</translation>
    </message>
    <message>
        <source>Uploading… %1 of %2</source>
        <translation>Wird hochgeladen… %1 von %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Training data:</source>
        <translation>&amp;Trainingsdaten:</translation>
    </message>
    <message>
        <source>&amp;Validation data:</source>
        <translation>&amp;Validierungsdaten:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Supervised (example conversations)</source>
        <translation>Überwacht (Beispielunterhaltungen)</translation>
    </message>
    <message>
        <source>Preference (DPO: preferred and non-preferred answers)</source>
        <translation>Präferenz (DPO: bevorzugte und nicht bevorzugte Antworten)</translation>
    </message>
    <message>
        <source>&amp;Base model:</source>
        <translation>&amp;Basismodell:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>How many times training goes through the whole training data.</source>
        <translation>Wie oft das Training die gesamten Trainingsdaten durchläuft.</translation>
    </message>
    <message>
        <source>How many examples are learned from at once.</source>
        <translation>Aus wie vielen Beispielen gleichzeitig gelernt wird.</translation>
    </message>
    <message>
        <source>Scales how strongly each step changes the model.</source>
        <translation>Skaliert, wie stark jeder Schritt das Modell verändert.</translation>
    </message>
    <message>
        <source>How closely DPO keeps the model to its starting point: higher is more conservative.</source>
        <translation>Wie eng DPO das Modell an seinem Ausgangspunkt hält: Höhere Werte sind konservativer.</translation>
    </message>
    <message>
        <source>e.g. icd10-coder</source>
        <translation>z. B. icd10-coder</translation>
    </message>
    <message>
        <source>Fixed seed</source>
        <translation>Fester Seed</translation>
    </message>
    <message>
        <source>The same seed and settings make a job reproducible.</source>
        <translation>Mit demselben Seed und denselben Einstellungen ist ein Job reproduzierbar.</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Batch&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Learning rate multiplier:</source>
        <translation>&amp;Lernraten-Multiplikator:</translation>
    </message>
    <message>
        <source>Bet&amp;a:</source>
        <translation>Bet&amp;a:</translation>
    </message>
    <message>
        <source>Model name &amp;suffix:</source>
        <translation>Suffi&amp;x des Modellnamens:</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>See&amp;d:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Checking the data… %p%</source>
        <translation>Daten werden geprüft… %p%</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%1: train split (%n example(s))</source>
        <translation>
            <numerusform>%1: Trainingsaufteilung (%n Beispiel)</numerusform>
            <numerusform>%1: Trainingsaufteilung (%n Beispiele)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all examples (%n example(s))</source>
        <translation>
            <numerusform>%1: alle Beispiele (%n Beispiel)</numerusform>
            <numerusform>%1: alle Beispiele (%n Beispiele)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: validation split (%n example(s))</source>
        <translation>
            <numerusform>%1: Validierungsaufteilung (%n Beispiel)</numerusform>
            <numerusform>%1: Validierungsaufteilung (%n Beispiele)</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider&apos;s model list could not be read (%1); showing the known models.</source>
        <translation>Die Modellliste des Anbieters konnte nicht gelesen werden (%1); die bekannten Modelle werden angezeigt.</translation>
    </message>
    <message>
        <source>Uploaded: %1 (%2, %3, %4)</source>
        <translation>Hochgeladen: %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>The provider lists none of the known fine-tunable models; showing them anyway.</source>
        <translation>Der Anbieter führt keines der bekannten feinabstimmbaren Modelle auf; sie werden trotzdem angezeigt.</translation>
    </message>
    <message>
        <source>Continue from %1</source>
        <translation>Fortsetzen ab %1</translation>
    </message>
    <message>
        <source>Training continues from this fine-tuned model (base model %1).</source>
        <translation>Das Training wird ausgehend von diesem feinabgestimmten Modell fortgesetzt (Basismodell %1).</translation>
    </message>
    <message>
        <source>Examples may have up to %1 tokens.</source>
        <translation>Beispiele dürfen bis zu %1 Tokens haben.</translation>
    </message>
    <message>
        <source>Available until %1. %2</source>
        <translation>Verfügbar bis %1. %2</translation>
    </message>
    <message>
        <source>Optional. Helps you recognise the model: ft:%1:…:&lt;suffix&gt;:…</source>
        <translation>Optional. Hilft Ihnen, das Modell zu erkennen: ft:%1:…:&lt;suffix&gt;:…</translation>
    </message>
    <message>
        <source>The model will be named ft:%1:&lt;organisation&gt;:%2:&lt;id&gt;</source>
        <translation>Das Modell erhält den Namen ft:%1:&lt;organisation&gt;:%2:&lt;id&gt;</translation>
    </message>
    <message>
        <source>Only letters, digits, &quot;-&quot; and &quot;_&quot; are allowed (at most 64).</source>
        <translation>Nur Buchstaben, Ziffern, &quot;-&quot; und &quot;_&quot; sind erlaubt (höchstens 64).</translation>
    </message>
    <message>
        <source>Open a dataset, or choose a file already uploaded, to train on.</source>
        <translation>Öffnen Sie einen Datensatz oder wählen Sie eine bereits hochgeladene Datei, um damit zu trainieren.</translation>
    </message>
    <message>
        <source>This file is already on the provider, which checks it when the job starts. Figures and the cost estimate are shown for data from the open dataset.</source>
        <translation>Diese Datei liegt bereits beim Anbieter, der sie beim Start des Jobs prüft. Kennzahlen und Kostenschätzung werden für Daten aus dem geöffneten Datensatz angezeigt.</translation>
    </message>
    <message>
        <source>Checking the training data and counting its tokens…</source>
        <translation>Trainingsdaten werden geprüft und ihre Tokens gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n for this data</source>
        <translation>
            <numerusform>%n für diese Daten</numerusform>
            <numerusform>%n für diese Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) to train on.</source>
        <translation>
            <numerusform>%n Beispiel zum Trainieren.</numerusform>
            <numerusform>%n Beispiele zum Trainieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 billable tokens per epoch (each example counted up to %2).</source>
        <translation>%1 abrechenbare Tokens pro Epoche (jedes Beispiel bis zu %2 gezählt).</translation>
    </message>
    <message numerus="yes">
        <source>Auto will pick %n epoch(s) for this many examples</source>
        <translation>
            <numerusform>Automatisch wählt für diese Anzahl an Beispielen %n Epoche</numerusform>
            <numerusform>Automatisch wählt für diese Anzahl an Beispielen %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n Epoche</numerusform>
            <numerusform>%n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens trained in total.</source>
        <translation>%1 Tokens werden insgesamt trainiert.</translation>
    </message>
    <message>
        <source>Estimated cost: %1 (at %2 per million tokens).</source>
        <translation>Geschätzte Kosten: %1 (bei %2 pro Million Tokens).</translation>
    </message>
    <message>
        <source>Estimated cost: about %1 at the supervised price; the provider may bill DPO differently.</source>
        <translation>Geschätzte Kosten: etwa %1 zum Preis für überwachtes Training; der Anbieter rechnet DPO möglicherweise anders ab.</translation>
    </message>
    <message>
        <source>No price is known for this model: set one in Settings ▸ Training prices.</source>
        <translation>Für dieses Modell ist kein Preis bekannt: Legen Sie einen unter Einstellungen ▸ Trainingspreise fest.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) are longer than the model&apos;s limit and will be cut.</source>
        <translation>
            <numerusform>%n Beispiel ist länger als das Limit des Modells und wird abgeschnitten.</numerusform>
            <numerusform>%n Beispiele sind länger als das Limit des Modells und werden abgeschnitten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The method does not fit the data:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Methode passt nicht zu den Daten:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>these are preference pairs, which need the DPO method.</source>
        <translation>Es handelt sich um Präferenzpaare, die die DPO-Methode erfordern.</translation>
    </message>
    <message>
        <source>these are conversations, which need the supervised method.</source>
        <translation>Es handelt sich um Unterhaltungen, die die überwachte Methode erfordern.</translation>
    </message>
    <message numerus="yes">
        <source>✓ The %1 passed every check (%n warning(s)).</source>
        <translation>
            <numerusform>✓ Die %1 haben alle Prüfungen bestanden (%n Warnung).</numerusform>
            <numerusform>✓ Die %1 haben alle Prüfungen bestanden (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The %1 has %n error(s) to fix before training:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Die %1 enthalten %n Fehler, der vor dem Training behoben werden muss:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Die %1 enthalten %n Fehler, die vor dem Training behoben werden müssen:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>validation data</source>
        <translation>Validierungsdaten</translation>
    </message>
    <message>
        <source>Connect a provider account in Settings to start jobs.</source>
        <translation>Verbinden Sie in den Einstellungen ein Anbieterkonto, um Jobs zu starten.</translation>
    </message>
    <message>
        <source>Choose the training data.</source>
        <translation>Wählen Sie die Trainingsdaten aus.</translation>
    </message>
    <message>
        <source>Fix the model name suffix.</source>
        <translation>Korrigieren Sie das Suffix des Modellnamens.</translation>
    </message>
    <message>
        <source>Wait until the data is checked.</source>
        <translation>Warten Sie, bis die Daten geprüft sind.</translation>
    </message>
    <message>
        <source>Fix the errors in the data first.</source>
        <translation>Beheben Sie zuerst die Fehler in den Daten.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preparing the files…</source>
        <translation>Dateien werden vorbereitet…</translation>
    </message>
    <message>
        <source>Cannot write %1 for the upload: %2</source>
        <translation>%1 kann für das Hochladen nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Stopped. Nothing was started.</source>
        <translation>Gestoppt. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>The job was not created: %1</source>
        <translation>Der Job wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>training data as %1</source>
        <translation>Trainingsdaten als %1</translation>
    </message>
    <message>
        <source>validation data as %1</source>
        <translation>Validierungsdaten als %1</translation>
    </message>
    <message>
        <source>Already uploaded: %1. Starting again reuses the upload.</source>
        <translation>Bereits hochgeladen: %1. Bei einem erneuten Start werden die hochgeladenen Daten wiederverwendet.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Fts::CsvImportDialog</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Import CSV or TSV</source>
        <translation>CSV oder TSV importieren</translation>
    </message>
    <message>
        <source>Choose a .csv or .tsv file</source>
        <translation>.csv- oder .tsv-Datei auswählen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>First row holds column &amp;names</source>
        <translation>Erste Zeile enthält Spaltenna&amp;men</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>What each column becomes</source>
        <translation>Was aus jeder Spalte wird</translation>
    </message>
    <message>
        <source>Fixed &amp;system prompt, first in every example (optional; a row&apos;s own system column replaces it):</source>
        <translation>Fester &amp;Systemprompt am Anfang jedes Beispiels (optional; die eigene system-Spalte einer Zeile ersetzt ihn):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a file to see what it will become.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was daraus wird.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.tab *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read as: %1-separated, %2, %3</source>
        <translation>Gelesen als: Trennzeichen %1, %2, %3</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>erste Zeile ist die Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>Fts::DatasetPage</name>
    <message>
        <source>Search all examples</source>
        <translation>Alle Beispiele durchsuchen</translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation>Beispiele durchsuchen</translation>
    </message>
    <message>
        <source>Show examples by validation status</source>
        <translation>Beispiele nach Validierungsstatus anzeigen</translation>
    </message>
    <message>
        <source>All examples</source>
        <translation>Alle Beispiele</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Mit Problemen</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n example(s) match</source>
        <translation>
            <numerusform>%1 Treffer in %n Beispiel</numerusform>
            <numerusform>%1 Treffer in %n Beispielen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show examples by token length</source>
        <translation>Beispiele nach Token-Länge anzeigen</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Beliebige Länge</translation>
    </message>
    <message>
        <source>Over the model&apos;s limit</source>
        <translation>Über dem Limit des Modells</translation>
    </message>
    <message>
        <source>Tokens between</source>
        <translation>Tokens zwischen</translation>
    </message>
    <message>
        <source>Fewest tokens</source>
        <translation>Mindestanzahl Tokens</translation>
    </message>
    <message>
        <source>Most tokens</source>
        <translation>Höchstanzahl Tokens</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Over the limit of %1 (%2)</source>
        <translation>Über dem Limit von %1 (%2)</translation>
    </message>
    <message>
        <source>counting tokens: %1 of %2</source>
        <translation>Tokens werden gezählt: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Fts::Eval::EvaluationExporter</name>
    <message>
        <source>%1 paired examples of %2, scorer %3.</source>
        <translation>%1 gepaarte Beispiele aus %2, Bewertungsverfahren %3.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-Intervall</translation>
    </message>
    <message>
        <source>Median latency</source>
        <translation>Median-Latenz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Wins (A wrong, B right): &lt;b&gt;%1&lt;/b&gt;. Regressions (A right, B wrong): &lt;b&gt;%2&lt;/b&gt;. Exact McNemar p = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Verbesserungen (A falsch, B richtig): &lt;b&gt;%1&lt;/b&gt;. Verschlechterungen (A richtig, B falsch): &lt;b&gt;%2&lt;/b&gt;. Exakter McNemar-Test p = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Flips</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>win</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Verschlechterung</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Fts::Eval::EvaluationRunner</name>
    <message>
        <source>The judge&apos;s reply did not start with PASS or FAIL: &quot;%1&quot;</source>
        <translation>Die Antwort des Bewertermodells begann nicht mit PASS oder FAIL: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The judge could not grade this answer: %1</source>
        <translation>Das Bewertermodell konnte diese Antwort nicht bewerten: %1</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1 cannot be used. %2</source>
        <translation>Die Auswertung wurde angehalten: %1 kann nicht verwendet werden. %2</translation>
    </message>
</context>
<context>
    <name>Fts::Eval::EvaluationTableModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>Antwort A</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>Antwort B</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>wird gefragt…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Verschlechterung</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>Aufruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Both right</source>
        <translation>Beide richtig</translation>
    </message>
    <message>
        <source>Both wrong</source>
        <translation>Beide falsch</translation>
    </message>
</context>
<context>
    <name>Fts::Eval::ResultStore</name>
    <message>
        <source>The result store %1 could not be updated: %2</source>
        <translation>Der Ergebnisspeicher %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for the result store %1.</source>
        <translation>Der Ordner für den Ergebnisspeicher %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the result store %1: %2</source>
        <translation>Der Ergebnisspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>An answer could not be saved in %1: %2</source>
        <translation>Eine Antwort konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The run could not be recorded in %1: %2</source>
        <translation>Der Lauf konnte nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Fts::Eval::RunListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>any moment</source>
        <translation>jeden Moment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>Trainierte Tokens</translation>
    </message>
</context>
<context>
    <name>Fts::Eval::RunStore</name>
    <message>
        <source>Cannot open the run history %1: %2</source>
        <translation>Die Laufhistorie %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not save the run history: %1</source>
        <translation>Die Laufhistorie konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Fts::Eval::Scorer</name>
    <message>
        <source>The regex scorer needs a pattern: regex:PATTERN.</source>
        <translation>Das Bewertungsverfahren regex benötigt ein Muster: regex:PATTERN.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>Das Muster &quot;%1&quot; ist kein gültiger regulärer Ausdruck: %2.</translation>
    </message>
    <message>
        <source>Unknown scorer &quot;%1&quot;. Use exact, normalized, lines, contains, json or regex:PATTERN.</source>
        <translation>Unbekanntes Bewertungsverfahren &quot;%1&quot;. Verwenden Sie exact, normalized, lines, contains, json oder regex:PATTERN.</translation>
    </message>
    <message>
        <source>Exact match</source>
        <translation>Exakte Übereinstimmung</translation>
    </message>
    <message>
        <source>Normalized match (case, spaces, punctuation)</source>
        <translation>Normalisierte Übereinstimmung (Groß-/Kleinschreibung, Leerzeichen, Satzzeichen)</translation>
    </message>
    <message>
        <source>Same lines in any order</source>
        <translation>Gleiche Zeilen in beliebiger Reihenfolge</translation>
    </message>
    <message>
        <source>Answer contains expected</source>
        <translation>Antwort enthält die erwartete Antwort</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Equal JSON</source>
        <translation>Gleiches JSON</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>LLM als Bewerter</translation>
    </message>
</context>
<context>
    <name>Fts::Eval::TestSetLoader</name>
    <message>
        <source>Cannot read the test set %1: %2</source>
        <translation>Der Testdatensatz %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 is not valid JSON: %2 at character %3.</source>
        <translation>Zeile %1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Zeile %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the field &quot;messages&quot; is missing or not a list.</source>
        <translation>das Feld &quot;messages&quot; fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>there is no assistant message to use as the expected answer.</source>
        <translation>es gibt keine assistant-Nachricht, die als erwartete Antwort dienen kann.</translation>
    </message>
    <message>
        <source>the assistant message is the first message, so there is no prompt to send.</source>
        <translation>die assistant-Nachricht ist die erste Nachricht, daher gibt es keinen Prompt zum Senden.</translation>
    </message>
    <message>
        <source>the last assistant message has no content.</source>
        <translation>die letzte assistant-Nachricht hat keinen Inhalt.</translation>
    </message>
</context>
<context>
    <name>Fts::EvaluationSummaryWidget</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Accuracy (95% interval)</source>
        <translation>Genauigkeit (95-%-Intervall)</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Token ein / aus</translation>
    </message>
    <message>
        <source>Median latency</source>
        <translation>Median-Latenz</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>No example has answers from both models yet.</source>
        <translation>Noch kein Beispiel hat Antworten von beiden Modellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n win(s) (A wrong, B right)</source>
        <translation>
            <numerusform>%n Verbesserung (A falsch, B richtig)</numerusform>
            <numerusform>%n Verbesserungen (A falsch, B richtig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s) (A right, B wrong)</source>
        <translation>
            <numerusform>%n Verschlechterung (A richtig, B falsch)</numerusform>
            <numerusform>%n Verschlechterungen (A richtig, B falsch)</numerusform>
        </translation>
    </message>
    <message>
        <source>Both models got exactly the same examples right: no flips, no evidence of a difference.</source>
        <translation>Beide Modelle haben genau dieselben Beispiele richtig beantwortet: keine Wechsel, kein Hinweis auf einen Unterschied.</translation>
    </message>
    <message>
        <source>B is better than A: %1. Exact McNemar test p = %2, so this is unlikely to be chance.</source>
        <translation>B ist besser als A: %1. Exakter McNemar-Test p = %2, ein Zufall ist also unwahrscheinlich.</translation>
    </message>
    <message>
        <source>B is worse than A: %1. Exact McNemar test p = %2, so this is unlikely to be chance.</source>
        <translation>B ist schlechter als A: %1. Exakter McNemar-Test p = %2, ein Zufall ist also unwahrscheinlich.</translation>
    </message>
    <message>
        <source>%1. Exact McNemar test p = %2: not enough evidence that the models differ; more test examples would tell.</source>
        <translation>%1. Exakter McNemar-Test p = %2: nicht genügend Hinweise darauf, dass sich die Modelle unterscheiden; mehr Testbeispiele würden Klarheit schaffen.</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>A %1 → B %2 on %n example(s)</source>
        <translation>
            <numerusform>A %1 → B %2 bei %n Beispiel</numerusform>
            <numerusform>A %1 → B %2 bei %n Beispielen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed and are not counted</source>
        <translation>
            <numerusform>%n Aufruf ist fehlgeschlagen und wird nicht gezählt</numerusform>
            <numerusform>%n Aufrufe sind fehlgeschlagen und werden nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy with 95% Wilson intervals</source>
        <translation>Genauigkeit mit 95-%-Wilson-Intervallen</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
</context>
<context>
    <name>Fts::EvaluationView</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out</source>
        <translation>%1 Tokens Eingabe, %2 Ausgabe</translation>
    </message>
    <message>
        <source>stopped because: %1</source>
        <translation>angehalten, Grund: %1</translation>
    </message>
    <message>
        <source>from an earlier run</source>
        <translation>aus einem früheren Lauf</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Blind review</source>
        <translation>Blindbewertung</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>Bewertungsverfahren</translation>
    </message>
    <message>
        <source>Answers stored</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>The provider asked to slow down: waiting %1 before sending more.</source>
        <translation>Der Anbieter bittet um weniger Anfragen: Es wird %1 gewartet, bevor weitere gesendet werden.</translation>
    </message>
    <message>
        <source>Evaluation stopped</source>
        <translation>Auswertung angehalten</translation>
    </message>
    <message>
        <source>Held-out test set (chat JSONL)</source>
        <translation>Zurückgehaltener Testdatensatz (Chat-JSONL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Base model, e.g. gpt-4o-mini-2024-07-18</source>
        <translation>Basismodell, z. B. gpt-4o-mini-2024-07-18</translation>
    </message>
    <message>
        <source>Fine-tuned model, e.g. ft:gpt-4o-mini-2024-07-18:org::id</source>
        <translation>feinabgestimmtes Modell, z. B. ft:gpt-4o-mini-2024-07-18:org::id</translation>
    </message>
    <message>
        <source>Judge model, e.g. gpt-4.1</source>
        <translation>Bewertermodell, z. B. gpt-4.1</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <source>0 measures the model&apos;s most likely answer; higher values add randomness.</source>
        <translation>0 misst die wahrscheinlichste Antwort des Modells; höhere Werte erhöhen die Zufälligkeit.</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Serverstandard</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Requests in flight at most. Rate limits are respected whatever this is.</source>
        <translation>Höchstzahl gleichzeitig laufender Anfragen. Ratenlimits werden unabhängig von diesem Wert eingehalten.</translation>
    </message>
    <message>
        <source>Run evaluation</source>
        <translation>Auswertung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m examples</source>
        <translation>%v von %m Beispielen</translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation>Testdatensatz:</translation>
    </message>
    <message>
        <source>Model A:</source>
        <translation>Modell A:</translation>
    </message>
    <message>
        <source>Model B:</source>
        <translation>Modell B:</translation>
    </message>
    <message>
        <source>Scorer:</source>
        <translation>Bewertungsverfahren:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>All examples</source>
        <translation>Alle Beispiele</translation>
    </message>
    <message>
        <source>Flips only (wins and regressions)</source>
        <translation>Nur Ergebniswechsel (Verbesserungen und Verschlechterungen)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichende Antworten</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Search prompts, expected and answers</source>
        <translation>Prompts, erwartete Antworten und Antworten durchsuchen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets…</source>
        <translation>CSV für Tabellenkalkulationen…</translation>
    </message>
    <message>
        <source>JSONL, one example per line…</source>
        <translation>JSONL, ein Beispiel pro Zeile…</translation>
    </message>
    <message>
        <source>HTML report…</source>
        <translation>HTML-Bericht…</translation>
    </message>
    <message>
        <source>Add B&apos;s failures to the dataset</source>
        <translation>Fehler von B zum Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Select a row to see the whole conversation and both answers.</source>
        <translation>Wählen Sie eine Zeile aus, um die gesamte Unterhaltung und beide Antworten zu sehen.</translation>
    </message>
    <message>
        <source>Results will not be kept after closing.</source>
        <translation>Die Ergebnisse werden nach dem Schließen nicht behalten.</translation>
    </message>
    <message>
        <source>Choose the test set</source>
        <translation>Testdatensatz auswählen</translation>
    </message>
    <message>
        <source>Chat JSONL (*.jsonl *.json);;All files (*)</source>
        <translation>Chat-JSONL (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pattern; with a (group), the group must equal the expected answer</source>
        <translation>Muster; bei einer (Gruppe) muss die Gruppe der erwarteten Antwort entsprechen</translation>
    </message>
    <message>
        <source>Rubric with {prompt}, {expected} and {answer}; empty for the default</source>
        <translation>Bewertungsschema mit {prompt}, {expected} und {answer}; leer für den Standard</translation>
    </message>
    <message>
        <source>Choose a test set first.</source>
        <translation>Wählen Sie zuerst einen Testdatensatz aus.</translation>
    </message>
    <message>
        <source>%1 has no usable example.</source>
        <translation>%1 enthält kein verwendbares Beispiel.</translation>
    </message>
    <message>
        <source>Enter both models: A (usually the base model) and B (usually the fine-tuned one).</source>
        <translation>Geben Sie beide Modelle ein: A (meist das Basismodell) und B (meist das feinabgestimmte Modell).</translation>
    </message>
    <message>
        <source>The LLM judge needs a judge model.</source>
        <translation>Der LLM-Bewerter benötigt ein Bewertermodell.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>The evaluation could not start.</source>
        <translation>Die Auswertung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 of %2 examples answered, about %3 left.</source>
        <translation>%1 von %2 Beispielen beantwortet, noch etwa %3.</translation>
    </message>
    <message>
        <source>Cancelled. %1 of %2 examples have both answers; they are kept, and running again asks only for the rest.</source>
        <translation>Abgebrochen. %1 von %2 Beispielen haben beide Antworten; sie bleiben erhalten, und ein erneuter Lauf fragt nur den Rest ab.</translation>
    </message>
    <message numerus="yes">
        <source>Done in %1; %n call(s) failed (hover the rows for the reason). Run again to retry them.</source>
        <translation>
            <numerusform>Fertig nach %1; %n Aufruf fehlgeschlagen (den Grund zeigt der Tooltip der Zeile). Führen Sie die Auswertung erneut aus, um ihn zu wiederholen.</numerusform>
            <numerusform>Fertig nach %1; %n Aufrufe fehlgeschlagen (den Grund zeigt der Tooltip der Zeilen). Führen Sie die Auswertung erneut aus, um sie zu wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1: %2 requests sent.</source>
        <translation>Fertig nach %1: %2 Anfragen gesendet.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>Bewerter: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Showing the run of %1.</source>
        <translation>Angezeigt wird der Lauf vom %1.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSONL (*.jsonl)</source>
        <translation>JSONL (*.jsonl)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Export the evaluation</source>
        <translation>Auswertung exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>No failure of B to add: select rows where B is wrong, or run an evaluation first.</source>
        <translation>Keine Fehler von B zum Hinzufügen: Wählen Sie Zeilen aus, in denen B falsch liegt, oder führen Sie zuerst eine Auswertung durch.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n failure(s) from the evaluation</source>
        <translation>
            <numerusform>%n Fehler aus der Auswertung hinzufügen</numerusform>
            <numerusform>%n Fehler aus der Auswertung hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) added to the dataset, each with the expected answer.</source>
        <translation>
            <numerusform>%n Beispiel mit der erwarteten Antwort zum Datensatz hinzugefügt.</numerusform>
            <numerusform>%n Beispiele zum Datensatz hinzugefügt, jeweils mit der erwarteten Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Test split of the open dataset</source>
        <translation>Testaufteilung des geöffneten Datensatzes</translation>
    </message>
    <message>
        <source>Whole open dataset</source>
        <translation>Gesamter geöffneter Datensatz</translation>
    </message>
    <message>
        <source>Selected examples</source>
        <translation>Ausgewählte Beispiele</translation>
    </message>
    <message>
        <source>The open dataset is used as it is now, unsaved edits included.</source>
        <translation>Der geöffnete Datensatz wird in seinem aktuellen Zustand verwendet, einschließlich nicht gespeicherter Änderungen.</translation>
    </message>
    <message>
        <source>Assign Splits…</source>
        <translation>Aufteilungen zuweisen…</translation>
    </message>
    <message>
        <source>Dataset ▸ Assign Splits: hold out examples the model never trains on.</source>
        <translation>Datensatz ▸ Aufteilungen zuweisen: Beispiele zurückhalten, mit denen das Modell nie trainiert wird.</translation>
    </message>
    <message>
        <source>The selected rows where B is wrong (or all of them), with the expected answer, become new training examples in the open dataset. One undo step. (Ctrl+Enter)</source>
        <translation>Die ausgewählten Zeilen, in denen B falsch liegt (bzw. alle solchen Zeilen), werden mit der erwarteten Antwort zu neuen Trainingsbeispielen im geöffneten Datensatz. Lässt sich in einem Schritt rückgängig machen. (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>J/K or Down/Up: next/previous · F: next flip · Space: details · Ctrl+Enter: add B&apos;s failures to the dataset · ?: all keys</source>
        <translation>J/K oder Pfeil ab/auf: nächstes/vorheriges · F: nächster Wechsel · Leertaste: Details · Strg+Eingabe: Fehler von B zum Datensatz hinzufügen · ?: alle Tasten</translation>
    </message>
    <message>
        <source>Keyboard: J/K next/previous · F next flip · Space details · Ctrl+Enter add B&apos;s failures · ? all keys</source>
        <translation>Tastatur: J/K nächstes/vorheriges · F nächster Wechsel · Leertaste Details · Strg+Eingabe Fehler von B hinzufügen · ? alle Tasten</translation>
    </message>
    <message>
        <source>No dataset is open. Open one on the Dataset page, or choose a file.</source>
        <translation>Es ist kein Datensatz geöffnet. Öffnen Sie einen auf der Seite „Datensatz“, oder wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 (test split)</source>
        <translation>%1 (Testaufteilung)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n selected example(s))</source>
        <translation>
            <numerusform>%1 (%n ausgewähltes Beispiel)</numerusform>
            <numerusform>%1 (%n ausgewählte Beispiele)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running; %n line(s) of the test set were skipped (see the validation).</source>
        <translation>
            <numerusform>Läuft; %n Zeile des Testdatensatzes wurde übersprungen (siehe Validierung).</numerusform>
            <numerusform>Läuft; %n Zeilen des Testdatensatzes wurden übersprungen (siehe Validierung).</numerusform>
        </translation>
    </message>
    <message>
        <source>No flip: A and B are right or wrong on the same examples.</source>
        <translation>Kein Wechsel: A und B liegen bei denselben Beispielen richtig bzw. falsch.</translation>
    </message>
    <message>
        <source>Test split of the open dataset (%1)</source>
        <translation>Testaufteilung des geöffneten Datensatzes (%1)</translation>
    </message>
    <message>
        <source>Test split of the open dataset (none yet)</source>
        <translation>Testaufteilung des geöffneten Datensatzes (noch keine)</translation>
    </message>
    <message>
        <source>No dataset is open: open one on the Dataset page.</source>
        <translation>Es ist kein Datensatz geöffnet: Öffnen Sie einen auf der Seite „Datensatz“.</translation>
    </message>
    <message>
        <source>%1 has no test split yet. Assign splits to hold out examples the model never trains on.</source>
        <translation>%1 hat noch keine Testaufteilung. Weisen Sie Aufteilungen zu, um Beispiele zurückzuhalten, mit denen das Modell nie trainiert wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) in the test split of %1.</source>
        <translation>
            <numerusform>%n Beispiel in der Testaufteilung von %1.</numerusform>
            <numerusform>%n Beispiele in der Testaufteilung von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n example(s) of %1.</source>
        <translation>
            <numerusform>Das %n Beispiel von %1.</numerusform>
            <numerusform>Alle %n Beispiele von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) selected on the Dataset page.</source>
        <translation>
            <numerusform>%n Beispiel auf der Seite „Datensatz“ ausgewählt.</numerusform>
            <numerusform>%n Beispiele auf der Seite „Datensatz“ ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No example is selected: select some on the Dataset page.</source>
        <translation>Kein Beispiel ausgewählt: Wählen Sie auf der Seite „Datensatz“ Beispiele aus.</translation>
    </message>
    <message>
        <source>Unsaved edits are included.</source>
        <translation>Nicht gespeicherte Änderungen sind enthalten.</translation>
    </message>
    <message>
        <source>These examples were evaluated from the open dataset, so they are in it already. Edit them there, or evaluate a separate test set to collect new training examples.</source>
        <translation>Diese Beispiele wurden aus dem geöffneten Datensatz ausgewertet und sind daher bereits darin enthalten. Bearbeiten Sie sie dort, oder werten Sie einen separaten Testdatensatz aus, um neue Trainingsbeispiele zu sammeln.</translation>
    </message>
    <message>
        <source>J or Down — next example
K or Up — previous example
Home, End — first, last example
F — next flip (regression or win), Shift+F the previous one
Space — show or hide the details
Ctrl+Enter — add the selected failures of B to the dataset
Blind review: 1/A, 2/B, 0/T rate, N next unrated
? — these keys</source>
        <translation>J oder Pfeil nach unten — nächstes Beispiel
K oder Pfeil nach oben — vorheriges Beispiel
Pos1, Ende — erstes, letztes Beispiel
F — nächster Wechsel (Verschlechterung oder Verbesserung), mit Umschalt+F der vorherige
Leertaste — Details ein- oder ausblenden
Strg+Eingabe — die ausgewählten Fehler von B zum Datensatz hinzufügen
Blindbewertung: 1/A, 2/B, 0/T bewerten, N nächstes unbewertetes Paar
? — diese Tastenübersicht</translation>
    </message>
    <message>
        <source>%1 (all examples)</source>
        <translation>%1 (alle Beispiele)</translation>
    </message>
</context>
<context>
    <name>Fts::ExampleEditor</name>
    <message>
        <source>Add message</source>
        <translation>Nachricht hinzufügen</translation>
    </message>
    <message>
        <source>Move message</source>
        <translation>Nachricht verschieben</translation>
    </message>
    <message>
        <source>Duplicate message</source>
        <translation>Nachricht duplizieren</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Insert message</source>
        <translation>Nachricht einfügen</translation>
    </message>
    <message>
        <source>No example selected</source>
        <translation>Kein Beispiel ausgewählt</translation>
    </message>
    <message>
        <source>Example %1 (line %2)</source>
        <translation>Beispiel %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object, so it cannot be shown as a conversation. Its text is kept unchanged:</source>
        <translation>Zeile %1 ist kein JSON-Objekt und kann daher nicht als Unterhaltung angezeigt werden. Ihr Text bleibt unverändert:</translation>
    </message>
    <message>
        <source>Input conversation</source>
        <translation>Eingabe-Unterhaltung</translation>
    </message>
    <message>
        <source>Preferred answer</source>
        <translation>Bevorzugte Antwort</translation>
    </message>
    <message>
        <source>Non-preferred answer</source>
        <translation>Nicht bevorzugte Antwort</translation>
    </message>
    <message>
        <source>Edit message %1</source>
        <translation>Nachricht %1 bearbeiten</translation>
    </message>
    <message>
        <source>Change role of message %1 to %2</source>
        <translation>Rolle von Nachricht %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tool-Definitionen</translation>
    </message>
    <message>
        <source>Show the functions this example lets the model call</source>
        <translation>Die Funktionen anzeigen, die das Modell in diesem Beispiel aufrufen darf</translation>
    </message>
    <message>
        <source>Add tool</source>
        <translation>Tool hinzufügen</translation>
    </message>
    <message>
        <source>Remove tool %1</source>
        <translation>Tool %1 entfernen</translation>
    </message>
    <message>
        <source>Tools (%1)</source>
        <translation>Tool-Definitionen (%1)</translation>
    </message>
    <message>
        <source>Edit tool definition</source>
        <translation>Tool-Definition bearbeiten</translation>
    </message>
</context>
<context>
    <name>Fts::HyperparameterField</name>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
</context>
<context>
    <name>Fts::ImportController</name>
    <message>
        <source>&amp;Paste Examples</source>
        <translation>Kopierte Beispiele ein&amp;fügen</translation>
    </message>
    <message>
        <source>Insert examples copied as JSON lines after the current example</source>
        <translation>Als JSON-Zeilen kopierte Beispiele nach dem aktuellen Beispiel einfügen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;CSV or TSV…</source>
        <translation>&amp;CSV oder TSV…</translation>
    </message>
    <message>
        <source>Turn the rows of a spreadsheet table into chat examples</source>
        <translation>Die Zeilen einer Tabellenkalkulation in Chat-Beispiele umwandeln</translation>
    </message>
    <message>
        <source>&amp;Prompt/Completion JSONL…</source>
        <translation>&amp;Prompt/Completion-JSONL…</translation>
    </message>
    <message>
        <source>Convert examples in the legacy prompt/completion format to chat examples</source>
        <translation>Beispiele im veralteten prompt/completion-Format in Chat-Beispiele konvertieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n example(s) from %1</source>
        <translation>
            <numerusform>%n Beispiel aus %1 importieren</numerusform>
            <numerusform>%n Beispiele aus %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %n example(s) from %1</source>
        <translation>
            <numerusform>%n Beispiel aus %1 konvertieren</numerusform>
            <numerusform>%n Beispiele aus %1 konvertieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert to chat examples?</source>
        <translation>In Chat-Beispiele konvertieren?</translation>
    </message>
    <message>
        <source>%1 is in the legacy prompt/completion format, which current models are not trained on. Convert it into a new dataset of chat examples? The file itself is not changed.</source>
        <translation>%1 liegt im veralteten prompt/completion-Format vor, mit dem aktuelle Modelle nicht trainiert werden. In einen neuen Datensatz mit Chat-Beispielen konvertieren? Die Datei selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>&amp;Konvertieren…</translation>
    </message>
    <message>
        <source>&amp;Keep As Is</source>
        <translation>&amp;Unverändert lassen</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as examples.</source>
        <translation>Die Zwischenablage enthält keinen Text, der als Beispiele eingefügt werden kann.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Examples</source>
        <translation>Kopierte Beispiele einfügen</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted item(s) are not chat examples:</source>
        <translation>
            <numerusform>%n Element aus der Zwischenablage ist kein Chat-Beispiel:</numerusform>
            <numerusform>%n Elemente aus der Zwischenablage sind keine Chat-Beispiele:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert the %n Good Example(s)</source>
        <translation>
            <numerusform>Das %n gültige Beispiel einfügen</numerusform>
            <numerusform>Die %n gültigen Beispiele einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no examples.</source>
        <translation>Die Zwischenablage enthält keine Beispiele.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n example(s)</source>
        <translation>
            <numerusform>%n Beispiel aus der Zwischenablage einfügen</numerusform>
            <numerusform>%n Beispiele aus der Zwischenablage einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::ImportDestinationChooser</name>
    <message>
        <source>Put the examples</source>
        <translation>Beispiele einfügen</translation>
    </message>
    <message>
        <source>After the &amp;current example</source>
        <translation>Nach dem &amp;aktuellen Beispiel</translation>
    </message>
    <message>
        <source>In a &amp;new dataset</source>
        <translation>In einen &amp;neuen Datensatz</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>At the &amp;end of %1</source>
        <translation>Am &amp;Ende von %1</translation>
    </message>
</context>
<context>
    <name>Fts::ImportDialogBase</name>
    <message>
        <source>Choose a file to see what it will become.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was daraus wird.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
</context>
<context>
    <name>Fts::ImportPreviewView</name>
    <message>
        <source>Preview of the imported examples</source>
        <translation>Vorschau der importierten Beispiele</translation>
    </message>
</context>
<context>
    <name>Fts::ImportSummaryPanel</name>
    <message>
        <source>Conversion progress</source>
        <translation>Fortschritt der Konvertierung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Einlesen der Datei anhalten</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Zeilen, die nicht importiert werden</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Stopped. Change an option to read the file again.</source>
        <translation>Gestoppt. Ändern Sie eine Option, um die Datei erneut einzulesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) will be imported</source>
        <translation>
            <numerusform>%n Beispiel wird importiert</numerusform>
            <numerusform>%n Beispiele werden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) will not (see below)</source>
        <translation>
            <numerusform>; %n Zeile nicht (siehe unten)</numerusform>
            <numerusform>; %n Zeilen nicht (siehe unten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::InferencePricesPage</name>
    <message>
        <source>&amp;Add model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Use default price</source>
        <translation>&amp;Standardpreis verwenden</translation>
    </message>
    <message>
        <source>What calling a model costs, in US dollars per million tokens, for the cost of evaluations. A name also prices every model that starts with it (gpt-4o-mini covers gpt-4o-mini-2024-07-18; ft:gpt-4o-mini covers its fine-tuned models). Type your own price, 0 for a local model, or leave the cells empty for the built-in price.</source>
        <translation>Preise für Modellaufrufe in US-Dollar pro Million Tokens, verwendet für die Kosten von Auswertungen. Ein Name gilt auch für jedes Modell, dessen Name damit beginnt (gpt-4o-mini gilt auch für gpt-4o-mini-2024-07-18; ft:gpt-4o-mini für die daraus feinabgestimmten Modelle). Geben Sie Ihren eigenen Preis ein, 0 für ein lokales Modell, oder lassen Sie die Zellen leer, um den integrierten Preis zu verwenden.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Built-in input</source>
        <translation>Integrierter Eingabepreis</translation>
    </message>
    <message>
        <source>Built-in output</source>
        <translation>Integrierter Ausgabepreis</translation>
    </message>
    <message>
        <source>Your input</source>
        <translation>Ihr Eingabepreis</translation>
    </message>
    <message>
        <source>Your output</source>
        <translation>Ihr Ausgabepreis</translation>
    </message>
    <message>
        <source>Another model or deployment, e.g. my-azure-gpt4o</source>
        <translation>Weiteres Modell oder weitere Bereitstellung, z. B. my-azure-gpt4o</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Empty: the built-in price applies</source>
        <translation>Leer: Es gilt der integrierte Preis</translation>
    </message>
    <message>
        <source>Empty: the cost is shown as unknown</source>
        <translation>Leer: Die Kosten werden als unbekannt angezeigt</translation>
    </message>
    <message>
        <source>The price for %1, &apos;%2&apos;, is not a number of zero or more. Nothing was saved.</source>
        <translation>Der Preis für %1, &apos;%2&apos;, ist keine Zahl größer oder gleich null. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 has no built-in price: enter both its input and its output price.</source>
        <translation>%1 hat keinen integrierten Preis: Geben Sie sowohl den Eingabe- als auch den Ausgabepreis ein.</translation>
    </message>
</context>
<context>
    <name>Fts::JobPage</name>
    <message>
        <source>Cancel job…</source>
        <translation>Job abbrechen…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pausieren…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Ergebnisse speichern…</translation>
    </message>
    <message>
        <source>Save every step&apos;s metrics as CSV (the provider&apos;s result file merged with the live events).</source>
        <translation>Die Metriken aller Schritte als CSV speichern (die Ergebnisdatei des Anbieters, zusammengeführt mit den Live-Ereignissen).</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Neuen Ereignissen folgen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Full validation loss</source>
        <translation>Vollständiger Validierungsverlust</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Settings and files</source>
        <translation>Einstellungen und Dateien</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>Base model %1</source>
        <translation>Basismodell %1</translation>
    </message>
    <message>
        <source>Fine-tuned model %1</source>
        <translation>Feinabgestimmtes Modell %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Estimated finish %1</source>
        <translation>Voraussichtliches Ende %1</translation>
    </message>
    <message>
        <source>%1 trained tokens</source>
        <translation>%1 trainierte Token</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>The provider reports: %1</source>
        <translation>Der Anbieter meldet: %1</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Auswerten…</translation>
    </message>
    <message>
        <source>Compare this checkpoint with the base model in the evaluation view.</source>
        <translation>Diesen Checkpoint in der Auswertungsansicht mit dem Basismodell vergleichen.</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Fine-tuned model</source>
        <translation>Feinabgestimmtes Modell</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Trainingsdatei</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>Validierungsdatei</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>Ergebnisdatei</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Cancel the job &quot;%1&quot;? Training stops now and cannot be continued; the steps already trained are still billed.</source>
        <translation>Den Job &quot;%1&quot; abbrechen? Das Training wird sofort beendet und kann nicht fortgesetzt werden; die bereits trainierten Schritte werden trotzdem in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>Pause the job &quot;%1&quot;? You can resume it later.</source>
        <translation>Den Job &quot;%1&quot; pausieren? Sie können ihn später fortsetzen.</translation>
    </message>
    <message>
        <source>Resume the job &quot;%1&quot;? Training continues where it stopped and is billed as usual.</source>
        <translation>Den Job &quot;%1&quot; fortsetzen? Das Training wird dort fortgesetzt, wo es angehalten wurde, und wie üblich in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Continue training…</source>
        <translation>Weitertrainieren…</translation>
    </message>
    <message>
        <source>Start a new job that trains this fine-tuned model further.</source>
        <translation>Einen neuen Job starten, der dieses feinabgestimmte Modell weiter trainiert.</translation>
    </message>
</context>
<context>
    <name>Fts::JobsDashboard</name>
    <message>
        <source>New job…</source>
        <translation>Neuer Job…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>View a result file from OpenAI (step_metrics.csv) or a series exported from here, without an account.</source>
        <translation>Eine Ergebnisdatei von OpenAI (step_metrics.csv) oder eine hier exportierte Reihe ohne Konto ansehen.</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Offline: showing the runs kept on this computer.</source>
        <translation>Offline: Es werden die auf diesem Computer gespeicherten Läufe angezeigt.</translation>
    </message>
    <message>
        <source>Select a run to see its curves, or several runs to compare them.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Kurven zu sehen, oder mehrere Läufe, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Could not reach the provider; retrying in %1 s. %2</source>
        <translation>Der Anbieter war nicht erreichbar; neuer Versuch in %1 s. %2</translation>
    </message>
    <message>
        <source>Up to date at %1.</source>
        <translation>Aktuell (Stand %1).</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Import metrics CSV</source>
        <translation>Metrik-CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>final training loss %1</source>
        <translation>letzter Trainingsverlust %1</translation>
    </message>
    <message>
        <source>full validation loss %1</source>
        <translation>vollständiger Validierungsverlust %1</translation>
    </message>
    <message>
        <source>Fine-tuning job %1: %2</source>
        <translation>Fine-Tuning-Job %1: %2</translation>
    </message>
</context>
<context>
    <name>Fts::LossChartView</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Token accuracy</source>
        <translation>Token-Genauigkeit</translation>
    </message>
    <message>
        <source>What the chart shows: how wrong the model is (loss, lower is better) or how many tokens it predicts exactly (accuracy, higher is better).</source>
        <translation>Was das Diagramm zeigt: wie falsch das Modell liegt (Verlust, niedriger ist besser) oder wie viele Tokens es exakt vorhersagt (Genauigkeit, höher ist besser).</translation>
    </message>
    <message>
        <source>By step</source>
        <translation>Nach Schritt</translation>
    </message>
    <message>
        <source>By epoch</source>
        <translation>Nach Epoche</translation>
    </message>
    <message>
        <source>An epoch is one pass over all training examples.</source>
        <translation>Eine Epoche ist ein Durchlauf über alle Trainingsbeispiele.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <source>Exponential moving average drawn over the faded raw curve; 0 shows the raw values only.</source>
        <translation>Exponentieller gleitender Durchschnitt über der blass dargestellten Rohkurve; 0 zeigt nur die Rohwerte.</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Gesamter Lauf</translation>
    </message>
    <message>
        <source>Show the whole run again (double click or Home on the chart). Drag across the chart to zoom into steps, use the wheel to zoom, right-drag or Shift+drag to pan.</source>
        <translation>Den gesamten Lauf wieder anzeigen (Doppelklick oder Pos1 im Diagramm). Ziehen Sie über das Diagramm, um in Schritte hineinzuzoomen, zoomen Sie mit dem Mausrad, und verschieben Sie mit gedrückter rechter Maustaste oder Umschalt+Ziehen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>Diagramm als PNG-Bild…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Series as CSV…</source>
        <translation>Datenreihen als CSV…</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Datenreihen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source> (log)</source>
        <translation> (log)</translation>
    </message>
    <message>
        <source>Waiting for the first training step…</source>
        <translation>Warten auf den ersten Trainingsschritt…</translation>
    </message>
    <message>
        <source>Hover over the chart to read exact values.</source>
        <translation>Bewegen Sie die Maus über das Diagramm, um genaue Werte abzulesen.</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>Checkpoint at step %1: %2</source>
        <translation>Checkpoint bei Schritt %1: %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source> · epoch %1</source>
        <translation> · Epoche %1</translation>
    </message>
    <message>
        <source> (smoothed %1)</source>
        <translation> (geglättet %1)</translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
</context>
<context>
    <name>Fts::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Finetune Studio</source>
        <translation>Ü&amp;ber Finetune Studio</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <source>Fine-tuning jobs you start or follow appear here.</source>
        <translation>Fine-Tuning-Jobs, die Sie starten oder verfolgen, werden hier angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trainingsjobs</translation>
    </message>
    <message>
        <source>Compare the base and the fine-tuned model on your test split here.</source>
        <translation>Vergleichen Sie hier das Basismodell und das feinabgestimmte Modell anhand Ihrer Testaufteilung.</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>Aus&amp;werten</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>an untitled dataset</source>
        <translation>einem unbenannten Datensatz</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Finetune Studio did not close normally. Unsaved changes to %1 from %2 were kept. Restore them?</source>
        <translation>Finetune Studio wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen an %1 vom %2 wurden aufbewahrt. Sollen sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes, or keep your version (saving will overwrite theirs)?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Möchten Sie die Datei neu laden und Ihre nicht gespeicherten Änderungen verwerfen oder Ihre Version behalten (beim Speichern wird die andere Version überschrieben)?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Neu laden?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved work restored; save it to keep it.</source>
        <translation>Nicht gespeicherte Arbeit wiederhergestellt; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>&amp;New Dataset</source>
        <translation>&amp;Neuer Datensatz</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Insert Example</source>
        <translation>Beispiel &amp;einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Examples</source>
        <translation>Beispiele &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Examples</source>
        <translation>Beispiele &amp;löschen</translation>
    </message>
    <message>
        <source>Move Example &amp;Up</source>
        <translation>Beispiel nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move Example Do&amp;wn</source>
        <translation>Beispiel nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Weitersuche&amp;n</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Rückwärts su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Assign Splits…</source>
        <translation>&amp;Aufteilungen zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Export Splits…</source>
        <translation>Aufteilungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Validate Again</source>
        <translation>Erneut &amp;validieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;geöffnete Datei&gt;</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validierung läuft…</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Splits not restored</source>
        <translation>Aufteilungen nicht wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n split assignment(s) no longer match an example and were dropped.</source>
        <translation>
            <numerusform>%n Aufteilungszuordnung passt zu keinem Beispiel mehr und wurde verworfen.</numerusform>
            <numerusform>%n Aufteilungszuordnungen passen zu keinem Beispiel mehr und wurden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>No examples yet</source>
        <translation>Noch keine Beispiele</translation>
    </message>
    <message numerus="yes">
        <source>No problems found in %n example(s).</source>
        <translation>
            <numerusform>Keine Probleme in %n Beispiel gefunden.</numerusform>
            <numerusform>Keine Probleme in %n Beispielen gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 in %n example(s)</source>
        <translation>
            <numerusform>%1, %2 in %n Beispiel</numerusform>
            <numerusform>%1, %2 in %n Beispielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save dataset as</source>
        <translation>Datensatz speichern unter</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot save dataset</source>
        <translation>Datensatz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>Die Änderungen an %1 wurden noch nicht gespeichert. Zuerst speichern?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Insert example</source>
        <translation>Beispiel einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n example(s)</source>
        <translation>
            <numerusform>%n Beispiel duplizieren</numerusform>
            <numerusform>%n Beispiele duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign splits</source>
        <translation>Aufteilungen zuweisen</translation>
    </message>
    <message>
        <source>Export splits: base name</source>
        <translation>Aufteilungen exportieren: Basisname</translation>
    </message>
    <message>
        <source>Cannot export splits</source>
        <translation>Aufteilungen können nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>%n Datei exportiert</numerusform>
            <numerusform>%n Dateien exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Set S&amp;ystem Prompt…</source>
        <translation>&amp;Systemprompt festlegen…</translation>
    </message>
    <message>
        <source>Remove D&amp;uplicates…</source>
        <translation>&amp;Duplikate entfernen…</translation>
    </message>
    <message>
        <source>&amp;Delete Matching Examples…</source>
        <translation>Passende Beispiele &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Move Matching to Split…</source>
        <translation>Passende Beispiele in Aufteilung &amp;verschieben…</translation>
    </message>
</context>
<context>
    <name>Fts::MessageCard</name>
    <message>
        <source>Role of message %1</source>
        <translation>Rolle von Nachricht %1</translation>
    </message>
    <message>
        <source>name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Name of message %1</source>
        <translation>Name von Nachricht %1</translation>
    </message>
    <message>
        <source>Train on this answer</source>
        <translation>Mit dieser Antwort trainieren</translation>
    </message>
    <message>
        <source>Weight 1 (checked) trains on this message; weight 0 keeps it as context only.</source>
        <translation>Gewicht 1 (aktiviert) trainiert mit dieser Nachricht; Gewicht 0 behält sie nur als Kontext.</translation>
    </message>
    <message>
        <source>Move message up</source>
        <translation>Nachricht nach oben verschieben</translation>
    </message>
    <message>
        <source>Move message down</source>
        <translation>Nachricht nach unten verschieben</translation>
    </message>
    <message>
        <source>Insert a message after this one</source>
        <translation>Nachricht danach einfügen</translation>
    </message>
    <message>
        <source>Duplicate message</source>
        <translation>Nachricht duplizieren</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Content of message %1</source>
        <translation>Inhalt von Nachricht %1</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Text part %1 of message %2</source>
        <translation>Textteil %1 von Nachricht %2</translation>
    </message>
    <message>
        <source>Answers tool call %1</source>
        <translation>Beantwortet Tool-Aufruf %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Function name of tool call %1</source>
        <translation>Funktionsname von Tool-Aufruf %1</translation>
    </message>
    <message>
        <source>function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <source>JSON arguments of tool call %1</source>
        <translation>JSON-Argumente von Tool-Aufruf %1</translation>
    </message>
    <message>
        <source>Arguments are a valid JSON object.</source>
        <translation>Die Argumente sind ein gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>Arguments must be a JSON object.</source>
        <translation>Die Argumente müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Invalid JSON at character %1: %2</source>
        <translation>Ungültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Drag to move this message (or Alt+Up, Alt+Down)</source>
        <translation>Ziehen, um diese Nachricht zu verschieben (oder Alt+Pfeil nach oben, Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Move message %1 by dragging</source>
        <translation>Nachricht %1 durch Ziehen verschieben</translation>
    </message>
    <message>
        <source>Image part %1 of message %2</source>
        <translation>Bildteil %1 von Nachricht %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Image %1: embedded %2, %3 × %4 pixels, %5 KB</source>
        <translation>Bild %1: eingebettet (%2), %3 × %4 Pixel, %5 KB</translation>
    </message>
    <message>
        <source>Image %1: embedded data that is not a readable image (%2 KB)</source>
        <translation>Bild %1: eingebettete Daten, die kein lesbares Bild sind (%2 KB)</translation>
    </message>
    <message>
        <source>Image %1: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Bild %1: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Opens in your browser; the editor does not download it</source>
        <translation>Wird in Ihrem Browser geöffnet; der Editor lädt das Bild nicht herunter</translation>
    </message>
    <message>
        <source>Image %1: %2 (not a web address; not opened from here)</source>
        <translation>Bild %1: %2 (keine Webadresse; wird von hier aus nicht geöffnet)</translation>
    </message>
</context>
<context>
    <name>Fts::PlaygroundView</name>
    <message>
        <source>Compare two models side by side</source>
        <translation>Zwei Modelle nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>System message (optional), e.g. the one your training examples use</source>
        <translation>Systemnachricht (optional), z. B. die aus Ihren Trainingsbeispielen</translation>
    </message>
    <message>
        <source>Type a message; Ctrl+Return sends it</source>
        <translation>Nachricht eingeben; Strg+Eingabe sendet sie</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Model, e.g. gpt-4o-mini</source>
        <translation>Modell, z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Second model, e.g. your fine-tune</source>
        <translation>Zweites Modell, z. B. Ihr feinabgestimmtes Modell</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Enter a model name first.</source>
        <translation>Geben Sie zuerst einen Modellnamen ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 is writing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>, first token after %1 ms</source>
        <translation>, erstes Token nach %1 ms</translation>
    </message>
    <message>
        <source>, %1 tokens in, %2 out</source>
        <translation>, %1 Token ein, %2 aus</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(gestoppt)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>Fts::ProfileClientResolver</name>
    <message>
        <source>Choose a connection profile first (Settings → Connections).</source>
        <translation>Wählen Sie zuerst ein Verbindungsprofil aus (Einstellungen → Verbindungen).</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>This provider is not supported.</source>
        <translation>Dieser Anbieter wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Fts::PromptCompletionImportDialog</name>
    <message>
        <source>Convert Prompt/Completion Examples</source>
        <translation>Prompt/Completion-Beispiele konvertieren</translation>
    </message>
    <message>
        <source>Files in the legacy prompt/completion format become chat examples: the prompt is the user message, the completion the assistant&apos;s answer.</source>
        <translation>Dateien im veralteten prompt/completion-Format werden zu Chat-Beispielen: Der Prompt wird zur user-Nachricht, die Completion zur Antwort des Assistenten.</translation>
    </message>
    <message>
        <source>Choose a .jsonl file</source>
        <translation>.jsonl-Datei auswählen</translation>
    </message>
    <message>
        <source>Optional: the instructions every example starts with</source>
        <translation>Optional: die Anweisungen, mit denen jedes Beispiel beginnt</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemprompt:</translation>
    </message>
    <message>
        <source>Remove the legacy separator, stop sequence and leading space when every example has the same one</source>
        <translation>Veraltetes Trennzeichen, Stoppsequenz und führendes Leerzeichen entfernen, wenn alle Beispiele dieselben haben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Konvertieren</translation>
    </message>
    <message>
        <source>Choose a file to see what it will become.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was daraus wird.</translation>
    </message>
    <message>
        <source>Convert prompt/completion examples</source>
        <translation>Prompt/Completion-Beispiele konvertieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Convert %1</source>
        <translation>%1 konvertieren</translation>
    </message>
</context>
<context>
    <name>Fts::RunOverlayView</name>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate multiplier</source>
        <translation>Lernraten-Multiplikator</translation>
    </message>
    <message>
        <source>Beta (DPO)</source>
        <translation>Beta (DPO)</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Trainingsdatei</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>Validierungsdatei</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Trained tokens</source>
        <translation>Trainierte Token</translation>
    </message>
</context>
<context>
    <name>Fts::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Fts::SplitDialog</name>
    <message>
        <source>Assign Splits</source>
        <translation>Aufteilungen zuweisen</translation>
    </message>
    <message>
        <source>Every example goes to one split at random. The same seed always gives the same assignment.</source>
        <translation>Jedes Beispiel wird zufällig einer Aufteilung zugewiesen. Derselbe Seed ergibt immer dieselbe Zuweisung.</translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>T&amp;est:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>%1 training, %2 validation and %3 test examples</source>
        <translation>%1 Trainings-, %2 Validierungs- und %3 Testbeispiele</translation>
    </message>
</context>
<context>
    <name>Fts::StatisticsPanel</name>
    <message>
        <source>Open a dataset to see its exact token counts and training cost.</source>
        <translation>Öffnen Sie einen Datensatz, um seine exakten Token-Zahlen und Trainingskosten zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>The model to fine-tune: it decides the tokenizer, the limit per example and the price. A fine-tuned model (ft:…) counts as its base model.</source>
        <translation>Das Modell für das Fine-Tuning: Es bestimmt den Tokenizer, das Limit pro Beispiel und den Preis. Ein feinabgestimmtes Modell (ft:…) zählt als sein Basismodell.</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Auto uses the epoch count OpenAI picks for a file of this size.</source>
        <translation>Automatisch verwendet die Epochenzahl, die OpenAI für eine Datei dieser Größe wählt.</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Erneut zählen</translation>
    </message>
    <message>
        <source>Counting tokens… %p%</source>
        <translation>Tokens werden gezählt… %p%</translation>
    </message>
    <message>
        <source>Estimated training cost</source>
        <translation>Geschätzte Trainingskosten</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>Assistant tokens:</source>
        <translation>Assistant-Tokens:</translation>
    </message>
    <message>
        <source>Billed per epoch:</source>
        <translation>Abgerechnet pro Epoche:</translation>
    </message>
    <message>
        <source>Missing messages:</source>
        <translation>Fehlende Nachrichten:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p10</source>
        <translation>p10</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Assistant tokens</source>
        <translation>Assistant-Tokens</translation>
    </message>
    <message>
        <source>Per example, as OpenAI&apos;s data-preparation notebook reports them</source>
        <translation>Pro Beispiel, wie sie das Datenvorbereitungs-Notebook von OpenAI ausweist</translation>
    </message>
    <message>
        <source>Examples to look at</source>
        <translation>Zu prüfende Beispiele</translation>
    </message>
    <message>
        <source>Click an example to show it in the editor.</source>
        <translation>Klicken Sie auf ein Beispiel, um es im Editor anzuzeigen.</translation>
    </message>
    <message>
        <source>Counting the changes…</source>
        <translation>Änderungen werden gezählt…</translation>
    </message>
    <message>
        <source>Counting tokens…</source>
        <translation>Tokens werden gezählt…</translation>
    </message>
    <message>
        <source>Counting was interrupted; the figures below may be out of date.</source>
        <translation>Das Zählen wurde unterbrochen; die Zahlen unten sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Exact counts with %1 for %2.</source>
        <translation>Exakte Zählung mit %1 für %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 tokens × %n epoch(s) at $%2 per million tokens%3</source>
        <translation>
            <numerusform>%1 Tokens × %n Epoche zu $%2 pro Million Tokens%3</numerusform>
            <numerusform>%1 Tokens × %n Epochen zu $%2 pro Million Tokens%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (auto)</source>
        <translation> (automatisch)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>No training price is known for %1: set one in Settings &gt; Training prices. %2 tokens would be charged (%n epoch(s)).</source>
        <translation>
            <numerusform>Für %1 ist kein Trainingspreis bekannt: Legen Sie einen unter Einstellungen &gt; Trainingspreise fest. %2 Tokens würden berechnet (%n Epoche).</numerusform>
            <numerusform>Für %1 ist kein Trainingspreis bekannt: Legen Sie einen unter Einstellungen &gt; Trainingspreise fest. %2 Tokens würden berechnet (%n Epochen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n line(s) that could not be counted</source>
        <translation>
            <numerusform>%1 und %n Zeile, die nicht gezählt werden konnte</numerusform>
            <numerusform>%1 und %n Zeilen, die nicht gezählt werden konnten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>%1, of which %2 trained</source>
        <translation>%1, davon %2 trainiert</translation>
    </message>
    <message>
        <source>%1 (each example capped at %2)</source>
        <translation>%1 (jedes Beispiel auf %2 begrenzt)</translation>
    </message>
    <message>
        <source>%1 without a system message, %2 without a user message</source>
        <translation>%1 ohne system-Nachricht, %2 ohne user-Nachricht</translation>
    </message>
    <message>
        <source>Line %1: %2 tokens, %3 over the limit — the ending is cut off</source>
        <translation>Zeile %1: %2 Tokens, %3 über dem Limit – das Ende wird abgeschnitten</translation>
    </message>
    <message>
        <source>Line %1: not a chat example, not counted</source>
        <translation>Zeile %1: kein Chat-Beispiel, nicht gezählt</translation>
    </message>
    <message>
        <source>Every example fits within %1 tokens.</source>
        <translation>Jedes Beispiel passt in %1 Tokens.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) over %1 tokens will be truncated</source>
        <translation>
            <numerusform>%n Beispiel mit mehr als %1 Tokens wird abgeschnitten</numerusform>
            <numerusform>%n Beispiele mit mehr als %1 Tokens werden abgeschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) could not be counted</source>
        <translation>
            <numerusform>; %n Zeile konnte nicht gezählt werden</numerusform>
            <numerusform>; %n Zeilen konnten nicht gezählt werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::TokenHistogramView</name>
    <message>
        <source>Tokens per example</source>
        <translation>Tokens pro Beispiel</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Limit per example</source>
        <translation>Limit pro Beispiel</translation>
    </message>
</context>
<context>
    <name>Fts::ToolDefinitionsPanel</name>
    <message>
        <source>Tool definitions</source>
        <translation>Tool-Definitionen</translation>
    </message>
    <message>
        <source>Tools the model may call</source>
        <translation>Tools, die das Modell aufrufen darf</translation>
    </message>
    <message>
        <source>This example defines no tools. Add one when its assistant messages call a function.</source>
        <translation>Dieses Beispiel definiert keine Tools. Fügen Sie eines hinzu, wenn seine assistant-Nachrichten eine Funktion aufrufen.</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>Funktion hinzufügen</translation>
    </message>
    <message>
        <source>function_name</source>
        <translation>function_name</translation>
    </message>
    <message>
        <source>Name of tool %1</source>
        <translation>Name von Tool %1</translation>
    </message>
    <message>
        <source>Remove this tool</source>
        <translation>Dieses Tool entfernen</translation>
    </message>
    <message>
        <source>Remove tool %1</source>
        <translation>Tool %1 entfernen</translation>
    </message>
    <message>
        <source>What the function does and when to call it</source>
        <translation>Was die Funktion tut und wann sie aufgerufen werden soll</translation>
    </message>
    <message>
        <source>Description of tool %1</source>
        <translation>Beschreibung von Tool %1</translation>
    </message>
    <message>
        <source>Parameters (JSON Schema)</source>
        <translation>Parameter (JSON-Schema)</translation>
    </message>
    <message>
        <source>Parameters of tool %1 as JSON</source>
        <translation>Parameter von Tool %1 als JSON</translation>
    </message>
    <message>
        <source>No parameters: the function takes none.</source>
        <translation>Keine Parameter: Die Funktion erwartet keine.</translation>
    </message>
    <message>
        <source>Invalid JSON at character %1: %2. Not saved until it is valid.</source>
        <translation>Ungültiges JSON bei Zeichen %1: %2. Wird erst gespeichert, wenn es gültig ist.</translation>
    </message>
    <message>
        <source>Parameters must be a JSON object. Not saved until they are.</source>
        <translation>Die Parameter müssen ein JSON-Objekt sein. Sie werden erst dann gespeichert.</translation>
    </message>
    <message>
        <source>Valid JSON, but a parameters schema should say &quot;type&quot;: &quot;object&quot;.</source>
        <translation>Gültiges JSON, aber ein Parameterschema sollte &quot;type&quot;: &quot;object&quot; angeben.</translation>
    </message>
    <message>
        <source>Valid JSON Schema object.</source>
        <translation>Gültiges JSON-Schema-Objekt.</translation>
    </message>
    <message>
        <source>The parameters in the file are not a JSON object; type an object to replace them.</source>
        <translation>Die Parameter in der Datei sind kein JSON-Objekt; geben Sie ein Objekt ein, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>Fts::TrainingPricesPage</name>
    <message>
        <source>&amp;Add model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Use default price</source>
        <translation>&amp;Standardpreis verwenden</translation>
    </message>
    <message>
        <source>Training prices in US dollars per million training tokens, used for the cost estimates. Type your own price (for example your Azure rate) or leave a cell empty to use the built-in price. Fine-tuned models use their base model&apos;s price.</source>
        <translation>Trainingspreise in US-Dollar pro Million Trainings-Tokens, verwendet für die Kostenschätzungen. Geben Sie Ihren eigenen Preis ein (zum Beispiel Ihren Azure-Tarif) oder lassen Sie eine Zelle leer, um den integrierten Preis zu verwenden. Feinabgestimmte Modelle verwenden den Preis ihres Basismodells.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>Tokens per example</source>
        <translation>Tokens pro Beispiel</translation>
    </message>
    <message>
        <source>Built-in price</source>
        <translation>Integrierter Preis</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>Another model, e.g. gpt-4o-2024-11-20</source>
        <translation>Weiteres Modell, z. B. gpt-4o-2024-11-20</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Empty: the built-in price applies</source>
        <translation>Leer: Es gilt der integrierte Preis</translation>
    </message>
    <message>
        <source>The price for %1, &apos;%2&apos;, is not a number of zero or more. Nothing was saved.</source>
        <translation>Der Preis für %1, &apos;%2&apos;, ist keine Zahl größer oder gleich null. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Fts::TrayNotifier</name>
    <message>
        <source>&amp;Show Finetune Studio</source>
        <translation>Finetune Studio an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Finished Jobs</source>
        <translation>&amp;Abgeschlossene Jobs</translation>
    </message>
    <message>
        <source>&amp;Notify When Jobs End</source>
        <translation>Bei Job-Ende be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Finetune Studio</source>
        <translation>Finetune Studio</translation>
    </message>
    <message numerus="yes">
        <source>Finetune Studio: %n job(s) running</source>
        <translation>
            <numerusform>Finetune Studio: %n Job läuft</numerusform>
            <numerusform>Finetune Studio: %n Jobs laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <source>%1 finished successfully.</source>
        <translation>%1 wurde erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 finished. The new model is %2.</source>
        <translation>%1 ist abgeschlossen. Das neue Modell ist %2.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Training cancelled</source>
        <translation>Training abgebrochen</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Training ended</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <source>%1 ended with status “%2”.</source>
        <translation>%1 wurde mit dem Status „%2“ beendet.</translation>
    </message>
    <message>
        <source>No jobs have ended yet</source>
        <translation>Bisher ist kein Job beendet</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>Tray menu entry for a job that ended: job name, outcome, time of day.</extracomment>
        <translation>%1: %2 um %3</translation>
    </message>
</context>
<context>
    <name>Fts::ValidationDock</name>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <source>Validation issues</source>
        <translation>Validierungsprobleme</translation>
    </message>
</context>
<context>
    <name>Fts::WorkbenchAssembly</name>
    <message>
        <source>The job history could not be opened: %1</source>
        <translation>Der Jobverlauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Training prices</source>
        <translation>Trainingspreise</translation>
    </message>
    <message>
        <source>Working offline: the profile &apos;%1&apos; cannot be used: %2</source>
        <translation>Offline-Modus: Das Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Inference prices</source>
        <translation>Inferenzpreise</translation>
    </message>
    <message>
        <source>Prices Not Saved</source>
        <translation>Preise nicht gespeichert</translation>
    </message>
    <message>
        <source>A price on the &quot;%1&quot; page cannot be read, so that page&apos;s changes were not saved.</source>
        <translation>Ein Preis auf der Seite „%1“ ist nicht lesbar, daher wurden die Änderungen dieser Seite nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Fix the Price</source>
        <translation>Preis &amp;korrigieren</translation>
    </message>
</context>
<context>
    <name>InsertExamplesCommand</name>
    <message numerus="yes">
        <source>Insert %n example(s)</source>
        <translation>
            <numerusform>%n Beispiel einfügen</numerusform>
            <numerusform>%n Beispiele einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonNode</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>unerwarteter Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>unexpected character; expected a value (a string, number, object, array, true, false or null)</source>
        <translation>unerwartetes Zeichen; erwartet wurde ein Wert (ein String, eine Zahl, ein Objekt, ein Array, true, false oder null)</translation>
    </message>
    <message>
        <source>the line ends where a value was expected</source>
        <translation>die Zeile endet, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>the line ends inside an object; a &apos;}&apos; is missing</source>
        <translation>die Zeile endet innerhalb eines Objekts; eine &apos;}&apos; fehlt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objekteintrag erwartet</translation>
    </message>
    <message>
        <source>the line ends inside a list; a &apos;]&apos; is missing</source>
        <translation>die Zeile endet innerhalb einer Liste; eine &apos;]&apos; fehlt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a list element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Listenelement erwartet</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>ungültige Zahl: Auf den Dezimalpunkt müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>ungültige Zahl: Auf den Exponenten müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>ungültige Zahl: Führende Nullen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation>ungültige \u-Escape-Sequenz in einem String</translation>
    </message>
    <message>
        <source>the line ends inside a string; a closing &apos;&quot;&apos; is missing</source>
        <translation>die Zeile endet innerhalb eines Strings; ein schließendes &apos;&quot;&apos; fehlt</translation>
    </message>
    <message>
        <source>control characters such as line breaks or tabs must be escaped inside a string</source>
        <translation>Steuerzeichen wie Zeilenumbrüche oder Tabulatoren müssen innerhalb eines Strings maskiert werden</translation>
    </message>
    <message>
        <source>invalid UTF-8 inside a string</source>
        <translation>ungültiges UTF-8 innerhalb eines Strings</translation>
    </message>
    <message>
        <source>a \u escape starts a surrogate pair that is not completed</source>
        <translation>eine \u-Escape-Sequenz beginnt ein Surrogatpaar, das nicht vervollständigt wird</translation>
    </message>
    <message>
        <source>a \u escape is a lone low surrogate</source>
        <translation>eine \u-Escape-Sequenz ist ein alleinstehendes unteres Surrogat</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einem String</translation>
    </message>
</context>
<context>
    <name>MetricCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line %1: the header has no &quot;step&quot; column or no known metric column (expected for example step,train_loss,valid_loss).</source>
        <translation>Zeile %1: Die Kopfzeile hat keine Spalte &quot;step&quot; oder keine bekannte Metrikspalte (erwartet z. B. step,train_loss,valid_loss).</translation>
    </message>
    <message>
        <source>Line %1: it has %2 columns, the header has %3.</source>
        <translation>Zeile %1: Sie hat %2 Spalten, die Kopfzeile hat %3.</translation>
    </message>
    <message>
        <source>Line %1: the step &quot;%2&quot; is not a whole number.</source>
        <translation>Zeile %1: Der Schritt &quot;%2&quot; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Line %1, column &quot;%2&quot;: &quot;%3&quot; is not a number.</source>
        <translation>Zeile %1, Spalte &quot;%2&quot;: &quot;%3&quot; ist keine Zahl.</translation>
    </message>
    <message>
        <source>The file has a header but no rows of metrics.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen mit Metriken.</translation>
    </message>
</context>
<context>
    <name>MetricPoint</name>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Training token accuracy</source>
        <translation>Token-Genauigkeit (Training)</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Validation token accuracy</source>
        <translation>Token-Genauigkeit (Validierung)</translation>
    </message>
    <message>
        <source>Full validation loss</source>
        <translation>Vollständiger Validierungsverlust</translation>
    </message>
    <message>
        <source>Full validation token accuracy</source>
        <translation>Vollständige Token-Genauigkeit (Validierung)</translation>
    </message>
</context>
<context>
    <name>MoveExampleCommand</name>
    <message>
        <source>Move example %1 to position %2</source>
        <translation>Beispiel %1 an Position %2 verschieben</translation>
    </message>
</context>
<context>
    <name>OverfitDetector</name>
    <message>
        <source>The best checkpoint is the one at step %1 (%2): use it instead of the final model, or train again with fewer epochs.</source>
        <translation>Der beste Checkpoint ist der bei Schritt %1 (%2): Verwenden Sie ihn statt des endgültigen Modells oder trainieren Sie erneut mit weniger Epochen.</translation>
    </message>
    <message>
        <source>Training for fewer epochs (stopping near step %1) or adding more varied examples should give a better model.</source>
        <translation>Ein Training mit weniger Epochen (Abbruch etwa bei Schritt %1) oder mehr unterschiedliche Beispiele sollten ein besseres Modell ergeben.</translation>
    </message>
    <message>
        <source>Possible overfitting: since step %1, validation loss has risen from %2 to %3 while training loss kept falling. The model is starting to memorise its training examples instead of learning what generalises. %4</source>
        <translation>Mögliche Überanpassung: Seit Schritt %1 ist der Validierungsverlust von %2 auf %3 gestiegen, während der Trainingsverlust weiter gesunken ist. Das Modell beginnt, seine Trainingsbeispiele auswendig zu lernen, statt zu lernen, was sich verallgemeinern lässt. %4</translation>
    </message>
</context>
<context>
    <name>PastedExamplesParser</name>
    <message>
        <source>Not a JSON object.</source>
        <translation>Kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;messages&quot; is not a list.</source>
        <translation>&quot;messages&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>A prompt/completion example: use File ▸ Import ▸ Prompt/Completion JSONL.</source>
        <translation>Ein prompt/completion-Beispiel: Verwenden Sie Datei ▸ Importieren ▸ Prompt/Completion-JSONL.</translation>
    </message>
    <message>
        <source>A single message, not an example: paste the whole example or its list of messages.</source>
        <translation>Eine einzelne Nachricht, kein Beispiel: Fügen Sie das ganze Beispiel oder seine Liste von Nachrichten ein.</translation>
    </message>
    <message>
        <source>Not a chat example (no &quot;messages&quot;).</source>
        <translation>Kein Chat-Beispiel (kein &quot;messages&quot;).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Not valid JSON (column %1: %2).</source>
        <translation>Kein gültiges JSON (Spalte %1: %2).</translation>
    </message>
</context>
<context>
    <name>PromptCompletionConverter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Not valid JSON (column %1: %2).</source>
        <translation>Kein gültiges JSON (Spalte %1: %2).</translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation>Kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Already a chat example (it has &quot;messages&quot;).</source>
        <translation>Bereits ein Chat-Beispiel (es hat &quot;messages&quot;).</translation>
    </message>
    <message>
        <source>Needs &quot;prompt&quot; and &quot;completion&quot; text.</source>
        <translation>Benötigt Text in &quot;prompt&quot; und &quot;completion&quot;.</translation>
    </message>
    <message>
        <source>The prompt is empty: a chat example needs a user message.</source>
        <translation>Der Prompt ist leer: Ein Chat-Beispiel benötigt eine user-Nachricht.</translation>
    </message>
    <message>
        <source>The completion is empty: a chat example needs an answer.</source>
        <translation>Die Completion ist leer: Ein Chat-Beispiel benötigt eine Antwort.</translation>
    </message>
    <message>
        <source>Removed the separator %1 from the end of every prompt.</source>
        <translation>Das Trennzeichen %1 wurde am Ende jedes Prompts entfernt.</translation>
    </message>
    <message>
        <source>Removed the stop sequence %1 from the end of every completion.</source>
        <translation>Die Stoppsequenz %1 wurde am Ende jeder Completion entfernt.</translation>
    </message>
    <message>
        <source>Removed the space at the start of every completion.</source>
        <translation>Das Leerzeichen am Anfang jeder Completion wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>Cannot create the recovery folder %1</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write the recovery copy: %1</source>
        <translation>Die Wiederherstellungskopie kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>RemoveExamplesCommand</name>
    <message numerus="yes">
        <source>Delete %n example(s)</source>
        <translation>
            <numerusform>%n Beispiel löschen</numerusform>
            <numerusform>%n Beispiele löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>Validating files</source>
        <translation>Dateien werden validiert</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SetExampleValueCommand</name>
    <message>
        <source>Edit example %1</source>
        <translation>Beispiel %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetSplitsCommand</name>
    <message numerus="yes">
        <source>Assign split to %n example(s)</source>
        <translation>
            <numerusform>Aufteilung für %n Beispiel zuweisen</numerusform>
            <numerusform>Aufteilung für %n Beispiele zuweisen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitAssigner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SplitSidecar</name>
    <message>
        <source>Cannot write the splits file %1: %2</source>
        <translation>Die Aufteilungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the splits file %1: %2</source>
        <translation>Die Aufteilungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The splits file %1 is damaged; splits were not restored.</source>
        <translation>Die Aufteilungsdatei %1 ist beschädigt; die Aufteilungen wurden nicht wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ValidationIssue</name>
    <message>
        <source>line %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prepare, validate, train, watch and compare fine-tuned language models.</source>
        <translation>Feinabgestimmte Sprachmodelle vorbereiten, validieren, trainieren, beobachten und vergleichen.</translation>
    </message>
    <message>
        <source>JSONL dataset to open.</source>
        <translation>Zu öffnender JSONL-Datensatz.</translation>
    </message>
</context>
</TS>
