import { removeInvisible } from '../../utils/text/clean-text';
import type { CliIo } from './rekap-command';

/**
 * What the CLI prints comes partly from files (collector names, registry versions, file names,
 * the problems found in them), and a terminal acts on control characters: `ESC[2J` clears the
 * screen, OSC 0/2 retitles the window, OSC 8 makes a hidden link, CR + erase-line rewrites a line
 * already printed. Every line is printed through terminalSafe (issue 10, fault 5).
 */

/** OSC, DCS, SOS, PM and APC strings: ESC ] / P / X / ^ / _ (or their C1 forms) up to BEL or ST. */
const STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
/** CSI sequences: ESC [ (or C1 CSI) parameters, intermediates, final byte. */
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
/** Any other escape: ESC and the one character after it. */
const OTHER_ESCAPE = /\u001b[\u0020-\u007e]?/g;
/** What is left: C0 controls except line feed, DEL, C1 controls. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** `text` with every terminal escape sequence and control character removed; line feeds kept. */
export function terminalSafe(text: string): string {
  const spaced = text.replace(/\t/g, ' ');
  return removeInvisible(spaced.replace(STRING_SEQUENCE, '').replace(CSI_SEQUENCE, '').replace(OTHER_ESCAPE, '')).replace(CONTROL, '');
}

/** `io` whose output and error lines are printed through terminalSafe. */
export function terminalSafeIo(io: CliIo): CliIo {
  return { ...io, out: (line) => io.out(terminalSafe(line)), err: (line) => io.err(terminalSafe(line)) };
}
