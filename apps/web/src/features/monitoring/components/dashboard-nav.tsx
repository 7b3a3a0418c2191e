// Moving around the dashboard through its URL: drilling to a place (a link, so it can be opened in
// a new tab or shared), and changing the target, breakdown or day without jumping to the top.
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { PlaceKind } from '../api/types';
import type { MonitoringSearch } from '../routes/monitoring-search';

const routeApi = getRouteApi('/_console/monitoring');

export interface PlaceRef {
  kind: PlaceKind;
  id: string;
}

/** The same view (campaign, target, day) at another place; the breakdown tab starts afresh. */
export function placeSearch(search: MonitoringSearch, place: PlaceRef): MonitoringSearch {
  return {
    ...search,
    unitId: place.kind === 'unit' ? Number(place.id) : undefined,
    organisationId: place.kind === 'organisation' ? place.id : undefined,
    by: undefined,
  };
}

export function useDashboardNav() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  return {
    search,
    /** To another place: a new page, read from the top (breadcrumb and cards). */
    drill: (place: PlaceRef) => void navigate({ search: placeSearch(search, place) }),
    /** Within the page (target, tab, day): the reader stays where they are. */
    update: (patch: Partial<MonitoringSearch>) =>
      navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false }),
  };
}

export function PlaceLink({ place, children }: { place: PlaceRef; children: ReactNode }) {
  const search = routeApi.useSearch();
  return (
    <Link to="/monitoring" search={placeSearch(search, place)} className="table__link">
      {children}
    </Link>
  );
}
