import { createContext, useContext } from 'react';
import type { Loaded } from '../lib/useConversation';
import type { SessionInfo, StaffConversation, StaffConversationItem } from './api';

export interface StaffState {
  session: SessionInfo;
  setSession: (session: SessionInfo | null) => void;
  /** The conversations this user has a role in, loaded once after log-in. */
  conversations: Loaded<StaffConversationItem[]>;
  reloadConversations: () => void;
  /** Puts a created or changed conversation in the list without asking the server again. */
  putConversation: (conversation: StaffConversation) => void;
}

export const StaffContext = createContext<StaffState | null>(null);

export function useStaff(): StaffState {
  const state = useContext(StaffContext);
  if (!state) throw new Error('useStaff outside StaffApp');
  return state;
}

/** Whether this user may create conversations: administrators and organizers of any. */
export function mayCreate(state: Pick<StaffState, 'session' | 'conversations'>): boolean {
  if (state.session.user.isAdmin) return true;
  if (state.session.conversations?.some((c) => c.role === 'organizer')) return true;
  return state.conversations.status === 'ready' && state.conversations.value.some((c) => c.role === 'organizer');
}
