/**
 * A fast first reading of YAML for the common case: a well-formed file with nothing
 * unusual in it. The position-keeping parser (`yaml`'s `parseDocument`) is what every
 * diagnostic and every edit needs, but it costs about ten times as much as js-yaml:
 * 240 ms against 20 ms for a 5,000-entry registry (docs/performance.md). So files are
 * first read with js-yaml, and the `yaml` document is built only when someone asks
 * for a position or an edit — or at once, whenever this quick reading declines.
 *
 * The two readings must give the same data, or `check` and `build` would disagree
 * with the editing commands about one file. So this reading declines (returns
 * undefined) for everything where the two libraries differ or where only the full
 * parser reports problems properly:
 *
 * - scalars: js-yaml's own core schema also reads `0b101`, `+0x10` and `-0o7` as
 *   numbers and not `+.5`; this schema copies the YAML 1.2 core regular expressions
 *   that `yaml` uses, so every plain scalar resolves to the same value;
 * - keys: `yaml` turns a `null`/`~` key into "" and a list key into "[ a, b ]", js-yaml
 *   into "null" and "a,b": a null key becomes a marker object, which js-yaml names
 *   "[object Object]", and such keys, `?` explicit keys and `]:` / `}:` flow keys decline;
 * - tags (`!`), anchors and aliases that share a list or map, duplicate keys, several
 *   documents, nesting deeper than MAX_DEPTH, syntax errors: all decline, so the full
 *   parser gives its diagnostics (alias limits and depth included).
 *
 * Declining is always safe — it only costs the time saved. test/workspace/
 * yaml-quick.test.ts compares both readings over generated and hostile files.
 */
import jsyaml from 'js-yaml';

/**
 * Far deeper than any letter or registry needs; deep enough data would overflow the
 * stack later. The full parser refuses deeper files (yaml.ts); this declines.
 */
export const MAX_DEPTH = 64;

/** Stands for a null value while js-yaml composes maps: as a key it reads "[object Object]", which declines. */
const NULL_MARK = Object.freeze({ nullMark: true });

const parseIntFrom = (offset: number, radix: number) => (text: string) => parseInt(text.substring(offset), radix);

/**
 * The YAML 1.2 core schema exactly as `yaml` resolves it (yaml/dist/schema/core).
 * One js-yaml type per tag: js-yaml keeps only the last of several types sharing a tag.
 */
const CORE_AS_YAML = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalarType('tag:yaml.org,2002:null', [[/^(?:~|[Nn]ull|NULL)?$/, () => NULL_MARK]]),
    scalarType('tag:yaml.org,2002:bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
    scalarType('tag:yaml.org,2002:int', [
      [/^0o[0-7]+$/, parseIntFrom(2, 8)],
      [/^[-+]?[0-9]+$/, parseIntFrom(0, 10)],
      [/^0x[0-9a-fA-F]+$/, parseIntFrom(2, 16)],
    ]),
    scalarType('tag:yaml.org,2002:float', [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ]),
  ],
});

type Form = [test: RegExp, construct: (text: string) => unknown];

function scalarType(tag: string, forms: Form[]): jsyaml.Type {
  const formOf = (data: unknown) => (typeof data === 'string' ? forms.find(([test]) => test.test(data)) : undefined);
  return new jsyaml.Type(tag, {
    kind: 'scalar',
    resolve: (data: unknown) => formOf(data) !== undefined,
    construct: (data: string) => formOf(data)![1](data),
  });
}

/**
 * Text the quick reading leaves to the full parser, because js-yaml reads it
 * differently or more leniently; test/workspace/yaml-quick.test.ts found each one.
 * "Justice & Peace" and "Women's Rights" do not match; a quoted "*emphasis*" or a
 * French "Merci !" does, which only costs the quick path, never correctness.
 */
