/**
 * What a reference document's XML may bring into a letter. A house style needs text,
 * its formatting, tables, page numbers and pictures stored in the file; a hostile one
 * brings fields that fetch (INCLUDEPICTURE "\\host\share\x.png" leaks a Windows
 * login, INCLUDETEXT, DDE/DDEAUTO start programs), remote or VML pictures, OLE
 * objects, ActiveX controls and entities. So a header or footer is rebuilt from an
 * allow-list of elements, and everything else is left out and named.
 *
 * The XML is parsed by htmlparser2, which knows no DTD: no entity is ever resolved.
 * A part that declares a DOCTYPE or entities, or uses an entity XML does not define,
 * is not taken at all (Word and LibreOffice would refuse or resolve it).
 */
import { parseDocument } from 'htmlparser2';
import type { DomNode } from './word-body.js';

/** Why a part cannot be taken at all; undefined when its XML is plain. */
export function declarationProblem(xml: string): string | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return 'declares a DOCTYPE (entities)';
  if (/&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/.test(xml)) return 'uses an entity XML does not define';
  return undefined;
}

/** The XML declaration every part starts with; processing instructions are dropped (`<?xml-stylesheet href=…?>` fetches). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** `xml` without processing instructions or comments, with our declaration. */
export function withoutInstructions(xml: string): string {
  return XML_DECLARATION + xml.replace(/<\?[^]*?\?>|<!--[^]*?-->/g, '').trimStart();
}

/** A relationship of the part being read. */
export interface PartRelationship {
  id: string;
  /** The last segment of its type: `image`, `hyperlink`… */
  type: string;
  target: string;
  external: boolean;
}

export interface HouseXml {
  xml: string;
  /** Relationship ids still used (pictures stored in the file, web and mail links). */
  used: Set<string>;
  /** What was left out, as phrases: "the field INCLUDEPICTURE", "a VML shape". */
  dropped: string[];
}

/** Content elements a header or footer may hold (their properties, `…Pr`, are let in whole). */
const CONTENT = new Set([
  'w:hdr', 'w:ftr', 'w:p', 'w:r', 'w:t', 'w:tab', 'w:br', 'w:cr', 'w:noBreakHyphen', 'w:softHyphen', 'w:sym', 'w:ptab',
  'w:pgNum', 'w:lastRenderedPageBreak', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:permStart', 'w:permEnd',
  'w:tbl', 'w:tr', 'w:tc', 'w:tblGrid', 'w:gridCol', 'w:hyperlink', 'w:sdt', 'w:sdtContent', 'w:smartTag', 'w:customXml',
  'w:ins', 'w:del', 'w:delText', 'w:moveFrom', 'w:moveTo', 'w:fldSimple', 'w:fldChar', 'w:instrText', 'w:drawing',
  'w:ruby', 'w:rt', 'w:rubyBase', 'w:dayShort', 'w:dayLong', 'w:monthShort', 'w:monthLong', 'w:yearShort', 'w:yearLong',
]);
/** DrawingML of a picture: its frame, placement and the picture itself. */
const DRAWING_PREFIXES = ['wp:', 'wp14:', 'a:', 'a14:', 'pic:'];
/** What a user would call what was left out. */
const NAMED: Record<string, string> = {
  'w:pict': 'a VML shape or picture (w:pict)',
  'w:object': 'an embedded OLE object (w:object)',
  'w:control': 'an ActiveX control (w:control)',
  'mc:AlternateContent': 'a shape or text box (mc:AlternateContent)',
  'w:dataBinding': 'a data binding (w:dataBinding)',
  'w:subDoc': 'a subdocument (w:subDoc)',
  'w:altChunk': 'an imported file (w:altChunk)',
  'w:contentPart': 'ink or another part (w:contentPart)',
  'w:fldData': 'field data (w:fldData)',
  'w:delInstrText': 'a deleted field code (w:delInstrText)',
};
/** The fields coalition writes itself: page numbers. */
const PAGE_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES)(\s+\\\*\s*[A-Za-z]+)*\s*$/i;

