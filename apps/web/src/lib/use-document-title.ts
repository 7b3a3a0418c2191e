import { useEffect } from 'react';

/** Each screen gets its own tab title, which is also what screen readers announce on load. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Lantỏa` : 'Lantỏa';
  }, [title]);
}
