import { apiRequest } from '../../../lib/api-client';
import { NetworkError } from '../../../lib/api-error';

// A data export is a JSON file the browser saves: fetched as a blob (so errors can be shown in
// the page rather than as a broken download) and saved under the server's file name.

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** GETs an export path and saves the reply; API errors are thrown as from apiRequest. */
export async function downloadExport(path: string, fallbackName: string, language: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      headers: { accept: 'application/json', 'accept-language': language },
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) {
    // Let the shared client turn the error envelope into an ApiError (same messages, 401 hook).
    await apiRequest(path);
    throw new NetworkError(response.status);
  }
  saveBlob(await response.blob(), fileNameOf(response, fallbackName));
}

/** lantoa-du-lieu-ca-nhan-20261207.json, as the server names it, in case its header is missing. */
export function exportFileName(now = new Date()): string {
  const day = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return `lantoa-du-lieu-ca-nhan-${day}.json`;
}
