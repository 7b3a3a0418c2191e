import { useTranslation } from 'react-i18next';
import type { Block } from '../api/types';
import { Markdown, renderInline } from './Markdown';
import { imageSource, safeExternalUrl } from './player-model';

type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

// Reading blocks of a module. Each screen has an h2 so screen-reader users can jump to it; blocks
// without a title of their own get a visually hidden one.

export function TextBlockView({ block }: { block: BlockOf<'text'> }) {
  const { t } = useTranslation('learn');
  const hasHeading = /^#{1,6}\s/.test(block.markdown.trimStart());
  return (
    <>
      {hasHeading ? null : <h2 className="visually-hidden">{t('player.blockTitle.text')}</h2>}
      <Markdown source={block.markdown} className="learn-prose" />
    </>
  );
}

export function StepsBlockView({ block }: { block: BlockOf<'steps'> }) {
  const { t } = useTranslation('learn');
  return (
    <>
      <h2 className="learn-block-title">
        {block.title ? renderInline(block.title) : t('player.blockTitle.steps')}
      </h2>
      <ol className="steps-list">
        {block.steps.map((step, index) => (
          // Steps are fixed content, in authored order: the position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
          <li key={index} className="steps-list__item">
            <span className="steps-list__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="steps-list__text">{renderInline(step)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

export function ImageBlockView({ block, packId }: { block: BlockOf<'image'>; packId: string }) {
  const { t } = useTranslation('learn');
  return (
    <>
      <h2 className="visually-hidden">{t('player.blockTitle.image')}</h2>
      <figure className="learn-figure">
        <img
          src={imageSource(block.src, packId)}
          alt={block.alt}
          className="learn-figure__image"
          decoding="async"
        />
        {block.caption ? (
          <figcaption className="learn-figure__caption">{renderInline(block.caption)}</figcaption>
        ) : null}
      </figure>
    </>
  );
}

export function VideoBlockView({ block, packId }: { block: BlockOf<'video'>; packId: string }) {
  const { t } = useTranslation('learn');
  if (!/^https?:\/\//i.test(block.url)) return <PackVideo block={block} packId={packId} />;
  const url = safeExternalUrl(block.url);
  let host = '';
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    host = '';
  }
  return (
    <>
      <h2 className="learn-block-title">{block.title}</h2>
      <div className="video-card">
        <p className="video-card__meta">
          {block.minutes ? t('player.video.minutes', { count: block.minutes }) : t('player.video.label')}
          {host ? ` · ${host}` : ''}
        </p>
        {block.caption ? <p>{renderInline(block.caption)}</p> : null}
        {url ? (
          <a
            className="button button--primary button--block button--huge"
            href={url}
            target="_blank"
            rel="noopener noreferrer"
          >
            <span aria-hidden="true">▶</span> {t('player.video.open')}
            <span className="visually-hidden"> {t('player.video.newWindow')}</span>
          </a>
        ) : (
          <p className="muted">{t('player.video.unavailable')}</p>
        )}
        <p className="video-card__note">{t('player.video.dataNote')}</p>
      </div>
    </>
  );
}

/** A video shipped in the content pack: played in the page, loaded only when the learner asks. */
function PackVideo({ block, packId }: { block: BlockOf<'video'>; packId: string }) {
  const { t } = useTranslation('learn');
  const src = imageSource(block.url, packId);
  return (
    <>
      <h2 className="learn-block-title">{block.title}</h2>
      <div className="video-card">
        {block.caption ? <p>{renderInline(block.caption)}</p> : null}
        {/* biome-ignore lint/a11y/useMediaCaption: the words on screen are the narration itself */}
        <video
          className="learn-video"
          controls
          preload="none"
          playsInline
          src={src}
          aria-label={block.title}
        />
        <p className="video-card__meta">{t('player.video.dataNote')}</p>
        <a className="button button--block" href={src} download>
          {t('player.video.download')}
        </a>
      </div>
    </>
  );
}
