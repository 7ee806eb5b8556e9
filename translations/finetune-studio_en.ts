<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkPlan</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
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
        <source>%n example(s) will be deleted</source>
        <translation>
            <numerusform>%n example will be deleted</numerusform>
            <numerusform>%n examples will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) will move to %1</source>
        <translation>
            <numerusform>%n example will move to %1</numerusform>
            <numerusform>%n examples will move to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) will be removed</source>
        <translation>
            <numerusform>%n duplicate will be removed</numerusform>
            <numerusform>%n duplicates will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set system prompt in %n example(s)</source>
        <translation>
            <numerusform>Set system prompt in %n example</numerusform>
            <numerusform>Set system prompt in %n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” in %n example(s)</source>
        <translation>
            <numerusform>Replace “%1” in %n example</numerusform>
            <numerusform>Replace “%1” in %n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n matching example(s)</source>
        <translation>
            <numerusform>Delete %n matching example</numerusform>
            <numerusform>Delete %n matching examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n example(s) to %1</source>
        <translation>
            <numerusform>Move %n example to %1</numerusform>
            <numerusform>Move %n examples to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n duplicate(s)</source>
        <translation>
            <numerusform>Remove %n duplicate</numerusform>
            <numerusform>Remove %n duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>%n field(s) instead of %1: a quote or a delimiter may be missing.</source>
        <translation>
            <numerusform>%n field instead of %1: a quote or a delimiter may be missing.</numerusform>
            <numerusform>%n fields instead of %1: a quote or a delimiter may be missing.</numerusform>
        </translation>
    </message>
</context>
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
    <name>Fts::BulkEditDialog</name>
    <message numerus="yes">
        <source>No matches in %n example(s)</source>
        <translation>
            <numerusform>No matches in %n example</numerusform>
            <numerusform>No matches in %n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change in %n example(s)</source>
        <translation>
            <numerusform>Nothing to change in %n example</numerusform>
            <numerusform>Nothing to change in %n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not valid JSON and stay exactly as they are (line %1).</source>
        <translation>
            <numerusform>%n line are not valid JSON and stay exactly as they are (line %1).</numerusform>
            <numerusform>%n lines are not valid JSON and stay exactly as they are (line %1).</numerusform>
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
    <name>Fts::Core::BulkPreviewModel</name>
    <message numerus="yes">
        <source>%1 (%n matches)</source>
        <translation>
            <numerusform>%1 (%n matches)</numerusform>
            <numerusform>%1 (%n matches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::Core::ExampleListModel</name>
    <message numerus="yes">
        <source>Move %n example(s)</source>
        <translation>
            <numerusform>Move %n example</numerusform>
            <numerusform>Move %n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::CreateJobDialog</name>
    <message numerus="yes">
        <source>%1: train split (%n example(s))</source>
        <translation>
            <numerusform>%1: train split (%n example)</numerusform>
            <numerusform>%1: train split (%n examples)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all examples (%n example(s))</source>
        <translation>
            <numerusform>%1: all examples (%n example)</numerusform>
            <numerusform>%1: all examples (%n examples)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: validation split (%n example(s))</source>
        <translation>
            <numerusform>%1: validation split (%n example)</numerusform>
            <numerusform>%1: validation split (%n examples)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for this data</source>
        <translation>
            <numerusform>%n for this data</numerusform>
            <numerusform>%n for this data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) to train on.</source>
        <translation>
            <numerusform>%n example to train on.</numerusform>
            <numerusform>%n examples to train on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto will pick %n epoch(s) for this many examples</source>
        <translation>
            <numerusform>Auto will pick %n epoch for this many examples</numerusform>
            <numerusform>Auto will pick %n epochs for this many examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) are longer than the model&apos;s limit and will be cut.</source>
        <translation>
            <numerusform>%n example are longer than the model&apos;s limit and will be cut.</numerusform>
            <numerusform>%n examples are longer than the model&apos;s limit and will be cut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ The %1 passed every check (%n warning(s)).</source>
        <translation>
            <numerusform>✓ The %1 passed every check (%n warning).</numerusform>
            <numerusform>✓ The %1 passed every check (%n warnings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The %1 has %n error(s) to fix before training:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;The %1 has %n error to fix before training:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;The %1 has %n errors to fix before training:&lt;/b&gt;</numerusform>
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
    <message numerus="yes">
        <source>%1 (%n selected example(s))</source>
        <translation>
            <numerusform>%1 (%n selected example)</numerusform>
            <numerusform>%1 (%n selected examples)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running; %n line(s) of the test set were skipped (see the validation).</source>
        <translation>
            <numerusform>Running; %n line of the test set were skipped (see the validation).</numerusform>
            <numerusform>Running; %n lines of the test set were skipped (see the validation).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) in the test split of %1.</source>
        <translation>
            <numerusform>%n example in the test split of %1.</numerusform>
            <numerusform>%n examples in the test split of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n example(s) of %1.</source>
        <translation>
            <numerusform>All %n example of %1.</numerusform>
            <numerusform>All %n examples of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) selected on the Dataset page.</source>
        <translation>
            <numerusform>%n example selected on the Dataset page.</numerusform>
            <numerusform>%n examples selected on the Dataset page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::ImportController</name>
    <message numerus="yes">
        <source>Import %n example(s) from %1</source>
        <translation>
            <numerusform>Import %n example from %1</numerusform>
            <numerusform>Import %n examples from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %n example(s) from %1</source>
        <translation>
            <numerusform>Convert %n example from %1</numerusform>
            <numerusform>Convert %n examples from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted item(s) are not chat examples:</source>
        <translation>
            <numerusform>%n pasted item are not chat examples:</numerusform>
            <numerusform>%n pasted items are not chat examples:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert the %n Good Example(s)</source>
        <translation>
            <numerusform>Insert the %n Good Example</numerusform>
            <numerusform>Insert the %n Good Examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n example(s)</source>
        <translation>
            <numerusform>Paste %n example</numerusform>
            <numerusform>Paste %n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fts::ImportSummaryPanel</name>
    <message numerus="yes">
        <source>%n example(s) will be imported</source>
        <translation>
            <numerusform>%n example will be imported</numerusform>
            <numerusform>%n examples will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) will not (see below)</source>
        <translation>
            <numerusform>; %n row will not (see below)</numerusform>
            <numerusform>; %n rows will not (see below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
