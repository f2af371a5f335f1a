/**
 * A submission profile's rules, measured on what was built for it: the files (their
 * formats, bytes, pages; a Word file's styles, images, macros and paragraph order,
 * read back from the file itself) and the letter's text (words and characters of the
 * body, in each language). Every rule gets a finding with its figure and source;
 * a rule the tool could not measure says so, never passes. PDF/A is read back from
 * the PDF's own metadata.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { PARAGRAPH_NUMBER_CLASS } from '../markdown/numbered-paragraphs.js';
import type { Diagnostic } from '../errors.js';
import type { Profile, ProfileRule } from '../model/profile-schema.js';
import type { BuiltFile } from '../pipeline/build-letters.js';
import type { LetterView } from '../resolve/letter-view.js';
import { ZipParts } from '../render/docx/zip-parts.js';
import { STYLE } from '../render/docx/word-styles.js';
import type { DomNode } from '../render/docx/word-body.js';

export type FindingStatus = 'ok' | 'over' | 'unsupported' | 'not-measured' | 'by-hand';

export interface Finding {
  kind: ProfileRule['kind'];
  status: FindingStatus;
  /** What was measured, as a sentence: "3,412 words (en), over the recommended 3,000". */
  message: string;
  /** The guidance the rule states. */
  says: string;
  source: { title: string; url: string };
}

/** Pages of a built document: counted (PDF) or laid out as Word would (docx). */
export interface PageCount {
  pages?: number;
  /** Word pages are an estimate of Word's own layout. */
  estimated: boolean;
  /** Why the pages could not be counted. */
  unknown?: string;
  /** Why the estimate is rougher than usual (made from the text's length, the layout not followed). */
  cutShort?: string;
}

export interface MeasureInput {
  profileId: string;
  profile: Profile;
  /** The letter's views in the languages built, first language first. */
  views: LetterView[];
  /** The files built for the letter. */
  outputs: BuiltFile[];
  /** Pages of a built file. */
  pagesOf: (output: BuiltFile) => Promise<PageCount>;
  /** The languages a built file holds: one, or both of a combined edition. */
  languagesOf: (output: BuiltFile) => string[];
}

const FORMAT_NAMES: Record<string, string> = { docx: 'Word (.docx)', pdf: 'PDF', html: 'HTML' };
const formatName = (format: string) => FORMAT_NAMES[format] ?? format;
const number = (n: number) => new Intl.NumberFormat('en-US').format(n);

