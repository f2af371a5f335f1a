/**
 * A workspace with two released letters to send, made once per test file (releasing
 * prints PDFs with Chromium) and copied for each test, so every test has its own logs:
 * a joint letter to three officials (one reads Spanish, one has no email) with a cc, and
 * the same officials one copy each (`delivery: each`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, tempWorkspace } from '../helpers.js';

export const REGISTRY = `signatories:
  wola:
    name: Washington Office on Latin America
    short: WOLA
    country: US
    contact: { name: Jane Doe, email: jane@wola.example.org }
  cels:
    name: Centro de Estudios Legales y Sociales
    short: CELS
    country: AR
    contact: { email: info@cels.example.org }
  dplf:
    name: Due Process of Law Foundation
    short: DPLF
    country: US
  lawg:
    name: Latin America Working Group
    short: LAWG
    country: US
    contact: { email: info@lawg.example.org }
  jane-roe:
    kind: individual
    name: Jane Roe
    country: MX
    contact: { name: Jane Roe, email: jane.roe@example.org }
`;

export const OFFICIALS = `officials:
  sen-durbin:
    name: Richard J. Durbin
    title: { en: United States Senator, es: Senador de los Estados Unidos }
    salutation: { en: Senator Durbin, es: Senador Durbin }
    gender: m
    email: durbin@senate.example.gov
  sec-barcena:
    name: Alicia Bárcena
    title: { en: Secretary of Foreign Affairs, es: Secretaria de Relaciones Exteriores }
    salutation: { en: Secretary Bárcena, es: Secretaria Bárcena }
    gender: f
    email: abarcena@sre.example.gob.mx
    language: es-MX
  sen-smith:
    name: Pat Smith
    title: { en: United States Senator, es: Senadora de los Estados Unidos }
    salutation: { en: Senator Smith, es: Senadora Smith }
    gender: f
    email: null
    contact_form: https://smith.senate.example.gov/contact
    phone: "+1 202 555 0100"
`;

const BODY = `
::: en
We write about the dialogue.
:::

::: es
Escribimos sobre el diálogo.
:::
`;

export const JOINT = 'dialogue';
export const EACH = 'dialogue-copies';

export function jointLetter(): string {
  return `---
title: { en: Letter on the Security Dialogue, es: Carta sobre el Diálogo de Seguridad }
date: 2026-03-01
languages: [en, es]
to: [sen-durbin, sec-barcena, sen-smith]
cc:
  - name: Ken Salazar
    title: { en: U.S. Ambassador to Mexico, es: Embajador de los Estados Unidos en México }
    email: ksalazar@state.example.gov
  - Office of the Clerk
signatories:
  - wola
  - { id: cels, status: pending }
  - jane-roe
  - { id: dplf, status: pending }
  - { id: lawg, status: confirmed, publish: false }
send:
  from: "Security Coalition <letters@coalition.example.org>"
---
${BODY}`;
}

export function eachLetter(): string {
  return `---
title: { en: Letter to each official, es: Carta a cada funcionario }
subject: { en: The Security Dialogue, es: El Diálogo de Seguridad }
date: 2026-03-01
languages: [en, es]
delivery: each
to: [sen-durbin, sec-barcena, sen-smith]
signatories: [wola, jane-roe]
send:
  from: letters@coalition.example.org
  message:
    en: "{greeting}\\n\\nOur letter is attached, signed by **{signers}**.\\n\\n*Security Coalition*"
    es: "{greeting}\\n\\nAdjuntamos nuestra carta, firmada por **{signers}**.\\n\\n*Coalición de Seguridad*"
---
${BODY}`;
}

/** The workspace with both letters released (v1); `copy()` gives each test its own. */
export async function releasedWorkspace(): Promise<{ dir: string; copy: () => { dir: string; cleanup: () => void }; cleanup: () => void }> {
  const ws = tempWorkspace({
    'signatories.yaml': REGISTRY,
    'officials.yaml': OFFICIALS,
    [`letters/2026-03-01-${JOINT}.md`]: jointLetter(),
    [`letters/2026-03-01-${EACH}.md`]: eachLetter(),
  });
  // Only what the tests attach: Word for the copies (--format docx), PDF alone for the joint letter.
  for (const [letter, formats] of [[JOINT, 'pdf'], [EACH, 'pdf,docx']] as const) {
    const released = await cli(['release', letter, '--format', formats, '--today', '2026-03-01'], { cwd: ws.dir, timeout: 300_000 });
    if (released.code !== 0) throw new Error(`release ${letter}: ${released.stderr}`);
  }
  return {
    dir: ws.dir,
    cleanup: ws.cleanup,
    copy: () => {
      const dir = mkdtempSync(join(tmpdir(), 'coalition-send-'));
      cpSync(ws.dir, dir, { recursive: true });
      return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  };
}

export function releasedFile(dir: string, letter: string, file: string): Buffer {
  return readFileSync(join(dir, 'releases', `2026-03-01-${letter}`, 'v1', file));
}

/** The log's rows, as a spreadsheet would read them. */
export function logRows(dir: string, letter: string, file = 'deliveries.csv'): Record<string, string>[] {
  const text = readFileSync(join(dir, 'releases', `2026-03-01-${letter}`, file), 'utf8');
  return parse(text, { columns: true }) as Record<string, string>[];
}

export function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}
