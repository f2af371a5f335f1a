/**
 * `coalition init --example`: a complete workspace that builds as it is, to learn from
 * by changing it. A fictional coalition (every organization, person and address here is
 * invented; websites are under example.org) writes, in Spanish with an English
 * edition, to a minister: a woman, with her address, a cc and a subject; thirty
 * organizations in fifteen countries and one person sign, some pending and one
 * withdrawn; and a sign-on form's responses wait in a CSV for `coalition import`.
 */

/** The letter's slug: `letters/<date>-<slug>.md`. */
export const EXAMPLE_SLUG = 'environmental-defenders';
/** The sign-on form's responses, as Google Forms exports them. */
export const EXAMPLE_CSV = 'sign-on-responses.csv';

interface Org {
  id: string;
  name: string;
  short?: string;
  country: string;
  /** Its name in Spanish, printed beside its own name in the Spanish letter (`bilingual: true`). */
  es?: string;
}

const ORGANIZATIONS: Org[] = [
  { id: 'rnda', name: 'Red Nacional de Defensoras Ambientales', short: 'RNDA', country: 'MX' },
  { id: 'tierra-y-agua', name: 'Centro de Derechos Humanos Tierra y Agua', country: 'MX' },
  { id: 'ocja', name: 'Observatorio Ciudadano de Justicia Ambiental', short: 'OCJA', country: 'MX' },
  { id: 'rios-libres', name: 'Colectivo Ríos Libres', country: 'MX' },
  { id: 'amat', name: 'Asociación Maya para el Territorio', short: 'AMAT', country: 'GT' },
  { id: 'convergencia-gt', name: 'Convergencia Ciudadana por los Derechos Humanos', country: 'GT' },
  { id: 'consejo-del-valle', name: 'Consejo Cívico de Organizaciones Populares del Valle', country: 'HN' },
  { id: 'ihd', name: 'Iniciativa Hondureña de Defensoras', short: 'IHD', country: 'HN' },
  { id: 'paramo-vivo', name: 'Fundación Páramo Vivo', country: 'CO' },
  { id: 'territorios-de-paz', name: 'Corporación Territorios de Paz', country: 'CO' },
  { id: 'mujeres-del-pacifico', name: 'Red de Mujeres Afrodescendientes del Pacífico', country: 'CO' },
  { id: 'iad', name: 'Instituto Amazónico de Derechos', short: 'IAD', country: 'PE' },
  { id: 'comunidades-andinas', name: 'Coordinadora de Comunidades Andinas', country: 'PE' },
  { id: 'selva-viva', name: 'Fundación Selva Viva', country: 'EC' },
  { id: 'alianza-manglares', name: 'Alianza Costera por los Manglares', country: 'EC' },
  { id: 'cerrado-vivo', name: 'Rede Cerrado Vivo', country: 'BR' },
  { id: 'idf', name: 'Instituto Direitos e Florestas', short: 'IDF', country: 'BR' },
  { id: 'patagonia-justa', name: 'Fundación Patagonia Justa', country: 'AR' },
  { id: 'ceas', name: 'Centro de Estudios Ambientales y Sociales', short: 'CEAS', country: 'AR' },
  { id: 'conflictos-del-agua', name: 'Observatorio de Conflictos del Agua', country: 'CL' },
  { id: 'humedales-del-sur', name: 'Red de Humedales del Sur', country: 'CL' },
  { id: 'cedit', name: 'Centro de Documentación Indígena de Tierras Bajas', short: 'CEDIT', country: 'BO' },
  { id: 'relada', name: 'Red Latinoamericana de Defensoras y Defensores Ambientales', short: 'RELADA', country: 'CR' },
  { id: 'edln', name: 'Environmental Defenders Legal Network', short: 'EDLN', country: 'US', es: 'Red Jurídica de Defensores Ambientales' },
  { id: 'cra', name: 'Center for Rights in the Americas', short: 'CRA', country: 'US', es: 'Centro por los Derechos en las Américas' },
  { id: 'interfaith-climate', name: 'Interfaith Climate Justice Alliance', country: 'US' },
  { id: 'snjm', name: 'Solidarity Network for Just Mining', short: 'SNJM', country: 'CA' },
  { id: 'plataforma-solidaria', name: 'Plataforma Solidaria con los Pueblos de América Latina', country: 'ES' },
  { id: 'ajma', name: 'Asociación de Juristas por el Medio Ambiente', short: 'AJMA', country: 'ES' },
  { id: 'umwelt-netzwerk', name: 'Netzwerk Umwelt und Menschenrechte', country: 'DE' },
];

