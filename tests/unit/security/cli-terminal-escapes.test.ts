import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import { terminalSafe } from '../../../scripts/cli/terminal-safe';
import { exportToJson } from '../../../utils/export/export-json';
import { exportOf, host } from '../rekap/fixtures';

/**
 * Collector names and registry versions from export files reached the auditor's terminal raw:
 * clear screen, window titles, hyperlinks and CR + erase-line could rewrite what the CLI said.
 */
const ESCAPES = {
  clear: '\u001b[2J\u001b[H',
  title: '\u001b]0;pwned\u0007',
  titleSt: '\u001b]2;pwned\u001b\\',
  link: '\u001b]8;;https://evil.example/\u001b\\klik\u001b]8;;\u001b\\',
  eraseLine: '\r\u001b[2K',
  c1Csi: '\u009b31m',
  bell: '\u0007',
  backspace: 'abc\b\b\b',
  bidi: '\u202e',
};
const HOSTILE = Object.values(ESCAPES).join('');
/** Anything a terminal acts on: C0 controls but line feed, DEL, C1 controls, bidi overrides. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string | null = null;
afterAll(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
});

describe('terminalSafe', () => {
  it.each(Object.entries(ESCAPES))('removes %s', (_name, sequence) => {
    expect(terminalSafe(`Andi${sequence}Budi`)).not.toMatch(CONTROL);
  });

  it('drops whole sequences, not only the ESC, so no "[2J" or "]0;pwned" is left', () => {
    expect(terminalSafe(`A${ESCAPES.clear}${ESCAPES.title}${ESCAPES.link}B`)).toBe('AklikB');
  });

  it('keeps line breaks and ordinary text, Indonesian and Unicode included', () => {
    expect(terminalSafe('37 dari 76 aktif\nHalo – ✓ مرحبا')).toBe('37 dari 76 aktif\nHalo – ✓ مرحبا');
  });
});

describe('pantau rekap prints nothing from a file raw', () => {
  it('strips escapes from collector names and registry versions in every line', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pantau-escapes-'));
    const collector = { name: `Andi${HOSTILE}`, unit: `Unit${HOSTILE}` };
    const a = exportOf('x', '2025-06-30T00:00:00.000Z', [host('dukcapil.makassarkota.go.id')], { collector, registry: { version: `2025.01.01${HOSTILE}`, entries: 1 } });
    const b = exportOf('x', '2025-06-29T00:00:00.000Z', [host('dukcapil.makassarkota.go.id')], { collector, registry: { version: `2025.02.02${HOSTILE}`, entries: 1 } });
    writeFileSync(join(dir, 'a.json'), exportToJson(a));
    writeFileSync(join(dir, 'b.json'), exportToJson(b));
    writeFileSync(join(dir, `jahat${ESCAPES.clear}.json`), '{');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), cwd: dir, env: {}, now: () => new Date('2025-07-01T00:00:00Z') };
    expect(await main(['rekap', 'a.json', 'b.json', '--out', 'rekap.json'], io)).toBe(0);
    expect(lines.join('\n')).toContain('Andi');
    expect(lines.join('\n')).toContain('2025.01.01');
    expect(await main(['rekap', 'a.json', `jahat${ESCAPES.clear}.json`, '--out', 'rekap2.json', '--strict'], io)).toBe(1);
    for (const line of lines) expect(line).not.toMatch(CONTROL);
  });
});
