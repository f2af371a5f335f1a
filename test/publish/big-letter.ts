/**
 * A long letter for the site tests: 400 signers (size is the bench's: i-publish-2000) in two languages, in two
 * sections, grouped by country and numbered, with details, individuals with titles,
 * a count line, a cc list, a letterhead with a logo, and untrusted text where a
 * sign-on form or a partner's draft could put it (a signer's name, raw HTML in the body).
 */
import { logoSvg } from '../layout/featured-letter.js';
import { tempWorkspace } from '../helpers.js';

export const BIG_SIGNERS = 400;
const COUNTRIES = ['US', 'MX', 'GT', 'SV', 'HN', 'CO', 'PE', 'CA', 'BR', 'AR', 'CL', 'ES'];
const CITIES = ['Chihuahua', 'Oaxaca', 'El Paso', 'Chicago', 'Bogotá', 'Lima', 'Québec', 'São Paulo'];
const CAUSES = ['Human Rights', 'Migrant Justice', 'Drug Policy Reform', 'Press Freedom', 'Indigenous Rights', 'Peace Building'];

/** A signer's name a hostile sign-on form could submit. */
export const HOSTILE_NAME = 'Evil </script><script>alert(1)</script> "Org" <img src=x onerror=alert(2)>';

function id(i: number): string {
  return `org-${String(i + 1).padStart(4, '0')}`;
}

function registry(): string {
  const lines = ['signatories:', '  coalition:', '    name: Coalition for Rights and Security', '    names: { es: Coalición por los Derechos y la Seguridad }', '    website: https://example.org/', '    logo: logos/coalition.svg'];
  for (let i = 0; i < BIG_SIGNERS; i++) {
    lines.push(`  ${id(i)}:`);
    if (i === 7) lines.push(`    name: ${JSON.stringify(HOSTILE_NAME)}`);
    else if (i % 10 === 3) {
      lines.push('    kind: individual', `    name: Person Number ${i + 1}`, '    title: { en: Professor of Law, es: Profesora de Derecho }', `    affiliation: University of ${CITIES[i % CITIES.length]}`);
    } else lines.push(`    name: ${CITIES[i % CITIES.length]} Center for ${CAUSES[i % CAUSES.length]} ${i + 1}`);
    lines.push(`    country: ${COUNTRIES[(i * 7) % COUNTRIES.length]}`, `    city: ${CITIES[(i * 3) % CITIES.length]}`);
  }
  return `${lines.join('\n')}\n`;
}

function letter(): string {
  const half = BIG_SIGNERS / 2;
  const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => `  - ${id(from + k)}`).join('\n');
  const body = (lang: 'en' | 'es') => (lang === 'en'
    ? 'We, the undersigned organizations, write to you about security cooperation. It matters to our communities.\n\n## Our recommendations\n\n- Protect human rights defenders.\n- Publish information on cooperation.\n\n> “Security depends on accountable institutions.”\n\n<script>alert(3)</script><iframe src="https://example.com/"></iframe>\n\nThank you for your attention.'
    : 'Las organizaciones abajo firmantes les escribimos sobre la cooperación en seguridad. Importa a nuestras comunidades.\n\n## Nuestras recomendaciones\n\n- Proteger a las personas defensoras.\n- Publicar información sobre la cooperación.\n\n> «La seguridad depende de instituciones que rindan cuentas».\n\n<script>alert(3)</script><iframe src="https://example.com/"></iframe>\n\nGracias por su atención.');
  return `---
title:
  en: Joint Letter on Security Cooperation and Human Rights
  es: Carta conjunta sobre cooperación en seguridad y derechos humanos
date: 2022-10-12
languages: [en, es]
letterhead: coalition
place: { en: "Washington, D.C.", es: "Washington, D.C." }
to:
  - name: Antony Blinken
    title: { en: U.S. Secretary of State, es: Secretario de Estado de los Estados Unidos }
    salutation: { en: Secretary Blinken, es: Secretario Blinken }
    gender: m
cc:
  - Ken Salazar, U.S. Ambassador to Mexico
closing: { en: "Sincerely,", es: "Atentamente," }
signatories:
  - group: { en: "International networks:", es: "Redes internacionales:" }
${ids(0, half)}
  - group: { en: "National organizations:", es: "Organizaciones nacionales:" }
${ids(half, BIG_SIGNERS)}
signing:
  heading: { en: "Signed,", es: "Firman," }
  group_by: country
  numbered: true
  count: true
  details: [city]
---

::: en
${body('en')}
:::

::: es
${body('es')}
:::
`;
}

/** A temporary workspace with the big letter at letters/2022-10-12-big.md. */
export function bigWorkspace(): { dir: string; cleanup: () => void } {
  return tempWorkspace({
    'signatories.yaml': registry(),
    'letters/2022-10-12-big.md': letter(),
    'logos/coalition.svg': logoSvg('#8c1c2c', 'CRS'),
  });
}
