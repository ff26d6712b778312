import { FINGERPRINT_SELECTORS_BY_NAME } from './fingerprint-selectors';

export { FINGERPRINT_SELECTORS, SELECTOR_TAGS } from './fingerprint-selectors';

/**
 * Software fingerprints for the stacks common on Indonesian local-government sites, as data.
 * Written for Pantau from each project's own conventions (default file paths, generator tags,
 * form-token names, server banners), not copied from another fingerprint collection. Each entry
 * has a test page in tests/fixtures/pages/ (tests/unit/inspection/corpus.test.ts fails otherwise).
 *
 * Evidence kinds, all read within the content script's bounds or from the response headers:
 * - `generator`: the `<meta name="generator">` content;
 * - `script` / `stylesheet`: `<script src>` / `<link rel=stylesheet href>` URLs;
 * - `selector`: a CSS selector that matches an element on the page. It must start with one of
 *   SELECTOR_TAGS: the sampler tests selectors only on those elements, during its one bounded
 *   walk, instead of searching the whole document once per selector;
 * - `cookie`: a cookie NAME set for the page (values are never read into anything);
 * - `server` / `poweredBy`: the `Server` / `X-Powered-By` response headers.
 * A pattern's first capture group, when it has one and it matched, is the version.
 */
export interface Fingerprint {
  name: string;
  kind: 'cms' | 'framework' | 'library' | 'server' | 'language';
  generator?: readonly RegExp[];
  script?: readonly RegExp[];
  stylesheet?: readonly RegExp[];
  selector?: readonly string[];
  cookie?: readonly RegExp[];
  server?: readonly RegExp[];
  poweredBy?: readonly RegExp[];
}

/** A dotted version number as it appears in banners and file names. */
const V = String.raw`(\d+(?:\.\d+){0,3})`;
const re = (source: string, flags = 'i') => new RegExp(source, flags);

export const FINGERPRINTS: readonly Fingerprint[] = [
  {
    name: 'WordPress',
    kind: 'cms',
    generator: [re(`^WordPress(?:\\s+${V})?`)],
    script: [re('/wp-(?:includes|content)/')],
    stylesheet: [re('/wp-(?:includes|content)/')],
    selector: FINGERPRINT_SELECTORS_BY_NAME.WordPress,
  },
  {
    name: 'Joomla',
    kind: 'cms',
    // Joomla 1.5 still wrote its version ("Joomla! 1.5 - Open Source…"); later ones do not.
    generator: [re(`^Joomla!?(?:\\s+${V})?`)],
    script: [re('/media/(?:system|jui|vendor/joomla)[^?#]*\\.js')],
    selector: FINGERPRINT_SELECTORS_BY_NAME.Joomla,
  },
  {
    name: 'Drupal',
    kind: 'cms',
    generator: [re(`^Drupal(?:\\s+${V})?`)],
    script: [re('/(?:core/)?misc/drupal\\.js')],
    stylesheet: [re('/sites/(?:default|all)/')],
    selector: FINGERPRINT_SELECTORS_BY_NAME.Drupal,
  },
  {
    name: 'Laravel',
    kind: 'framework',
    script: [re('/vendor/livewire/livewire(?:\\.min)?\\.js')],
    // Blade's @csrf writes a hidden `_token` input; the framework sets an XSRF-TOKEN cookie.
    selector: FINGERPRINT_SELECTORS_BY_NAME.Laravel,
    cookie: [re('^(?:laravel_session|XSRF-TOKEN)$', '')],
  },
  {
    name: 'CodeIgniter',
    kind: 'framework',
    // `csrf_test_name` is the default CSRF field of CodeIgniter 3 and 4; `ci_session` its session cookie.
    selector: FINGERPRINT_SELECTORS_BY_NAME.CodeIgniter,
    cookie: [re('^ci_session$', '')],
  },
  {
    name: 'Yii',
    kind: 'framework',
    script: [re('/yii(?:\\.activeForm|\\.validation|\\.gridView)?\\.js')],
    // Yii 2's csrfMetaTags names its parameter `_csrf` (`_csrf-frontend` in the advanced template);
    // Yii 1 posts YII_CSRF_TOKEN.
    selector: FINGERPRINT_SELECTORS_BY_NAME.Yii,
    cookie: [re('^(?:YII_CSRF_TOKEN|_csrf(?:-frontend|-backend)?)$', '')],
  },
  {
    name: 'Moodle',
    kind: 'cms',
    script: [re('/lib/(?:javascript|requirejs)\\.php/'), re('/theme/yui_combo\\.php')],
    stylesheet: [re('/theme/styles\\.php/')],
    selector: FINGERPRINT_SELECTORS_BY_NAME.Moodle,
    cookie: [re('^MoodleSession', '')],
  },
  {
    name: 'Open Journal Systems',
    kind: 'cms',
    generator: [re(`^Open Journal Systems(?:\\s+${V})?`)],
    script: [re('/lib/pkp/')],
    stylesheet: [re('/lib/pkp/')],
    selector: FINGERPRINT_SELECTORS_BY_NAME['Open Journal Systems'],
  },
  {
    name: 'jQuery',
    kind: 'library',
    script: [
      // jquery-3.6.0.min.js, jquery.3.6.0.js
      re(`/jquery[.-]${V}(?:\\.slim)?(?:\\.min)?\\.js`),
      // cdnjs / Google: …/jquery/3.6.0/jquery.min.js; jsDelivr / unpkg: …/jquery@3.6.0/…
      re(`/jquery[/@]${V}/`),
      // WordPress: wp-includes/js/jquery/jquery.min.js?ver=3.7.1
      re(`/jquery(?:\\.min)?\\.js\\?ver=${V}`),
      re('/jquery(?:\\.slim)?(?:\\.min)?\\.js'),
    ],
  },
  {
    name: 'Bootstrap',
    kind: 'library',
    script: [re(`/(?:twitter-)?bootstrap[/@-]v?${V}(?:-dist)?/`), re('/bootstrap(?:\\.bundle)?(?:\\.min)?\\.js')],
    stylesheet: [re(`/(?:twitter-)?bootstrap[/@-]v?${V}(?:-dist)?/`), re('/bootstrap(?:\\.min)?\\.css')],
  },
  { name: 'Apache', kind: 'server', server: [re(`^Apache(?![\\w-])(?:/${V})?`)] },
  { name: 'nginx', kind: 'server', server: [re(`^nginx(?![\\w-])(?:/${V})?`)] },
  { name: 'IIS', kind: 'server', server: [re(`^Microsoft-IIS(?:/${V})?`)] },
  { name: 'LiteSpeed', kind: 'server', server: [re('^(?:Open)?LiteSpeed')] },
  {
    name: 'PHP',
    kind: 'language',
    poweredBy: [re(`PHP(?:/${V})?`)],
    // Some Apache builds append the PHP module to the banner: "Apache/2.4.29 (Ubuntu) PHP/7.2.24".
    server: [re(`\\bPHP/${V}`)],
  },
];

/** Every name in the table, for validating what a content script reports. */
export const FINGERPRINT_NAMES: readonly string[] = FINGERPRINTS.map((fingerprint) => fingerprint.name);

