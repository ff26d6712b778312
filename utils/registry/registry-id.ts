/**
 * Registry ids: stable kebab-case slugs that exports and merges refer to. The bundled build
 * (scripts/build-registry.ts), file imports and proposals all make them the same way, so the same
 * app gets the same id whichever way it enters the registry.
 */

/** Longest id we generate; longer names are cut on a word boundary. */
const MAX_ID_LENGTH = 60;

/** `"Lontara+ Super App"` → `lontara-plus-super-app`; empty when the text has no ASCII letter or digit. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replaceAll('+', ' plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_ID_LENGTH)).replace(/-$/, '');
}

/**
 * The id for an app name: the slug of the name's first part, so `"SIPP (Sistem Informasi …)"` and
 * `"SSO / SIMPEG"` give `sipp` and `sso` as the bundled registry does.
 */
export function idFromName(name: string): string {
  return slugify(name.split(/ \(| \/ /)[0] ?? name);
}

/** The id for a host when there is no usable name: its labels below the domain (`sigap.brida` → `sigap-brida`). */
export function idFromHost(host: string, domain: string): string {
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  const below = bare === domain ? 'portal' : bare.endsWith(`.${domain}`) ? bare.slice(0, -domain.length - 1) : bare;
  return slugify(below);
}

/**
 * Makes `wanted` unique against `taken` by appending `-2`, `-3`, … and records the result in
 * `taken`. Deterministic: the same inputs in the same order give the same ids.
 */
export function claimUniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n += 1) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}
