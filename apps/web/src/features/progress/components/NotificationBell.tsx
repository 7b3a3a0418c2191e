import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { engagementKeys, myEngagementQueryOptions } from '../../../lib/my-engagement';
import { notificationsQueryOptions, useMarkAllRead } from '../api/notifications';
import { notificationText } from './notification-text';
import '../../../styles/progress.css';

/**
 * The bell in the learner shell's top bar: how many notifications are unread, and a small list of
 * them as sentences (a disclosure: Escape or a tap outside closes it). New ones are announced.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation('progress');
  const queryClient = useQueryClient();
  const list = useQuery(notificationsQueryOptions);
  // Read passively: the home strip and "Thành tích" fetch it; its unread count says when the list is behind.
  const me = useQuery({ ...myEngagementQueryOptions, enabled: false });
  const markAll = useMarkAllRead();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const previous = useRef<number | null>(null);
  const id = useId();

  const items = list.data?.items ?? [];
  const unread = items.filter((n) => !n.read).length;
  const meUnread = me.data?.unreadNotifications;
  const listed = list.data !== undefined;

  // A badge just earned, a league result: /me knows before the list does. Compared only when /me
  // changes: on every list change it would loop when more are unread than the list holds.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when /me arrives, on purpose
  useEffect(() => {
    if (meUnread !== undefined && listed && meUnread !== unread) {
      void queryClient.invalidateQueries({ queryKey: engagementKeys.notifications });
    }
  }, [me.dataUpdatedAt]);

  useEffect(() => {
    if (!listed) return;
    if (previous.current !== null && unread > previous.current) {
      setAnnouncement(t('notifications.announce', { count: unread, value: formatNumber(unread) }));
    }
    previous.current = unread;
  }, [unread, listed, t]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  // A link in the list (or anywhere) took the learner elsewhere: the list closes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on navigation only
  useEffect(() => setOpen(false), [pathname]);

  const toggle = () => {
    if (!open) void list.refetch();
    setOpen(!open);
  };

  return (
    <div className="bell" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={
          unread > 0
            ? t('notifications.buttonUnread', { count: unread, value: formatNumber(unread) })
            : t('notifications.button')
        }
        onClick={toggle}
      >
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0Z" />
        </svg>
        {unread > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {unread > 9 ? '9+' : formatNumber(unread)}
          </span>
        ) : null}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
      <div id={`${id}-panel`} className="bell__panel" hidden={!open}>
        <div className="bell__head">
          <h2 className="bell__title">{t('notifications.title')}</h2>
          {unread > 0 ? (
            <button
              type="button"
              className="link-button bell__mark"
              disabled={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t('notifications.markAll')}
            </button>
          ) : null}
        </div>
        {items.length === 0 ? (
          <p className="bell__empty">{t('notifications.empty')}</p>
        ) : (
          <ul className="bell__list">
            {items.map((n) => (
              <li key={n.id} className={`bell__item${n.read ? '' : ' bell__item--unread'}`}>
                <span className="bell__dot" aria-hidden="true" />
                <span className="bell__text">
                  {n.read ? null : <span className="visually-hidden">{t('notifications.unread')}: </span>}
                  {notificationText(n, t, i18n.language, me.data)}
                  <time className="bell__time" dateTime={n.createdAt}>
                    {formatDateTime(n.createdAt)}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        )}
        <Link to="/learn/progress" className="bell__more">
          {t('notifications.seeProgress')}
        </Link>
      </div>
    </div>
  );
}
