// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the tokenizer golden files: texts and the token ids npm `tiktoken` (OpenAI's Rust tokenizer as WASM)
// gives them, for o200k_base and cl100k_base. Run by hand (see README.md); the tests read the committed output.
//
//   tricky.jsonl          hand-written edge cases, one {"name","text","o200k_base":[…],"cl100k_base":[…]} per line
//   generated.jsonl.qz    3000 seeded random multilingual texts in Qt's qCompress format; to stay small, each
//                         keeps its token count and an FNV-1a 64 hash of the whole id sequence per encoding:
//                         {"name","text","o200k_base":{"count","fnv1a64"},"cl100k_base":{…}}
//   codepoints.jsonl.qz   every Unicode scalar value, 128 per text in letter/digit/space contexts; the test
//                         rebuilds each text, so the rows have no "text", only count and hash
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { get_encoding } = require('tiktoken');

const outDir = process.argv[2] || path.join(__dirname, '../../data/tokenizer');
const encodings = { o200k_base: get_encoding('o200k_base'), cl100k_base: get_encoding('cl100k_base') };

// Qt's JSON parser drops a raw U+FEFF at the start of a string; escaped, it survives.
const stringify = (row) => JSON.stringify(row).replace(/\ufeff/g, '\\ufeff');

function record(name, text) {
  const row = { name, text };
  for (const [encodingName, encoding] of Object.entries(encodings))
    row[encodingName] = Array.from(encoding.encode_ordinary(text));
  return stringify(row);
}

// FNV-1a 64 over the ids as 4 little-endian bytes each, written as 16 hex digits.
function idsHash(ids) {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const id of ids) {
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= BigInt((id >>> shift) & 0xff);
      hash = (hash * prime) & mask;
    }
  }
  return hash.toString(16).padStart(16, '0');
}

function hashedRecord(name, text, keepText) {
  const row = keepText ? { name, text } : { name };
  for (const [encodingName, encoding] of Object.entries(encodings)) {
    const ids = encoding.encode_ordinary(text);
    row[encodingName] = { count: ids.length, fnv1a64: idsHash(ids) };
  }
  return stringify(row);
}

// Qt's qUncompress() expects a 4-byte big-endian length before a zlib stream.
function qCompress(text) {
  const data = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(data.length);
  return Buffer.concat([header, zlib.deflateSync(data, { level: 9 })]);
}

