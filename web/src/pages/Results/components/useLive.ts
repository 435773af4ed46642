import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useAnnounce } from '../../../components/Announcer';
import type { Loaded } from '../../../lib/useConversation';
import { NS } from '../i18n';

/**
 * Loads a page's data and loads it again whenever the server announces new results (server-sent
 * event `results-updated`). A refresh keeps the page as it is until the new data is there, says so
 * politely to screen readers and never moves focus.
 */
export function useLive<T>(slug: string, load: () => Promise<T>, enabled = true): Loaded<T> & { version: number } {
  const { t } = useTranslation(NS);
  const announce = useAnnounce();
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const refresh = useCallback(
    (live: { current: boolean }, announceWhenDone: boolean) => {
      loadRef.current().then(
        (value) => {
          if (!live.current) return;
          setState({ status: 'ready', value });
          setVersion((v) => v + 1);
          if (announceWhenDone) announce(t('live.updated'));
        },
        (error: unknown) => {
          // A failed refresh keeps what is shown; only a failed first load is an error.
          if (live.current) setState((s) => (s.status === 'ready' ? s : { status: 'error', error }));
        },
      );
    },
    [announce, t],
  );

  useEffect(() => {
    if (!enabled) return;
    const live = { current: true };
    refresh(live, false);
    let source: EventSource | null = null;
    if (typeof EventSource !== 'undefined') {
      source = new EventSource(api.eventsUrl(slug));
      source.addEventListener('results-updated', () => refresh(live, true));
    }
    return () => {
      live.current = false;
      source?.close();
    };
  }, [slug, enabled, refresh]);

  return { ...state, version };
}
