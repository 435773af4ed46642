import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModerationApi } from './api';
import type { QueueItem, StaffStatement } from './types';

export const REFRESH_MS = 30_000;

/**
 * The pending statements, loaded at once and again every 30 seconds while the page is visible.
 * A refresh replaces the list in place: items keep their keys, so focus and open forms stay.
 */
export function useQueue(api: ModerationApi, flaggedFirst: boolean) {
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [loading, setLoading] = useState(false);
  const inFlight = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++inFlight.current;
    setLoading(true);
    try {
      const next = await api.queue(flaggedFirst);
      // A newer request wins; a late answer must not bring back what was just decided.
      if (ticket !== inFlight.current) return next;
      setItems(next);
      setError(null);
      setUpdatedAt(new Date());
      return next;
    } catch (e) {
      if (ticket === inFlight.current) setError(e);
      return null;
    } finally {
      if (ticket === inFlight.current) setLoading(false);
    }
  }, [api, flaggedFirst]);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => {
      if (!document.hidden) void load();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const remove = useCallback((ids: readonly string[]) => {
    inFlight.current++;
    setLoading(false);
    setItems((current) => current && current.filter((i) => !ids.includes(i.statement.id)));
  }, []);

  const replaceStatement = useCallback((statement: StaffStatement) => {
    setItems((current) => current && current.map((i) => (i.statement.id === statement.id ? { ...i, statement: { ...i.statement, ...statement } } : i)));
  }, []);

  return { items, error, updatedAt, loading, reload: load, remove, replaceStatement };
}
