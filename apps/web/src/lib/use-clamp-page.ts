import { useEffect, useRef } from 'react';

/**
 * A bookmarked or shared "?page=9" can point past the end once records are removed or the
 * filters narrow the list; jump back to page 1 instead of showing an empty page.
 */
export function useClampPage(
  data: { items: unknown[]; total: number } | undefined,
  page: number,
  goToFirst: () => void,
): void {
  const pastEnd = Boolean(data && data.items.length === 0 && data.total > 0 && page > 1);
  // Callers pass a fresh closure each render; only a change of pastEnd should trigger a jump.
  const goToFirstRef = useRef(goToFirst);
  goToFirstRef.current = goToFirst;
  useEffect(() => {
    if (pastEnd) goToFirstRef.current();
  }, [pastEnd]);
}
