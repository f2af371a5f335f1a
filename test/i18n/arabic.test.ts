/**
 * Arabic letters (issue 30): a letter to a woman minister with 56 signers and an
 * Arabic–English parallel edition, each built once, in this process, to PDF and Word,
 * and read back: the greeting, the date and numbers in Arabic-Indic digits, the
 * footer, no English scaffold; right to left by where poppler finds the glyphs
 * (`pdftotext -bbox-layout`); the Word XML's bidi, rtl, language and complex-script
 * font; the Word letter through LibreOffice. A Moroccan letter (ar-MA) dates in Latin
 * digits, as CLDR has it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, pdfText, tempWorkspace, type CliResult } from '../helpers.js';
import { pdfLines, type PdfLine } from '../layout/pdf-lines.js';
import { convertWithLibreOffice } from '../docx/libreoffice.js';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { buildGreeting } from '../../src/i18n/greeting.js';
import { plural } from '../../src/resolve/signer-count.js';
import { formatCalendarDate } from '../../src/i18n/intl.js';
import type { Addressee } from '../../src/model/schema.js';

/** 40 organizations with Arabic names and 16 with Latin ones, from 12 countries. */
const ARABIC = ['الكرامة', 'مركز القاهرة', 'الشبكة العربية', 'منظمة العفو', 'أصوات', 'بيت الحرية', 'آفاق', 'إنسان', 'جمعية النساء', 'مرصد الحقوق',
  'المبادرة المصرية', 'رابطة المحامين', 'لجنة العدالة', 'صوت الشباب', 'مؤسسة الحق', 'نقابة الصحفيين', 'مركز عمان', 'منتدى البحرين', 'شبكة الخليج', 'بدائل'];
const LATIN = ['Human Rights Watch', 'Front Line Defenders', 'CIVICUS', 'Article 19', 'PEN International', 'Access Now', 'ISHR', 'Amnesty International Ltd.'];
const COUNTRIES = ['EG', 'JO', 'LB', 'TN', 'MA', 'SA', 'PS', 'IQ', 'YE', 'GB', 'US', 'CH'];
const SIGNERS = Array.from({ length: 56 }, (_, i) => ({
  id: `s${i + 1}`,
  name: i < 40 ? `${ARABIC[i % 20]}${i >= 20 ? ' فرع الشمال' : ''}` : `${LATIN[i % 8]}${i >= 48 ? ' Europe' : ''}`,
  country: COUNTRIES[i % COUNTRIES.length]!,
}));
const REGISTRY = `signatories:\n${SIGNERS.map((s) => `  ${s.id}: { name: "${s.name}", country: ${s.country} }`).join('\n')}\n`;

const paragraphs = (count: number, sentence: string) => Array.from({ length: count }, () => `${sentence} `.repeat(14).trim()).join('\n\n');
const ARABIC_SENTENCE = 'نكتب إليكم بشأن حماية المدافعين عن حقوق الإنسان في المنطقة.';

const MINISTER = `---
title: رسالة إلى وزيرة الخارجية بشأن المدافعين عن حقوق الإنسان
date: 2026-03-02
languages: [ar]
place: جنيف
subject: حماية المدافعين عن حقوق الإنسان
to:
  - name: هند صبري
    title: وزيرة الخارجية
cc: [مكتب المفوض السامي]
signatories: [${SIGNERS.map((s) => s.id).join(', ')}]
signing:
  as_of: 2026-03-02
  count: true
  numbered: true
closing: وتفضلوا بقبول فائق الاحترام،
---

نحن المنظمات الموقعة أدناه نكتب إليكم بشأن تقرير Human Rights Watch لعام 2025.

${paragraphs(5, ARABIC_SENTENCE)}
`;

const PARALLEL = `---
title: { ar: رسالة إلى الوزيرة, en: Letter to the Minister }
date: 2026-03-02
languages: [ar, en]
place: { ar: جنيف, en: Geneva }
to:
  - name: { ar: هند صبري, en: Hind Sabri }
    title: { ar: وزيرة الخارجية, en: Minister of Foreign Affairs }
    salutation: { ar: معالي الوزيرة, en: Minister Sabri }
    gender: f
signatories: [${SIGNERS.slice(0, 12).map((s) => s.id).join(', ')}]
signing:
  count: true
---

::: ar
${paragraphs(2, ARABIC_SENTENCE)}
:::

::: en
${paragraphs(2, 'We write to you about the protection of human rights defenders in the region.')}
:::
`;

