/**
 * Host matching in Node: URL → watched city host (label boundaries, IDN) → registry entry, with a
 * 1,000-entry registry; a third of the URLs are city hosts in the registry, a third city hosts that
 * are not, a third other sites.
 */
import { cityHostFromUrl } from '../utils/domains/host-match';
import { createRegistryIndex } from '../utils/registry/registry-index';
import { count, defineBench, timed } from './support/bench';
import { syntheticRegistry } from './support/fixtures';

const DOMAINS = ['makassarkota.go.id'];

export default defineBench({
  name: 'host-match',
  browser: false,
  async run() {
    const index = createRegistryIndex(syntheticRegistry(1000), DOMAINS);
    const urls = Array.from({ length: 200_000 }, (_, i) =>
      i % 3 === 0
        ? `https://app-${i % 1000}.makassarkota.go.id/layanan?id=${i}`
        : i % 3 === 1
          ? `https://www.lain-${i % 1000}.makassarkota.go.id/`
          : `https://situs${i}.example.com/makassarkota.go.id`,
    );
    const hosts = urls.map((url) => cityHostFromUrl(url, DOMAINS)).filter((h): h is string => h !== null);
    let registered = 0;
    // Warm up the JIT, then measure.
    for (const url of urls.slice(0, 20_000)) cityHostFromUrl(url, DOMAINS);
    const fullMs = await timed(() => {
      registered = 0;
      for (const url of urls) {
        const host = cityHostFromUrl(url, DOMAINS);
        if (host !== null && index.lookup(host) !== null) registered++;
      }
    });
    const lookupMs = await timed(() => {
      for (let round = 0; round < 10; round++) for (const host of hosts) index.lookup(host);
    });
    return [
      { figure: `URL → city host → registry entry, 1,000 entries (${count(urls.length)} URLs, ${count(registered)} registered)`, value: `${count((urls.length / fullMs) * 1000)} URLs/s` },
      { figure: 'registry lookup of an already normalised host', value: `${count(((hosts.length * 10) / lookupMs) * 1000)} lookups/s` },
    ];
  },
});
