import { describe, expect, it } from 'vitest';
import { detectHeaderSoftware, detectPageSoftware, mergeSoftware, softwareLabel, type PageEvidence } from '../../../utils/inspection/detect-software';

const evidence = (over: Partial<PageEvidence>): PageEvidence => ({
  generators: [],
  scripts: [],
  stylesheets: [],
  selectorHits: [],
  cookieNames: [],
  ...over,
});
const labels = (over: Partial<PageEvidence>) => detectPageSoftware(evidence(over)).map(softwareLabel);

describe('detectPageSoftware', () => {
  it('reads versions from generator tags', () => {
    expect(labels({ generators: ['WordPress 6.4.2'] })).toEqual(['WordPress 6.4.2']);
    expect(labels({ generators: ['Joomla! 1.5 - Open Source Content Management'] })).toEqual(['Joomla 1.5']);
    expect(labels({ generators: ['Joomla! - Open Source Content Management'] })).toEqual(['Joomla']);
    expect(labels({ generators: ['Drupal 10 (https://www.drupal.org)'] })).toEqual(['Drupal 10']);
    expect(labels({ generators: ['Open Journal Systems 3.4.0.5'] })).toEqual(['Open Journal Systems 3.4.0.5']);
  });

  it('reads jQuery versions from file names, CDN paths and WordPress ?ver=', () => {
    expect(labels({ scripts: ['https://x.makassarkota.go.id/js/jquery-3.6.0.min.js'] })).toEqual(['jQuery 3.6.0']);
    expect(labels({ scripts: ['https://cdnjs.cloudflare.com/ajax/libs/jquery/3.5.1/jquery.min.js'] })).toEqual(['jQuery 3.5.1']);
    expect(labels({ scripts: ['https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js'] })).toEqual(['jQuery 3.7.1']);
    expect(labels({ scripts: ['https://x/wp-includes/js/jquery/jquery.min.js?ver=3.7.1'] })).toEqual(['WordPress', 'jQuery 3.7.1']);
    expect(labels({ scripts: ['https://x/js/jquery.min.js', 'https://x/js/jquery-1.12.4.js'] })).toEqual(['jQuery 1.12.4']);
  });

  it('does not mistake jQuery plugins, Bootstrap plugins or Tomcat for the real thing', () => {
    expect(labels({ scripts: ['https://x/js/jquery-ui.min.js', 'https://x/js/jquery-migrate-3.4.1.min.js', 'https://x/js/jquery.validate.min.js'] })).toEqual([]);
    expect(labels({ stylesheets: ['https://x/css/bootstrap-datepicker.min.css', 'https://x/css/bootstrap-select.css'] })).toEqual([]);
    expect(detectHeaderSoftware('Apache-Coyote/1.1', null)).toEqual([]);
  });

  it('reads Bootstrap versions from CDN and dist paths', () => {
    expect(labels({ stylesheets: ['https://maxcdn.bootstrapcdn.com/bootstrap/3.3.7/css/bootstrap.min.css'] })).toEqual(['Bootstrap 3.3.7']);
    expect(labels({ stylesheets: ['https://x/vendor/bootstrap-4.6.2-dist/css/bootstrap.min.css'] })).toEqual(['Bootstrap 4.6.2']);
    expect(labels({ scripts: ['https://x/js/bootstrap.bundle.min.js'] })).toEqual(['Bootstrap']);
  });

  it('recognises frameworks by their form tokens, selectors and cookie names', () => {
    expect(labels({ selectorHits: ['input[type="hidden"][name="_token"]'] })).toEqual(['Laravel']);
    expect(labels({ cookieNames: ['XSRF-TOKEN'] })).toEqual(['Laravel']);
    expect(labels({ cookieNames: ['ci_session'] })).toEqual(['CodeIgniter']);
    expect(labels({ selectorHits: ['input[name="YII_CSRF_TOKEN"]'] })).toEqual(['Yii']);
    expect(labels({ cookieNames: ['MoodleSession'] })).toEqual(['Moodle']);
    // Cookie names are matched exactly: a lookalike is not a framework.
    expect(labels({ cookieNames: ['my_ci_session_backup', 'xsrf-token'] })).toEqual([]);
  });
});

describe('detectHeaderSoftware', () => {
  it('reads servers and PHP from Server and X-Powered-By', () => {
    expect(detectHeaderSoftware('Apache/2.4.29 (Ubuntu) PHP/7.2.24', null).map(softwareLabel)).toEqual(['Apache 2.4.29', 'PHP 7.2.24']);
    expect(detectHeaderSoftware('nginx', 'PHP/8.2.10').map(softwareLabel)).toEqual(['nginx', 'PHP 8.2.10']);
    expect(detectHeaderSoftware('Microsoft-IIS/8.5', 'ASP.NET').map(softwareLabel)).toEqual(['IIS 8.5']);
    expect(detectHeaderSoftware('LiteSpeed', null).map(softwareLabel)).toEqual(['LiteSpeed']);
    expect(detectHeaderSoftware(null, null)).toEqual([]);
  });
});

describe('mergeSoftware', () => {
  it('keeps one entry per name, in table order, with the first known version', () => {
    expect(
      mergeSoftware([
        [{ name: 'PHP', version: null }, { name: 'jQuery', version: null }],
        [{ name: 'PHP', version: '7.4.3' }, { name: 'WordPress', version: '6.4.2' }],
      ]),
    ).toEqual([
      { name: 'WordPress', version: '6.4.2' },
      { name: 'jQuery', version: null },
      { name: 'PHP', version: '7.4.3' },
    ]);
  });
});
