/**
 * Writes public/privacy.html from docs/privacy.md (`npm run build:privacy`); with --check, fails
 * when the committed page is out of date instead (tests/unit/privacy-page.test.ts does the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { privacyPageHtml } from './lib/privacy-page';

const root = resolve(import.meta.dirname, '..');
const html = privacyPageHtml(readFileSync(resolve(root, 'docs/privacy.md'), 'utf8'));
const target = resolve(root, 'public/privacy.html');
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== html) {
    console.error('public/privacy.html is out of date: run npm run build:privacy');
    process.exit(1);
  }
} else {
  writeFileSync(target, html);
  console.log('wrote public/privacy.html');
}