const MOROCCO = `---
title: رسالة إلى الوزير
date: 2026-03-02
languages: [ar-MA]
place: الرباط
to:
  - name: كريم العلمي
    title: وزير العدل
signatories: [${SIGNERS.slice(0, 12).map((s) => s.id).join(', ')}]
signing:
  count: true
---

${ARABIC_SENTENCE}
`;

let ws: { dir: string; cleanup: () => void };
let runs: Record<'minister' | 'parallel' | 'morocco' | 'check', CliResult>;
let office: { dir: string; pdf: string } | undefined;

beforeAll(async () => {
  ws = tempWorkspace({
    'signatories.yaml': REGISTRY,
    'letters/2026-03-02-minister.md': MINISTER,
    'letters/2026-03-02-parallel.md': PARALLEL,
    'letters/2026-03-02-morocco.md': MOROCCO,
  });
  runs = {
    minister: await cliInProcess(['build', 'minister', '--draft', '--format', 'pdf,docx'], ws.dir),
    parallel: await cliInProcess(['build', 'parallel', '--bilingual', 'parallel', '--format', 'pdf,docx'], ws.dir),
    morocco: await cliInProcess(['build', 'morocco', '--format', 'html'], ws.dir),
    check: await cliInProcess(['check', '--json'], ws.dir),
  };
}, 300_000);

afterAll(() => {
  ws?.cleanup();
  if (office) rmSync(office.dir, { recursive: true, force: true });
});

const MINISTER_NAME = '2026-03-02-minister.ar';
const PARALLEL_NAME = '2026-03-02-parallel.ar-en';
const out = (file: string) => join(ws.dir, 'out', file);

/**
 * Text as compared: poppler gives Arabic back in logical order but moves spaces around
 * digits and wraps runs in bidi marks, puts a shadda or tanwin before the letter it
 * sits on, and writes the lam-alef ligature (لا) as "ال". So both sides drop marks,
 * vowel signs and spaces, and write lam-alef as poppler does.
 */
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const squash = (text: string) => text
  .replace(MARKS, '')
  .replace(/[\u064b-\u065f\u0670\s]/g, '')
  .replace(/ل([اأإآ])/g, '$1ل');
const pdf = (name: string) => squash(pdfText(out(`${name}.pdf`)));
const zip = (name: string) => ZipParts.read(readFileSync(out(`${name}.docx`)), name);
const wordXml = (name: string) => {
  const parts = zip(name);
  return ['word/document.xml', ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`word/header${n}.xml`, `word/footer${n}.xml`])].map((part) => parts.text(part) ?? '').join('\n');
};
/** The Word letter's text, field instructions left out. */
const word = (name: string) => squash(wordXml(name).replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '').replace(/<[^>]+>/g, ''));
/**
 * A line's words as read: poppler's -bbox-layout gives each word's glyphs left to
 * right, so an Arabic word comes reversed ("يلاعم" for "معالي"); runs of digits and
 * Latin words come as they read. Vowel signs are left out (their glyphs follow no fixed order).
 */
const logicalWords = (line: PdfLine) => line.words.map((w) => ({
  ...w,
  text: (/[\u0621-\u064a]/.test(w.text) ? [...w.text].reverse().join('') : w.text).replace(/[\u064b-\u065f\u0670]/g, '').replace(MARKS, ''),
}));
const has = (text: string, expected: string) => expect(text).toContain(squash(expected));

