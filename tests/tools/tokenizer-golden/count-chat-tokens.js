// SPDX-License-Identifier: GPL-3.0-or-later
// The chat token formula of Finetune Studio (lib/core/stats/ChatTokenCounter) on npm `tiktoken`, for two uses:
//   node count-chat-tokens.js FILE [o200k_base|cl100k_base] --per-example OUT
//       writes line<TAB>total<TAB>assistant<TAB>trained<TAB>messages for every countable line (the golden
//       file of TestChatTokenCounter)
//   node count-chat-tokens.js FILE [o200k_base|cl100k_base] [--repeat N]
//       the reference side of BenchTokenizer: prints the totals, then examples/s and tokens/s of the best of N
//       runs over the whole file (read, JSON.parse per line, encode every string the formula counts)
'use strict';
const fs = require('fs');
const { get_encoding } = require('tiktoken');

const args = process.argv.slice(2);
const file = args[0];
const encodingName = args[1] && !args[1].startsWith('--') ? args[1] : 'o200k_base';
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const encoding = get_encoding(encodingName);
const count = (text) => encoding.encode_ordinary(text).length;

function countFunction(fn, sum) {
  if (!fn || typeof fn !== 'object' || Array.isArray(fn)) return sum;
  if (typeof fn.name === 'string') sum += count(fn.name);
  if (typeof fn.arguments === 'string') sum += count(fn.arguments);
  return sum;
}

function countMessages(messages, figures) {
  if (!Array.isArray(messages)) return false;
  for (const message of messages) {
    if (!message || typeof message !== 'object' || Array.isArray(message)) continue;
    let tokens = 3;
    let output = 0;
    for (const [key, value] of Object.entries(message)) {
      if (key === 'name') tokens += 1;
      if (typeof value === 'string') {
        const n = count(value);
        tokens += n;
        if (key === 'content') output += n;
      } else if (Array.isArray(value) && key === 'content') {
        let n = 0;
        for (const part of value)
          if (part && typeof part === 'object' && !Array.isArray(part) && typeof part.text === 'string') n += count(part.text);
        tokens += n;
        output += n;
      } else if (Array.isArray(value) && key === 'tool_calls') {
        let n = 0;
        for (const call of value)
          if (call && typeof call === 'object' && !Array.isArray(call)) n = countFunction(call.function, n);
        tokens += n;
        output += n;
      } else if (key === 'function_call' && value && typeof value === 'object' && !Array.isArray(value)) {
        const n = countFunction(value, 0);
        tokens += n;
        output += n;
      }
    }
    figures.messages += 1;
    figures.total += tokens;
    if (message.role === 'system') figures.system = true;
    if (message.role === 'user') figures.user = true;
    if (message.role === 'assistant') {
      figures.assistant += output;
      if (message.weight !== 0) figures.trained += output;
    }
  }
  return true;
}

function countExample(line) {
  let example;
  try { example = JSON.parse(line); } catch (e) { return null; }
  if (!example || typeof example !== 'object' || Array.isArray(example)) return null;
  const figures = { total: 0, assistant: 0, trained: 0, messages: 0, system: false, user: false };
  let sawMessages = false;
  // Keys in file order, as the C++ side walks them.
  for (const [key, value] of Object.entries(example)) {
    if (key === 'messages') sawMessages = countMessages(value, figures) || sawMessages;
    else if (key === 'preferred_output') countMessages(value, figures);
    else if (key === 'input' && value && typeof value === 'object' && !Array.isArray(value))
      sawMessages = countMessages(value.messages, figures) || sawMessages;
  }
  if (!sawMessages || figures.messages === 0) return null;
  figures.total += 3;
  return figures;
}

function run(text, perExample) {
  const totals = { examples: 0, total: 0, assistant: 0, trained: 0, uncounted: 0 };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; ++i) {
    let line = lines[i];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (/^[ \t\r]*$/.test(line)) continue;
    const figures = countExample(line);
    if (!figures) { totals.uncounted += 1; continue; }
    totals.examples += 1;
    totals.total += figures.total;
    totals.assistant += figures.assistant;
    totals.trained += figures.trained;
    if (perExample)
      perExample.push(`${i + 1}\t${figures.total}\t${figures.assistant}\t${figures.trained}\t${figures.messages}`);
  }
  return totals;
}

const perExampleOut = option('--per-example');
if (perExampleOut) {
  const rows = [];
  const totals = run(fs.readFileSync(file, 'utf8'), rows);
  fs.writeFileSync(perExampleOut, rows.join('\n') + '\n');
  console.log(JSON.stringify(totals));
} else {
  const repeat = Number(option('--repeat', '3'));
  let best = Infinity;
  let totals;
  for (let round = 0; round < repeat; ++round) {
    const started = process.hrtime.bigint();
    totals = run(fs.readFileSync(file, 'utf8'));
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  const bytes = fs.statSync(file).size;
  console.log(JSON.stringify({ encoding: encodingName, ...totals, seconds: best,
    examples_per_second: Math.round(totals.examples / best), tokens_per_second: Math.round(totals.total / best),
    megabytes_per_second: +(bytes / 1e6 / best).toFixed(2) }));
}
