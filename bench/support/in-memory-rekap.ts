/**
 * The rekap as the CLI made it before streaming (and as the dashboard still does): every file read
 * and validated into memory, then mergeExports, the census and the JSON rekap. Run by
 * bench/census.ts in its own process so its peak RSS is its own: `tsx in-memory-rekap.ts out.json files…`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { ExportV1 } from '../../utils/export/export-schema';
import { buildCensus } from '../../utils/rekap/census';
import { mergeExports } from '../../utils/rekap/merge-exports';
import { readExportText } from '../../utils/rekap/read-export-file';
import { rekapFileBytes } from '../../utils/rekap/rekap-output';
import { BUNDLED_REGISTRY } from '../../utils/registry/bundled';
import { createRegistryIndex } from '../../utils/registry/registry-index';

const [out, ...files] = process.argv.slice(2);
const domains = ['makassarkota.go.id'];
const exports: ExportV1[] = [];
for (const file of files) {
  const raw = readFileSync(file);
  const result = readExportText((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.problem}`);
  exports.push(result.data);
}
const registry = createRegistryIndex(BUNDLED_REGISTRY, domains);
const rekap = mergeExports(exports, domains);
const census = buildCensus(rekap, registry, { recentDays: 90, now: Date.now() });
const bytes = await rekapFileBytes('json', rekap, census, registry, {
  now: new Date(),
  domain: domains[0]!,
  collector: { name: 'Bench', unit: '' },
  extension: { version: '0.1.0', browser: 'cli' },
  registryVersion: BUNDLED_REGISTRY.version,
});
writeFileSync(out!, bytes);
console.log(`${rekap.sources.length} exports, ${rekap.hosts.length} hosts`);
