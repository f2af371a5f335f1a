/**
 * Chinese letters (issue 30): a Simplified (zh) and a Traditional (zh-Hant) letter to a
 * woman minister, 56 signers each, built once, in this process, to PDF and Word, and
 * read back: the greeting by family name and office, the date, the page footer and
 * draft mark in the language, no English scaffold; every glyph in an embedded Noto
 * Serif SC/TC or Source Serif 4 subset (pdffonts: no system fallback); no space where
 * the Markdown source breaks a line between two Chinese characters; signers in pinyin
 * order, Latin names after; the closing laid out as Chinese letters have it; Word with
 * the East Asian font and language, and opened by LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, normalizeSpace, pdfText, tempWorkspace, type CliResult } from '../helpers.js';
import { convertWithLibreOffice } from '../docx/libreoffice.js';
import { expectPageLikeReference } from '../layout/reference-pages.js';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { parse } from 'yaml';
import type { Addressee } from '../../src/model/schema.js';
import { buildGreeting } from '../../src/i18n/greeting.js';
import { countryName } from '../../src/i18n/intl.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { letterSkeleton } from '../../src/scaffold/letter-template.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';
import { fontFaceCss } from '../../src/render/fonts.js';
import { canPrint } from '../../src/render/font-coverage.js';

const COUNTRIES = ['CN', 'US', 'GB', 'FR', 'DE', 'JP', 'KR', 'IN', 'BR', 'ZA', 'KE', 'AU'];
/** Named so that their pinyin order is known: a (阿), bei (北), chong (重), gong (公…), guang (广), zhong (中). */
const NAMED: [string, string, string][] = [
  ['zhongguo', '中国人权研究会', 'CN'],
  ['alashan', '阿拉善生态协会', 'CN'],
  ['beijing', '北京律师协会', 'CN'],
  ['chongqing', '重庆公益联合会', 'CN'],
  ['guangzhou', '广州环保组织', 'CN'],
  ['amnesty', 'Amnesty International', 'GB'],
  ['hrw', 'Human Rights Watch', 'US'],
];
/** 49 more, to make 56: "公益联盟 1 号"…, across the twelve countries. */
const GENERATED = Array.from({ length: 49 }, (_, i) => [`org${i + 1}`, `公益联盟${i + 1}号`, COUNTRIES[i % COUNTRIES.length]!] as const);
const SIGNERS = [...NAMED, ...GENERATED];

const REGISTRY = `signatories:\n${SIGNERS.map(([id, name, country]) => `  ${id}: { name: ${name}, country: ${country} }`).join('\n')}\n`;

/** Paragraphs long enough for a second page, each broken in the source between two Chinese characters. */
const paragraphs = (count: number, sentence: string) => Array.from({ length: count }, () => sentence.repeat(6)).join('\n\n');

const letter = (lang: 'zh' | 'zh-Hant', { title, subject, minister, emphasis, body }: { title: string; subject: string; minister: string; emphasis: string; body: string }) => `---
title: ${title}
subject: ${subject}
date: 2026-03-02
languages: [${lang}]
to:
  - name: 王芳
    title: ${minister}
    gender: f
cc: [李明]
closing: "${lang === 'zh' ? '此致\\n敬礼' : '此致\\n敬禮'}"
signatories: [${SIGNERS.map(([id]) => id).join(', ')}]
signing:
  group_by: none
  count: true
---

我们写信，是为了表达对人权捍卫者处境的关切。这是第一段，
它在源文件中换行了。*${emphasis}*

${body}
`;

const ZH = letter('zh', {
  title: '致外交部部长的公开信', subject: '关于人权捍卫者的处境', minister: '外交部部长', emphasis: '立即释放',
  body: paragraphs(7, '联合国人权理事会的特别程序多次表示关切，各国政府应当保障公民社会的空间。'),
});
const ZH_HANT = letter('zh-Hant', {
  title: '致外交部部長的公開信', subject: '關於人權捍衛者的處境', minister: '外交部部長', emphasis: '立即釋放',
  body: paragraphs(7, '聯合國人權理事會的特別程序多次表示關切，各國政府應當保障公民社會的空間。「引號」'),
});

let ws: { dir: string; cleanup: () => void };
let build: CliResult;