describe('Arabic strings', () => {
  const files = new TemplateFiles(undefined);
  const ar = loadStrings(files, 'ar');
  const person = (name: string, extra: Partial<Addressee> = {}): Addressee => ({ name, ...extra }) as Addressee;

  it.each([
    ['a woman minister', [person('هند صبري', { title: 'وزيرة الخارجية' })], 'معالي الوزيرة،'],
    ['a woman minister titled in the masculine', [person('هند صبري', { title: 'وزير الخارجية', gender: 'f' })], 'معالي الوزيرة،'],
    ['a minister', [person('كريم العلمي', { title: 'وزير العدل' })], 'معالي الوزير،'],
    ['an ambassador', [person('سامي حداد', { title: 'السفير' })], 'سعادة السفير،'],
    ['a woman ambassador', [person('ليلى حداد', { title: 'سفيرة لبنان' })], 'سعادة السفيرة،'],
    ['a minister and an ambassador', [person('هند صبري', { title: 'وزيرة الخارجية' }), person('سامي حداد', { title: 'سفير لبنان' })], 'معالي الوزيرة وسعادة السفير،'],
    ['a woman with no known office', [person('Jane Doe', { gender: 'f' })], 'السيدة Jane Doe،'],
    ['someone whose gender nothing shows', [person('Kim Lee')], 'حضرة Kim Lee،'],
  ] as const)('greets %s', (_, to, greeting) => {
    expect(buildGreeting(to, 'ar', ar)).toBe(greeting);
  });

  it('counts with the six plural forms, the noun agreeing with the number', () => {
    const forms = [0, 1, 2, 3, 10, 11, 99, 100, 101, 103].map((n) => plural(ar.count_organizations, n, 'ar'));
    expect(forms).toEqual(['٠ منظمة', 'منظمة واحدة', 'منظمتان', '٣ منظمات', '١٠ منظمات', '١١ منظمة', '٩٩ منظمة', '١٠٠ منظمة', '١٠١ منظمة', '١٠٣ منظمات']);
  });

  it('dates in Arabic-Indic digits in plain ar, in Latin ones in the Maghreb as CLDR says', () => {
    expect(formatCalendarDate('2026-03-02', 'ar')).toBe('٢ مارس ٢٠٢٦');
    expect(formatCalendarDate('2026-03-02', 'ar-EG')).toBe('٢ مارس ٢٠٢٦');
    for (const region of ['ar-MA', 'ar-TN', 'ar-DZ']) expect(formatCalendarDate('2026-03-02', region)).toBe('2 مارس 2026');
  });
});

