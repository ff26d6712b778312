import { defineCoreScenario } from '../e2e/support/core-scenario';
import { startPantauFirefox } from './support/pantau-firefox';

// The core scenario in Firefox ESR, on the Firefox build (.output/firefox-mv2).
defineCoreScenario((pages, options) => startPantauFirefox(pages, options));