beforeAll(async () => {
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/zh.md': ZH, 'letters/zh-hant.md': ZH_HANT });
  build = await cliInProcess(['build', '--draft', '--format', 'pdf,docx'], ws.dir);
}, 300_000);

afterAll(() => ws?.cleanup());

const out = (file: string) => join(ws.dir, 'out', file);
const SC = '2026-03-02-zh.zh';
const TC = '2026-03-02-zh-hant.zh-Hant';
/** The PDF's text with its line ends removed: Chinese wraps anywhere, so a wrap is no space. */
const joined = (name: string) => pdfText(out(`${name}.pdf`)).replace(/\n/g, '');
const xml = (name: string) => {
  const zip = ZipParts.read(readFileSync(out(`${name}.docx`)), name);
  return ['word/styles.xml', 'word/document.xml', ...[1, 2, 3, 4].flatMap((n) => [`word/header${n}.xml`, `word/footer${n}.xml`])].map((part) => zip.text(part) ?? '').join('\n');
};
const word = (name: string) => normalizeSpace(xml(name).replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '#').replace(/<w:br\/>/g, '\n').replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, ''));
const fonts = (name: string) => execFileSync('pdffonts', [out(`${name}.pdf`)], { encoding: 'utf8' }).trim().split('\n').slice(2)
  .map((line) => ({ name: line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: / yes /.test(line.slice(line.search(/\s(Type|CID)/))) }));