/**
 * A header or footer (`w:hdr`, `w:ftr`) with only what a house style needs;
 * `allowed(rel)` says whether a relationship may stay (a picture stored in the file,
 * a web or mail link). Undefined when the part is not a header or footer.
 */
export function houseHeaderFooter(xml: string, relationships: readonly PartRelationship[], allowed: (rel: PartRelationship) => boolean): HouseXml | undefined {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: false }) as unknown as { children: DomNode[] };
  const root = doc.children.find((n) => n.type === 'tag');
  if (!root || (root.name !== 'w:hdr' && root.name !== 'w:ftr')) return undefined;
  const dropped = new Set<string>();
  const used = new Set<string>();
  const rels = new Map(relationships.map((r) => [r.id, r]));
  dropFields(root, dropped);
  const kept = keep(root, { properties: false }, { dropped, used, rels, allowed });
  return { xml: XML_DECLARATION + serialize(kept[0] ?? { type: 'tag', name: root.name, attribs: root.attribs, children: [] }), used, dropped: [...dropped] };
}

interface Pass {
  dropped: Set<string>;
  used: Set<string>;
  rels: Map<string, PartRelationship>;
  allowed: (rel: PartRelationship) => boolean;
}

interface Where {
  /** Inside a properties element (`w:pPr`, `w:rPr`…): any plain `w:` element may stay. */
  properties: boolean;
  /** Inside a picture: anything left out takes the whole w:drawing with it. */
  drawing?: { spoilt: boolean };
}

/** The node as it may stay: itself, its children alone (a link whose target goes), or nothing. */
function keep(node: DomNode, where: Where, pass: Pass): DomNode[] {
  if (node.type === 'text') return [node];
  if (node.type !== 'tag' || !node.name) return []; // comments, CDATA, processing instructions
  const name = node.name;
  const leaveOut = (what: string): DomNode[] => {
    pass.dropped.add(what);
    if (where.drawing) where.drawing.spoilt = true;
    return [];
  };
  if (NAMED[name]) return leaveOut(NAMED[name]);
  const properties = where.properties || /Pr(Change|Ex)?$/.test(name);
  const allowedElement = where.drawing ? DRAWING_PREFIXES.some((p) => name.startsWith(p))
    : properties ? name.startsWith('w:') || name.startsWith('w14:')
      : CONTENT.has(name);
  if (!allowedElement) return leaveOut(`an element a house style does not need (${name})`);
  const attribs: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attribs ?? {})) {
    if (!key.startsWith('r:')) {
      attribs[key] = value;
      continue;
    }
    const rel = pass.rels.get(value);
    const fits = rel && pass.allowed(rel) && ((key === 'r:id' && rel.type === 'hyperlink' && (name === 'w:hyperlink' || name === 'a:hlinkClick')) || (name === 'a:blip' && key === 'r:embed' && rel.type === 'image'));
    if (!fits) {
      // A link goes and its text stays; a picture that is not stored in the file goes whole.
      if (name === 'w:hyperlink') {
        pass.dropped.add(linkPhrase(rel, key));
        return (node.children ?? []).flatMap((child) => keep(child, where, pass));
      }
      return leaveOut(linkPhrase(rel, key));
    }
    pass.used.add(value);
    attribs[key] = value;
  }
  const inner: Where = { properties, ...(name === 'w:drawing' ? { drawing: { spoilt: false } } : where.drawing ? { drawing: where.drawing } : {}) };
  const children = (node.children ?? []).flatMap((child) => keep(child, inner, pass));
  if (name === 'w:drawing' && inner.drawing!.spoilt) return [];
  return [{ ...node, attribs, children }];
}

function linkPhrase(rel: PartRelationship | undefined, key: string): string {
  if (!rel) return `a reference to a part that is not there (${key})`;
  if (rel.external) return `a link to ${rel.target.length > 60 ? `${rel.target.slice(0, 57)}…` : rel.target}, outside the document`;
  return `a ${rel.type} part`;
}

