// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inspectDocument } from '../../../utils/inspection/analyse-page';
import { samplePage, SAMPLE_LIMITS } from '../../../utils/inspection/page-sample';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL_HTTPS = 'https://x.makassarkota.go.id/masuk';
const NOW = new Date(2026, 10, 27, 10, 0).getTime();

describe('samplePage bounds', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `<p>Baris ${i}</p>`).join('');

  it('stops the walk at the node limit and says so', () => {
    // html, head, body, then two nodes (element and text) per row.
    const sample = samplePage(parse(`<body>${rows(500)}</body>`), URL_HTTPS, { ...SAMPLE_LIMITS, nodes: 100 });
    expect(sample.truncated).toBe(true);
    expect(sample.text).toContain('Baris 40');
    expect(sample.text).not.toContain('Baris 60');
  });

  it('stops keeping text at the text limit', () => {
    const sample = samplePage(parse(`<body><p>${'a'.repeat(5000)}</p><p>after</p></body>`), URL_HTTPS, { ...SAMPLE_LIMITS, textChars: 1000 });
    expect(sample.text.length).toBeLessThanOrEqual(1000);
    expect(sample.text).not.toContain('after');
    expect(sample.truncated).toBe(true);
  });

  it('stops when the time budget is spent, having read the top of the page', () => {
    let t = 0;
    const clock = () => (t += 10); // every look at the clock costs 10 ms; it is looked at every 64 nodes
    const sample = samplePage(parse(`<body><time datetime="2026-11-20">x</time>${rows(2000)}</body>`), URL_HTTPS, { ...SAMPLE_LIMITS, timeBudgetMs: 15 }, clock);
    expect(sample.truncated).toBe(true);
    expect(sample.structuredDates).toEqual(['2026-11-20']);
    expect(sample.text).toContain('Baris 50');
    expect(sample.text).not.toContain('Baris 300');
    // …and a page cut short is never called empty.
    const facts = inspectDocument(parse(`<body>${'<div></div>'.repeat(2000)}</body>`), URL_HTTPS, NOW, { ...SAMPLE_LIMITS, timeBudgetMs: 5 }, () => (t += 10));
    expect(facts.truncated).toBe(true);
    expect(facts.placeholder).toBeNull();
  });

  it('reads no text from scripts, styles, templates or the title', () => {
    const sample = samplePage(
      parse('<head><title>Judul</title><style>.a{}</style></head><body><script>var d = "12 Maret 2019";</script><template>12/03/2019</template><p>Isi</p></body>'),
      URL_HTTPS,
    );
    expect(sample.text).toBe('Isi');
  });
});

describe('samplePage facts', () => {
  it('finds password fields and where their forms submit, resolving against <base>', () => {
    const sample = samplePage(
      parse(`<head><base href="http://lama.makassarkota.go.id/app/"></head><body>
        <form action="login.php"><input type="password" name="p"></form>
        <form><input type="PASSWORD"><button formaction="https://x.makassarkota.go.id/ok">Masuk</button></form>
        <input type="password" id="no-form"></body>`),
      URL_HTTPS,
    );
    expect(sample.passwordField).toBe(true);
    expect(sample.passwordTargets.sort()).toEqual(['http://lama.makassarkota.go.id/app/', 'http://lama.makassarkota.go.id/app/login.php', 'https://x.makassarkota.go.id/ok'].sort());
  });

  it('reads generator tags whatever their case, language, and cookie names only', () => {
    document.cookie = 'ci_session=abc123';
    const sample = samplePage(parse('<html lang="id-ID"><head><meta name="GENERATOR" content="Joomla! 1.5"></head><body>x</body></html>'), URL_HTTPS);
    expect(sample.generators).toEqual(['Joomla! 1.5']);
    expect(sample.lang).toBe('id-ID');
    // A parsed document has no cookies of its own; the live one has the test's.
    expect(samplePage(document, URL_HTTPS).cookieNames).toContain('ci_session');
    expect(JSON.stringify(samplePage(document, URL_HTTPS))).not.toContain('abc123');
  });
});

describe('inspectDocument', () => {
  it('reports how long it took, and only sane languages', () => {
    const facts = inspectDocument(parse('<html lang="&lt;script&gt;"><body><p>Halo</p></body></html>'), URL_HTTPS, NOW);
    expect(facts.scanMs).toBeGreaterThanOrEqual(0);
    expect(facts.lang).toBeNull();
  });
});
