import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyPageHtml } from '../../../scripts/lib/privacy-page';

const root = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

describe('privacy policy', () => {
  it('ships in the extension exactly as docs/privacy.md says it (npm run build:privacy)', () => {
    expect(read('public/privacy.html')).toBe(privacyPageHtml(read('docs/privacy.md')));
  });

  it('is in Indonesian first and English second, with no script', () => {
    const html = read('public/privacy.html');
    expect(html.indexOf('<section lang="id">')).toBeGreaterThan(-1);
    expect(html.indexOf('<section lang="en">')).toBeGreaterThan(html.indexOf('<section lang="id">'));
    expect(html).not.toMatch(/<script|\son\w+=/i);
    expect(html).toContain('<h1>Kebijakan privasi Pantau</h1>');
    expect(html).toContain('<h1>Pantau privacy policy</h1>');
  });

  it('explains every permission the manifest asks for', async () => {
    const policy = read('docs/privacy.md');
    for (const permission of ['webNavigation', 'webRequest', 'scripting', 'alarms', 'makassarkota.go.id', 'makassar.go.id']) {
      expect(policy).toContain(permission);
    }
  });

  it('is escaped text: Markdown with markup in it does not become markup', () => {
    expect(privacyPageHtml('# T\n\nA <b>x</b> & `y<z>`\n')).toContain('<p>A &lt;b&gt;x&lt;/b&gt; &amp; <code>y&lt;z&gt;</code></p>');
  });
});
