import { describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInThisProcess, sampleWorkspace } from '../helpers.js';

const out = (dir: string, lang: string) => readFileSync(join(dir, 'out', `2022-10-12-us-mexico-security-dialogue.${lang}.html`), 'utf8');

describe('workspace templates override the built-in ones file by file', () => {
  it('uses an overridden partial, stylesheet and strings file, keeping the rest', async () => {
    const ws = sampleWorkspace();
    try {
      mkdirSync(join(ws.dir, 'templates', 'partials'), { recursive: true });
      mkdirSync(join(ws.dir, 'templates', 'i18n'), { recursive: true });
      writeFileSync(join(ws.dir, 'templates', 'partials', 'greeting.hbs'), '<p class="greeting custom">{{greeting}} ({{lang}})</p>\n');
      writeFileSync(join(ws.dir, 'templates', 'letter.css'), '.custom { color: rgb(1, 2, 3); }\n');
      writeFileSync(join(ws.dir, 'templates', 'i18n', 'es.yaml'), 'greeting:\n  m_plural: "Muy estimados {names}:"\n');
      const result = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
      expect(result.code, result.stderr).toBe(0);
      const es = out(ws.dir, 'es');
      expect(es).toContain('<p class="greeting custom">Muy estimados Secretario Blinken y Secretario Ebrard: (es)</p>');
      expect(es).toContain('rgb(1, 2, 3)');
      // Untouched files still come from the package: the signatory list partial, the other strings.
      expect(es).toContain('Servicios y Asesoría para la Paz (Serapaz)');
      expect(out(ws.dir, 'en')).toContain('Dear Secretary Blinken and Secretary Ebrard, (en)');
    } finally {
      ws.cleanup();
    }
  });

  it('reports a broken override by file and exits 1', async () => {
    const ws = sampleWorkspace();
    try {
      mkdirSync(join(ws.dir, 'templates', 'partials'), { recursive: true });
      writeFileSync(join(ws.dir, 'templates', 'partials', 'body.hbs'), '<div>\n{{#if body}}\n{{{body}}}\n</div>\n');
      const result = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
      expect(result.code).toBe(1);
      // At the template's own file and line, as a problem like any other.
      expect(result.stderr).toMatch(/^templates\/partials\/body\.hbs:5 error template-syntax Parse error on line 5: Expecting .*, got 'EOF'$/m);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      ws.cleanup();
    }
  });

  it('refuses a template that links outside the workspace', async () => {
    const ws = sampleWorkspace();
    try {
      mkdirSync(join(ws.dir, 'templates'), { recursive: true });
      symlinkSync('/etc/hostname', join(ws.dir, 'templates', 'letter.css'));
      const result = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('templates/letter.css error template-outside-workspace links to a file outside the workspace, which is not read');
    } finally {
      ws.cleanup();
    }
  });

  it('a template reaching for what JavaScript objects inherit gets nothing, and no raw Handlebars warning', async () => {
    const ws = sampleWorkspace();
    try {
      mkdirSync(join(ws.dir, 'templates', 'partials'), { recursive: true });
      writeFileSync(join(ws.dir, 'templates', 'partials', 'footer.hbs'),
        '<p class="probe">{{#with "s" as |s|}}[{{s.split}}]{{/with}}[{{title.toUpperCase}}][{{strings.pending.length}}]</p>\n');
      const result = await cliInThisProcess(['build', '--format', 'html', '--lang', 'en'], { cwd: ws.dir });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toMatch(/Handlebars|Access has been denied|runtime option/);
      // Own fields still read (a string's length); inherited methods read as nothing.
      expect(out(ws.dir, 'en')).toContain('<p class="probe">[][][7]</p>');
    } finally {
      ws.cleanup();
    }
  });

  it('names the line of a template that reads "constructor" (the way to code execution), in build and check', async () => {
    const ws = sampleWorkspace();
    try {
      mkdirSync(join(ws.dir, 'templates', 'partials'), { recursive: true });
      writeFileSync(join(ws.dir, 'templates', 'partials', 'footer.hbs'),
        '{{#with "s" as |string|}}\n  {{#with (lookup string.sub "constructor") as |f|}}{{f}}{{/with}}\n{{/with}}\n');
      for (const command of ['build', 'check']) {
        const result = await cliInThisProcess([command], { cwd: ws.dir });
        expect(result.code, command).toBe(1);
        expect(result.stderr + result.stdout, command).toMatch(/templates\/partials\/footer\.hbs:2\b.*reads "constructor"/);
        expect(result.stderr, command).not.toMatch(/Handlebars: Access/);
      }
    } finally {
      ws.cleanup();
    }
  });
});
