/**
 * A reference document (`templates/reference.docx`, or `build --reference-docx f`),
 * as pandoc's: the Word letter takes its styles, page setup, header, footer and
 * theme, so a house style restyles every letter. Its styles replace ours one by one
 * (by style id: Normal, Title, Heading 1… and ours where it defines them); styles it
 * lacks keep ours. Its default header and footer replace ours, with the pictures
 * stored in it.
 *
 * Only that is taken, through an allow-list (reference-xml.ts): text, formatting,
 * tables, page-number fields and pictures stored in the file. Every other field
 * (INCLUDEPICTURE, INCLUDETEXT, DDE…), every link to a file or address outside it,
 * VML, OLE objects, ActiveX controls and macros stay out, and the warning names what
 * was left out of which part. A part that declares a DOCTYPE or entities is not taken
 * at all. Nothing else of the reference (its body, numbering, fonts, settings,
 * macros, custom XML) is ever copied.
 */
import { CoalitionError } from '../../errors.js';
import { withoutMailAttachments } from '../../markdown/mail-link.js';
import { declarationProblem, houseHeaderFooter, withoutInstructions, XML_DECLARATION, type PartRelationship } from './reference-xml.js';
import { STYLE } from './word-styles.js';
import { ZipParts } from './zip-parts.js';

export interface ReferenceDocument {
  origin: string;
  /** Its page size and margins, in twentieths of a point. */
  page?: {
    size: { width: number; height: number; orientation?: 'portrait' | 'landscape' };
    margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number; gutter: number };
  };
  /** It has a header of its own (the letter then always has a header part for it to fill). */
  hasHeader: boolean;
  /** Problems met reading it, as sentences. */
  problems: string[];
  /** word/styles.xml: its styles, then ours that it lacks; undefined when its styles could not be taken. */
  mergeStyles(ours: ReadonlyMap<string, string>): string | undefined;
  /** Puts its header, footer and theme into a letter's parts. */
  lendTo(parts: ZipParts, options: { draftHeader: boolean }): void;
}

interface Part {
  xml: string;
  /** Relationships kept (images inside the reference, web links), with their targets renamed. */
  rels: PartRelationship[];
  media: Map<string, Uint8Array>;
}

/** A reference document's file size; its parts' inflated sizes are bounded by zip-parts.ts. */
export const MAX_REFERENCE_BYTES = 20 * 1024 * 1024;
const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png', jpeg: 'image/jpeg', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp',
  svg: 'image/svg+xml', emf: 'image/x-emf', wmf: 'image/x-wmf', tif: 'image/tiff', tiff: 'image/tiff',
};

