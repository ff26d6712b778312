/** Export of 10,000 hosts: build (findings, registry join, sort), JSON and CSV serialisation. */
import { buildExport } from '../utils/export/build-export';
import { exportToCsv } from '../utils/export/export-csv';
import { exportToJson } from '../utils/export/export-json';
import { parseExportText } from '../utils/export/parse-export';
import { createRegistryIndex } from '../utils/registry/registry-index';
import { defineBench, ms, timed } from './support/bench';
import { syntheticRecords, syntheticRegistry } from './support/fixtures';

const HOSTS = 10_000;

export default defineBench({
  name: 'export',
  browser: false,
  async run() {
    const index = createRegistryIndex(syntheticRegistry(1000), ['makassarkota.go.id']);
    const records = syntheticRecords(HOSTS);
    let data!: ReturnType<typeof buildExport>;
    let json = '';
    let csv = '';
    const build = () =>
      (data = buildExport({
        records,
        index,
        registryVersion: 'bench',
        domain: 'makassarkota.go.id',
        collector: { name: 'Bench', unit: 'Diskominfo' },
        extension: { version: '0.1.0', browser: 'chrome' },
        now: new Date(),
      }));
    build(); // warm-up
    const buildMs = await timed(build);
    const jsonMs = await timed(() => (json = exportToJson(data)));
    const csvMs = await timed(() => (csv = exportToCsv(data)));
    let valid = false;
    const parseMs = await timed(() => (valid = parseExportText(json).ok));
    if (!valid) throw new Error('the benchmark export does not parse');
    return [
      { figure: `build export of ${HOSTS.toLocaleString('en-US')} hosts (findings, registry join, sort)`, value: ms(buildMs) },
      { figure: 'serialise JSON', value: `${ms(jsonMs)}, ${(json.length / 1e6).toFixed(1)} MB` },
      { figure: 'serialise CSV', value: `${ms(csvMs)}, ${(csv.length / 1e6).toFixed(1)} MB` },
      { figure: 'parse and validate the JSON back (parseExportText)', value: ms(parseMs) },
    ];
  },
});