describe('an Arabic letter to a woman minister, 56 signers', () => {
  it('builds, and check knows Arabic', () => {
    for (const run of Object.values(runs)) expect(run.code, run.stderr).toBe(0);
    const found = JSON.parse(runs.check.stdout) as { code: string }[];
    expect(found.map((d) => d.code)).not.toContain('no-strings');
  });

  it('prints the greeting, the date and the counts in Arabic and its digits, in the PDF and in Word', () => {
    for (const text of [pdf(MINISTER_NAME), word(MINISTER_NAME)]) {
      has(text, 'معالي الوزيرة،');
      has(text, 'جنيف، في ٢ مارس ٢٠٢٦');
      has(text, 'الموقّعون حتى ٢ مارس ٢٠٢٦');
      has(text, '٥٦ منظمة من ١٢ بلدًا');
      has(text, 'الموضوع:');
      has(text, 'نسخة إلى');
      has(text, 'وتفضلوا بقبول فائق الاحترام،');
      has(text, 'مسودة');
      for (const english of ['Dear', 'Signatories', 'DRAFT', 'Page', 'organizations', 'cc:', 'Re:', 'March', '2026']) expect(text).not.toContain(english);
    }
    has(pdf(MINISTER_NAME), 'صفحة ٢ من ٣');
  });

  it('numbers the signers in Arabic-Indic digits, Arabic names in Arabic order, the Latin ones after', () => {
    // Each printed entry "١٢. name" (poppler puts the number on either side): its number is its place in the order.
    const numbers = new Map<string, number>();
    for (const raw of pdfText(out(`${MINISTER_NAME}.pdf`)).split('\n')) {
      const line = raw.replace(MARKS, '').trim();
      const entry = /^\.([٠-٩]+)\s*(.+)$/.exec(line) ?? /^(.+?)\s*\.([٠-٩]+)$/.exec(line);
      if (!entry) continue;
      const [digits, name] = /^[٠-٩]+$/.test(entry[1]!) ? [entry[1]!, entry[2]!] : [entry[2]!, entry[1]!];
      numbers.set(name.trim(), Number([...digits].map((d) => '٠١٢٣٤٥٦٧٨٩'.indexOf(d)).join('')));
    }
    expect(numbers.size).toBe(56);
    // Intl.Collator("ar"): آفاق first, then أصوات, بدائل, منظمة العفو…; the Latin names after the 40 Arabic ones, A to Z.
    const order = ['آفاق', 'أصوات', 'بدائل', 'منظمة العفو', 'Access Now', 'Human Rights Watch', 'PEN International Europe'].map((name) => numbers.get(name));
    expect(order[0]).toBe(1);
    expect(order.every((n, i) => n !== undefined && (i === 0 || n > order[i - 1]!)), JSON.stringify(order)).toBe(true);
    expect(order[4]).toBe(41);
  });

  it('runs right to left: each Arabic line starts at the right, the date reads in order', () => {
    const page = pdfLines(out(`${MINISTER_NAME}.pdf`)).filter((l) => l.page === 1).map(logicalWords);
    const width = 612;
    /** The line holding these words (as read), and where each sits. */
    const find = (...words: string[]) => {
      const line = page.find((l) => words.every((w) => l.some((x) => x.text === w)));
      expect(line, words.join(' ')).toBeDefined();
      return words.map((w) => line!.find((x) => x.text === w)!);
    };
    /** Each word to the right of the next: read from right to left. */
    const rightToLeft = (words: { text: string; xMin: number; xMax: number }[]) => {
      for (let i = 1; i < words.length; i++) expect(words[i]!.xMax, `${words[i - 1]!.text} | ${words[i]!.text}`).toBeLessThan(words[i - 1]!.xMin);
    };
    const greeting = find('معالي', 'الوزيرة،');
    rightToLeft(greeting);
    // The dateline, the issue's "2 2026 مارس": place, "في", day, month, year from the right.
    const dateline = find('جنيف،', 'في', '٢', 'مارس', '٢٠٢٦');
    rightToLeft(dateline);
    rightToLeft(find('هند', 'صبري'));
    // Short lines hang from the right margin.
    for (const line of [greeting, dateline]) expect(Math.min(...line.map((w) => w.xMin))).toBeGreaterThan(width / 2);
    // The Latin name inside the Arabic sentence keeps its own order, left to right, after "بشأن".
    const [about, human, rights, watch] = find('بشأن', 'Human', 'Rights', 'Watch');
    expect(human!.xMax).toBeLessThan(rights!.xMin);
    expect(rights!.xMax).toBeLessThan(watch!.xMin);
    expect(watch!.xMax).toBeLessThan(about!.xMin);
    // A line shorter than the measure ends short on the left, not on the right (text-align: start).
    const sentence = page.find((l) => l.some((w) => w.text === 'Human'))!;
    expect(Math.max(...sentence.map((w) => w.xMax))).toBeGreaterThan(width - 80);
    expect(Math.min(...sentence.map((w) => w.xMin))).toBeGreaterThan(72 + 20);
  });

  it('keeps a Latin name whole in the Arabic list: its full stop at its end, on the right', () => {
    const lines = pdfLines(out(`${MINISTER_NAME}.pdf`)).map(logicalWords);
    const amnesty = lines.find((l) => l.some((w) => w.text === 'Ltd.'))!;
    const latin = amnesty.filter((w) => /[A-Za-z]/.test(w.text)).sort((a, b) => a.xMin - b.xMin).map((w) => w.text);
    expect(latin).toEqual(['Amnesty', 'International', 'Ltd.']);
    expect(amnesty.some((w) => w.text.startsWith('.') && /[A-Za-z]/.test(w.text))).toBe(false);
  });

  it('makes the Word letter right to left: bidi paragraphs and section, rtl runs, Arabic language, complex-script font and page numbers', () => {
    const xml = wordXml(MINISTER_NAME);
    const document = zip(MINISTER_NAME).text('word/document.xml')!;
    const greeting = /<w:p>(?:(?!<\/w:p>).)*معالي الوزيرة(?:(?!<\/w:p>).)*<\/w:p>/s.exec(document)![0];
    expect(greeting).toContain('<w:bidi/>');
    expect(greeting).toContain('<w:rtl/>');
    expect(greeting).toMatch(/<w:lang w:val="ar-SA" w:bidi="ar-SA"\/>/);
    expect(greeting).toMatch(/<w:rFonts w:cs="Noto Naskh Arabic"\/>/);
    for (const section of document.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)!) expect(section).toContain('<w:bidi/>');
    expect(xml).toMatch(/PAGE \\\* HINDIARABIC/);
    expect(zip(MINISTER_NAME).text('word/styles.xml')).toMatch(/w:cs="Noto Naskh Arabic"/);
  });

  it('opens in LibreOffice with its Arabic text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalition-ar-lo-'));
    const converted = convertWithLibreOffice([out(`${MINISTER_NAME}.docx`)], dir);
    office = { dir, pdf: converted.get(out(`${MINISTER_NAME}.docx`))! };
    const text = squash(pdfText(office.pdf));
    for (const expected of ['معالي الوزيرة،', 'جنيف، في ٢ مارس ٢٠٢٦', '٥٦ منظمة من ١٢ بلدًا', 'مسودة']) has(text, expected);
    expect(text).not.toMatch(/Dear|Page|DRAFT/);
  }, 240_000);
});

