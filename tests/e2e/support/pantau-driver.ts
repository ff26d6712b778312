import type { CityServer } from '../../../scripts/lib/city-server';

/** A browser tab as the scenarios use it, whichever driver opened it. */
export interface DriverPage {
  url(): string;
  close(): Promise<void>;
}

/** Badge text, background colour (RGBA) and title of one tab. */
export interface BadgeView {
  text: string;
  color: number[];
  title: string;
}

/**
 * What a browser-neutral scenario needs from a browser with Pantau loaded and the stand-in city
 * server behind it. Each browser's driver implements it with its own automation library (Firefox:
 * tests/e2e-firefox/support/pantau-firefox.ts); page contents are found by `data-testid`.
 */
export interface PantauDriver<P extends DriverPage = DriverPage> {
  browserName: 'chrome' | 'firefox';
  server: CityServer;
  extensionUrl(path: string): string;
  /** Sends one protocol request from an extension page and returns the value of an ok reply. */
  send<T>(message: unknown): Promise<T>;
  /** Opens a new tab on `url`; a failed navigation is not an error. */
  visit(url: string): Promise<P>;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<P>;
  /** The tab id of a city page (only city URLs are visible to Pantau). */
  tabIdOf(page: P): Promise<number>;
  badgeOf(tabId: number): Promise<BadgeView>;
  click(page: P, testId: string): Promise<void>;
  /** The text of every element with this test id, in document order. */
  texts(page: P, testId: string): Promise<string[]>;
  fill(page: P, testId: string, value: string): Promise<void>;
  /** An attribute of the first element matching a CSS selector (null when there is none). */
  attribute(page: P, selector: string, name: string): Promise<string | null>;
  /** Clicks a download button and returns the saved file's name and text. */
  download(page: P, testId: string): Promise<{ name: string; text: string }>;
  stop(): Promise<void>;
}