const PENDING = new Set(['rios-libres', 'cerrado-vivo', 'interfaith-climate']);
/** Contact people (never printed): the pending signers, to be asked to confirm, and two that signed. */
const CONTACTS = new Map([['rios-libres', 'Elena Ruiz'], ['cerrado-vivo', 'Ana Souza'], ['interfaith-climate', 'Grace Miller'], ['rnda', 'Carmen López'], ['ocja', 'Julián Mora']]);
const WITHDRAWN = 'conflictos-del-agua';

function registryEntry(org: Org): string {
  const lines = [`  ${org.id}:`, `    name: ${org.name}`];
  if (org.short) lines.push(`    short: ${org.short}`);
  if (org.es) lines.push(`    names: { es: ${org.es} }`, '    bilingual: true');
  lines.push(`    country: ${org.country}`, `    website: https://${org.id}.example.org`);
  // Where `coalition send --to-signers` writes: never printed.
  if (CONTACTS.has(org.id)) lines.push(`    contact: { name: ${CONTACTS.get(org.id)}, email: coordinacion@${org.id}.example.org }`);
  return lines.join('\n');
}

export function exampleRegistry(): string {
  return `# The signatory registry of an example coalition. Every organization and person
# here is invented, and their websites are under example.org.
#
# Letters name signers by id (the keys below). \`coalition org add|edit|remove\`
# changes this file keeping its comments; \`coalition org list\` shows it.
# The fields are described in the comments of a workspace made by \`coalition init\`
# and in docs/formats.md.

signatories:
${ORGANIZATIONS.map(registryEntry).join('\n\n')}

  # A person signing in their own name; the affiliation is for identification only.
  lucia-paredes:
    kind: individual
    name: María Lucía Paredes
    sort_as: Paredes, María Lucía
    title: { es: Profesora de Derecho Ambiental, en: Professor of Environmental Law }
    affiliation: Universidad del Ejemplo
    country: CL
`;
}

function signerLine(id: string, date: string): string {
  if (PENDING.has(id)) return `  - { id: ${id}, status: pending }`;
  if (id === WITHDRAWN) return `  - { id: ${id}, status: withdrawn, signed_on: ${date} }`;
  return `  - ${id}`;
}

export function exampleLetter(date: string): string {
  const signers = [...ORGANIZATIONS.map((o) => o.id), 'lucia-paredes'];
  return `---
# An example letter: Spanish is the original, English its edition. Change anything,
# then \`coalition check\` and \`coalition build\`. Pending signers print only with
# \`coalition build --draft\`; the withdrawn one never does.
title:
  es: Carta a la Ministra de Ambiente sobre la protección de las personas defensoras ambientales
  en: Letter to the Minister of Environment on the protection of environmental defenders
date: ${date}
languages: [es, en]           # the first, es, is the original
place: { es: Ciudad del Ejemplo, en: Example City }
subject:
  es: Protección de las personas defensoras del ambiente y el territorio
  en: Protection of environmental and land defenders
to:
  - name: Laura Méndez Ortiz
    gender: f                 # Spanish greetings agree: "Estimada Ministra Méndez:"
    title: { es: Ministra de Ambiente y Desarrollo Sostenible, en: Minister of Environment and Sustainable Development }
    salutation: { es: Ministra Méndez, en: Minister Méndez }
    address: [Ministerio de Ambiente y Desarrollo Sostenible, Avenida del Ejemplo 100, Ciudad del Ejemplo]
    email: despacho.ministra@ambiente.example.org   # never printed: \`coalition send\` mails the released letter there
cc:
  - name: Andrés Torres Vega
    title: { es: Defensor del Pueblo, en: Ombudsman }
    email: defensor@defensoria.example.org
closing: { es: "Atentamente,", en: "Sincerely," }
send:                         # how \`coalition send\` mails the released letter (docs/formats.md)
  from: "Red Nacional de Defensoras Ambientales <cartas@rnda.example.org>"
signatories:
${signers.map((id) => signerLine(id, date)).join('\n')}
signing:
  heading: { es: "Firman:", en: "Signed:" }
  group_by: country             # grouped under each country's name, in the letter's language
  note:
    es: Las afiliaciones se indican solo con fines de identificación.
    en: Affiliations are listed for identification purposes only.
---

::: es
Las organizaciones firmantes, que acompañamos a comunidades y personas defensoras del ambiente y el territorio en quince países, nos dirigimos a usted ante el aumento de las amenazas y agresiones contra quienes protegen los ríos, los bosques y las tierras de sus comunidades.

En los últimos dos años hemos documentado campañas de estigmatización, procesos penales sin fundamento y ataques físicos contra personas defensoras, en particular contra mujeres y líderes indígenas y afrodescendientes. La mayoría de estos hechos sigue impune.

Por ello, respetuosamente le solicitamos:

1. Reconocer públicamente la labor legítima de las personas defensoras ambientales.
2. Garantizar la participación informada de las comunidades antes de aprobar proyectos que afecten sus territorios.
3. Establecer, con la Defensoría del Pueblo, un mecanismo de protección con enfoque de género y pertinencia cultural.

Quedamos a su disposición para una reunión en la que podamos presentarle nuestra documentación.
:::

::: en
We, the undersigned organizations, who accompany communities and environmental and land defenders in fifteen countries, write to you as threats and attacks grow against those who protect their communities' rivers, forests and lands.

Over the past two years we have documented smear campaigns, groundless criminal prosecutions and physical attacks against defenders, in particular against women and Indigenous and Afro-descendant leaders. Most of these acts remain unpunished.

We therefore respectfully ask you to:

1. Publicly recognize the legitimate work of environmental defenders.
2. Guarantee the informed participation of communities before approving projects that affect their lands.
3. Establish, with the Ombudsman's Office, a protection mechanism with a gender perspective and cultural relevance.

We remain at your disposal for a meeting at which we can present our documentation.
:::
`;
}

