/**
 * The `pantau` command's entry (package.json "bin" runs its compiled form, scripts/pantau.mjs):
 * `npx pantau rekap a.json b.json --out rekap.xlsx`.
 */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
