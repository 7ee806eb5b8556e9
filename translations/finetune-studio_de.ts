<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildInfo</name>
    <message>
        <source>Tokenizer vocabularies o200k_base and cl100k_base: OpenAI, from openai/tiktoken, MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1: The Qt Company, LGPL-3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain: Frank Osterfeld and contributors, BSD-3-Clause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simdjson: Daniel Lemire and contributors, Apache-2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCRE2: Philip Hazel and University of Cambridge, BSD-3-Clause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fts::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare, validate, train, watch and compare fine-tuned language models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finetune Studio is free software under the GNU General Public License, version 3 or later. It keeps API keys in the system keychain and works without any provider account for editing, validation and evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fts::Cli::CliApplication</name>
    <message>
        <source>Usage: ftstudio [--help] [--version] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command-line twin of Finetune Studio: check, measure, upload, train and evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;ftstudio COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ftstudio: unknown command &apos;%1&apos;. Run &apos;ftstudio --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fts::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Finetune Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prepare, validate, train, watch and compare fine-tuned language models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL dataset to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
