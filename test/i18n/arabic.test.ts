/**
 * Arabic letters (issue 30): a letter to a woman minister with 56 signers and an
 * Arabic–English parallel edition, each built once, in this process, to PDF and Word,
 * and read back: the greeting, the date and numbers in Arabic-Indic digits, the
 * footer, no English scaffold; right to left by where poppler finds the glyphs
 * (`pdftotext -bbox-layout`); the Word XML's bidi, rtl, language and complex-script
 * font; the Word letter through LibreOffice. A Moroccan letter (ar-MA) dates in Latin
 * digits, as CLDR has it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, pdfText, tempWorkspace, type CliResult } from '../helpers.js';
import { pdfLines, type PdfWord } from '../layout/pdf-lines.js';
import { expectPageLikeReference } from '../layout/reference-pages.js';
import { convertWithLibreOffice } from '../docx/libreoffice.js';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { buildGreeting } from '../../src/i18n/greeting.js';
import { plural } from '../../src/resolve/signer-count.js';
import { letterSkeleton } from '../../src/scaffold/letter-template.js';
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

| البند | المصدر |
|---|---|
| الاحتجاز | تقرير |

1. الإفراج عن المحتجزين
2. فتح تحقيق مستقل
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
 * Text as compared: drops bidi marks, vowel signs (a shadda or tanwin has no fixed
 * place among the glyphs) and spaces (poppler cuts Noto Naskh's cursive words into
 * pieces and moves spaces around digits), and writes lam-alef as poppler reads its
 * ligature ("ال"): both sides alike.
 */
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const squash = (text: string) => text
  .replace(MARKS, '')
  .replace(/[\u064b-\u065f\u0670\s]/g, '')
  .replace(/ل([اأإآ])/g, '$1ل');
const ARABIC_LETTER = /[\u0621-\u064a]/;

/** One printed line, or one column's part of it: its pieces where poppler found them, and its text read right to left. */
interface Printed {
  page: number;
  xMin: number;
  xMax: number;
  words: PdfWord[];
  /** squashed: Arabic pieces from the right, each run of Latin words and digits left to right inside it. */
  text: string;
}

/**
 * The PDF's lines as printed, read from the glyphs' positions (`pdftotext
 * -bbox-layout`): poppler gives each piece's glyphs left to right, so an Arabic piece
 * comes reversed ("يلاعم" for "معالي"). Pieces at one height make one line (poppler
 * splits a line where a letter sits higher); a gap wider than a column gap parts a
 * line into its columns.
 */
function printedLines(pdf: string): Printed[] {
  const lines: { page: number; yMin: number; words: PdfWord[] }[] = [];
  for (const { page, yMin, words: pieces } of pdfLines(pdf)) {
    const line = { page, yMin, words: pieces.map((w) => ({ ...w, text: w.text.replace(MARKS, '') })) };
    const same = lines.find((l) => l.page === line.page && Math.abs(l.yMin - line.yMin) < 8);
    if (same) same.words.push(...line.words);
    else lines.push({ page: line.page, yMin: line.yMin, words: [...line.words] });
  }
  return lines.sort((a, b) => a.page - b.page || a.yMin - b.yMin).flatMap((line) => {
    const byX = [...line.words].sort((a, b) => a.xMin - b.xMin);
    const columns: PdfWord[][] = [];
    byX.forEach((w, i) => (i > 0 && w.xMin - byX[i - 1]!.xMax < 14 ? columns.at(-1)!.push(w) : columns.push([w])));
    return columns.map((words) => ({ page: line.page, xMin: words[0]!.xMin, xMax: Math.max(...words.map((w) => w.xMax)), words, text: readRightToLeft(words) }));
  });
}

function readRightToLeft(words: readonly PdfWord[]): string {
  const text: string[] = [];
  let run: PdfWord[] = [];
  const flush = () => {
    text.push(...run.sort((a, b) => a.xMin - b.xMin).map((w) => w.text));
    run = [];
  };
  for (const word of [...words].sort((a, b) => b.xMax - a.xMax)) {
    if (!ARABIC_LETTER.test(word.text)) run.push(word);
    else {
      flush();
      text.push([...word.text].reverse().join(''));
    }
  }
  flush();
  return squash(text.join(''));
}