export async function measureSubmission(input: MeasureInput): Promise<Finding[]> {
  const files = await Promise.all(input.outputs.map(async (output) => ({ output, bytes: new Uint8Array(await readFile(output.path)) })));
  const words = (files.length ? input.views : []).map((view) => ({ lang: view.lang, ...bodyText(view.body) }));
  const word = files.filter((f) => f.output.format === 'docx').map((f) => ({ ...f, docx: readWordFacts(f.bytes) }));
  const paged = files.filter((f) => f.output.format !== 'html');
  const pages = await Promise.all(paged.map(async (f) => ({ ...f, count: await input.pagesOf(f.output) })));
  const pageLabel = (f: { output: BuiltFile; count: PageCount }) =>
    `${f.count.estimated ? 'about ' : ''}${plural(f.count.pages!, 'page')} (${f.output.format === 'docx' ? 'Word' : 'PDF'}, ${input.languagesOf(f.output).join('-')}${f.count.cutShort ? `; estimate cut short: ${f.count.cutShort}` : ''})`;

  return input.profile.rules.map((rule): Finding => {
    const source = input.profile.sources[rule.source]!;
    const finding = (status: FindingStatus, message: string): Finding => ({ kind: rule.kind, status, message, says: rule.says, source });
    if (!files.length && rule.kind !== 'by-hand') return finding('not-measured', 'nothing was built to measure');
    switch (rule.kind) {
      case 'formats': {
        const built = [...new Set(files.map((f) => f.output.format))];
        const accepted: readonly string[] = rule.accepts;
        const refused = built.filter((f) => !accepted.includes(f));
        return refused.length
          ? finding('over', `${refused.map((f) => formatName(f)).join(' and ')} ${refused.length > 1 ? 'are' : 'is'} not accepted; build ${rule.accepts.map((f) => formatName(f)).join(' or ')}`)
          : finding('ok', `${built.map((f) => formatName(f)).join(' and ')}, accepted`);
      }
      case 'max-megabytes': {
        const largest = files.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a));
        const limit = rule.limit * 1024 * 1024;
        const over = files.filter((f) => f.bytes.length > limit);
        return over.length
          ? finding('over', over.map((f) => `${basename(f.output.path)} is ${megabytes(f.bytes.length)}`).join('; ') + `, over ${rule.limit} MB`)
          : finding('ok', `largest file ${megabytes(largest.bytes.length)}, under ${rule.limit} MB`);
      }
      case 'max-files': {
        // Each language is a submission of its own; a combined edition counts in both of its languages.
        const perLanguage = Math.max(...input.views.map((v) => files.filter((f) => input.languagesOf(f.output).includes(v.lang)).length));
        return perLanguage > rule.limit
          ? finding('over', `${plural(perLanguage, 'file')} per language, over ${rule.limit}`)
          : finding('ok', `${plural(perLanguage, 'file')} per language, within ${rule.limit}`);
      }
      case 'max-words':
      case 'max-characters': {
        const unit = rule.kind === 'max-words' ? 'word' : 'character';
        const limitText = `${rule.kind === 'max-words' && rule.advisory ? 'the recommended' : 'the limit of'} ${number(rule.limit)}`;
        const counted = words.map((w) => ({ lang: w.lang, n: unit === 'word' ? w.words : w.characters }));
        const over = counted.filter((c) => c.n > rule.limit);
        const figures = (list: typeof counted) => list.map((c) => `${plural(c.n, unit)} (${c.lang})`).join(', ');
        return over.length
          ? finding('over', `${figures(over)} in the body, over ${limitText}`)
          : finding('ok', `${figures(counted)} in the body, within ${limitText}`);
      }
      case 'max-pages':
      case 'summary-over-pages': {
        if (!pages.length) return finding('not-measured', 'no paged document (Word or PDF) was built');
        const unknown = pages.find((p) => p.count.pages === undefined);
        if (unknown) return finding('not-measured', `the pages of ${basename(unknown.output.path)} could not be counted: ${unknown.count.unknown}`);
        const limit = rule.kind === 'max-pages' ? rule.limit : rule.pages;
        const over = pages.filter((p) => p.count.pages! > limit);
        if (rule.kind === 'summary-over-pages') {
          return over.length
            ? finding('over', `${over.map(pageLabel).join(', ')}: over ${limit}, so the guidance expects a one-page summary`)
            : finding('ok', `${pages.map(pageLabel).join(', ')}: no summary needed up to ${limit}`);
        }
        const limitText = rule.advisory ? `the recommended ${limit}` : `the limit of ${limit}`;
        return over.length ? finding('over', `${over.map(pageLabel).join(', ')}, over ${limitText}`) : finding('ok', `${pages.map(pageLabel).join(', ')}, within ${limitText}`);
      }
      case 'numbered-paragraphs': {
        const counts = word.length
          ? word.map((w) => ({ numbered: w.docx.numberedParagraphs, all: w.docx.bodyParagraphs }))
          : words.map((w) => ({ numbered: w.numbered, all: w.paragraphs }));
        const numbered = counts.every((c) => c.all === 0 || c.numbered === c.all);
        const total = counts.reduce((sum, c) => sum + c.all, 0);
        return numbered
          ? finding('ok', `the body's ${plural(total, 'paragraph')} numbered`)
          : finding('over', 'the body\'s paragraphs are not numbered: add `numbered_paragraphs: true` to the letter\'s front matter');
      }
      case 'languages': {
        const built = new Set(input.views.map((v) => v.lang.split('-')[0]!));
        const missing = rule.all.filter((l) => !built.has(l.split('-')[0]!));
        return missing.length
          ? finding('over', `no ${missing.join(', ')} version: the letter needs its ${missing.map((l) => `\`::: ${l}\``).join(' and ')} text and \`languages: [${rule.all.join(', ')}]\``)
          : finding('ok', `${rule.all.join(' and ')} versions built`);
      }
      case 'signers-first': {
        if (!word.length) return finding('over', 'the signatories\' names come after the letter in the PDF and HTML; build the Word letter (--format docx) to put them first');
        const last = word.filter((w) => !w.docx.signersFirst);
        return last.length
          ? finding('over', 'the signatories\' names come after the letter, not at its beginning')
          : finding('ok', 'the signatories\' names come first, before the letter');
      }
      case 'dated': {
        const dated = word.length ? word.every((w) => w.docx.dated) : input.views.every((v) => v.dateText);
        return dated ? finding('ok', `dated ${input.views[0]!.dateText}`) : finding('over', 'no date line');
      }
      case 'font': {
        if (!word.length) return finding('not-measured', 'no Word file was built to read its font from');
        const wrong = word.filter((w) => !sameFamily(w.docx.font.family, rule.family) || Math.abs(w.docx.font.size - rule.size) > 0.01);
        const { family, size } = (wrong[0] ?? word[0]!).docx.font;
        return wrong.length
          ? finding('over', `the body is set in ${family} ${size} pt, not ${rule.family} ${rule.size} pt`)
          : finding('ok', `the body is set in ${family} ${size} pt`);
      }
      case 'no-macros': {
        const withMacros = word.filter((w) => w.docx.macros);
        return withMacros.length ? finding('over', `${basename(withMacros[0]!.output.path)} holds macros`) : finding('ok', 'no macros');
      }
      case 'images': {
        if (!word.length) return finding('not-measured', 'no Word file was built to count its images');
        const most = Math.max(...word.map((w) => w.docx.images));
        return rule.limit !== undefined && most > rule.limit
          ? finding('over', `${plural(most, 'image')}, over ${rule.limit}`)
          : finding('ok', `${plural(most, 'image')} (logos and pictures)`);
      }
      case 'pdfa': {
        const pdfs = files.filter((f) => f.output.format === 'pdf');
        const others = files.filter((f) => f.output.format !== 'pdf').map((f) => FORMAT_NAMES[f.output.format]);
        if (!pdfs.length) return finding('over', `no PDF was built${others.length ? `: ${[...new Set(others)].join(' and ')} files are not PDF/A` : ''}; build the PDF (--format pdf)`);
        const parts = pdfs.map((f) => ({ f, part: pdfaPart(f.bytes) }));
        const plain = parts.filter((p) => !p.part);
        if (plain.length) return finding('over', `${plain.map((p) => basename(p.f.output.path)).join(', ')} ${plain.length === 1 ? 'is' : 'are'} not PDF/A; build with --pdfa`);
        const byPart = [...new Set(parts.map((p) => p.part!))].map((part) => `PDF/A-${part} (${plural(parts.filter((p) => p.part === part).length, 'PDF')})`);
        const word = others.includes(FORMAT_NAMES.docx!) ? '; the Word file is not PDF/A: submit the PDF' : '';
        return finding('ok', `${byPart.join(', ')}${word}`);
      }
      case 'by-hand':
        return finding('by-hand', rule.says);
    }
  });
}

