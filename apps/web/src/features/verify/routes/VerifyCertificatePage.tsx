import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { ApiError } from '../../../lib/api-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { verifyByIdQueryOptions } from '../api/verify';
import { CertificateFacts } from '../components/CertificateFacts';

const routeApi = getRouteApi('/verify/$certificateId');

/** The page behind a certificate's QR code. */
export function VerifyCertificatePage() {
  const { t } = useTranslation('certificates');
  const { certificateId } = routeApi.useParams();
  const result = useQuery(verifyByIdQueryOptions(certificateId));
  useDocumentTitle(t('verify.title'));
  if (result.isPending) return <Loading />;
  if (result.error instanceof ApiError && result.error.status === 404)
    return (
      <>
        <h1>{t('verify.title')}</h1>
        <Alert tone="error">{t('verify.notFound')}</Alert>
      </>
    );
  if (result.isError) return <ErrorAlert error={result.error} />;
  const { status, certificate } = result.data;
  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p
        className={`verify-status verify-status--${status}`}
        data-testid="verify-status"
        data-status={status}
        role="status"
      >
        {t(`verify.headline.${status}`)}
      </p>
      <CertificateFacts certificate={certificate} />
      <p className="field__hint">{t('verify.privacy')}</p>
    </>
  );
}
