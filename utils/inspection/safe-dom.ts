/**
 * DOM access that a page cannot redirect. Content scripts run in an isolated world, so a page
 * cannot replace our prototypes or globals, but it can still "clobber" named properties: on a
 * document, `<form name="querySelector">` makes `document.querySelector` a form element; on a form,
 * `<input name="getAttribute">` shadows `form.getAttribute` (both interfaces have
 * [LegacyOverrideBuiltIns]). So every call goes through the prototype's own method or getter,
 * captured once per inspection.
 */
export interface SafeDom {
  querySelector(doc: Document, selector: string): Element | null;
  querySelectorAll(doc: Document, selector: string): ArrayLike<Element>;
  /** A live collection: reading its first items does not walk the whole document. */
  byTag(doc: Document, tag: string): ArrayLike<Element>;
  /** querySelectorAll on an element (a form's own method can be shadowed by a field name). */
  queryWithin(element: Element, selector: string): ArrayLike<Element>;
  attr(element: Element, name: string): string | null;
  localName(element: Element): string;
  text(element: Element): string;
  walkText(doc: Document, root: Node): { nextNode(): Node | null };
  body(doc: Document): Element | null;
  root(doc: Document): Element | null;
  cookie(doc: Document): string;
}

type AnyFunction = (...args: never[]) => unknown;

function method<F extends AnyFunction>(proto: object, name: string): F {
  const value = (proto as Record<string, unknown>)[name];
  if (typeof value !== 'function') throw new Error(`DOM method ${name} is missing`);
  return value as F;
}

/** The getter `name` of `proto` or one of its prototypes (DOM implementations differ on where). */
function getter<T>(proto: object | null, name: string): (target: object) => T {
  for (let p = proto; p !== null; p = Object.getPrototypeOf(p) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(p, name);
    if (descriptor?.get !== undefined) {
      const get = descriptor.get;
      return (target) => get.call(target) as T;
    }
  }
  throw new Error(`DOM getter ${name} is missing`);
}

/** Captures the DOM methods from this realm's prototypes (call it inside the content script). */
export function createSafeDom(): SafeDom {
  const docQuery = method<(this: Document, s: string) => Element | null>(Document.prototype, 'querySelector');
  const docQueryAll = method<(this: Document, s: string) => NodeListOf<Element>>(Document.prototype, 'querySelectorAll');
  const docByTag = method<(this: Document, t: string) => HTMLCollectionOf<Element>>(Document.prototype, 'getElementsByTagName');
  const createWalker = method<(this: Document, root: Node, what: number) => TreeWalker>(Document.prototype, 'createTreeWalker');
  const getAttribute = method<(this: Element, n: string) => string | null>(Element.prototype, 'getAttribute');
  const elementQueryAll = method<(this: Element, s: string) => NodeListOf<Element>>(Element.prototype, 'querySelectorAll');
  const body = getter<Element | null>(Document.prototype, 'body');
  const documentElement = getter<Element | null>(Document.prototype, 'documentElement');
  const cookie = getter<string>(Document.prototype, 'cookie');
  const localName = getter<string>(Element.prototype, 'localName');
  // Looked up from Element.prototype: browsers define it on Node, some DOM implementations
  // (happy-dom, used by the unit tests) override it on Element.
  const textContent = getter<string | null>(Element.prototype, 'textContent');
  // NodeFilter.SHOW_TEXT; spelled out because some DOM implementations lack the global.
  const SHOW_TEXT = 0x4;
  return {
    querySelector: (doc, selector) => docQuery.call(doc, selector),
    querySelectorAll: (doc, selector) => docQueryAll.call(doc, selector),
    byTag: (doc, tag) => docByTag.call(doc, tag),
    queryWithin: (element, selector) => elementQueryAll.call(element, selector),
    attr: (element, name) => getAttribute.call(element, name),
    localName: (element) => localName(element),
    text: (element) => textContent(element) ?? '',
    walkText: (doc, root) => createWalker.call(doc, root, SHOW_TEXT),
    body: (doc) => body(doc),
    root: (doc) => documentElement(doc),
    cookie: (doc) => {
      try {
        return cookie(doc);
      } catch {
        // Sandboxed and opaque-origin documents throw on cookie access.
        return '';
      }
    },
  };
}
