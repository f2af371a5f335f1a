/**
 * The bundle `npm run build` makes from src/ (rolldown.config.mjs), built here in memory:
 * it warns about nothing (scripts/setup.sh shows the build's output to every new user;
 * gray-matter's JavaScript engine used to bring a direct `eval` warning), and it carries
 * every built-in template precompiled, as shipped in templates/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { rolldown, type OutputOptions, type RolldownOptions } from 'rolldown';
import { loadConfig } from 'rolldown/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

let config: RolldownOptions;
const warnings: string[] = [];

beforeAll(async () => {
  config = (await loadConfig(join(REPO, 'rolldown.config.mjs'))) as RolldownOptions;
  const bundle = await rolldown({
    ...config,
    cwd: REPO,
    onLog: (level, log) => {
      if (level === 'warn') warnings.push(`${log.code}: ${log.message}`);
    },
  });
  try {
    await bundle.generate(config.output as OutputOptions);
  } finally {
    await bundle.close();
  }
}, 120_000);

/** One module of src/ as the bundle has it (same plugins), alone and unminified, imported here. */
async function bundled(path: string): Promise<Record<string, unknown>> {
  const bundle = await rolldown({ ...config, cwd: REPO, input: join(REPO, path) });
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    expect(output).toHaveLength(1);
    return (await import(`data:text/javascript,${encodeURIComponent(output[0].code)}`)) as Record<string, unknown>;
  } finally {
    await bundle.close();
  }
}

describe('the bundle', () => {
  it('is built without a warning', () => {
    expect(warnings).toEqual([]);
  });

  it('carries every built-in template precompiled, with the text it was compiled from', async () => {
    const { PRECOMPILED } = (await bundled('src/render/precompiled-templates.ts')) as { PRECOMPILED: Record<string, { source: string; spec: unknown }> };
    const templates = join(REPO, 'templates');
    const names = readdirSync(templates, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.hbs')).map((name) => name.split(sep).join('/'));
    expect(names).toContain('partials/signatories.hbs');
    expect(Object.keys(PRECOMPILED).sort()).toEqual(names.sort());
    for (const name of names) {
      expect(PRECOMPILED[name]!.source, name).toBe(readFileSync(join(templates, name), 'utf8'));
      expect(PRECOMPILED[name]!.spec, name).toHaveProperty('main');
    }
  });
});
