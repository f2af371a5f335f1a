/**
 * A large, deterministic two-language letter: 300 signers (organizations from several
 * countries, some with Spanish names or bilingual, and individuals with title and
 * affiliation), for the layout and accessibility tests and the reference pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempWorkspace } from '../helpers.js';

const KINDS = ['Network', 'Coalition', 'Center', 'Alliance', 'Institute', 'Foundation', 'Committee', 'Collective'];
const CAUSES = ['Human Rights', 'Migrant Justice', 'Drug Policy Reform', 'Press Freedom', 'Indigenous Rights', 'Environmental Defense', 'Women’s Rights', 'Transparency', 'Peace Building', 'Children’s Rights'];
const PLACES = ['Chihuahua', 'Oaxaca', 'Tijuana', 'El Paso', 'Chicago', 'Bogotá', 'Guatemala City', 'San Salvador', 'Tegucigalpa', 'Lima', 'Québec', 'São Paulo'];
const ES_KINDS = ['Red', 'Coalición', 'Centro', 'Alianza', 'Instituto', 'Fundación', 'Comité', 'Colectivo'];
const ES_CAUSES = ['Derechos Humanos', 'Justicia Migrante', 'Reforma de Políticas de Drogas', 'Libertad de Prensa', 'Derechos Indígenas', 'Defensa Ambiental', 'Derechos de las Mujeres', 'Transparencia', 'Construcción de Paz', 'Derechos de la Niñez'];
const COUNTRIES = ['US', 'MX', 'GT', 'SV', 'HN', 'CO', 'PE', 'CA', 'BR'];
const GIVEN = ['Ana', 'Luis', 'María José', 'Thomas', 'Ngozi', 'Đặng', 'Søren', 'Guadalupe', 'Chloé', 'João'];
const FAMILY = ['Aguilar', 'Brennan', 'Castañeda', 'Dubois', 'Esquivel', 'Fonseca', 'García Núñez', 'Hernández', 'Iturbide', 'Johansson'];

export const LARGE_SIGNERS = 300;

function registry(): string {
  const lines = ['signatories:'];
  for (let i = 0; i < LARGE_SIGNERS; i++) {
    const id = `signer-${String(i + 1).padStart(3, '0')}`;
    const country = COUNTRIES[(i * 7) % COUNTRIES.length]!;
    lines.push(`  ${id}:`);
    if (i % 10 === 3) {
      lines.push('    kind: individual');
      lines.push(`    name: ${GIVEN[Math.floor(i / 10) % GIVEN.length]} ${FAMILY[Math.floor(i / 100) + (i % 7)]}`);
      lines.push(`    title: { en: Professor of Law, es: Profesora de Derecho }`);
      lines.push(`    affiliation: Universidad de ${PLACES[Math.floor(i / 10) % PLACES.length]}`);
    } else if (country === 'MX' || country === 'CO' || country === 'GT' || country === 'SV' || country === 'HN' || country === 'PE') {
      lines.push(`    name: ${ES_KINDS[i % ES_KINDS.length]} de ${ES_CAUSES[(i * 3) % ES_CAUSES.length]} de ${PLACES[i % PLACES.length]}`);
    } else {
      lines.push(`    name: ${PLACES[i % PLACES.length]} ${KINDS[i % KINDS.length]} for ${CAUSES[(i * 3) % CAUSES.length]}`);
      if (i % 4 === 0) {
        lines.push(`    short: ${PLACES[i % PLACES.length]!.slice(0, 2).toUpperCase()}${KINDS[i % KINDS.length]!.slice(0, 1)}${i}`);
        lines.push(`    names: { es: ${ES_KINDS[i % ES_KINDS.length]} de ${PLACES[i % PLACES.length]} por ${ES_CAUSES[(i * 3) % ES_CAUSES.length]} }`);
      }
    }
    lines.push(`    country: ${country}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The sample letter's text, with 300 signers; `signing` is extra YAML for its `signing:` key. */
function letter(signing: string): string {
  const sample = readFileSync(join(REPO, 'letters', '2022-10-12-us-mexico-security-dialogue.md'), 'utf8');
  const body = sample.slice(sample.indexOf('\n---', 4) + 4);
  const ids = Array.from({ length: LARGE_SIGNERS }, (_, i) => `  - signer-${String(i + 1).padStart(3, '0')}`);
  return `---
title:
  en: Joint Letter on Security Cooperation and Human Rights
  es: Carta conjunta sobre cooperación en seguridad y derechos humanos
date: 2022-10-12
languages: [en, es]
place: { en: "Washington, D.C.", es: "Washington, D.C." }
subject:
  en: U.S.-Mexico High-Level Security Dialogue
  es: Diálogo de Alto Nivel sobre Seguridad México-Estados Unidos
to:
  - name: Antony Blinken
    title: { en: U.S. Secretary of State, es: Secretario de Estado de los Estados Unidos }
    salutation: { en: Secretary Blinken, es: Secretario Blinken }
    gender: m
    address: [U.S. Department of State, 2201 C Street NW, "Washington, DC 20520"]
cc:
  - Ken Salazar, U.S. Ambassador to Mexico
closing: { en: "Sincerely,", es: "Atentamente," }
signatories:
${ids.join('\n')}
signing:
  heading: { en: "Signed,", es: "Firman," }
${signing}
---
${body}`;
}

/** A temporary workspace with the large letter at letters/large.md. */
export function largeWorkspace(signing = '  numbered: true\n'): { dir: string; cleanup: () => void } {
  return tempWorkspace({ 'signatories.yaml': registry(), 'letters/large.md': letter(signing) });
}
