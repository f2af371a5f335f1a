/** A workspace with one letter holding one of each fault `check` must find, at known lines. */
export const FAULTY_REGISTRY = `signatories:
  wola:
    name: Washington Office on Latin America
    short: WOLA
    country: US
  hrw:
    name: Human Rights Watch
    country: US
  memorial:
    name: მემორიალი          # Georgian: not in the bundled font
    country: DE
`;

export const FAULTY_LETTER = `---
title:
  en: Letter on TK
  es: Carta
date: 2020-01-15
languages: [en, es]
place: { en: Washington }
to:
  - name: Jane Minister
    title: { en: Minister, es: Ministra }   # TODO in a comment is fine
closing: { en: "Sincerely,", es: "Atentamente," }
signatories:
  - wola
  - wolla
  - wola
  - { id: hrw, status: pending }
---

::: en
We write about XXX today.

Second paragraph with {{name}}.

- one
- two

![Map](images/map.png)

See [the report](docs/report.pdf), [the site](https://example.org) and [above](#top).
:::

::: es
Escribimos sobre todo esto hoy. 😀

Segundo párrafo.

- uno

![Mapa](images/map.png)

Ver [el informe](docs/report.pdf).
:::
`;

/** `file:line:column severity code` of every problem in the faulty workspace, in order. */
export const FAULTY_EXPECTED = [
  'letters/2020-01-15-faulty.md:3:17 error placeholder',
  'letters/2020-01-15-faulty.md:7:1 error missing-translation',
  'letters/2020-01-15-faulty.md:9:5 warning salutation-missing',
  'letters/2020-01-15-faulty.md:14:5 error unknown-signatory',
  'letters/2020-01-15-faulty.md:15:5 error duplicate-signatory',
  'letters/2020-01-15-faulty.md:16:5 warning pending-after-date',
  'letters/2020-01-15-faulty.md:20:16 error placeholder',
  'letters/2020-01-15-faulty.md:22:23 error placeholder',
  'letters/2020-01-15-faulty.md:27:8 error image-missing',
  'letters/2020-01-15-faulty.md:29:18 error missing-file',
  'letters/2020-01-15-faulty.md:33:33 error unprintable-character',
  'letters/2020-01-15-faulty.md:37:1 warning translation-structure',
  'letters/2020-01-15-faulty.md:39:9 error image-missing',
  'letters/2020-01-15-faulty.md:41:18 error missing-file',
  'signatories.yaml:10:11 error unprintable-character',
  'templates/partials/body.hbs:5:0 error template-syntax',
];

export const BROKEN_PARTIAL = '<div class="body">\n{{{body}}}\n{{#if closing}}\n</div>\n';

export function faultyFiles(): Record<string, string> {
  return {
    'signatories.yaml': FAULTY_REGISTRY,
    'letters/2020-01-15-faulty.md': FAULTY_LETTER,
    'templates/partials/body.hbs': BROKEN_PARTIAL,
  };
}
