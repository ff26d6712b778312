/**
 * The city domain Pantau watches by default. Every subdomain of it, and the bare domain itself,
 * is a "city host". Its host permission is required in the manifest.
 */
export const WATCHED_DOMAIN = 'makassarkota.go.id';

/**
 * The further domains an administrator may add (issue 5), each declared in the manifest's
 * `optional_host_permissions` and requested at run time. Chrome grants at run time only what the
 * manifest declares, so this list IS the set of domains Pantau can ever watch: the city's second
 * domain (makassar.go.id: LPSE, JDIH and unit sites, see ../shared/data/). A domain typed by an
 * administrator that is not under one of these is refused with the reason (least privilege:
 * declaring an all-sites pattern would let a compromised or mistaken settings page watch any site, and Chrome
 * would show it as "all sites" on the permission prompt). Adding one means a reviewed release.
 */
export const OPTIONAL_DOMAINS: readonly string[] = ['makassar.go.id'];

/** Every domain Pantau may ever watch: the default first, then the optional ones. */
export const ALLOWED_DOMAINS: readonly string[] = [WATCHED_DOMAIN, ...OPTIONAL_DOMAINS];

/**
 * Page inspection covers the default city domain: the content script and the webRequest filters
 * are declared in the manifest, which an optional domain cannot extend at run time. Visits on
 * further watched domains are recorded and cross-checked, without inspection.
 */
export const INSPECTED_DOMAINS: readonly string[] = [WATCHED_DOMAIN];
