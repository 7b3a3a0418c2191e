// Named error factories with HTTP status and a stable code. Messages are translated (vi default,
// en second); codes are not. The global handler in app.ts turns these — and zod and database
// errors — into { error: { code, message, details? } }.

export type Lang = 'vi' | 'en';
export interface ErrorDetail {
  path: string;
  message: string;
}

const messages: Record<string, { vi: string; en: string }> = {
  VALIDATION_FAILED: { vi: 'Dữ liệu không hợp lệ.', en: 'The request is not valid.' },
  MALFORMED_BODY: {
    vi: 'Nội dung yêu cầu không đọc được (JSON lỗi).',
    en: 'The request body is not valid JSON.',
  },
  UNSUPPORTED_MEDIA_TYPE: { vi: 'Chỉ nhận nội dung JSON.', en: 'Only JSON request bodies are accepted.' },
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  INVALID_CREDENTIALS: {
    vi: 'Số điện thoại/email hoặc mật khẩu không đúng.',
    en: 'Wrong phone/email or password.',
  },
  LOGIN_LOCKED: {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    en: 'Too many failed sign-in attempts. Please try again in a few minutes.',
  },
  CSRF_INVALID: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'Invalid request token; please reload the page.',
  },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  OUT_OF_SCOPE: {
    vi: 'Bản ghi nằm ngoài phạm vi quản lý của bạn.',
    en: 'This record is outside your scope.',
  },
  NOT_FOUND: { vi: 'Không tìm thấy.', en: 'Not found.' },
  UNIT_NOT_FOUND: { vi: 'Không tìm thấy đơn vị hành chính.', en: 'Administrative unit not found.' },
  PERSON_NOT_FOUND: { vi: 'Không tìm thấy người này.', en: 'Person not found.' },
  ORGANISATION_NOT_FOUND: { vi: 'Không tìm thấy tổ chức.', en: 'Organisation not found.' },
  ACCOUNT_NOT_FOUND: { vi: 'Không tìm thấy tài khoản.', en: 'Account not found.' },
  ROLE_ASSIGNMENT_NOT_FOUND: { vi: 'Không tìm thấy phân quyền.', en: 'Role assignment not found.' },
  MODULE_NOT_FOUND: { vi: 'Không tìm thấy học phần.', en: 'Module not found.' },
  FRAMEWORK_NOT_FOUND: { vi: 'Không tìm thấy khung năng lực.', en: 'Competence framework not found.' },
  PROFILE_REQUIRED: {
    vi: 'Bạn cần hoàn tất bước làm quen (nhóm đối tượng, xã/phường) trước.',
    en: 'Please finish onboarding (target group, commune) first.',
  },
  PRACTICE_NOT_FOUND: { vi: 'Không tìm thấy bài thực hành này.', en: 'Practice task not found.' },
  PAYLOAD_TOO_LARGE: { vi: 'Tệp gửi lên quá lớn.', en: 'The upload is too large.' },
  CONTENT_INVALID: {
    vi: 'Nội dung học phần có lỗi; xem danh sách theo dòng.',
    en: 'The module has problems; see the list by line.',
  },
  DRAFT_NOT_FOUND: { vi: 'Chưa có bản nháp cho học phần này.', en: 'There is no draft for this module.' },
  DRAFT_IN_REVIEW: {
    vi: 'Bản nháp đang chờ duyệt; chờ kết quả duyệt rồi sửa tiếp.',
    en: 'The draft is waiting for review; edit it after the review.',
  },
  DRAFT_NOT_IN_REVIEW: {
    vi: 'Bản nháp chưa được gửi duyệt.',
    en: 'The draft has not been submitted for review.',
  },
  GEO_NOT_FOUND: {
    vi: 'Chưa có bản đồ ranh giới xã/phường của tỉnh này.',
    en: 'There is no commune boundary map for this province.',
  },
  CAMPAIGN_NOT_FOUND: { vi: 'Không tìm thấy chiến dịch.', en: 'Campaign not found.' },
  CAMPAIGN_TEMPLATE_NOT_FOUND: { vi: 'Không có mẫu chiến dịch này.', en: 'No such campaign template.' },
  CAMPAIGN_EXISTS: {
    vi: 'Đã có chiến dịch với mã này.',
    en: 'A campaign with this id already exists.',
  },
  TARGET_NOT_FOUND: { vi: 'Không tìm thấy chỉ tiêu.', en: 'Target not found.' },
  CHALLENGE_NOT_FOUND: { vi: 'Không tìm thấy thử thách.', en: 'Challenge not found.' },
  CHALLENGE_CLOSED: {
    vi: 'Thử thách đã kết thúc và đã được tổng kết, không thể xóa.',
    en: 'The challenge has ended and its results were announced; it cannot be deleted.',
  },
  REPORT_NOT_FOUND: { vi: 'Không tìm thấy báo cáo.', en: 'Report not found.' },
  REPORT_SUBMITTED: {
    vi: 'Báo cáo đã được gửi, không thể lập lại hoặc gửi lại.',
    en: 'The report has been submitted; it cannot be regenerated or submitted again.',
  },
  CERTIFICATE_NOT_FOUND: { vi: 'Không tìm thấy chứng nhận.', en: 'Certificate not found.' },
  CERTIFICATE_TEMPLATE_NOT_FOUND: { vi: 'Không có mẫu chứng nhận này.', en: 'No such certificate template.' },
  CERTIFICATE_ALREADY_HELD: {
    vi: 'Người này đã có chứng nhận này (còn hiệu lực).',
    en: 'This person already holds this certificate.',
  },
  PHONE_TAKEN: {
    vi: 'Số điện thoại đã được dùng cho tài khoản khác.',
    en: 'This phone number is already in use.',
  },
  EMAIL_TAKEN: { vi: 'Email đã được dùng cho tài khoản khác.', en: 'This email is already in use.' },
  NATIONAL_ID_TAKEN: {
    vi: 'Số CCCD đã có trong hệ thống.',
    en: 'This national ID number is already registered.',
  },
  CONFLICT: { vi: 'Dữ liệu bị trùng.', en: 'Conflicting data.' },
  WRONG_PASSWORD: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  RESET_TOKEN_INVALID: {
    vi: 'Mã đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.',
    en: 'The password reset code is invalid or has expired.',
  },
  INVALID_PARENT: {
    vi: 'Tổ chức cấp trên không hợp lệ (không thể là chính nó hoặc cấp dưới của nó).',
    en: 'Invalid parent organisation (it cannot be itself or one of its descendants).',
  },
  IMPORT_NOT_FOUND: { vi: 'Không tìm thấy lần nhập danh sách này.', en: 'Import not found.' },
  IMPORT_FILE_TYPE: {
    vi: 'Hãy gửi tệp CSV hoặc Excel (.xlsx).',
    en: 'Send a CSV or Excel (.xlsx) file.',
  },
  // --- network (F5): trainers, the cascade, support people, community teams ---
  TRAINER_NOT_FOUND: {
    vi: 'Người này chưa có trong sổ giảng viên.',
    en: 'This person is not in the trainer register.',
  },
  ALREADY_TRAINER: {
    vi: 'Người này đã có trong sổ giảng viên.',
    en: 'This person is already in the trainer register.',
  },
  TOT_NOT_ELIGIBLE: {
    vi: 'Học viên chưa đủ điều kiện công nhận giảng viên (lớp ToT, hoàn thành khóa học, dự đủ các buổi trực tiếp).',
    en: 'The learner does not meet the trainer certification rule (a ToT class, courses completed, every in-person session attended).',
  },
  TEAM_NOT_FOUND: {
    vi: 'Không tìm thấy tổ công nghệ số cộng đồng.',
    en: 'Community digital technology team not found.',
  },
  TEAM_ACTIVITY_NOT_FOUND: { vi: 'Không tìm thấy hoạt động của tổ.', en: 'Team activity not found.' },
  SUPPORT_PERSON_NOT_FOUND: {
    vi: 'Người này không phải người hỗ trợ dịch vụ công của xã/phường.',
    en: 'This person is not a support person of the commune.',
  },
  PERSON_NOT_IN_COMMUNE: {
    vi: 'Người này không thuộc xã/phường đã chọn.',
    en: 'This person does not belong to the chosen commune.',
  },
  NOT_A_COMMUNE: { vi: 'Hãy chọn một xã/phường.', en: 'Choose a commune or ward.' },
  // --- end network ---
  // --- mentoring ("Đại sứ số")
  MENTOR_NOT_FOUND: { vi: 'Người này chưa là Đại sứ số.', en: 'This person is not a digital ambassador.' },
  INVITE_NOT_FOUND: {
    vi: 'Không tìm thấy lời mời này (mã sai hoặc Đại sứ số đã tạm nghỉ).',
    en: 'No such invitation (a wrong code, or the ambassador is paused).',
  },
  MENTORSHIP_NOT_FOUND: {
    vi: 'Không có quan hệ kèm cặp đang diễn ra với người này.',
    en: 'There is no active mentorship with this person.',
  },
  LEVEL_NOT_REACHED: {
    vi: 'Bạn cần đạt cấp độ này trước khi đăng ký làm Đại sứ số.',
    en: 'You need to reach this level before volunteering as an ambassador.',
  },
  ALREADY_MENTOR: {
    vi: 'Người này đã là Đại sứ số cho một cấp độ khác.',
    en: 'This person is already an ambassador for another level.',
  },
  CANNOT_MENTOR_SELF: {
    vi: 'Không thể tự nhận mình làm người hướng dẫn.',
    en: 'You cannot mentor yourself.',
  },
  HAS_OTHER_MENTOR: {
    vi: 'Người học đang có một người hướng dẫn khác.',
    en: 'The learner already has another mentor.',
  },
  MENTEE_REACHED_LEVEL: {
    vi: 'Người học đã đạt cấp độ này rồi.',
    en: 'The learner has already reached this level.',
  },
  NUDGE_TOO_SOON: {
    vi: 'Hôm nay bạn đã nhắc người này rồi; hãy nhắc lại vào ngày mai.',
    en: 'You already nudged this learner today; try again tomorrow.',
  },
  // --- end mentoring
  RATE_LIMITED: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.', en: 'Too many requests; try again later.' },
  MALFORMED_URL: {
    vi: 'Địa chỉ yêu cầu không hợp lệ (mã hoá ký tự sai).',
    en: 'The request address is not valid (bad character encoding).',
  },
  URL_TOO_LONG: { vi: 'Địa chỉ yêu cầu quá dài.', en: 'The request address is too long.' },
  BODY_TOO_LARGE: { vi: 'Nội dung yêu cầu quá lớn.', en: 'The request body is too large.' },
  INVALID_INPUT: {
    vi: 'Dữ liệu gửi lên có giá trị không xử lý được (ngày, số hoặc ký tự ngoài phạm vi).',
    en: 'The request holds a value that cannot be processed (a date, number or character out of range).',
  },
  INTERNAL: { vi: 'Đã có lỗi hệ thống. Vui lòng thử lại.', en: 'Something went wrong. Please try again.' },
  DATABASE_UNAVAILABLE: {
    vi: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
    en: 'The system cannot reach its database right now. Please try again in a few minutes.',
  },
  // --- privacy (Law 91/2025)
  CONSENT_REQUIRED: {
    vi: 'Cần đồng ý với các mục đích bắt buộc của thông báo xử lý dữ liệu cá nhân (phiên bản hiện hành). Muốn rút lại, hãy gửi yêu cầu xoá dữ liệu.',
    en: 'You must agree to the required purposes of the current privacy notice. To withdraw them, ask for your data to be erased.',
  },
  ERASURE_PENDING: {
    vi: 'Đã có một yêu cầu xoá dữ liệu đang chờ xử lý.',
    en: 'An erasure request is already waiting to be handled.',
  },
  ERASURE_NOT_PENDING: {
    vi: 'Yêu cầu xoá dữ liệu này không còn ở trạng thái chờ xử lý.',
    en: 'This erasure request is no longer pending.',
  },
  ERASURE_REQUEST_NOT_FOUND: { vi: 'Không tìm thấy yêu cầu xoá dữ liệu.', en: 'Erasure request not found.' },
  PERSON_ERASED: {
    vi: 'Dữ liệu cá nhân của người này đã được xoá.',
    en: "This person's personal data has been erased.",
  },
  // --- end privacy
  // --- classes (F5)
  CLASS_NOT_FOUND: { vi: 'Không tìm thấy lớp học.', en: 'Class not found.' },
  CLASS_FULL: { vi: 'Lớp học đã đủ chỗ.', en: 'The class is full.' },
  CLASS_NOT_OPEN: {
    vi: 'Lớp học đã kết thúc hoặc bị hủy, không nhận thêm học viên.',
    en: 'The class has finished or was cancelled; it takes no more learners.',
  },
  CLASS_MEMBER_NOT_FOUND: { vi: 'Người này không có trong lớp.', en: 'This person is not in the class.' },
  CLASS_SESSION_NOT_FOUND: { vi: 'Không tìm thấy buổi học.', en: 'Class session not found.' },
  CHECKIN_INVALID: { vi: 'Mã điểm danh không hợp lệ.', en: 'The check-in code is not valid.' },
  CHECKIN_EXPIRED: {
    vi: 'Mã điểm danh chưa đến giờ hoặc đã hết hạn.',
    en: 'The check-in code is not valid at this time (too early or expired).',
  },
  CHECKIN_NOT_MEMBER: {
    vi: 'Bạn chưa là học viên của lớp này (lớp cần giảng viên duyệt).',
    en: 'You are not a member of this class yet (the trainer approves joins).',
  },
  // --- end classes
};

