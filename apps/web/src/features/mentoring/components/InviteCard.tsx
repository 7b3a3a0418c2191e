import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyMentoring } from '../api/types';
import { levelTitle } from '../api/types';

type Mentor = NonNullable<MyMentoring['mentor']>;

/** My invitation: the link to copy or share, its QR code to show or print, and the code. */
export function InviteCard({ mentor }: { mentor: Mentor }) {
  const { t, i18n } = useTranslation('mentoring');
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(mentor.inviteUrl);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  const share = () =>
    navigator
      .share({
        title: t('invite.shareTitle'),
        text: t('invite.shareText', { name: mentor.name }),
        url: mentor.inviteUrl,
      })
      .catch(() => {});
  return (
    <section className="learn-card mentoring-invite" aria-labelledby="mentoring-invite-title">
      <h2 id="mentoring-invite-title" className="learn-section-title">
        {t('invite.title')}
      </h2>
      <p>{t('invite.lead', { level: levelTitle(mentor.level, i18n.language) })}</p>
      <div className="mentoring-invite__body">
        <div
          className="mentoring-qr"
          role="img"
          aria-label={t('invite.qrLabel', { url: mentor.inviteUrl })}
          // The server draws this SVG from our own invite address (the qrcode package).
          // biome-ignore lint/security/noDangerouslySetInnerHtml: generated server-side, no user input
          dangerouslySetInnerHTML={{ __html: mentor.qrSvg }}
        />
        <div className="mentoring-invite__link">
          <label htmlFor="mentoring-invite-url" className="mentoring-label">
            {t('invite.link')}
          </label>
          <input
            id="mentoring-invite-url"
            className="input mentoring-invite__url"
            readOnly
            value={mentor.inviteUrl}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="mentoring-code">
            {t('invite.code')} <strong>{mentor.inviteCode}</strong>
          </p>
          <div className="mentoring-actions">
            <button type="button" className="button button--primary" onClick={copy}>
              {t('invite.copy')}
            </button>
            {canShare ? (
              <button type="button" className="button button--secondary" onClick={share}>
                {t('invite.share')}
              </button>
            ) : null}
            <button type="button" className="button button--ghost" onClick={() => window.print()}>
              {t('invite.print')}
            </button>
          </div>
          <p className="mentoring-status" role="status">
            {copied === 'ok' ? t('invite.copied') : copied === 'failed' ? t('invite.copyFailed') : ''}
          </p>
        </div>
      </div>
    </section>
  );
}
