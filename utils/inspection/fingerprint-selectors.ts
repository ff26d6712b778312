/**
 * The CSS selectors that show a fingerprint's software on a page (the `selector` evidence of
 * fingerprints.ts), as plain data apart from the table of patterns: the page inspector tests these
 * during its walk and carries nothing else of the table, since every line of it is compiled and
 * run afresh in each page it reads. Each selector must start with one of SELECTOR_TAGS.
 */
export const FINGERPRINT_SELECTORS_BY_NAME = {
  // WordPress announces its REST API on every page.
  WordPress: ['link[rel="https://api.w.org/"]'],
  Joomla: ['script.joomla-script-options'],
  // Drupal 8+ marks its settings script and its form elements.
  Drupal: ['script[data-drupal-selector]', 'form[data-drupal-selector]', 'input[data-drupal-selector]'],
  // Blade's @csrf writes a hidden `_token` input.
  Laravel: ['input[type="hidden"][name="_token"]'],
  // `csrf_test_name` is the default CSRF field of CodeIgniter 3 and 4.
  CodeIgniter: ['input[name="csrf_test_name"]'],
  // Yii 2's csrfMetaTags names its parameter `_csrf` (`_csrf-frontend` in the advanced template);
  // Yii 1 posts YII_CSRF_TOKEN.
  Yii: ['meta[name="csrf-param"][content^="_csrf"]', 'input[name="YII_CSRF_TOKEN"]'],
  // Moodle's page head always starts its keywords with "moodle".
  Moodle: ['meta[name="keywords"][content^="moodle"]'],
  // PKP's web feed plugin announces the journal's feeds on every page.
  'Open Journal Systems': ['link[href*="WebFeedGatewayPlugin"]'],
} as const satisfies Record<string, readonly string[]>;

/** Elements a fingerprint selector may name. */
export const SELECTOR_TAGS: ReadonlySet<string> = new Set(['meta', 'link', 'script', 'input', 'form']);

/** Every selector the page walk must test, once each, grouped by the element it names. */
export const FINGERPRINT_SELECTORS: ReadonlyMap<string, readonly string[]> = (() => {
  const byTag = new Map<string, string[]>();
  for (const selector of new Set(Object.values(FINGERPRINT_SELECTORS_BY_NAME).flat())) {
    const tag = /^[a-z]+/.exec(selector)?.[0] ?? '';
    if (!SELECTOR_TAGS.has(tag)) throw new Error(`fingerprint selector "${selector}" must start with one of ${[...SELECTOR_TAGS].join(', ')}`);
    byTag.set(tag, [...(byTag.get(tag) ?? []), selector]);
  }
  return byTag;
})();
