import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { Loading } from '../components/Loading';
import { addBundle } from '../i18n/bundles';
import type { Loaded } from '../lib/useConversation';
import '../styles/staff-tools.css';
import { onSessionLost, staffApi, type SessionInfo, type StaffConversation, type StaffConversationItem } from './api';
import { ConversationFrame } from './components/ConversationFrame';
import { StaffBar } from './components/StaffBar';
import DashboardPage from './dashboard/DashboardPage';
import { CreatePage, EditorPage } from './editor/EditorPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';
import DecidedPage from './moderation/DecidedPage';
import QueuePage from './moderation/QueuePage';
import { AuditPage } from './pages/AuditPage';
import { ConversationsPage } from './pages/ConversationsPage';
import { ImportPage } from './pages/ImportPage';
import { InvitePage } from './pages/InvitePage';
import { LoginPage } from './pages/LoginPage';
import { PasswordPage } from './pages/PasswordPage';
import { StaffErrorPage, StaffNotFound } from './pages/StaffNotFound';
import { staffPage } from './lib/staff-routes';
import { StaffContext, type StaffState } from './StaffContext';

addBundle('staff', { fi, sv, en });

type Auth = { status: 'loading' } | { status: 'out' } | { status: 'in'; session: SessionInfo } | { status: 'error'; error: unknown };

/** The page a path after /staff names, for a logged-in user. */
function StaffRoute({ rest }: { rest: string[] }) {
  const page = staffPage(rest);
  switch (page.name) {
    case 'conversations':
      return <ConversationsPage />;
    case 'password':
      return <PasswordPage />;
    case 'new':
      return <CreatePage />;
    case 'import':
      return <ImportPage />;
    case 'conversation': {
      const { slug, tab } = page;
      return (
        <ConversationFrame key={slug} slug={slug} tab={tab}>
          {(item, session) => {
            switch (tab) {
              case 'overview':
                return <DashboardPage slug={slug} session={session} />;
              case 'queue':
                return <QueuePage slug={slug} session={session} />;
              case 'decided':
                return <DecidedPage slug={slug} session={session} />;
              case 'settings':
                return <EditorPage mode="edit" item={item} />;
              case 'audit':
                return <AuditPage slug={slug} />;
            }
          }}
        </ConversationFrame>
      );
    }
    case 'invite':
    case 'notFound':
      return <StaffNotFound />;
  }
}

/** The organizer and moderator tools, under /{lang}/staff/…; `rest` is the path after it. */
export default function StaffApp({ rest }: { rest: string[] }) {
  const [auth, setAuth] = useState<Auth>({ status: 'loading' });
  const [conversations, setConversations] = useState<Loaded<StaffConversationItem[]>>({ status: 'loading' });
  const [listVersion, setListVersion] = useState(0);

  useEffect(() => {
    let live = true;
    staffApi.session().then(
      (session) => live && setAuth({ status: 'in', session }),
      (error: unknown) => live && setAuth(error instanceof ApiError && error.status === 401 ? { status: 'out' } : { status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, []);

  // Logging in or out replaces the page without a navigation: focus goes to the new heading,
  // not to the body where the pressed button was.
  const wasIn = useRef<boolean | null>(null);
  useEffect(() => {
    if (auth.status !== 'in' && auth.status !== 'out') return;
    const isIn = auth.status === 'in';
    if (wasIn.current !== null && wasIn.current !== isIn) {
      window.setTimeout(() => (document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main'))?.focus());
    }
    wasIn.current = isIn;
  }, [auth.status]);

  // A call refused for want of a session brings back the log-in form, on the same page.
  useEffect(() => onSessionLost(() => setAuth({ status: 'out' })), []);

  const userId = auth.status === 'in' ? auth.session.user.id : null;
  const mustChange = auth.status === 'in' && auth.session.user.mustChangePassword;
  useEffect(() => {
    if (!userId || mustChange) return;
    let live = true;
    setConversations({ status: 'loading' });
    staffApi.conversations().then(
      (value) => live && setConversations({ status: 'ready', value }),
      (error: unknown) => live && setConversations({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [userId, mustChange, listVersion]);

  const setSession = useCallback((session: SessionInfo | null) => setAuth(session ? { status: 'in', session } : { status: 'out' }), []);
  const reloadConversations = useCallback(() => setListVersion((v) => v + 1), []);
  const putConversation = useCallback((conversation: StaffConversation) => {
    setConversations((state) => {
      if (state.status !== 'ready') return state;
      const found = state.value.some((item) => item.conversation.id === conversation.id);
      const value = found
        ? state.value.map((item) => (item.conversation.id === conversation.id ? { ...item, conversation: { ...item.conversation, ...conversation } } : item))
        : [...state.value, { conversation, role: 'organizer' as const, queue: { pending: 0, overdue: 0 } }];
      return { status: 'ready', value };
    });
  }, []);

  const state: StaffState | null = useMemo(
    () => (auth.status === 'in' ? { session: auth.session, setSession, conversations, reloadConversations, putConversation } : null),
    [auth, setSession, conversations, reloadConversations, putConversation],
  );

  // An invitation is read before logging in: it is how a new moderator gets an account.
  const page = staffPage(rest);
  if (page.name === 'invite') {
    return (
      <StaffContext.Provider value={state}>
        <div className="staff">
          {state && <StaffBar />}
          <InvitePage
            token={page.token}
            onAccepted={(session) => {
              setSession(session);
              reloadConversations();
            }}
          />
        </div>
      </StaffContext.Provider>
    );
  }
  if (auth.status === 'loading') return <Loading />;
  if (auth.status === 'error') return <StaffErrorPage error={auth.error} />;
  if (auth.status === 'out' || !state) return <LoginPage onLoggedIn={setSession} />;
  return (
    <StaffContext.Provider value={state}>
      <div className="staff">
        <StaffBar />
        {state.session.user.mustChangePassword ? <PasswordPage forced /> : <StaffRoute rest={rest} />}
      </div>
    </StaffContext.Provider>
  );
}