/** The findings that call for attention, as warnings on the letter. */
export function findingDiagnostics(file: string, profileId: string, findings: readonly Finding[]): Diagnostic[] {
  return findings
    .filter((f) => f.status === 'over' || f.status === 'unsupported' || f.status === 'not-measured')
    .map((f) => ({
      file, line: 0, column: 0, severity: 'warning' as const,
      code: f.status === 'unsupported' ? 'profile-unsupported' : f.status === 'not-measured' ? 'profile-not-measured' : `profile-${f.kind}`,
      message: `${profileId}: ${f.message}`,
      hint: `${f.says} (${f.source.title}, ${f.source.url})`,
    }));
}

/** Words and characters of a body as a reader counts them (numbers of numbered paragraphs left out). */
export function bodyText(html: string): { words: number; characters: number; paragraphs: number; numbered: number } {
  const doc = parseDocument(html) as unknown as { children: DomNode[] };
  let text = '';
  let paragraphs = 0;
  let numbered = 0;
  const walk = (nodes: DomNode[], top: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.data;
      else if (node.type === 'tag') {
        if ((node.attribs?.class ?? '').split(/\s+/).includes(PARAGRAPH_NUMBER_CLASS)) continue;
        if (top && node.name === 'p') {
          paragraphs++;
          if (node.children?.some((c) => (c.attribs?.class ?? '').split(/\s+/).includes(PARAGRAPH_NUMBER_CLASS))) numbered++;
        }
        text += ' ';
        walk(node.children ?? [], false);
        text += ' ';
      }
    }
  };
  walk(doc.children, true);
  const clean = text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
  return { words: clean ? clean.split(' ').length : 0, characters: clean.length, paragraphs, numbered };
}

