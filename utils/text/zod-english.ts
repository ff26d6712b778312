import * as z from 'zod/mini';

/**
 * zod's English error messages ("Too big: expected string to have <=300 characters"). zod classic
 * installs them by itself; zod/mini (smaller bundles, issue 11) leaves the choice to the app, and
 * without a locale every issue would read just "Invalid input". Pantau shows zod's English wording
 * (export and registry problems, the CLI), so every module that builds a schema imports this file:
 * the messages are then in force wherever a schema can parse (extension, CLI, scripts, tests).
 * tests/unit/conventions/ checks the import.
 */
z.config(z.locales.en());
