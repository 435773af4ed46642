import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { Loading } from '../../components/Loading';
import { useLang } from '../../i18n/LangContext';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { staffApi, type StaffConversation, type Team, type TeamInvite, type TeamMember } from '../api';
import { useStaffErrorText } from '../components/useStaffErrorText';
import { formatHelsinki } from '../lib/helsinki-time';
import { useStaff } from '../StaffContext';

/** What is being confirmed: removing a member or revoking an invite, by its id. */
type Pending = { kind: 'member' | 'invite'; id: string };

const keyOf = (p: Pending) => `${p.kind}-${p.id}`;

/**
 * Who works on the conversation: its members with their roles, and the invites nobody has
 * accepted. Organizers take a role away or revoke an invite here, after confirming. `version`
 * changes when an invite has been made elsewhere on the page, and the list is loaded again.
 */
export function TeamSection({ conversation, version }: { conversation: StaffConversation; version: number }) {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const { session, setSession, reloadConversations } = useStaff();
  const [team, setTeam] = useState<Team | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const [error, setError] = useState<{ key: string; text: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Where focus goes once the list has changed: a button that replaced the one pressed, or a heading.
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    staffApi
      .team(conversation.id)
      .then((loaded) => {
        if (!live) return;
        setTeam(loaded);
        setLoadError(null);
      })
      .catch((e: unknown) => live && setLoadError(errorText(e)));
    return () => {
      live = false;
    };
    // errorText is a new function on every render; loading again follows the conversation and `version`.
  }, [conversation.id, version]);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const ask = (pending: Pending) => {
    setError(null);
    setDone(null);
    setConfirming(pending);
    focusNext.current = `team-confirm-yes-${keyOf(pending)}`;
  };
  const cancel = () => {
    if (confirming) focusNext.current = `team-action-${keyOf(confirming)}`;
    setConfirming(null);
  };

  const confirm = async (pending: Pending, subject: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (pending.kind === 'member') await staffApi.removeMember(session, conversation.id, pending.id);
      else await staffApi.revokeInvite(session, conversation.id, pending.id);
      const text = t(pending.kind === 'member' ? 'team.removed' : 'team.revoked', { name: subject });
      if (pending.kind === 'member' && pending.id === session.user.id && !session.user.isAdmin) {
        // One's own rights here are gone: back to one's conversations.
        setSession({ ...session, conversations: session.conversations?.filter((c) => c.id !== conversation.id) });
        reloadConversations();
        announce(text);
        navigate(paths.staff(lang));
        return;
      }
      setTeam((current) =>
        current && {
          members: pending.kind === 'member' ? current.members.filter((m) => m.userId !== pending.id) : current.members,
          invites: pending.kind === 'invite' ? current.invites.filter((i) => i.id !== pending.id) : current.invites,
        },
      );
      setConfirming(null);
      setDone(text);
      announce(text);
      focusNext.current = pending.kind === 'member' ? 'team-members-title' : 'team-invites-title';
    } catch (e) {
      setError({ key: keyOf(pending), text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const organizers = team?.members.filter((m) => m.role === 'organizer').length ?? 0;

  const confirmBox = (pending: Pending, question: string, yes: string, subject: string) => (
    <div className="message message--warning team-list__confirm" role="group" aria-labelledby={`team-confirm-${keyOf(pending)}`}>
      <p id={`team-confirm-${keyOf(pending)}`}>{question}</p>
      <div className="button-row">
        <button
          type="button"
          id={`team-confirm-yes-${keyOf(pending)}`}
          className="button button--danger button--small"
          onClick={() => confirm(pending, subject)}
          aria-disabled={busy || undefined}
        >
          {yes}
        </button>
        <button type="button" className="button button--small" onClick={cancel}>
          {t('translation:common.cancel')}
        </button>
      </div>
    </div>
  );

  const errorFor = (pending: Pending) =>
    error?.key === keyOf(pending) && (
      <p className="message message--error team-list__error" role="alert">
        {error.text}
      </p>
    );

  const member = (m: TeamMember) => {
    const pending: Pending = { kind: 'member', id: m.userId };
    const own = m.userId === session.user.id;
    const onlyOrganizer = m.role === 'organizer' && organizers <= 1;
    const open = confirming && keyOf(confirming) === keyOf(pending);
    return (
      <li key={m.userId} className="team-list__item">
        <div className="team-list__who">
          <span className="team-list__name">
            {m.displayName}
            {own && <span className="team-list__you"> {t('team.you')}</span>}
          </span>
          <span className="team-list__meta">
            {m.email} · {t(`roles.${m.role}`)}
          </span>
          {onlyOrganizer && <span className="team-list__meta">{t('team.onlyOrganizer')}</span>}
        </div>
        {!onlyOrganizer &&
          (open ? (
            confirmBox(pending, t(own ? 'team.confirmRemoveSelf' : 'team.confirmRemove', { name: m.displayName }), t('team.yesRemove'), m.displayName)
          ) : (
            <button type="button" id={`team-action-${keyOf(pending)}`} className="button button--small team-list__action" onClick={() => ask(pending)}>
              {t('team.remove')}
              <span className="visually-hidden"> {m.displayName}</span>
            </button>
          ))}
        {errorFor(pending)}
      </li>
    );
  };

  const invite = (i: TeamInvite) => {
    const pending: Pending = { kind: 'invite', id: i.id };
    const open = confirming && keyOf(confirming) === keyOf(pending);
    return (
      <li key={i.id} className="team-list__item">
        <div className="team-list__who">
          <span className="team-list__name">{i.email}</span>
          <span className="team-list__meta">
            {t(`roles.${i.role}`)} ·{' '}
            {i.status === 'expired' ? (
              <span className="team-list__expired">{t('team.expired', { date: formatHelsinki(i.expiresAt, lang) })}</span>
            ) : (
              t('team.validUntil', { date: formatHelsinki(i.expiresAt, lang) })
            )}
          </span>
        </div>
        {open ? (
          confirmBox(pending, t('team.confirmRevoke', { email: i.email }), t('team.yesRevoke'), i.email)
        ) : (
          <button type="button" id={`team-action-${keyOf(pending)}`} className="button button--small team-list__action" onClick={() => ask(pending)}>
            {t('team.revoke')}
            <span className="visually-hidden"> {i.email}</span>
          </button>
        )}
        {errorFor(pending)}
      </li>
    );
  };

  return (
    <section className="editor__section card team" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <p>{t('team.intro')}</p>
      {loadError ? (
        <p className="message message--error" role="alert">
          {loadError}
        </p>
      ) : !team ? (
        <Loading />
      ) : (
        <>
          <h3 id="team-members-title" tabIndex={-1}>
            {t('team.members', { count: team.members.length })}
          </h3>
          {team.members.length === 0 ? (
            <p>{t('team.noMembers')}</p>
          ) : (
            <ul className="team-list" aria-labelledby="team-members-title">
              {team.members.map(member)}
            </ul>
          )}
          <h3 id="team-invites-title" tabIndex={-1}>
            {t('team.invites', { count: team.invites.length })}
          </h3>
          {team.invites.length === 0 ? (
            <p>{t('team.noInvites')}</p>
          ) : (
            <ul className="team-list" aria-labelledby="team-invites-title">
              {team.invites.map(invite)}
            </ul>
          )}
        </>
      )}
      {/* Read out through the page's announcer; shown here for sighted users. */}
      {done && <p className="message message--success">{done}</p>}
    </section>
  );
}