export function readReferenceDocument(bytes: Uint8Array, origin: string): ReferenceDocument {
  if (bytes.length > MAX_REFERENCE_BYTES) throw referenceTooLarge(origin, bytes.length);
  const zip = ZipParts.read(bytes, origin);
  const rawStyles = zip.text('word/styles.xml');
  const documentXml = zip.text('word/document.xml');
  if (!rawStyles || !documentXml) {
    throw new CoalitionError(`${origin} is not a Word document (it has no word/styles.xml or word/document.xml)`, {
      code: 'docx-unreadable', hint: 'Save it from Word or LibreOffice as a Word document (.docx).',
    });
  }
  const problems: string[] = [];
  const plainPart = (name: string, xml: string | undefined, root: string, without: string): string | undefined => {
    if (xml === undefined) return undefined;
    const why = declarationProblem(xml) ?? (new RegExp(`<${root}\\b`).test(xml) ? undefined : `is not a ${root} part`)
      ?? (/\sr:(?:id|embed|link|pict)=/.test(xml) ? 'refers to other parts of the file' : undefined);
    if (!why) return withoutInstructions(xml);
    problems.push(`${origin}: its ${name.slice(5)} ${why}; it was left out, and the letter keeps ${without}`);
    return undefined;
  };
  const styles = plainPart('word/styles.xml', rawStyles, 'w:styles', 'its own styles');
  const sectPr = lastMatch(documentXml, /<w:sectPr\b[^>]*>[^]*?<\/w:sectPr>/g) ?? '';
  const documentRels = relationships(zip.text('word/_rels/document.xml.rels') ?? '');
  const titlePage = /<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(sectPr);
  const partOf = (kind: 'header' | 'footer', type: 'default' | 'first'): Part | undefined => {
    const id = new RegExp(`<w:${kind}Reference\\b[^>]*w:type="${type}"[^>]*r:id="([^"]+)"|<w:${kind}Reference\\b[^>]*r:id="([^"]+)"[^>]*w:type="${type}"`).exec(sectPr);
    const target = id && documentRels.find((r) => r.id === (id[1] ?? id[2]))?.target;
    return target ? readPart(zip, `word/${target.replace(/^\/?word\//, '')}`, origin, problems) : undefined;
  };
  const header = { default: partOf('header', 'default'), first: titlePage ? partOf('header', 'first') : undefined };
  const footer = { default: partOf('footer', 'default'), first: titlePage ? partOf('footer', 'first') : undefined };
  const theme = plainPart('word/theme/theme1.xml', zip.text('word/theme/theme1.xml'), 'a:theme', 'its own theme');

  return {
    origin,
    page: pageSetup(sectPr),
    hasHeader: Boolean(header.default || header.first),
    problems,
    mergeStyles(ours) {
      if (!styles) return undefined;
      const defined = new Set([...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]!));
      const missing = [...ours].filter(([id]) => !defined.has(id)).map(([, xml]) => xml);
      return styles.replace(/<\/w:styles>\s*$/, `${missing.join('')}</w:styles>`);
    },
    lendTo(parts, options) {
      if (theme) parts.set('word/theme/theme1.xml', theme);
      const ours = parts.text('word/document.xml') ?? '';
      const ourRels = relationships(parts.text('word/_rels/document.xml.rels') ?? '');
      const targetsOf = (kind: 'header' | 'footer', type: string) => {
        const ids = [...ours.matchAll(new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"`, 'g'))].map((m) => m[1]);
        return ids.map((id) => ourRels.find((r) => r.id === id)?.target).filter((t): t is string => Boolean(t)).map((t) => `word/${t}`);
      };
      // An image the reference's header and footer share (or that serves both first and other pages) is stored once.
      const renamed = new Map<string, string>();
      const put = (name: string, part: Part, draft: boolean) => {
        for (const [media, data] of part.media) {
          if (renamed.has(media)) continue;
          const ext = media.slice(media.lastIndexOf('.') + 1).toLowerCase();
          const fresh = `media/reference-${renamed.size + 1}.${ext}`;
          renamed.set(media, fresh);
          parts.set(`word/${fresh}`, data);
          ensureDefaultContentType(parts, ext);
        }
        let xml = part.xml;
        if (draft) {
          // The DRAFT mark stays on every page, above the house header.
          xml = xml.replace(/(<w:hdr\b[^>]*>)/, `$1<w:p><w:pPr><w:pStyle w:val="${STYLE.draftMark}"/></w:pPr><w:r><w:t>${draftText(parts, name)}</w:t></w:r></w:p>`);
        }
        parts.set(name, xml);
        const relsName = name.replace(/([^/]+)$/, '_rels/$1.rels');
        const rels = part.rels.map((r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${RELATIONSHIP_TYPES[r.type]}" Target="${escapeAttr(r.external ? r.target : renamed.get(r.target) ?? r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
        parts.set(relsName, `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
      };
      for (const kind of ['header', 'footer'] as const) {
        const lent = kind === 'header' ? header : footer;
        const draft = kind === 'header' && options.draftHeader;
        // Without "different first page" in the reference, its default part shows on the first page too.
        const first = titlePage ? lent.first : lent.default;
        for (const name of targetsOf(kind, 'default')) if (lent.default) put(name, lent.default, draft);
        for (const name of targetsOf(kind, 'first')) if (first) put(name, first, draft);
      }
    },
  };
}

/** The DRAFT text of the letter's own header part, kept when a reference header replaces it. */
function draftText(parts: ZipParts, name: string): string {
  const xml = parts.text(name) ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/**
 * A header or footer as a house style may lend it: what reference-xml.ts lets in, with
 * the pictures it shows (stored in the file) and its web and mail links.
 */
function readPart(zip: ZipParts, name: string, origin: string, problems: string[]): Part | undefined {
  const xml = zip.text(name);
  if (!xml) return undefined;
  const shown = name.slice(5);
  const declared = declarationProblem(xml);
  if (declared) {
    problems.push(`${origin}: its ${shown} ${declared}; it was left out, and the letter keeps its own`);
    return undefined;
  }
  const relsXml = zip.text(name.replace(/([^/]+)$/, '_rels/$1.rels')) ?? '';
  // Relationships that declare entities are not read: whatever named them goes.
  const all = declarationProblem(relsXml) ? [] : relationships(relsXml).map((r) => ({ ...r, type: r.type.slice(r.type.lastIndexOf('/') + 1) }));
  const pathOf = (r: PartRelationship) => `word/${r.target.replace(/^\/?word\//, '')}`;
  const allowed = (r: PartRelationship) => r.external
    ? r.type === 'hyperlink' && webOrMail(r.target) !== undefined
    : r.type === 'image' && zip.has(pathOf(r)) && MEDIA_TYPES[extensionOf(r.target)] !== undefined;
  const house = houseHeaderFooter(xml, all, allowed);
  if (!house) {
    problems.push(`${origin}: its ${shown} is not a header or footer; it was left out, and the letter keeps its own`);
    return undefined;
  }
  if (house.dropped.length) problems.push(`${origin}: left out of its ${shown}: ${house.dropped.join('; ')}. The rest of it is kept`);
  const rels: PartRelationship[] = [];
  const media = new Map<string, Uint8Array>();
  for (const r of all.filter((rel) => house.used.has(rel.id))) {
    if (r.external) {
      rels.push({ ...r, target: webOrMail(r.target)! });
      continue;
    }
    media.set(r.target, zip.bytes(pathOf(r))!);
    rels.push(r);
  }
  return { xml: house.xml, rels, media };
}

/** A web or mail address a header may link to (a mail link attaching nothing); undefined for anything else. */
function webOrMail(target: string): string | undefined {
  if (/^https?:\/\/[^\s]+$/i.test(target)) return target;
  if (/^mailto:[^\s]+$/i.test(target)) return withoutMailAttachments(target);
  return undefined;
}

function extensionOf(target: string): string {
  return target.slice(target.lastIndexOf('.') + 1).toLowerCase();
}

/** The relationship types a header or footer keeps, written in full. */
const RELATIONSHIP_TYPES: Record<string, string> = {
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
};

export function referenceTooLarge(origin: string, bytes: number): CoalitionError {
  return new CoalitionError(`${origin} is ${Math.round(bytes / 1048576)} MB; a reference document can be at most ${MAX_REFERENCE_BYTES / 1048576} MB`, {
    code: 'reference-docx-too-large', hint: 'Remove large images from it: only its styles, page setup, header and footer are used.',
  });
}

function relationships(xml: string): PartRelationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
    external: attr(tag, 'TargetMode') === 'External',
  }));
}

function pageSetup(sectPr: string): ReferenceDocument['page'] {
  const size = /<w:pgSz\b[^>]*>/.exec(sectPr)?.[0];
  const margin = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0];
  const n = (tag: string | undefined, name: string) => {
    const value = tag ? Number(attr(tag, `w:${name}`)) : NaN;
    return Number.isFinite(value) ? value : undefined;
  };
  const width = n(size, 'w');
  const height = n(size, 'h');
  if (!width || !height || width < 1440 || height < 1440) return undefined;
  const orient = size && attr(size, 'w:orient');
  return {
    size: { width, height, ...(orient === 'landscape' || orient === 'portrait' ? { orientation: orient } : {}) },
    margin: {
      top: n(margin, 'top') ?? 1440, right: n(margin, 'right') ?? 1440, bottom: n(margin, 'bottom') ?? 1440, left: n(margin, 'left') ?? 1440,
      header: n(margin, 'header') ?? 708, footer: n(margin, 'footer') ?? 708, gutter: n(margin, 'gutter') ?? 0,
    },
  };
}

function ensureDefaultContentType(parts: ZipParts, ext: string): void {
  const types = parts.text('[Content_Types].xml');
  const type = MEDIA_TYPES[ext];
  if (!types || !type || new RegExp(`Extension="${ext}"`, 'i').test(types)) return;
  parts.set('[Content_Types].xml', types.replace(/(<Types\b[^>]*>)/, `$1<Default Extension="${ext}" ContentType="${type}"/>`));
}

function attr(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1];
  return value?.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function lastMatch(text: string, pattern: RegExp): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(pattern)) last = m[0];
  return last;
}

