import { ApiError, type ErrorDetail, NetworkError } from './api-error';

// One fetch wrapper for the whole app: same-origin cookie session, CSRF header on writes,
// Accept-Language so server messages match the UI language, and a global 401 hook.

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A file sent as the raw request body, with its own content type, instead of a JSON body. */
  file?: { data: Blob; type: string };
  /** Do not trigger the global "go to /login" hook (session probe, login form). */
  skipAuthRedirect?: boolean;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
let language = 'vi';
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: string): void {
  language = lang;
}

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export function buildQuery(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  let body: string | Blob | undefined;
  if (method !== 'GET') {
    headers['content-type'] = options.file ? options.file.type : 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    body = options.file ? options.file.data : JSON.stringify(options.body ?? {});
  }

  let response: Response;
  try {
    response = await fetch(`/api${path}${buildQuery(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new NetworkError(cause);
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  const error = toApiError(response, payload);
  if (error.status === 401 && error.code === 'UNAUTHENTICATED' && !options.skipAuthRedirect) {
    onUnauthenticated?.();
  }
  throw error;
}

function toApiError(response: Response, payload: unknown): ApiError {
  const envelope = (
    payload as { error?: { code?: string; message?: string; details?: ErrorDetail[] } } | null
  )?.error;
  if (!envelope?.code) {
    // A proxy or crash page rather than our API: treat as a connectivity problem.
    if (response.status >= 500) throw new NetworkError(response.status);
    return new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
  }
  const details = Array.isArray(envelope.details) ? envelope.details : [];
  const retryDetail = details.find((d) => d.path === 'retryAfterSeconds');
  const retryHeader = response.headers.get('retry-after');
  const retryAfter = Number(retryDetail?.message ?? retryHeader ?? Number.NaN);
  return new ApiError(
    response.status,
    envelope.code,
    envelope.message ?? envelope.code,
    details.filter((d) => d.path !== 'retryAfterSeconds'),
    Number.isFinite(retryAfter) ? retryAfter : null,
  );
}
