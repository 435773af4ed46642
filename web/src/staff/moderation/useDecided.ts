import { useCallback, useEffect, useState } from 'react';
import type { ModerationApi } from './api';
import { decisionInfo, type DecisionInfo } from './decisions';
import { DECIDED_STATUSES, type DecidedStatus, type StaffStatement } from './types';

export interface DecidedLists {
  byStatus: Record<DecidedStatus, StaffStatement[]>;
  /** Every decided statement by id, to show what a duplicate repeats. */
  byId: Map<string, StaffStatement>;
  info: Map<string, DecisionInfo>;
}

/** The published, rejected and withdrawn statements, with who decided each and when. */
export function useDecided(api: ModerationApi) {
  const [lists, setLists] = useState<DecidedLists | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const [published, rejected, withdrawn] = await Promise.all(DECIDED_STATUSES.map((s) => api.decided(s)));
      // The audit log only adds names and times: the lists stand without it.
      const audit = await api.audit().catch(() => []);
      const all = [...published!, ...rejected!, ...withdrawn!];
      setLists({
        byStatus: { published: published!, rejected: rejected!, withdrawn: withdrawn! },
        byId: new Map(all.map((s) => [s.id, s])),
        info: decisionInfo(all, audit),
      });
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);
  return { lists, error, reload: load };
}
