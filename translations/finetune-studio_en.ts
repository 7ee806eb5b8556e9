<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DatasetStatistics</name>
    <message numerus="yes">
        <source>Not counted: %n line(s) without a readable chat example (line %1%2); run &apos;ftstudio check&apos; for details.</source>
        <translation>
            <numerusform>Not counted: %n line without a readable chat example (line %1%2); run &apos;ftstudio check&apos; for details.</numerusform>
            <numerusform>Not counted: %n lines without a readable chat example (line %1%2); run &apos;ftstudio check&apos; for details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) over the limit of %1 tokens will be truncated, losing their ending:</source>
        <translation>
            <numerusform>%n example over the limit of %1 tokens will be truncated, losing their ending:</numerusform>
            <numerusform>%n examples over the limit of %1 tokens will be truncated, losing their ending:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message numerus="yes">
        <source>%n line(s) end with Windows line endings (CRLF); use plain LF line endings</source>
        <translation>
            <numerusform>%n line end with Windows line endings (CRLF); use plain LF line endings</numerusform>
            <numerusform>%n lines end with Windows line endings (CRLF); use plain LF line endings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %n example(s); fine-tuning needs at least %1</source>
        <translation>
            <numerusform>the file has %n example; fine-tuning needs at least %1</numerusform>
            <numerusform>the file has %n examples; fine-tuning needs at least %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::Api::KeychainSecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked. Unlock it, or set the API key in the environment variable instead.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be locked. Unlock it, or set the API key in the environment variable instead.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be locked. Unlock it, or set the API key in the environment variable instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::BlindReviewWidget</name>
    <message numerus="yes">
        <source>%1 preferred in %2% of %n decided pair(s) (95% interval %3% – %4%); %5 tie(s).</source>
        <translation>
            <numerusform>%1 preferred in %2% of %n decided pair (95% interval %3% – %4%); %5 tie(s).</numerusform>
            <numerusform>%1 preferred in %2% of %n decided pairs (95% interval %3% – %4%); %5 tie(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n pair(s) rated.</source>
        <translation>
            <numerusform>All %n pair rated.</numerusform>
            <numerusform>All %n pairs rated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::Cli::CheckCommand</name>
    <message numerus="yes">
        <source>%1: %n line(s), </source>
        <translation>
            <numerusform>%1: %n line, </numerusform>
            <numerusform>%1: %n lines, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) in the %1 format, </source>
        <translation>
            <numerusform>%n example in the %1 format, </numerusform>
            <numerusform>%n examples in the %1 format, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid (%1 rules)</source>
        <translation>
            <numerusform>%n valid (%1 rules)</numerusform>
            <numerusform>%n valid (%1 rules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n error(s):</source>
        <translation>
            <numerusform>Found %n error:</numerusform>
            <numerusform>Found %n errors:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::Cli::EvalCommand</name>
    <message numerus="yes">
        <source>%n call(s) failed</source>
        <translation>
            <numerusform>%n call failed</numerusform>
            <numerusform>%n calls failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::Cli::JobsCommand</name>
    <message numerus="yes">
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… and %n more error.</numerusform>
            <numerusform>… and %n more errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 file %2 has %n error(s); nothing was uploaded. Run &apos;ftstudio check %2&apos; for the full report.</source>
        <translation>
            <numerusform>The %1 file %2 has %n error; nothing was uploaded. Run &apos;ftstudio check %2&apos; for the full report.</numerusform>
            <numerusform>The %1 file %2 has %n errors; nothing was uploaded. Run &apos;ftstudio check %2&apos; for the full report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n warning(s), uploading anyway.</source>
        <translation>
            <numerusform>%1: %n warning, uploading anyway.</numerusform>
            <numerusform>%1: %n warnings, uploading anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::ConnectionProfilesPage</name>
    <message numerus="yes">
        <source>Connected: %n model(s) available</source>
        <translation>
            <numerusform>Connected: %n model available</numerusform>
            <numerusform>Connected: %n models available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them fine-tuned</source>
        <translation>
            <numerusform>, %n of them fine-tuned</numerusform>
            <numerusform>, %n of them fine-tuned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::DatasetPage</name>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n example(s) match</source>
        <translation>
            <numerusform>%1 of %n example match</numerusform>
            <numerusform>%1 of %n examples match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::EvaluationSummaryWidget</name>
    <message numerus="yes">
        <source>%n win(s) (A wrong, B right)</source>
        <translation>
            <numerusform>%n win (A wrong, B right)</numerusform>
            <numerusform>%n wins (A wrong, B right)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s) (A right, B wrong)</source>
        <translation>
            <numerusform>%n regression (A right, B wrong)</numerusform>
            <numerusform>%n regressions (A right, B wrong)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 → B %2 on %n example(s)</source>
        <translation>
            <numerusform>A %1 → B %2 on %n example</numerusform>
            <numerusform>A %1 → B %2 on %n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed and are not counted</source>
        <translation>
            <numerusform>%n call failed and are not counted</numerusform>
            <numerusform>%n calls failed and are not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::EvaluationView</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running; %n line(s) of the test set were skipped (see the file&apos;s validation).</source>
        <translation>
            <numerusform>Running; %n line of the test set were skipped (see the file&apos;s validation).</numerusform>
            <numerusform>Running; %n lines of the test set were skipped (see the file&apos;s validation).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in %1; %n call(s) failed (hover the rows for the reason). Run again to retry them.</source>
        <translation>
            <numerusform>Done in %1; %n call failed (hover the rows for the reason). Run again to retry them.</numerusform>
            <numerusform>Done in %1; %n calls failed (hover the rows for the reason). Run again to retry them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n failure(s) from the evaluation</source>
        <translation>
            <numerusform>Add %n failure from the evaluation</numerusform>
            <numerusform>Add %n failures from the evaluation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) added to the dataset, each with the expected answer.</source>
        <translation>
            <numerusform>%n example added to the dataset, each with the expected answer.</numerusform>
            <numerusform>%n examples added to the dataset, each with the expected answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::MainWindow</name>
    <message numerus="yes">
        <source>%n split assignment(s) no longer match an example and were dropped.</source>
        <translation>
            <numerusform>%n split assignment no longer match an example and were dropped.</numerusform>
            <numerusform>%n split assignments no longer match an example and were dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found in %n example(s).</source>
        <translation>
            <numerusform>No problems found in %n example.</numerusform>
            <numerusform>No problems found in %n examples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 in %n example(s)</source>
        <translation>
            <numerusform>%1, %2 in %n example</numerusform>
            <numerusform>%1, %2 in %n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n example(s)</source>
        <translation>
            <numerusform>Duplicate %n example</numerusform>
            <numerusform>Duplicate %n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>Exported %n file</numerusform>
            <numerusform>Exported %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::StatisticsPanel</name>
    <message numerus="yes">
        <source>%1 tokens × %n epoch(s) at $%2 per million tokens%3</source>
        <translation>
            <numerusform>%1 tokens × %n epoch at $%2 per million tokens%3</numerusform>
            <numerusform>%1 tokens × %n epochs at $%2 per million tokens%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No training price is known for %1: set one in Settings &gt; Training prices. %2 tokens would be charged (%n epoch(s)).</source>
        <translation>
            <numerusform>No training price is known for %1: set one in Settings &gt; Training prices. %2 tokens would be charged (%n epoch).</numerusform>
            <numerusform>No training price is known for %1: set one in Settings &gt; Training prices. %2 tokens would be charged (%n epochs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n line(s) that could not be counted</source>
        <translation>
            <numerusform>%1, and %n line that could not be counted</numerusform>
            <numerusform>%1, and %n lines that could not be counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) over %1 tokens will be truncated</source>
        <translation>
            <numerusform>%n example over %1 tokens will be truncated</numerusform>
            <numerusform>%n examples over %1 tokens will be truncated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) could not be counted</source>
        <translation>
            <numerusform>; %n line could not be counted</numerusform>
            <numerusform>; %n lines could not be counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::TrayNotifier</name>
    <message numerus="yes">
        <source>Finetune Studio: %n job(s) running</source>
        <translation>
            <numerusform>Finetune Studio: %n job running</numerusform>
            <numerusform>Finetune Studio: %n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertExamplesCommand</name>
    <message numerus="yes">
        <source>Insert %n example(s)</source>
        <translation>
            <numerusform>Insert %n example</numerusform>
            <numerusform>Insert %n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveExamplesCommand</name>
    <message numerus="yes">
        <source>Delete %n example(s)</source>
        <translation>
            <numerusform>Delete %n example</numerusform>
            <numerusform>Delete %n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetSplitsCommand</name>
    <message numerus="yes">
        <source>Assign split to %n example(s)</source>
        <translation>
            <numerusform>Assign split to %n example</numerusform>
            <numerusform>Assign split to %n examples</numerusform>
        </translation>
    </message>
</context>
</TS>
