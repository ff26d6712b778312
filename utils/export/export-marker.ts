/**
 * The marker and version every export carries, apart from the schema (export-schema.ts) so the
 * worker, which writes exports but never checks one, does not carry the schema's code.
 */

/** The `format` marker every export carries. */
export const EXPORT_FORMAT = 'pantau.export';
/** The export version this Pantau writes and reads. */
export const EXPORT_VERSION = 1;
