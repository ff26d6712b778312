/**
 * DOM access that a page cannot redirect. Content scripts run in an isolated world, so a page
 * cannot replace our prototypes or globals, but it can still "clobber" named properties: on a
 * document, `<form name="querySelector">` makes `document.querySelector` a form element; on a form,
 * `<input name="getAttribute">` shadows `form.getAttribute` (both interfaces have
 * [LegacyOverrideBuiltIns]). So every call goes through the prototype's own method or getter,
 * captured once per inspection.
 */
export interface SafeDom {
  /** A walker over the elements and text nodes under `root`, in document order. */
  walk(doc: Document, root: Node): Pick<TreeWalker, 'nextNode' | 'nextSibling' | 'parentNode'>;
  /** querySelectorAll within one element (a form's own method can be shadowed by a field name). */
  queryWithin(element: Element, selector: string): ArrayLike<Element>;
  matches(element: Element, selector: string): boolean;
  attr(element: Element, name: string): string | null;
  localName(element: Element): string;
  text(element: Element): string;
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

// NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, spelled out because some DOM implementations lack the global.
const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;

/** Captures the DOM methods from this realm's prototypes (call it inside the content script). */
export function createSafeDom(): SafeDom {
  const createWalker = method<(this: Document, root: Node, what: number) => TreeWalker>(Document.prototype, 'createTreeWalker');
  const getAttribute = method<(this: Element, n: string) => string | null>(Element.prototype, 'getAttribute');
  const elementQueryAll = method<(this: Element, s: string) => NodeListOf<Element>>(Element.prototype, 'querySelectorAll');
  const matches = method<(this: Element, s: string) => boolean>(Element.prototype, 'matches');
  const documentElement = getter<Element | null>(Document.prototype, 'documentElement');
  const cookie = getter<string>(Document.prototype, 'cookie');
  const localName = getter<string>(Element.prototype, 'localName');
  // Looked up from Element.prototype: browsers define it on Node, some DOM implementations
  // (happy-dom, used by the unit tests) override it on Element.
  const textContent = getter<string | null>(Element.prototype, 'textContent');
  return {
    walk: (doc, root) => createWalker.call(doc, root, SHOW_ELEMENTS_AND_TEXT),
    queryWithin: (element, selector) => elementQueryAll.call(element, selector),
    matches: (element, selector) => {
      try {
        return matches.call(element, selector);
      } catch {
        return false; // a selector this engine does not support
      }
    },
    attr: (element, name) => getAttribute.call(element, name),
    localName: (element) => localName(element),
    text: (element) => textContent(element) ?? '',
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
