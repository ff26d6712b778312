import pkg from '../../package.json';
import { cliWords, helpText } from './cli-text';
import { languageOfArgv } from './rekap-args';
import { runRekap, usageError, type CliIo } from './rekap-command';

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
  const lang = languageOfArgv(argv, io.env);
  if (command === '--version' || command === '-v' || command === 'version') {
    io.out(`pantau ${pkg.version}`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help' || command.startsWith('--lang')) {
    io.out(helpText(lang));
    return command === undefined ? 2 : 0;
  }
  if (command !== 'rekap') return usageError(io, lang, cliWords(lang).unknownCommand(command), 'pantau');
  return runRekap(rest, io);
}
