// The server's error envelope: { error: { code, message, details? } }. `message` is already
// translated (we send Accept-Language), so the UI can show it as-is.

export interface ErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Thrown when the request never got a usable reply (offline, proxy down, non-JSON 5xx). */
export class NetworkError extends Error {
  constructor(readonly cause?: unknown) {
    super('NETWORK');
    this.name = 'NetworkError';
  }
}

// Conflict codes name one field even when the server sends no details, so forms can put the
// message next to the right input.
const conflictFields: Record<string, string> = {
  PHONE_TAKEN: 'phone',
  EMAIL_TAKEN: 'email',
  NATIONAL_ID_TAKEN: 'nationalId',
  WRONG_PASSWORD: 'currentPassword',
  INVALID_PARENT: 'parentId',
};

/**
 * Field-level messages keyed by the first path segment ("targetGroups.0" → "targetGroups").
 * A detail with an empty message falls back to the error's own message.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    const key = detail.path.split('.')[0] ?? detail.path;
    if (key && !out[key]) out[key] = detail.message || error.message;
  }
  const conflictField = conflictFields[error.code];
  if (conflictField && !out[conflictField]) out[conflictField] = error.message;
  return out;
}

/**
 * The error to show above a form: null when every field message already sits next to a field
 * of this form (repeating it in a banner is noise), the error itself otherwise.
 */
export function formLevelError(error: unknown, formFields: readonly string[]): unknown {
  if (!error) return null;
  const keys = Object.keys(fieldErrorsOf(error));
  return keys.length > 0 && keys.every((key) => formFields.includes(key)) ? null : error;
}
