import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyPageHtml } from '../../scripts/lib/privacy-page';
import { BUNDLED_REGISTRY } from '../../utils/registry/bundled';
import { createRegistryIndex } from '../../utils/registry/registry-index';
import { WATCHED_DOMAIN } from '../../utils/domains/allowed-domains';

const root = resolve(__dirname, '../..');
const built = (target: string, file: string) => readFileSync(resolve(root, '.output', target, file), 'utf8');

describe('what the stores and the user see of the publisher and the privacy policy', () => {
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    it(`${target}: names the publisher's site as its homepage, a registered city host`, () => {
      const manifest = JSON.parse(built(target, 'manifest.json')) as { homepage_url?: string };
      const url = new URL(manifest.homepage_url ?? '');
      expect(url.protocol).toBe('https:');
      expect(createRegistryIndex(BUNDLED_REGISTRY, [WATCHED_DOMAIN]).lookup(url.hostname)?.opd).toBe('Dinas Komunikasi dan Informatika');
    });

    it(`${target}: ships the privacy policy the settings page links to`, () => {
      expect(built(target, 'privacy.html')).toBe(privacyPageHtml(readFileSync(resolve(root, 'docs/privacy.md'), 'utf8')));
    });
  }
});