const pdf = (name: string) => printedLines(out(`${name}.pdf`)).map((l) => l.text).join('\n');
const zip = (name: string) => ZipParts.read(readFileSync(out(`${name}.docx`)), name);
const wordXml = (name: string) => {
  const parts = zip(name);
  return ['word/document.xml', ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`word/header${n}.xml`, `word/footer${n}.xml`])].map((part) => parts.text(part) ?? '').join('\n');
};
/** The Word letter's text, field instructions left out. */
const word = (name: string) => squash(wordXml(name).replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '').replace(/<[^>]+>/g, ''));
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

  it('scaffolds an Arabic letter with the Arabic closing and no English', () => {
    const skeleton = letterSkeleton({ date: '2026-03-02', langs: ['ar'], to: ['هند صبري'], files });
    expect(skeleton).toContain('closing: وتفضلوا بقبول فائق الاحترام،');
    expect(skeleton).toContain('TODO عنوان الرسالة');
    expect(skeleton).not.toMatch(/Sincerely|TODO title/);
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
  it('builds, and check knows Arabic and can print it', () => {
    for (const run of Object.values(runs)) expect(run.code, run.stderr).toBe(0);
    const found = JSON.parse(runs.check.stdout) as { code: string }[];
    expect(found.map((d) => d.code).filter((c) => ['no-strings', 'unprintable-character'].includes(c))).toEqual([]);
  });

  it('embeds Noto Naskh Arabic for the Arabic and Source Serif 4 for the Latin: no system font', () => {
    for (const name of [MINISTER_NAME, PARALLEL_NAME]) {
      const rows = execFileSync('pdffonts', [out(`${name}.pdf`)], { encoding: 'utf8' }).trim().split('\n').slice(2);
      const faces = rows.map((row) => ({ name: row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: / yes yes /.test(row) }));
      expect(faces.map((f) => f.name).sort(), name).toEqual(['NotoNaskhArabic-Bold', 'NotoNaskhArabic-Regular', 'SourceSerif4-Bold', 'SourceSerif4-Regular']);
      expect(faces.every((f) => f.embedded), name).toBe(true);
    }
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
    // Each entry "١٢. name" in its column: its number is its place in the order.
    const numbers = new Map<string, number>();
    for (const line of printedLines(out(`${MINISTER_NAME}.pdf`))) {
      // A Latin name reads left to right with its number: "AccessNow.٤١".
      const arabicFirst = /^\.([٠-٩]+)(.+)$/.exec(line.text) ?? /^([٠-٩]+)\.(.+)$/.exec(line.text);
      const latinFirst = /^([A-Za-z].*?)(?:\.([٠-٩]+)|([٠-٩]+)\.)$/.exec(line.text)?.filter((g) => g !== undefined);
      const [digits, name] = arabicFirst ? [arabicFirst[1]!, arabicFirst[2]!] : latinFirst ? [latinFirst[2]!, latinFirst[1]!] : [];
      if (digits && name) numbers.set(name, Number([...digits].map((d) => '٠١٢٣٤٥٦٧٨٩'.indexOf(d)).join('')));
    }
    // Every signer numbered (the body's own list, ١ and ٢, is read too).
    expect(SIGNERS.filter((signer) => !numbers.has(squash(signer.name))).map((signer) => signer.name)).toEqual([]);
    expect(new Set(SIGNERS.map((signer) => numbers.get(squash(signer.name)))).size).toBe(56);
    // Intl.Collator("ar"): آفاق first, then أصوات, بدائل, منظمة العفو…; the Latin names after the 40 Arabic ones, A to Z.
    const order = ['آفاق', 'أصوات', 'بدائل', 'منظمة العفو', 'Access Now', 'Human Rights Watch', 'PEN International Europe'].map((name) => numbers.get(squash(name)));
    expect(order[0]).toBe(1);
    expect(order.every((n, i) => n !== undefined && (i === 0 || n > order[i - 1]!)), JSON.stringify(order)).toBe(true);
    expect(order[4]).toBe(41);
  });

  it('runs right to left: each Arabic line starts at the right, the date reads in order', () => {
    const page = printedLines(out(`${MINISTER_NAME}.pdf`)).filter((l) => l.page === 1);
    const width = 612;
    const line = (start: string) => {
      const found = page.find((l) => l.text.startsWith(squash(start)));
      expect(found, start).toBeDefined();
      return found!;
    };
    // Read from the rightmost glyph on, each line starts with its first word.
    const greeting = line('معالي الوزيرة،');
    // The dateline, the issue's "2 2026 مارس": place, "في", day, month, year from the right.
    const dateline = line('جنيف، في ٢ مارس ٢٠٢٦');
    line('هند صبري');
    // Short lines hang from the right margin.
    for (const short of [greeting, dateline]) {
      expect(short.xMin).toBeGreaterThan(width / 2);
      expect(short.xMax).toBeGreaterThan(width - 80);
    }
    // The Latin name inside the Arabic sentence keeps its own order, left to right.
    const sentence = line('نحن المنظمات');
    const at = (text: string) => sentence.words.find((w) => w.text === text)!;
    expect(at('Human').xMax).toBeLessThan(at('Rights').xMin);
    expect(at('Rights').xMax).toBeLessThan(at('Watch').xMin);
    // A line shorter than the measure ends short on the left, not on the right (text-align: start).
    expect(sentence.xMax).toBeGreaterThan(width - 80);
    expect(sentence.xMin).toBeGreaterThan(72 + 20);
  });

  it('keeps a Latin name whole in the Arabic list: its full stop at its end, on the right', () => {
    const amnesty = printedLines(out(`${MINISTER_NAME}.pdf`)).find((l) => l.words.some((w) => w.text === 'Ltd.'))!;
    const latin = amnesty.words.filter((w) => /[A-Za-z]/.test(w.text)).sort((a, b) => a.xMin - b.xMin).map((w) => w.text);
    expect(latin).toEqual(['Amnesty', 'International', 'Ltd.']);
    expect(amnesty.words.some((w) => w.text.startsWith('.') && /[A-Za-z]/.test(w.text))).toBe(false);
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
    // The body's table reads from the right too, its first column there.
    expect(/<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*البند/.exec(document)![0]).toContain('<w:bidiVisual/>');
    // The signers are numbered in Arabic-Indic digits, the ordered list ١، ٢ too, in Word as in the PDF.
    expect(document).toMatch(/<w:t xml:space="preserve">٥٦\.\u00a0<\/w:t>|<w:t>٥٦\.\u00a0<\/w:t>/);
    expect(document).not.toMatch(/>56\.\u00a0</);
    expect(zip(MINISTER_NAME).text('word/numbering.xml')).toMatch(/<w:numFmt w:val="hindiNumbers"\/><w:lvlText w:val="%1\."\/>/);
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
    const lines = printedLines(out(`${PARALLEL_NAME}.pdf`)).filter((l) => l.page === 1);
    const pieces = lines.flatMap((l) => l.words);
    const arabic = pieces.filter((w) => ARABIC_LETTER.test(w.text));
    const english = pieces.filter((w) => /^[A-Za-z]+[.,]?$/.test(w.text));
    expect(arabic.length).toBeGreaterThan(30);
    expect(english.length).toBeGreaterThan(30);
    const englishRight = Math.max(...english.map((w) => w.xMax));
    for (const piece of arabic) expect(piece.xMin, piece.text).toBeGreaterThan(englishRight);
    expect(lines.some((l) => l.text === squash('معالي الوزيرة،'))).toBe(true);
    expect(lines.some((l) => l.text.startsWith(squash('جنيف، في ٢ مارس ٢٠٢٦')))).toBe(true);
  });

  it('numbers its pages and counts in each language\'s digits, and the Word table runs right to left', () => {
    const lines = printedLines(out(`${PARALLEL_NAME}.pdf`));
    const count = lines.find((l) => l.words.some((w) => w.text === 'organizations'))!;
    has(count.text, '١٢ منظمة من ١٢ بلدًا');
    has(count.text, '12 organizations from 12 countries');
    // Each half isolated: the English "12" stays before its noun, not pulled into the Arabic run.
    const twelve = count.words.filter((w) => w.text === '12').sort((a, b) => a.xMin - b.xMin);
    const noun = (text: string) => count.words.find((w) => w.text === text)!;
    expect(twelve[0]!.xMax).toBeLessThan(noun('organizations').xMin);
    expect(noun('from').xMax).toBeLessThan(twelve[1]!.xMin);
    expect(twelve[1]!.xMax).toBeLessThan(noun('countries').xMin);
    // The footer: "صفحة ٢ من ٢" in Arabic-Indic digits, right of "Page 2 of 2" in 0–9.
    const footer = pdfLines(out(`${PARALLEL_NAME}.pdf`)).filter((l) => l.page === 2 && l.yMin > 720).flatMap((l) => l.words).map((w) => ({ ...w, text: w.text.replace(MARKS, '') }));
    const arabicHalf = footer.filter((w) => /[\u0621-\u064a٠-٩]/.test(w.text));
    const latinHalf = footer.filter((w) => /^[A-Za-z0-9]+$/.test(w.text));
    expect(arabicHalf.filter((w) => w.text === '٢')).toHaveLength(2);
    expect(latinHalf.map((w) => w.text)).toEqual(['Page', '2', 'of', '2']);
    expect(Math.min(...arabicHalf.map((w) => w.xMin))).toBeGreaterThan(Math.max(...latinHalf.map((w) => w.xMax)));
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

describe('page images', () => {
  // The mirrored page as a whole: what glyph positions do not show (margins, the
  // addressee block, the columns' order, the rule between the parallel halves).
  it('the letter and the parallel edition look as their references (test/reference/ar-*.png)', () => {
    expectPageLikeReference(out(`${MINISTER_NAME}.pdf`), 'ar-minister', 1);
    expectPageLikeReference(out(`${MINISTER_NAME}.pdf`), 'ar-minister', 2);
    expectPageLikeReference(out(`${PARALLEL_NAME}.pdf`), 'ar-parallel', 1);
  });
});
