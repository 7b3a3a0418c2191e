import { useTranslation } from 'react-i18next';
import type { Session } from '../../../lib/session';
import type { PlaceView, TrailItem } from '../api/types';
import { PlaceLink } from './dashboard-nav';

/**
 * Whether the session may look at a place of the trail: the scope of one of its roles (a unit or
 * an organisation) is that place or above it. Places above a ward officer's ward show as plain
 * text rather than links that would only answer "not allowed".
 */
function canOpen(session: Session, trail: TrailItem[], index: number): boolean {
  const upToHere = trail.slice(0, index + 1);
  return session.roles.some(
    (r) =>
      r.role === 'system_admin' ||
      (r.role !== 'learner' &&
        upToHere.some(
          (p) =>
            (p.kind === 'unit' && r.unitId !== null && p.id === String(r.unitId)) ||
            (p.kind === 'organisation' && r.organisationId !== null && p.id === r.organisationId),
        )),
  );
}

/** From the campaign's province down to the place shown; each place above it drills back up. */
export function PlaceBreadcrumb({ place, session }: { place: PlaceView; session: Session }) {
  const { t } = useTranslation('monitoring');
  const last = place.trail.length - 1;
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb monitoring-breadcrumb">
      <ol>
        {place.trail.map((item, index) => (
          <li key={`${item.kind}-${item.id}`} aria-current={index === last ? 'page' : undefined}>
            {index !== last && canOpen(session, place.trail, index) ? (
              <PlaceLink place={item}>{item.name}</PlaceLink>
            ) : (
              item.name
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
