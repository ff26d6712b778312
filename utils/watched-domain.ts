/**
 * The city domain Pantau watches by default. Every subdomain of it, and the bare domain itself,
 * is a "city host". A later issue lets an administrator add further domains (e.g. makassar.go.id).
 */
export const WATCHED_DOMAIN = 'makassarkota.go.id';
