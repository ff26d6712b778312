import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { languageFromLocale } from '../../utils/text/i18n';
import { DEFAULT_PREFERENCES, RECENT_DAYS_RANGE } from '../../utils/settings/settings';
import { formatFromFilename, REKAP_FORMATS, type RekapFormat } from '../../utils/rekap/rekap-output';
import { cliWords, type CliLanguage } from './cli-text';

/** Every file `pantau rekap` writes: the three rekap files, and the two DuckDB census stores. */
export const OUTPUT_FORMATS = [...REKAP_FORMATS, 'duckdb', 'parquet'] as const;
export type OutputFormat = RekapFormat | 'duckdb' | 'parquet';

export interface RekapArgs {
  inputs: string[];
  out: string;
  format: OutputFormat;
  days: number;
  name: string;
  unit: string;
  strict: boolean;
  lang: CliLanguage;
}

export type ParsedArgs =
  | { kind: 'run'; args: RekapArgs }
  | { kind: 'help'; lang: CliLanguage }
  | { kind: 'usage-error'; lang: CliLanguage; message: string };

/** `--lang`, else the locale in the environment; Indonesian unless it says English. Null when invalid. */
export function chooseLanguage(lang: string | undefined, env: Record<string, string | undefined>): CliLanguage | null {
  const chosen = lang ?? languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  return chosen === 'id' || chosen === 'en' ? chosen : null;
}

/** The language asked for anywhere on a command line, for messages before it is parsed. */
export function languageOfArgv(argv: readonly string[], env: Record<string, string | undefined>): CliLanguage {
  const at = argv.indexOf('--lang');
  const inline = argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  return chooseLanguage(inline ?? (at >= 0 ? argv[at + 1] : undefined), env) ?? chooseLanguage(undefined, env) ?? 'id';
}

/** The format an --out asks for: a folder (trailing slash, or an existing one) is Parquet. */
function formatOfOut(out: string, cwdStat: (path: string) => boolean): OutputFormat | null {
  if (/[\\/]$/.test(out) || cwdStat(out)) return 'parquet';
  if (/\.duckdb$/i.test(out)) return 'duckdb';
  return formatFromFilename(out);
}

export function parseRekapArgs(argv: readonly string[], env: Record<string, string | undefined>, cwd: string): ParsedArgs {
  const fallbackLang = languageOfArgv(argv, env);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        days: { type: 'string' },
        name: { type: 'string' },
        unit: { type: 'string' },
        lang: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', lang: fallbackLang, message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const lang = chooseLanguage(values.lang, env);
  if (lang === null) return { kind: 'usage-error', lang: fallbackLang, message: cliWords(fallbackLang).lang };
  const words = cliWords(lang);
  if (values.help === true) return { kind: 'help', lang };
  const error = (message: string): ParsedArgs => ({ kind: 'usage-error', lang, message });
  if (positionals.length === 0) return error(words.noInputs);
  if (values.out === undefined || values.out === '') return error(words.outRequired);
  const isFolder = (path: string): boolean => {
    try {
      return statSync(resolve(cwd, path)).isDirectory();
    } catch {
      return false;
    }
  };
  const asked = values.format?.toLowerCase();
  const format = asked !== undefined ? (OUTPUT_FORMATS as readonly string[]).includes(asked) ? (asked as OutputFormat) : null : formatOfOut(values.out, isFolder);
  if (format === null) return error(words.format(OUTPUT_FORMATS.join('|')));
  const days = values.days === undefined ? DEFAULT_PREFERENCES.recentDays : Number(values.days);
  if (!Number.isInteger(days) || days < RECENT_DAYS_RANGE.min || days > RECENT_DAYS_RANGE.max) return error(words.days);
  return {
    kind: 'run',
    args: { inputs: positionals, out: values.out, format, days, name: values.name ?? '', unit: values.unit ?? '', strict: values.strict === true, lang },
  };
}