describe('an Arabic–English parallel edition', () => {
  it('puts the Arabic column on the right of the English one, each reading its own way', () => {
    const lines = pdfLines(out(`${PARALLEL_NAME}.pdf`)).filter((l) => l.page === 1).map(logicalWords);
    const arabic = lines.flat().filter((w) => /[\u0600-\u06ff]/.test(w.text));
    const english = lines.flat().filter((w) => /^[A-Za-z]+[.,]?$/.test(w.text));
    expect(arabic.length).toBeGreaterThan(30);
    expect(english.length).toBeGreaterThan(30);
    const englishRight = Math.max(...english.map((w) => w.xMax));
    for (const word of arabic) expect(word.xMin, word.text).toBeGreaterThan(englishRight);
    const greeting = lines.find((l) => l.some((w) => w.text === 'معالي'))!;
    expect(greeting.find((w) => w.text === 'معالي')!.xMin).toBeGreaterThan(greeting.find((w) => w.text === 'الوزيرة،')!.xMax);
  });

  it('numbers its pages and counts in each language\'s digits, and the Word table runs right to left', () => {
    const lines = pdfLines(out(`${PARALLEL_NAME}.pdf`)).map(logicalWords).map((l) => l.map((w) => w.text));
    const count = lines.find((l) => l.includes('organizations'))!;
    expect(count).toEqual(expect.arrayContaining(['١٢', 'منظمة', 'بلدا', '12', 'countries']));
    // Each half isolated: the English "12" stays before its noun, not pulled into the Arabic run.
    const countLine = pdfLines(out(`${PARALLEL_NAME}.pdf`)).map(logicalWords).find((l) => l.some((w) => w.text === 'organizations'))!;
    const twelve = countLine.filter((w) => w.text === '12').sort((a, b) => a.xMin - b.xMin);
    const nouns = ['organizations', 'from', 'countries'].map((t) => countLine.find((w) => w.text === t)!);
    expect(twelve[0]!.xMax).toBeLessThan(nouns[0]!.xMin);
    expect(nouns[1]!.xMax).toBeLessThan(twelve[1]!.xMin);
    expect(twelve[1]!.xMax).toBeLessThan(nouns[2]!.xMin);
    const footer = lines.find((l) => l.includes('Page'))!;
    expect(footer).toEqual(expect.arrayContaining(['صفحة', '٢', 'Page', '2']));
    const document = zip(PARALLEL_NAME).text('word/document.xml')!;
    expect(document).toContain('<w:bidiVisual/>');
    const cells = [...document.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(cells.find((c) => c.includes('معالي الوزيرة'))).toMatch(/<w:bidi\/>/);
    expect(cells.find((c) => c.includes('Dear Minister Sabri'))).not.toMatch(/<w:bidi\/>|<w:rtl\/>/);
  });
});

describe('a Moroccan letter (ar-MA)', () => {
  it('dates and counts in Latin digits, as CLDR writes Arabic in Morocco', () => {
    const html = readFileSync(out('2026-03-02-morocco.ar-MA.html'), 'utf8');
    expect(html).toMatch(/<html lang="ar-MA" dir="rtl">/);
    expect(html).toContain('<time datetime="2026-03-02">2 مارس 2026</time>');
    expect(html).toContain('12 منظمة من 12 بلدًا');
    expect(html).toMatch(/<body class="paper-[a-z0-9]+">/);
  });
});