// --- hand-written cases -------------------------------------------------------------------------------
const tricky = [
  ['empty', ''],
  ['ascii sentence', 'Hello, world! This is a test.'],
  ['contractions', "I'm sure you'll see it's what they've said, we'd I'M YOU'LL IT'S THEY'VE WE'D He's"],
  ['contraction long s', "it\u017fs it'\u017f IT'\u017f'S 's 'S 'Ll"],
  ['apostrophe alone', "' '' ''' x' 'x"],
  ['special token spellings', '<|endoftext|> <|endofprompt|> <|fim_prefix|><|fim_middle|><|fim_suffix|> <|im_start|>'],
  ['crlf', 'line one\r\nline two\r\n\r\nline four\r\n'],
  ['lone cr', 'a\rb\r\rc\r'],
  ['next line u0085', 'first\u0085second \u0085 third\u0085\u0085'],
  ['nbsp and ideographic space', 'a\u00a0b\u3000c \u2028 d\u2029e\u202f f\u205f'],
  ['zero width and bom', 'a\u200bb\ufeffc\u200dd\u2060e'],
  ['tabs and spaces', '\tindented\n    four spaces\n\t\t two tabs  \n   '],
  ['whitespace run', ' '.repeat(100) + 'x' + ' '.repeat(57)],
  ['newline run', '\n'.repeat(40) + 'x\n \n \n\n\t\n'],
  ['trailing spaces', 'end with spaces   '],
  ['trailing newline', 'ends with a newline\n'],
  ['digits short', '1 12 123 1234 12345 123456 1234567'],
  ['digit run', '3141592653589793238462643383279502884197169399375105820974944592307816406286208998628034825342117067'],
  ['long digit run', '0123456789'.repeat(120)],
  ['numbers mixed', 'v1.2.3 3.14159 -42 1e-10 0x1F 1,000,000 $19.99 50%'],
  ['cjk chinese', '机器学习是人工智能的一个分支。我们今天讨论微调。'],
  ['cjk japanese', 'ファインチューニングは、事前学習済みモデルを特定のタスクに適応させます。ひらがなカタカナ'],
  ['korean', '안녕하세요, 미세 조정 데이터셋을 준비합니다.'],
  ['arabic', 'مرحبا بالعالم، هذا اختبار للترميز.'],
  ['hebrew with points', 'שָׁלוֹם עוֹלָם'],
  ['devanagari', 'नमस्ते दुनिया, यह एक परीक्षण है।'],
  ['thai', 'สวัสดีชาวโลก นี่คือการทดสอบ'],
  ['cyrillic greek', 'Привет, мир! Γειά σου Κόσμε! ΑΒΓ αβγ'],
  ['combining marks', 'e\u0301 a\u0300\u0316 n\u0303o\u0308 Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324'],
  ['combining alone', '\u0301\u0301\u0301 \u0301x \u20dd'],
  ['emoji', '🙂 😀😃 👍🏽 👩‍👩‍👧‍👦 🇩🇪🇫🇷 ❤️ ✨🚀'],
  ['emoji in words', 'ok👍ok great🎉!!'],
  ['title case and upper', 'HTTPServer XMLHttpRequest iPhone McDonald ǅungla ǈ ǋ'],
  ['modifier letters', 'ʰʲʷ ˈstress ᵃᵇᶜ'],
  ['punctuation runs', '!!!??? ... --- *** /// \\\\ ||| ((( ))) {{{ }}} [[[ ]]]'],
  ['punctuation newline', '!!!\n\n???\r\n...//\n'],
  ['slashes o200k', 'a/b//c///\n/path/to/file.txt\n'],
  ['code', 'def f(x):\n    return {"a": [1, 2, 3]}  # comment\n\nif __name__ == "__main__":\n\tf(42)\n'],
  ['json', '{"messages":[{"role":"user","content":"Hi\\n"}],"weight":1}'],
  ['url', 'https://example.com/path?query=1&b=two#frag mailto:someone@example.org'],
  ['long word', 'a'.repeat(500)],
  ['long mixed word', 'supercalifragilisticexpialidocious'.repeat(20)],
  ['base64 blob', 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='.repeat(6)],
  ['long punctuation', '=-'.repeat(300)],
  ['long cjk', '字'.repeat(400)],
  ['long emoji', '😀'.repeat(200)],
  ['private use and unassigned', '\ue000\uf8ff \u{f0000} \u0378\u0379 \u{10ffff}'],
  ['control characters', '\u0000\u0001\u0007\b\u001b[31mred\u001b[0m\u007f'],
  ['ellipsis and quotes', '“Smart quotes” ‘single’ — dash … ellipsis «guillemets» „low“'],
  ['math', '∑ᵢ xᵢ² ≤ ∞ ∀x∈ℝ: √x ≈ π'],
  ['mixed scripts', 'Le modèle GPT-4o 的 déjà vu 가 12345 مرحبا!'],
  ['space before letter after newline', '\n hello\n\tworld\n\u00a0x'],
  ['space digits', ' 1 22  333   4444'],
  ['only spaces', '     '],
  ['only newline', '\n'],
  ['space newline space', ' \n '],
  ['u0085 runs', '\u0085\u0085 a \u0085\nb\u0085 \n'],
  ['cl100k dollar', 'text   \n'],
  ['medical', 'Pt. c/o SOB x3d; SpO₂ 91% on RA. Hx: T2DM, HTN. Rx: metformin 500mg PO BID.'],
  ['legal', '§ 823 Abs. 1 BGB; Art. 6(1)(f) DSGVO — vgl. BGH, Urt. v. 12.3.2019 – VI ZR 123/18'],
];

// --- seeded random texts --------------------------------------------------------------------------------
function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261125);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

