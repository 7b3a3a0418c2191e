import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from '../../../components/ui/Loading';
import { myPrivacyQueryOptions, needsConsent } from '../api/my-privacy';
import { privacyNoticeQueryOptions } from '../api/notice';
import { ConsentStep } from './ConsentStep';

/**
 * Shows the consent step instead of the learner app while the signed-in person has not agreed
 * to the required purposes of the current notice. If either request fails (offline on a cheap
 * phone), learning goes on: the lessons play offline and the step comes back on the next visit.
 */
export function ConsentGate({ children }: { children: ReactNode }) {
  const notice = useQuery(privacyNoticeQueryOptions);
  const privacy = useQuery(myPrivacyQueryOptions);
  if (notice.isPending || privacy.isPending) {
    if (notice.isError || privacy.isError) return <>{children}</>;
    return <Loading />;
  }
  if (notice.isError || privacy.isError) return <>{children}</>;
  if (needsConsent(privacy.data, notice.data.purposes)) {
    return <ConsentStep notice={notice.data} privacy={privacy.data} />;
  }
  return <>{children}</>;
}
