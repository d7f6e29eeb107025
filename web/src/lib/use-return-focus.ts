/**
 * Keyboard focus when inline UI goes away. When the control that has focus
 * unmounts (a form that closes on save or cancel, a confirm step that ends,
 * a deleted row) or is disabled while a save runs, the browser drops focus
 * to <body>, and a keyboard or screen-reader user is thrown back to the top
 * of the page. `restore()` puts focus on the first of the given places that
 * can take it, once React has committed the change: usually the button that
 * opened the thing (`opener`), else a heading made focusable with
 * `tabIndex={-1}` (`fallback`).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** An element, a ref to one, or a function that finds one after the next render. */
export type FocusTarget = HTMLElement | null | undefined | RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined);

function resolve(target: FocusTarget): HTMLElement | null {
  if (!target) return null;
  if (typeof target === 'function') return target() ?? null;
  if (target instanceof HTMLElement) return target;
  return target.current;
}

/** Whether `element` is on the page, enabled and shown, so focusing it sticks. */
function canTakeFocus(element: HTMLElement | null): element is HTMLElement {
  return element !== null && element.isConnected && !element.matches(':disabled') && element.getClientRects().length > 0;
}

/** Focuses the first of `targets` that takes focus; false when none did. */
export function focusFirst(...targets: FocusTarget[]): boolean {
  for (const target of targets) {
    const element = resolve(target);
    if (!canTakeFocus(element)) continue;
    element.focus();
    if (document.activeElement === element) return true;
  }
  return false;
}

/** The element with focus now, to hand back later; null when it is the page itself. */
export function currentFocus(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Whether focus has fallen out of the page's controls: onto <body>, or onto a control that went away or was disabled. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || active.matches(':disabled');
}

interface FocusRequest {
  targets: FocusTarget[];
  onlyIfLost: boolean;
}

export interface ReturnFocus<O extends HTMLElement, F extends HTMLElement> {
  /** Attach to the button that opens the form or starts the confirmation. */
  opener: RefObject<O | null>;
  /** Attach to a heading (with tabIndex={-1}) or container that stays on the page. */
  fallback: RefObject<F | null>;
  /** After the next render, focuses the first of `preferred`, the opener and the fallback that can take it. */
  restore(...preferred: FocusTarget[]): void;
  /** The same, but only when focus has been lost meanwhile (a save disabled the focused field, then ended). */
  restoreIfLost(...preferred: FocusTarget[]): void;
}

export function useReturnFocus<O extends HTMLElement = HTMLButtonElement, F extends HTMLElement = HTMLHeadingElement>(): ReturnFocus<O, F> {
  const opener = useRef<O>(null);
  const fallback = useRef<F>(null);
  // State, not a direct focus() call: the element to focus may only be back (or enabled) once the change that
  // asked for it has rendered, and an effect runs after exactly that commit.
  const [request, setRequest] = useState<FocusRequest | null>(null);

  useEffect(() => {
    if (!request) return;
    if (request.onlyIfLost && !focusLost()) return;
    focusFirst(...request.targets, opener, fallback);
  }, [request]);

  const restore = useCallback((...targets: FocusTarget[]) => setRequest({ targets, onlyIfLost: false }), []);
  const restoreIfLost = useCallback((...targets: FocusTarget[]) => setRequest({ targets, onlyIfLost: true }), []);
  return { opener, fallback, restore, restoreIfLost };
}