/** Each word pdftotext finds, with its left edge. */
const words = (name: string) => [...execFileSync('pdftotext', ['-bbox', out(`${name}.pdf`), '-'], { encoding: 'utf8' })
  .matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(([, x, y, text]) => ({ x: Number(x), y: Number(y), text: text! }));
const ENGLISH = /\b(Dear|Page|DRAFT|Signatories|Signed|Sincerely|Re:|cc:|organizations?|countries)\b/;

describe('a Simplified Chinese letter', () => {
  it('builds', () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it('greets the minister by family name and office, dates and numbers its pages in Chinese, in the PDF and in Word', () => {
    const pdf = joined(SC);
    for (const text of [pdf, word(SC)]) {
      expect(text).toContain('尊敬的王部长：');
      expect(text).toContain('2026年3月2日');
      expect(text).toContain('56 个组织，来自 12 个国家');
      expect(text).toContain('草稿');
      // No space after the full-width colon of a label, which holds its own.
      expect(text).toContain('事由：关于人权捍卫者的处境');
      expect(text).toContain('抄送：李明');
      expect(text).not.toMatch(ENGLISH);
    }
    expect(pdf).toMatch(/第 2 页，共 [23] 页/);
  });

  it('prints every glyph in an embedded bundled face: Noto Serif SC for Chinese, Source Serif 4 for Latin, nothing else', () => {
    const found = fonts(SC);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((f) => !f.embedded)).toEqual([]);
    expect(found.filter((f) => !/^(NotoSerifSC|SourceSerif4)/.test(f.name))).toEqual([]);
    expect(found.some((f) => f.name.startsWith('NotoSerifSC'))).toBe(true);
  });

  it('inserts no space where the source breaks a line between two Chinese characters', () => {
    expect(joined(SC)).toContain('这是第一段，它在源文件中换行了。');
    expect(word(SC)).toContain('这是第一段，它在源文件中换行了。');
  });

  it('emphasizes without italics: no italic face, no dot glyphs in the text; Word marks the characters with dots', () => {
    expect(fonts(SC).filter((f) => /Italic/.test(f.name))).toEqual([]);
    expect(joined(SC)).toContain('立即释放');
    expect(joined(SC)).not.toContain('•');
    const doc = xml(SC);
    const run = /<w:r>(?:(?!<\/w:r>).)*立即释放/s.exec(doc)?.[0] ?? '';
    expect(run).toContain('<w:em w:val="underDot"/>');
    expect(run).not.toContain('<w:i/>');
  });

  // In the Word letter's order: pdftotext may read the PDF's signer columns across.
  it('sorts the signers in pinyin order, Latin names after the Chinese ones', () => {
    const text = word(SC);
    const at = ['阿拉善生态协会', '北京律师协会', '重庆公益联合会', '公益联盟1号', '广州环保组织', '中国人权研究会', 'Amnesty International', 'Human Rights Watch'].map((name) => text.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('closes as Chinese letters do: 此致 indented two characters, 敬礼 flush left on the next line', () => {
    const all = words(SC);
    const ci = all.find((w) => w.text === '此致')!;
    const jl = all.find((w) => w.text === '敬礼')!;
    const body = all.find((w) => w.text.startsWith('尊敬的'))!;
    expect(jl.y).toBeGreaterThan(ci.y);
    expect(Math.abs(jl.x - body.x)).toBeLessThan(1);
    // Two characters of 11 pt: 22 pt.
    expect(ci.x - jl.x).toBeGreaterThan(18);
    expect(ci.x - jl.x).toBeLessThan(26);
  });

  it('names the East Asian font and language in Word, and the closing keeps its lines and indent', () => {
    const doc = xml(SC);
    expect(doc).toContain('w:eastAsia="Noto Serif SC"');
    expect(doc).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/);
    expect(doc).toMatch(/<w:pStyle w:val="Closing"\/>(?:(?!<\/w:p>).)*w:firstLine="\d+"(?:(?!<\/w:p>).)*此致(?:(?!<\/w:p>).)*<w:br\/>(?:(?!<\/w:p>).)*敬礼/s);
  });

  it('is opened by LibreOffice, which reads its greeting, closing and signers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalition-zh-lo-'));
    try {
      const pdf = convertWithLibreOffice([out(`${SC}.docx`)], dir).get(out(`${SC}.docx`))!;
      const text = pdfText(pdf);
      expect(text).toContain('尊敬的王部长：');
      expect(text).toMatch(/此致\s*\n\s*敬礼/);
      expect(text).toContain('中国人权研究会');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a Traditional Chinese letter', () => {
  it('greets, dates, counts and numbers its pages with Traditional forms and 「」 quotes', () => {
    const pdf = joined(TC);
    for (const text of [pdf, word(TC)]) {
      expect(text).toContain('尊敬的王部長：');
      expect(text).toContain('2026年3月2日');
      expect(text).toContain('56 個組織，來自 12 個國家');
      expect(text).toContain('主旨：關於人權捍衛者的處境');
      expect(text).toContain('副本：李明');
      expect(text).toContain('「引號」');
      expect(text).not.toMatch(ENGLISH);
    }
    expect(pdf).toMatch(/第 2 頁，共 [23] 頁/);
  });

  it('prints in Noto Serif TC, embedded', () => {
    const found = fonts(TC);
    expect(found.filter((f) => !f.embedded)).toEqual([]);
    expect(found.filter((f) => !/^(NotoSerifTC|NotoSerifSC|SourceSerif4)/.test(f.name))).toEqual([]);
    expect(found.some((f) => f.name.startsWith('NotoSerifTC'))).toBe(true);
    // The registry's names are in Simplified characters (们 in 联盟… no; 为, 会, 权…): those Noto
    // Serif TC lacks, though its declared ranges name them, come from Noto Serif SC, not as empty boxes.
    expect(found.some((f) => f.name.startsWith('NotoSerifSC'))).toBe(true);
  });

  it('tags Word zh-TW with Noto Serif TC as its East Asian font', () => {
    const doc = xml(TC);
    expect(doc).toContain('w:eastAsia="Noto Serif TC"');
    expect(doc).toMatch(/<w:lang w:val="zh-TW" w:eastAsia="zh-TW"/);
  });

  it('sorts by stroke count (the zh-Hant collation), Latin names after', () => {
    const text = word(TC);
    const chinese = Math.max(...SIGNERS.filter(([, name]) => /\p{Script=Han}/u.test(name)).map(([, name]) => text.indexOf(name)));
    expect(chinese).toBeGreaterThan(0);
    expect(text.indexOf('Amnesty International')).toBeGreaterThan(chinese);
    // By the first character's strokes: 广 (3), 中 (4), 北 (5), 阿 (7), 重 (9).
    const at = ['广州环保组织', '中国人权研究会', '北京律师协会', '阿拉善生态协会', '重庆公益联合会'].map((name) => text.indexOf(name));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe('the rules behind them', () => {
  const files = new TemplateFiles(undefined);
  const person = (name: string, fields: Partial<Addressee> = {}): Addressee => ({ name, ...fields });

  it.each([
    ['zh', [person('王芳', { title: '外交部部长', gender: 'f' })], '尊敬的王部长：'],
    // Offices tell no gender: the greeting needs none.
    ['zh', [person('王芳', { title: '外交部副部长' }), person('李强', { title: '驻华大使' })], '尊敬的王副部长、李大使：'],
    ['zh', [person('欧阳明', { title: '主席' })], '尊敬的欧阳主席：'],
    ['zh', [person('王芳', { gender: 'f' })], '尊敬的王女士：'],
    ['zh', [person('王芳')], '尊敬的王芳：'],
    ['zh', [person('Volker Türk', { title: '联合国人权事务高级专员', gender: 'm' })], '尊敬的Türk高级专员：'],
    ['zh-Hant', [person('王芳', { title: '外交部部長', gender: 'f' })], '尊敬的王部長：'],
    ['zh-TW', [person('王芳', { title: '外交部部長' })], '尊敬的王部長：'],
  ] as const)('greets in %s: %#', (lang, to, greeting) => {
    expect(buildGreeting(to, lang, loadStrings(files, lang))).toBe(greeting);
  });

  it('reads zh-Hant.yaml for Taiwan, Hong Kong and Macao, zh.yaml alone for the mainland and Singapore', () => {
    for (const lang of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO']) expect(loadStrings(files, lang).page, lang).toBe('第 {page} 頁，共 {pages} 頁');
    for (const lang of ['zh', 'zh-CN', 'zh-SG']) expect(loadStrings(files, lang).page, lang).toBe('第 {page} 页，共 {pages} 页');
  });

  it('scaffolds a Chinese letter whose closing keeps its two lines and whose salutation hint takes the family name', () => {
    const skeleton = letterSkeleton({ date: '2026-03-01', langs: ['zh'], to: ['王芳'], files });
    expect(skeleton).toContain('closing: "此致\\n敬礼"');
    expect(skeleton).toContain('salutation: TODO 例如 王部长');
    const front = parse(skeleton.split('\n---\n')[0]!.replace(/^---\n/, '')) as { closing: string };
    expect(front.closing).toBe('此致\n敬礼');
  });

  it('check says a Chinese greeting was built from the title\'s office, and asks for no gender', async () => {
    const result = await cliInProcess(['check', '--json'], ws.dir);
    const found = JSON.parse(result.stdout) as { file: string; code: string; message: string }[];
    expect(found.filter((d) => d.code === 'gender-unknown')).toEqual([]);
    const missing = found.filter((d) => d.code === 'salutation-missing' && d.file === 'letters/zh.md');
    expect(missing.map((d) => d.message)).toEqual(['王芳 has no salutation in 中文 (zh): the greeting reads "尊敬的王部长：" (zh), built from the title\'s office and gender f']);
  });

  it('asks Noto Serif TC only for characters its font holds: a Simplified one it lacks goes to Noto Serif SC', () => {
    // fontsource declares U+4EEC (们) and U+4E3A (为) in a Noto Serif TC slice whose font has no glyph for them.
    const css = fontFaceCss('served', '<html lang="zh-Hant"><body>我们为之</body></html>');
    const rules = [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map((m) => m[0]);
    const asked = (family: string, code: string) => rules.some((r) => r.includes(`'${family}'`) && new RegExp(`unicode-range:[^;]*\\b${code}\\b`, 'i').test(r));
    expect(asked('Noto Serif TC', 'U\\+4eec')).toBe(false);
    expect(asked('Noto Serif SC', 'U\\+4eec')).toBe(true);
    expect(asked('Noto Serif TC', 'U\\+6211')).toBe(true);
    expect(canPrint('们')).toBe(true);
  });

  it('names no country by a menu form in Chinese', () => {
    expect(countryName('CD', 'zh', loadStrings(files, 'zh').countries)).toBe('刚果民主共和国');
    expect(countryName('HK', 'zh-Hant', loadStrings(files, 'zh-Hant').countries)).toBe('香港');
    expect(countryName('PS', 'zh', loadStrings(files, 'zh').countries)).toBe('巴勒斯坦');
  });
});

describe('page images', () => {
  // What the text tools cannot read: the glyphs' faces, emphasis dots instead of
  // italics, the closing's 此致 indented above 敬礼, the spacing of full-width punctuation.
  it('the Simplified and Traditional letters look as their references (test/reference/zh-*.png)', () => {
    expectPageLikeReference(out(`${SC}.pdf`), 'zh', 1);
    expectPageLikeReference(out(`${TC}.pdf`), 'zh-hant', 1);
  });
});