/** What a Word letter says about itself, read from its XML. */
function readWordFacts(bytes: Uint8Array): {
  bodyParagraphs: number; numberedParagraphs: number; signersFirst: boolean; dated: boolean;
  font: { family: string; size: number }; macros: boolean; images: number;
} {
  const zip = ZipParts.read(bytes, 'the Word letter');
  const xml = zip.text('word/document.xml') ?? '';
  const paragraphs = [...xml.matchAll(/<w:p\b[^>]*>([^]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? STYLE.normal,
    numbered: /<w:numPr>/.test(m[1]!),
    text: [...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
  const body = paragraphs.filter((p) => p.style === STYLE.bodyText && p.text.trim());
  const firstSigner = paragraphs.findIndex((p) => p.style === STYLE.signatory);
  const firstText = paragraphs.findIndex((p) => p.style === STYLE.bodyText || p.style === STYLE.salutation);
  const styles = zip.text('word/styles.xml') ?? '';
  const defaults = /<w:docDefaults>([^]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? '';
  const styleXml = (id: string) => new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>([^]*?)</w:style>`).exec(styles)?.[1] ?? '';
  const sizeIn = (text: string) => Number(/<w:sz w:val="(\d+)"/.exec(text)?.[1]) / 2 || undefined;
  const familyIn = (text: string) => /<w:rFonts\b[^>]*w:ascii="([^"]+)"/.exec(text)?.[1];
  return {
    bodyParagraphs: body.length,
    numberedParagraphs: body.filter((p) => p.numbered).length,
    signersFirst: firstSigner !== -1 && (firstText === -1 || firstSigner < firstText),
    dated: paragraphs.some((p) => p.style === STYLE.date && p.text.trim()),
    font: {
      family: familyIn(styleXml(STYLE.bodyText)) ?? familyIn(styleXml(STYLE.normal)) ?? familyIn(defaults) ?? 'the theme font',
      size: sizeIn(styleXml(STYLE.bodyText)) ?? sizeIn(styleXml(STYLE.normal)) ?? sizeIn(defaults) ?? 10,
    },
    macros: zip.names().some((n) => /vbaProject\.bin$/i.test(n)),
    images: zip.names().filter((n) => n.startsWith('word/media/')).length,
  };
}

/** The PDF/A part a PDF declares in its XMP metadata (`1b`, `2b`…), which coalition writes unfiltered. */
export function pdfaPart(pdf: Uint8Array): string | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const part = /<pdfaid:part>(\d)<\/pdfaid:part>/.exec(text)?.[1];
  const conformance = /<pdfaid:conformance>([ABU])<\/pdfaid:conformance>/.exec(text)?.[1];
  return part && conformance ? `${part}${conformance.toLowerCase()}` : undefined;
}

function sameFamily(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function plural(n: number, word: string): string {
  return `${number(n)} ${word}${n === 1 ? '' : 's'}`;
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
