import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let navigatedInApp = false;

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The current path; re-renders on in-app navigation and on the browser's back and forward. */
export const usePathname = () => useSyncExternalStore(subscribe, () => window.location.pathname);

export const usePathnameWithSearch = () => useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);

export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  navigatedInApp = !options.replace;
  if (!options.replace) window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/**
 * True once after an in-app navigation: the new page then moves focus to its heading, as a page
 * load would put a screen reader at the top. A first load leaves focus where the browser puts it.
 */
export function takeNavigationFocus(): boolean {
  const value = navigatedInApp;
  navigatedInApp = false;
  return value;
}
