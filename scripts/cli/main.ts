import { DEFAULT_PREFERENCES } from '../../utils/settings/settings';
import { runRekap, type CliIo } from './rekap-command';

/** Usage text (English: the command line is a tool for administrators and auditors' scripts). */
export const USAGE = `Usage:
  pantau rekap <export.json>... --out <file> [options]

Merges Pantau JSON exports (from many collectors) into one rekap, recomputing registration and
findings against the registry bundled with this Pantau.

Options:
  --out, -o <file>     where to write the rekap (required)
  --format <fmt>       json, csv or xlsx (default: from the --out extension)
  --days <n>           "seen recently" window in days for the summary (default ${DEFAULT_PREFERENCES.recentDays})
  --name <text>        your name, written as the rekap's collector
  --unit <text>        your unit, written as the rekap's collector
  --lang <id|en>       language of the summary (default: Indonesian unless LANG is English)
  --help, -h           show this help

Any unreadable or invalid input stops the command with exit code 1 and writes nothing.`;

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
};

/** Runs the command line; resolves to the exit code (0 ok, 1 bad input or write, 2 usage). */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'rekap') {
    io.err(`pantau: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  return runRekap(rest, io, USAGE);
}