/**
 * Responses as the Google Form of docs/sign-on-form.md exports them (Responses > the
 * sheet > File > Download > CSV): a timestamp and the address the form collected, then
 * one column per question, each titled in Spanish and English. Among the rows:
 * organizations already in the registry (one already on the letter, one written in
 * capitals), new ones, a repeated answer, and a person signing in their own name.
 */
export function exampleResponses(date: string): string {
  const at = (time: string) => `${date.replace(/-/g, '/')} ${time}`;
  const org = 'Una organización / An organization';
  const person = 'A título personal / As an individual';
  const row = (time: string, email: string, as: string, ...answers: string[]) => [at(time), email, as, ...answers].map(csvCell).join(',');
  return [
    'Timestamp,Email Address,Firma como / Signing as,Nombre de la organización / Organization name,Siglas / Acronym,País / Country,Sitio web / Website,Nombre / Name,Cargo / Title,Afiliación / Affiliation',
    row('09:12:41', 'ana@cerrado-vivo.example.org', org, 'Rede Cerrado Vivo', '', 'Brasil', 'https://cerrado-vivo.example.org', 'Ana Souza', '', ''),
    row('09:40:03', 'pedro@humedales-del-sur.example.org', org, 'RED DE HUMEDALES DEL SUR', '', 'Chile', '', 'Pedro Rojas', '', ''),
    row('10:05:17', 'juana@amat.example.org', org, 'Asociación Maya para el Territorio (AMAT)', 'AMAT', 'Guatemala', 'https://amat.example.org', 'Juana Tzul', '', ''),
    row('11:22:58', 'marta@cfdn.example.org', org, 'Comité de Familias Desplazadas del Norte', 'CFDN', 'Honduras', 'https://cfdn.example.org', 'Marta Reyes', '', ''),
    row('11:47:30', 'luis@iea.example.org', org, 'Instituto de Estudios del Agua', 'IEA', 'Perú', 'https://iea.example.org', 'Luis Quispe', '', ''),
    row('12:02:11', 'marta@cfdn.example.org', org, 'Comité de Familias Desplazadas del Norte', 'CFDN', 'Honduras', '', 'Marta Reyes', '', ''),
    row('13:15:44', 'sam@wjc.example.org', org, 'Water Justice Collective, Inc.', 'WJC', 'United States', 'https://wjc.example.org', 'Sam Lee', '', ''),
    row('14:01:09', 'tomas.riquelme@example.org', person, '', '', 'Chile', '', 'Tomás Riquelme', 'Profesor de Hidrología', 'Universidad del Ejemplo'),
    '',
  ].join('\n');
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
