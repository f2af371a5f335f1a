// Benchmark (not a test): a 300-row sign-on export imported into a workspace whose
// registry holds 600 entries. Run after `npm run build`:
//   node test/registry/import-benchmark.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'coalition-bench-'));
const countries = ['MX', 'US', 'GT', 'HN', 'SV', 'CO'];
let registry = '# benchmark registry\nsignatories:\n';
for (let i = 0; i < 600; i++) registry += `\n  org-${i}:   # entry ${i}\n    name: Organización Número ${i} de Derechos Humanos\n    short: ON${i}\n    country: ${countries[i % 6]}\n`;
mkdirSync(join(dir, 'letters'));
writeFileSync(join(dir, 'signatories.yaml'), registry);
writeFileSync(join(dir, 'letters', 'bench.md'), '---\ntitle: Bench\ndate: 2022-10-12\nsignatories:\n  - org-0\n---\n\nText.\n');
const rows = ['Organización,Siglas,País,Correo'];
for (let i = 0; i < 300; i++) {
  if (i < 150) rows.push(`ORGANIZACION NUMERO ${i * 3} DE DERECHOS HUMANOS,,${countries[(i * 3) % 6]},a${i}@x.org`); // accents/case variants
  else if (i < 270) rows.push(`New Group ${i},NG${i},México,n${i}@x.org`);
  else rows.push(`New Group ${i - 100},,Mexico,`); // repeats
}
writeFileSync(join(dir, 'responses.csv'), `${rows.join('\n')}\n`);
const run = (args) => {
  const start = process.hrtime.bigint();
  const out = execFileSync(process.execPath, [join(REPO, 'bin', 'coalition.js'), '-q', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, out };
};
const dry = run(['import', 'bench', 'responses.csv', '--dry-run']);
const real = run(['import', 'bench', 'responses.csv']);
const status = run(['status', 'bench']);
const sign = run(['sign', 'bench', 'org-1']);
console.log(JSON.stringify({
  rows: 300, registryEntries: 600,
  importDryRunMs: Math.round(dry.ms), importMs: Math.round(real.ms), statusMs: Math.round(status.ms), signMs: Math.round(sign.ms),
  registryLines: readFileSync(join(dir, 'signatories.yaml'), 'utf8').split('\n').length,
}));
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); else console.log(dir);
