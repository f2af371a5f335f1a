/**
 * Workspaces for the officials cases: the whole of Congress as congress-legislators
 * publishes it, and a letter with `delivery: each` to some or all of its voting members.
 *
 * The data is the real legislators-current.yaml from ../shared/data/us-congress when
 * that folder is there (a checkout beside the shared data), else the trimmed copy the
 * tests use (test/fixtures/us-congress). Either way it is brought to exactly 100
 * Senators and 435 voting Representatives: members are repeated, under new bioguide
 * ids and districts, to fill seats the data lacks (vacancies in the real file; most
 * seats in the trimmed one). Deterministic, like every bench workspace.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import jsyaml from 'js-yaml';
import { REPO, letterMarkdown, registryYaml, writeWorkspace } from './workspace.mjs';

const SHARED = resolve(REPO, '..', 'shared', 'data', 'us-congress', 'legislators-current.yaml');
const FIXTURE = join(REPO, 'test', 'fixtures', 'us-congress', 'legislators-current.yaml');

/** Where the legislators come from: the real file when it is beside the repository. */
export const LEGISLATORS_SOURCE = existsSync(SHARED) ? SHARED : FIXTURE;

let cached;

/** legislators-current.yaml with exactly 100 Senators and 435 voting Representatives (and any Delegates the data has). */
export function congressYaml() {
  if (cached) return cached;
  const all = jsyaml.load(readFileSync(LEGISLATORS_SOURCE, 'utf8'), { schema: jsyaml.CORE_SCHEMA });
  const current = (l) => l.terms[l.terms.length - 1];
  const territories = new Set(['DC', 'PR', 'GU', 'VI', 'AS', 'MP']);
  const senators = all.filter((l) => current(l).type === 'sen');
  const representatives = all.filter((l) => current(l).type === 'rep' && !territories.has(current(l).state));
  const delegates = all.filter((l) => current(l).type === 'rep' && territories.has(current(l).state));
  const fill = (members, count, type) => Array.from({ length: count }, (_, i) => {
    if (i < members.length) return members[i];
    const model = members[i % members.length];
    const copy = structuredClone(model);
    copy.id = { bioguide: `Z${String(i).padStart(6, '0')}` };
    copy.name = { ...model.name, last: `${model.name.last} ${type}${i}`, official_full: `${model.name.official_full ?? model.name.first} ${type}${i}` };
    const term = current(copy);
    if (type === 'rep') term.district = 100 + i;
    return copy;
  });
  cached = jsyaml.dump([...fill(senators, 100, 'sen'), ...fill(representatives, 435, 'rep'), ...delegates], { lineWidth: -1 });
  return cached;
}

/** A workspace holding congress/legislators-current.yaml (for `officials import`). */
export function importOfficialsWorkspace() {
  return writeWorkspace({ 'signatories.yaml': registryYaml(20), 'congress/legislators-current.yaml': congressYaml() });
}

/**
 * A workspace whose officials.yaml is the imported Congress (made with the CLI, as a
 * user would), and one letter with `delivery: each` to `to`: the voting Congress
 * (`all`) or its first `n` members by id.
 */
export function eachWorkspace(bin, to) {
  const dir = importOfficialsWorkspace();
  execFileSync(process.execPath, [bin, 'officials', 'import', join('congress', 'legislators-current.yaml')], { cwd: dir, stdio: 'ignore' });
  const ids = [...readFileSync(join(dir, 'officials.yaml'), 'utf8').matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]);
  const addressees = to === 'all' ? ['  - { group: senate }', '  - { group: house }'] : ids.slice(0, to).map((id) => `  - ${id}`);
  const signers = Array.from({ length: 10 }, (_, k) => `org-${String(k + 1).padStart(5, '0')}`);
  const letter = letterMarkdown({ index: 0, signers })
    .replace(/^to:\n(?: {2}.*\n|  - .*\n)+/m, `delivery: each\nto:\n${addressees.join('\n')}\n`);
  mkdirSync(join(dir, 'letters'));
  writeFileSync(join(dir, 'letters', 'congress.md'), letter);
  return dir;
}

/**
 * Before each run, one official's name changed (a suffix that grows each time): the
 * build then has one copy to print anew, and a warm process the rest kept (h-each-535-warm).
 */
export function editOneOfficial() {
  let edits = 0;
  return (dir) => {
    const file = join(dir, 'officials.yaml');
    const text = readFileSync(file, 'utf8');
    edits++;
    const edited = text.replace(/^( {4}name: [^\n]*?)( \(\d+\))?$/m, `$1 (${edits})`);
    if (edited === text) throw new Error(`bench: editOneOfficial found no official's name in ${file}`);
    writeFileSync(file, edited);
  };
}
