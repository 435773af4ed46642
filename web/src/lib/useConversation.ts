import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Conversation } from '../api/types';

// One fetch per conversation and page load: moving between its pages does not ask again.
const cache = new Map<string, Promise<Conversation>>();

function load(slug: string): Promise<Conversation> {
  let pending = cache.get(slug);
  if (!pending) {
    pending = api.conversation(slug);
    pending.catch(() => cache.delete(slug));
    cache.set(slug, pending);
  }
  return pending;
}

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export function useConversation(slug: string): Loaded<Conversation> {
  const [state, setState] = useState<Loaded<Conversation>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(slug).then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [slug]);
  return state;
}
