import { useTranslation } from 'react-i18next';
import type { PlaceView } from '../api/types';
import { PlaceLink } from './dashboard-nav';

/** From the campaign's province down to the place shown; each place above it drills back up. */
export function PlaceBreadcrumb({ place }: { place: PlaceView }) {
  const { t } = useTranslation('monitoring');
  const last = place.trail.length - 1;
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb monitoring-breadcrumb">
      <ol>
        {place.trail.map((item, index) => (
          <li key={`${item.kind}-${item.id}`} aria-current={index === last ? 'page' : undefined}>
            {index !== last && item.open ? <PlaceLink place={item}>{item.name}</PlaceLink> : item.name}
          </li>
        ))}
      </ol>
    </nav>
  );
}
