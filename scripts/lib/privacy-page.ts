/**
 * Turns docs/privacy.md into the privacy page shipped inside the extension (public/privacy.html),
 * so the settings page can link to the policy offline and the text exists once. Only the Markdown
 * the policy uses: `#`/`##` headings, paragraphs, `- ` lists (with indented continuation lines),
 * `---`, `**bold**` and `` `code` ``. Each `#` section becomes a section with its language: the first
 * Indonesian, the second English. Static HTML, no script, so it runs under the pages' CSP.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

export function privacyPageHtml(markdown: string): string {
  const out: string[] = [];
  const langs = ['id', 'en'];
  let sections = 0;
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
    if (list !== null) out.push(`<ul>\n${list.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    list = null;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('# ')) {
      flush();
      if (sections > 0) out.push('</section>');
      out.push(`<section lang="${langs[sections] ?? 'en'}">`, `<h1>${inline(line.slice(2))}</h1>`);
      sections += 1;
    } else if (line.startsWith('## ')) {
      flush();
      out.push(`<h2>${inline(line.slice(3))}</h2>`);
    } else if (line === '---' || line === '') {
      flush();
    } else if (line.startsWith('- ')) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push(line.slice(2));
    } else if (list !== null && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  if (sections > 0) out.push('</section>');
  return `<!doctype html>
<!-- Generated from docs/privacy.md by \`npm run build:privacy\`: edit that file, not this one. -->
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kebijakan privasi Pantau / Pantau privacy policy</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}section+section{border-top:1px solid #ccc;margin-top:2rem}code{font-size:.9em}</style>
</head>
<body>
${out.join('\n')}
</body>
</html>
`;
}