const UNUSUAL = new RegExp([
  // an anchor (`&a`), an alias (`*a`), a tag (`!`) or an explicit key (`? `) where a node starts
  /(?:^|[\s[{,])(?:[&*]\S|!|\?(?:\s|$))/.source,
  // a flow collection used as a key (`[a]: 1`), or `::`
  /[\]}]\s*:(?:\s|$)|::/.source,
  // a document marker with more on its line, a document end, a directive (`%YAML`)
  /^---(?![ ]*$|[ ]+#)|^\.\.\.|^%/.source,
  // a tab anywhere; an explicit block scalar indentation (`|2`)
  /\t|[|>][-+]?[1-9]/.source,
  // a comment not separated by a space (`"a"#`); a list item that is itself a list (`- - a`)
  /["'\]},]#|(?:^|\s)-[ ]+-(?:[ ]|$)/.source,
  // `__proto__`, which the full parser reports as a key no object can hold
  /__proto__/.source,
].join('|'), 'm');

const COMMENT_LINES = /^[ ]*#.*$/gm;

/** Where a node, and so a quoted text, can start: a line's start, after `- `, `: `, `[`, `{` or `,`. */
const NODE_START = /(^[ ]*(?:-[ ]+)?|:[ ]+|[[{,][ ]*)/.source;
const QUOTED = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'/.source;
const QUOTED_TEXTS = new RegExp(`${NODE_START}(?:${QUOTED})`, 'gm');
const QUOTE_START = new RegExp(`${NODE_START}["']`, 'm');

/**
 * A quoted text that does not close on the line it starts on (the two libraries fold
 * and indent such texts differently): once the texts that do close are taken out,
 * a quote is left where a node starts.
 */
function unclosedQuote(yaml: string): boolean {
  return QUOTE_START.test(yaml.replace(QUOTED_TEXTS, '$1x'));
}

/** A block scalar (`|`, `>`) header: whether a later `#` line is a comment or text differs between the two. */
const BLOCK_SCALAR = /[|>][-+]?[ ]*(?:#.*)?$/m;

/** The document's data, or undefined when only the full parser should read this text. */
export function quickYaml(text: string): { data: unknown } | undefined {
  // Whole-line comments may say anything (quotes, `!`); only the YAML itself is looked at.
  const yaml = text.replace(COMMENT_LINES, '');
  const hasCommentLines = yaml !== text;
  if (UNUSUAL.test(yaml) || unclosedQuote(yaml) || irregularLines(yaml) || (hasCommentLines && BLOCK_SCALAR.test(yaml))) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: CORE_AS_YAML, json: false });
  } catch {
    return undefined; // syntax, duplicate keys, several documents, stack depth: the full parser reports them
  }
  if (data === undefined) return undefined; // an empty file: let the full parser decide what it is
  return restoreNulls(data);
}

/**
 * Two line shapes js-yaml reads leniently where `yaml` rightly reports a problem:
 *
 * - a list item written back at its key's indentation after the list began deeper
 *   (`a:` / `  - x` / `- y`: js-yaml quietly adds "y" to the list);
 * - a flow collection (`[…]`, `{…}`) continued on another line, whose indentation
 *   rules differ between the two.
 *
 * One pass with a stack of the open, less indented lines.
 */
function irregularLines(text: string): boolean {
  const open: { indent: number; key: boolean; line: number }[] = [];
  let previous = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = line.search(/\S/);
    if (indent < 0) continue;
    if (unbalancedBrackets(line)) return true;
    while (open.length && open.at(-1)!.indent > indent) open.pop();
    const before = open.at(-1);
    const item = line.startsWith('- ', indent) || (line.length === indent + 1 && line[indent] === '-');
    // Lines between `before` and this one are all deeper: the list already began there.
    if (item && before?.key && before.indent === indent && before.line !== previous) return true;
    if (before?.indent === indent) open.pop();
    open.push({ indent, key: !item && /:[ ]*(?:#.*)?$/.test(line), line: i });
    previous = i;
  }
  return false;
}

function unbalancedBrackets(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return depth !== 0;
}

/**
 * Replaces the null marker by null, in place, without recursion; declines on keys
 * that came from null or collection keys, on lists or maps reached twice (aliases)
 * and on nesting deeper than MAX_DEPTH.
 */
function restoreNulls(root: unknown): { data: unknown } | undefined {
  if (root === NULL_MARK) return { data: null };
  const seen = new Set<object>();
  const stack: { node: object; depth: number }[] = [];
  const visit = (node: unknown, depth: number): boolean => {
    if (typeof node !== 'object' || node === null) return true;
    if (seen.has(node) || depth > MAX_DEPTH) return false;
    seen.add(node);
    stack.push({ node, depth });
    return true;
  };
  if (!visit(root, 1)) return undefined;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === '[object Object]' || key === 'null') return undefined;
      const value = record[key];
      if (value === NULL_MARK) record[key] = null;
      else if (!visit(value, depth + 1)) return undefined;
    }
  }
  return { data: root };
}