/**
 * Removes every field but the page numbers: a simple field (w:fldSimple) whole, a
 * complex one (begin, code, separate, result, end, in runs that may span paragraphs
 * and nest) from its begin to its end. A field that never ends takes the rest of the
 * part with it.
 */
function dropFields(root: DomNode, dropped: Set<string>): void {
  const fieldName = (instr: string) => /^\s*([A-Za-z]{1,20})/.exec(instr)?.[1]?.toUpperCase() ?? 'without a name';
  interface Field { code: string; nodes: { parent: DomNode; node: DomNode }[] }
  const open: Field[] = [];
  const remove: { parent: DomNode; node: DomNode }[] = [];
  // A field that goes goes now, whatever holds it; one that stays goes if the field around it does.
  const settle = (code: string, nodes: Field['nodes']) => {
    if (!PAGE_FIELD.test(code)) {
      dropped.add(`the field ${fieldName(code)}`);
      remove.push(...nodes);
    } else if (open.length) open[open.length - 1]!.nodes.push(...nodes);
  };
  const walk = (parent: DomNode) => {
    for (const node of [...(parent.children ?? [])]) {
      if (node.type !== 'tag') {
        if (open.length) open[open.length - 1]!.nodes.push({ parent, node });
        continue;
      }
      if (node.name === 'w:fldSimple') {
        const instr = decodeAttribute(node.attribs?.['w:instr'] ?? '');
        settle(instr, [{ parent, node }]);
        continue;
      }
      if (node.name === 'w:fldChar') {
        const type = node.attribs?.['w:fldCharType'];
        if (type === 'begin') open.push({ code: '', nodes: [] });
        if (open.length) open[open.length - 1]!.nodes.push({ parent, node });
        if (type === 'end' && open.length) {
          const field = open.pop()!;
          settle(field.code, field.nodes);
        }
        continue;
      }
      if (node.name === 'w:instrText') {
        if (open.length) {
          const field = open[open.length - 1]!;
          field.code += textOf(node);
          field.nodes.push({ parent, node });
        } else {
          remove.push({ parent, node }); // a field code outside any field
          dropped.add('a field code outside a field (w:instrText)');
        }
        continue;
      }
      // Containers stay (a paragraph a field spans keeps its mark); what they hold inside a field goes.
      if (open.length && isLeaf(node)) {
        open[open.length - 1]!.nodes.push({ parent, node });
        continue;
      }
      if (!/Pr(Change|Ex)?$/.test(node.name ?? '')) walk(node);
    }
  };
  walk(root);
  for (const field of open) {
    dropped.add(`the field ${fieldName(field.code)}`);
    remove.push(...field.nodes);
  }
  for (const { parent, node } of remove) parent.children = (parent.children ?? []).filter((n) => n !== node);
}

const CONTAINERS = new Set(['w:p', 'w:r', 'w:hyperlink', 'w:sdt', 'w:sdtContent', 'w:smartTag', 'w:customXml', 'w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:tbl', 'w:tr', 'w:tc']);

function isLeaf(node: DomNode): boolean {
  return !CONTAINERS.has(node.name ?? '') && !/Pr(Change|Ex)?$/.test(node.name ?? '');
}

function textOf(node: DomNode): string {
  return (node.children ?? []).map((c) => (c.type === 'text' ? decodeAttribute(c.data ?? '') : textOf(c))).join('');
}

/** The five entities XML predefines and character references (the only ones a part may use). */
function decodeAttribute(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!;
  });
}

/** The node as XML; text and attribute values stay as they were written (their entities checked beforehand). */
function serialize(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  const attribs = Object.entries(node.attribs ?? {}).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`).join('');
  const children = (node.children ?? []).map(serialize).join('');
  return children ? `<${node.name}${attribs}>${children}</${node.name}>` : `<${node.name}${attribs}/>`;
}
