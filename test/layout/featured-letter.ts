/**
 * A small letter that uses every layout feature: letterhead with logo, place, addressees
 * with addresses, subject, closing, cc, an individual signer with title and affiliation,
 * numbered signers grouped by country, and a grid of signer logos.
 */
import { tempWorkspace } from '../helpers.js';

/** A plain SVG logo: the file a coalition would keep in its workspace. */
export function logoSvg(color: string, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="60" viewBox="0 0 160 60"><rect width="160" height="60" rx="8" fill="${color}"/><text x="80" y="38" font-size="22" text-anchor="middle" fill="#fff">${label}</text></svg>`;
}

export const FEATURED_REGISTRY = `signatories:
  coalition:
    name: Coalition for Rights and Security
    names: { es: Coalición por los Derechos y la Seguridad }
    website: https://example.org/
    logo: logos/coalition.svg
  wola:
    name: Washington Office on Latin America
    short: WOLA
    names: { es: Oficina en Washington para Asuntos Latinoamericanos }
    bilingual: true
    country: US
    logo: logos/wola.svg
  centro-prodh:
    name: Centro de Derechos Humanos Miguel Agustín Pro Juárez
    short: Centro Prodh
    country: MX
    logo: logos/prodh.svg
  serapaz:
    name: Servicios y Asesoría para la Paz
    short: Serapaz
    country: MX
  jane-roe:
    kind: individual
    name: Jane Roe
    title: { en: Professor of Law, es: Profesora de Derecho }
    affiliation: Universidad Nacional Autónoma de México
    country: MX
`;

export function featuredLetter(letterhead = 'coalition'): string {
  return `---
title: { en: "Joint Letter on the \\"Security\\" Dialogue", es: "Carta conjunta sobre el «Diálogo» de seguridad" }
date: 2022-10-12
languages: [en, es]
place: { en: "Mexico City", es: "Ciudad de México" }
paper: a4
letterhead: ${letterhead}
subject: { en: High-Level Security Dialogue, es: Diálogo de Alto Nivel sobre Seguridad }
to:
  - name: Antony Blinken
    title: { en: U.S. Secretary of State, es: Secretario de Estado de los Estados Unidos }
    salutation: { en: Secretary Blinken, es: Secretario Blinken }
    gender: m
    address: [U.S. Department of State, 2201 C Street NW, "Washington, DC 20520"]
cc:
  - Ken Salazar, U.S. Ambassador to Mexico
closing: { en: "Sincerely,", es: "Atentamente," }
signatories: [wola, centro-prodh, serapaz, jane-roe]
signing:
  heading: { en: "Signed,", es: "Firman," }
  group_by: country
  numbered: true
  logos: true
  note: { en: Affiliations are listed for identification purposes only., es: Las afiliaciones se indican solo a efectos de identificación. }
---

::: en
We, the undersigned organizations -- from both countries -- write "ahead" of the dialogue.

## Recommendations

1. Prevent and reduce substance abuse.
2. Explore alternatives to incarceration.
:::

::: es
Las organizaciones firmantes -- de ambos países -- escribimos "antes" del diálogo.

## Recomendaciones

1. Prevenir y reducir el abuso de sustancias.
2. Explorar alternativas al encarcelamiento.
:::
`;
}

export function featuredWorkspace(letterhead?: string): { dir: string; cleanup: () => void } {
  return tempWorkspace({
    'signatories.yaml': FEATURED_REGISTRY,
    'letters/featured.md': featuredLetter(letterhead),
    'logos/coalition.svg': logoSvg('#1f3a5f', 'CRS'),
    'logos/wola.svg': logoSvg('#0b6e4f', 'WOLA'),
    'logos/prodh.svg': logoSvg('#8a1c1c', 'Prodh'),
  });
}