const words = {
  english: 'the patient reported chest pain after exercise and was admitted for observation while the court held that the contract was void because consideration failed'.split(' '),
  german: 'Der Patient klagte über Schmerzen; das Gericht entschied, dass die Kündigung unwirksam ist. Größe Übermaß Fußgänger straße'.split(' '),
  french: 'le médecin a prescrit un traitement à l’hôpital où la cour d’appel a infirmé le jugement déjà rendu'.split(' '),
  spanish: 'el niño comió piña en la mañana y el juez falló a favor del demandado según el artículo'.split(' '),
  russian: 'врач назначил лечение суд постановил что договор недействителен Ёлка объём'.split(' '),
  greek: 'ο ασθενής παραπονέθηκε για πόνο το δικαστήριο αποφάσισε'.split(' '),
  chinese: ['患者', '主诉', '胸痛', '法院', '认为', '合同', '无效', '。', '，', '机器学习', '数据集', '微调'],
  japanese: ['患者は', '胸の痛みを', '訴えた', '。', '裁判所は', '契約が', '無効であると', '判断した', 'データ', 'セット'],
  korean: ['환자는', '흉통을', '호소했다', '법원은', '계약이', '무효라고', '판단했다'],
  arabic: ['المريض', 'يشكو', 'من', 'ألم', 'في', 'الصدر', 'المحكمة', 'قررت'],
  hindi: ['रोगी', 'ने', 'सीने', 'में', 'दर्द', 'की', 'शिकायत', 'की'],
  thai: ['ผู้ป่วย', 'มี', 'อาการ', 'เจ็บ', 'หน้าอก'],
  hebrew: ['המטופל', 'התלונן', 'על', 'כאב', 'בחזה'],
  code: ['def', 'return', '{', '}', '();', '=>', 'const', 'x_1', '__init__', 'std::vector<int>', '0xFF', '//', '/*', '*/', '!==', '&&'],
};
const separators = [' ', ' ', ' ', ' ', '  ', '\n', '\r\n', '\t', '\u0085', '\u00a0', '\u3000', '. ', ', ', '; ', '!\n', '?\r\n', '\n\n', ' \n', '...', ' - ', '/', '\u2028'];
const extras = ['🙂', '👍🏽', '👩‍💻', '🇯🇵', '✅', 'e\u0301', 'n\u0303', '\u0301', "'s", "'LL", "'ve", "'D", '\u017f', '<|endoftext|>', '<|fim_prefix|>', '2024-05-13', '3.14', '1234567890', '$', '%', '€', '№', '°C', 'µg', 'H₂O', 'x²', '½', 'Ⅻ', '①', '\ufeff', '\u200b', '\u0000', '\r', 'HTTPServer', 'McDONALD', 'ǅ', 'ʰ'];

function randomWord() {
  const roll = random();
  if (roll < 0.75) return pick(words[pick(Object.keys(words))]);
  if (roll < 0.9) return pick(extras);
  if (roll < 0.95) return String(Math.floor(random() * 10 ** between(1, 12)));
  // random code points from assorted blocks
  const blocks = [[0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x4ff], [0x590, 0x6ff],
    [0x900, 0x97f], [0xe00, 0xe7f], [0x1100, 0x11ff], [0x2000, 0x206f], [0x2190, 0x23ff], [0x3040, 0x30ff],
    [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe00, 0xfe0f], [0xff00, 0xffef], [0x1f300, 0x1faff],
    [0x20000, 0x2a6df], [0x1d400, 0x1d7ff], [0x10000, 0x1007f]];
  const [low, high] = pick(blocks);
  let text = '';
  for (let i = between(1, 6); i > 0; --i) text += String.fromCodePoint(between(low, high));
  return text;
}

function randomText() {
  const shape = random();
  let length = shape < 0.6 ? between(1, 30) : shape < 0.95 ? between(30, 120) : between(200, 600);
  let text = '';
  while (length-- > 0) {
    text += randomWord();
    if (random() < 0.85) text += pick(separators);
  }
  if (random() < 0.05) text += 'x'.repeat(between(100, 400)) + pick(separators);
  if (random() < 0.05) text += ' '.repeat(between(2, 300)) + pick(['', 'x', '\n', '\r\n']);
  if (random() < 0.05) text += pick(words.chinese).repeat(between(50, 300));
  return text;
}

const generated = [];
for (let i = 0; i < 3000; ++i) generated.push(hashedRecord('generated ' + i, randomText(), true));

// --- every code point -----------------------------------------------------------------------------------
const codepoints = [];
for (let start = 0; start <= 0x10ffff; start += 128) {
  let text = '';
  for (let cp = start; cp < start + 128 && cp <= 0x10ffff; ++cp) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    text += 'a' + c + 'b ' + c + 'C' + c + ' 1' + c + '\n' + c + c + ' ';
  }
  if (text) codepoints.push(hashedRecord('U+' + start.toString(16).toUpperCase(), text, false));
}

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'tricky.jsonl'), tricky.map(([name, text]) => record(name, text)).join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'generated.jsonl.qz'), qCompress(generated.join('\n') + '\n'));
fs.writeFileSync(path.join(outDir, 'codepoints.jsonl.qz'), qCompress(codepoints.join('\n') + '\n'));
console.log(`wrote ${tricky.length} tricky, ${generated.length} generated and ${codepoints.length} code point cases to ${outDir}`);