export function translate(code: string, lang: Lang): string {
  const entry = messages[code] ?? messages.INTERNAL;
  return entry ? entry[lang] : code;
}

export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly details?: ErrorDetail[],
    public readonly headers?: Record<string, string>,
  ) {
    super(code);
  }
}

export const errors = {
  validation: (details: ErrorDetail[]) => new AppError(400, 'VALIDATION_FAILED', details),
  unauthenticated: () => new AppError(401, 'UNAUTHENTICATED'),
  invalidCredentials: () => new AppError(401, 'INVALID_CREDENTIALS'),
  loginLocked: (retryAfterSeconds: number) =>
    new AppError(429, 'LOGIN_LOCKED', [{ path: 'retryAfterSeconds', message: String(retryAfterSeconds) }], {
      'retry-after': String(retryAfterSeconds),
    }),
  csrf: () => new AppError(403, 'CSRF_INVALID'),
  forbidden: () => new AppError(403, 'FORBIDDEN'),
  outOfScope: () => new AppError(403, 'OUT_OF_SCOPE'),
  notFound: (code = 'NOT_FOUND') => new AppError(404, code),
  conflict: (code = 'CONFLICT', details?: ErrorDetail[]) => new AppError(409, code, details),
  wrongPassword: () => new AppError(400, 'WRONG_PASSWORD', [{ path: 'currentPassword', message: '' }]),
  resetTokenInvalid: () => new AppError(400, 'RESET_TOKEN_INVALID'),
  payloadTooLarge: () => new AppError(413, 'PAYLOAD_TOO_LARGE'),
  importFileType: () => new AppError(415, 'IMPORT_FILE_TYPE'),
  invalidParent: () => new AppError(400, 'INVALID_PARENT', [{ path: 'parentId', message: '' }]),
  databaseUnavailable: () =>
    new AppError(503, 'DATABASE_UNAVAILABLE', undefined, {
      'retry-after': String(DATABASE_RETRY_AFTER_SECONDS),
    }),
};

// --- database outage: errors that mean "the database cannot be reached", as opposed to a bad query
/** What a client is told to wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
const unreachableSocketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres and pg-pool report a lost or impossible connection with plain messages, no code.
const unreachableMessages =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|Query read timeout|terminating connection/i;

/**
 * True for a lost database connection: socket errors, pool connect timeouts, SQLSTATE class 08
 * (connection exception), 57P01–57P03 (server shutting down or starting) and 53300 (too many
 * connections). Walks `cause` (Drizzle wraps driver errors) and AggregateError members.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (unreachableSocketCodes.has(code)) return true;
  if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === '53300') return true;
  // Messages only of driver errors themselves: a wrapper's message quotes the SQL and its parameters.
  if (!code && !e.cause && typeof e.message === 'string' && unreachableMessages.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
// --- end database outage
