// The catalogue of personal data: every table that holds data about a person, which column ties a
// row to them, which export section it goes to and what erasure does with it. Export and erasure
// are both driven by this list, and privacy.catalog.test.ts fails when a table of the database
// refers to a person (a foreign key to people or accounts, or a person/account/learner id column)
// without an entry here: a new table cannot escape a person's download or erasure.

/** The privacy notice the platform shows; raise the version when the notice's text changes. */
export const NOTICE_VERSION = '2026-12-01';

export const noticePurposes = [
  // Run the courses, record progress, issue certificates.
  { code: 'learning', required: true },
  // Anonymised campaign figures reported to the authorities.
  { code: 'campaign_statistics', required: true },
  // Study reminders by notification or SMS.
  { code: 'reminders', required: false },
] as const;
export type PurposeCode = (typeof noticePurposes)[number]['code'];
export const purposeCodes = noticePurposes.map((p) => p.code) as PurposeCode[];
export const requiredPurposes = noticePurposes.filter((p) => p.required).map((p) => p.code) as PurposeCode[];

export const exportSections = [
  'person',
  'account',
  'roles',
  'consents',
  'erasureRequests',
  'learning',
  'credentials',
  'engagement',
  'classes',
  'mentoring',
  'network',
  'campaigns',
  'notifications',
] as const;
export type ExportSection = (typeof exportSections)[number];

/**
 * What erasure does with the rows:
 * - `delete`: the rows go (the account and what hangs on it, messages to the person).
 * - `keep`: the rows stay, tied to the now-anonymous person id: they hold no identifying data and
 *   every campaign figure (KPIs, dashboards, reports) is computed from them.
 * - `wipe`: the rows stay for the figures, the listed columns are blanked (SQL expressions).
 * - `custom`: erasure.service handles the table itself (people, households, boards).
 */
export type EraseAction =
  | { action: 'delete' }
  | { action: 'keep' }
  | { action: 'wipe'; set: Record<string, string> }
  | { action: 'custom' };

export interface CatalogEntry {
  table: string;
  /** The column holding the person's id (`key: 'person'`) or their account's id (`key: 'account'`). */
  column: string;
  key: 'person' | 'account';
  /** Export section and the name of the list in it; null = not exported (say why in `held`). */
  section: ExportSection | null;
  name: string;
  /** Columns never put in a download: credentials and lookup secrets. */
  omit?: string[];
  erase: EraseAction;
  /** What the table holds about the person and why, in plain words (docs/privacy.md says the same). */
  held: string;
}

const keep = { action: 'keep' } as const;
const del = { action: 'delete' } as const;

export const privacyCatalog: CatalogEntry[] = [
  // ---- identity ----
  {
    table: 'people',
    column: 'id',
    key: 'person',
    section: 'person',
    name: 'person',
    omit: ['national_id_cipher', 'national_id_hash', 'search_text'],
    erase: { action: 'custom' },
    held: 'Name, birth date, gender, phone, email, national ID (encrypted), place, organisation, household, target groups.',
  },
  {
    table: 'person_name_tails',
    column: 'person_id',
    key: 'person',
    section: null,
    name: 'nameTails',
    erase: del,
    held: 'Search index of the words of the name (derived from people.full_name; not exported).',
  },
  {
    table: 'accounts',
    column: 'person_id',
    key: 'person',
    section: 'account',
    name: 'account',
    omit: ['password_hash'],
    erase: { action: 'custom' },
    held: 'Sign-in phone or email, password hash, status.',
  },
  {
    table: 'sessions',
    column: 'account_id',
    key: 'account',
    section: 'account',
    name: 'sessions',
    omit: ['token_hash', 'csrf_token'],
    erase: del,
    held: 'Signed-in devices: IP address, browser, times.',
  },
  {
    table: 'password_resets',
    column: 'account_id',
    key: 'account',
    section: 'account',
    name: 'passwordResets',
    omit: ['token_hash'],
    erase: del,
    held: 'Password reset requests (times only).',
  },
  {
    table: 'role_assignments',
    column: 'account_id',
    key: 'account',
    section: 'roles',
    name: 'roles',
    erase: del,
    held: 'Roles held (officer, trainer, learner…) and where.',
  },
  {
    table: 'consents',
    column: 'person_id',
    key: 'person',
    section: 'consents',
    name: 'consents',
    erase: keep,
    held: 'Consents given and withdrawn (purpose, notice version, time, channel, IP): proof of consent.',
  },
  {
    table: 'erasure_requests',
    column: 'person_id',
    key: 'person',
    section: 'erasureRequests',
    name: 'erasureRequests',
    erase: { action: 'wipe', set: { reason: 'null' } },
    held: "Requests to erase the person's data and the officers' decisions.",
  },
  // ---- learning ----
  {
    table: 'learner_profiles',
    column: 'person_id',
    key: 'person',
    section: 'learning',
    name: 'profile',
    erase: keep,
    held: 'Target group, daily goal, chosen track, placement result.',
  },
  {
    table: 'learning_events',
    column: 'person_id',
    key: 'person',
    section: 'learning',
    name: 'statements',
    erase: keep,
    held: 'Learning statements (xAPI): lessons opened, answers, completions.',
  },
  {
    table: 'module_progress',
    column: 'person_id',
    key: 'person',
    section: 'learning',
    name: 'progress',
    erase: keep,
    held: 'Progress per course module.',
  },
  {
    table: 'question_results',
    column: 'person_id',
    key: 'person',
    section: 'learning',
    name: 'questionResults',
    erase: keep,
    held: 'Scores per question.',
  },
  {
    table: 'competence_mastery',
    column: 'person_id',
    key: 'person',
    section: 'learning',
    name: 'mastery',
    erase: keep,
    held: 'Mastery per digital competence.',
  },
  {
    table: 'practice_submissions',
    column: 'person_id',
    key: 'person',
    section: 'learning',
    name: 'practiceSubmissions',
    erase: { action: 'wipe', set: { text: 'null', file_name: 'null', file_type: 'null', file_data: 'null' } },
    held: 'Practice work handed in (text, files) and its grade.',
  },
  {
    table: 'attainments',
    column: 'person_id',
    key: 'person',
    section: 'learning',
    name: 'attainments',
    erase: keep,
    held: 'Digital-competence levels attained (assessments).',
  },
  {
    table: 'attainment_attempts',
    column: 'person_id',
    key: 'person',
    section: 'learning',
    name: 'attainmentAttempts',
    erase: keep,
    held: 'Assessment attempts: questions, answers, score.',
  },
  // ---- certificates ----
  {
    table: 'certificates',
    column: 'person_id',
    key: 'person',
    section: 'credentials',
    name: 'certificates',
    // The name is printed on the certificate and signed into its credential: both go, the record
    // (counted by campaign figures) stays and its public check says the holder's data was erased.
    erase: { action: 'wipe', set: { recipient_name: "''", credential_jwt: "''" } },
    held: 'Certificates issued: title, name as issued, signed credential, revocation.',
  },
  // ---- engagement ----
  {
    table: 'learner_stats',
    column: 'person_id',
    key: 'person',
    section: 'engagement',
    name: 'stats',
    // Hidden from public boards (erasure.service writes the row when there is none yet).
    erase: { action: 'custom' },
    held: 'XP, streak, board nickname and whether the person shows on public boards.',
  },
  {
    table: 'xp_events',
    column: 'person_id',
    key: 'person',
    section: 'engagement',
    name: 'xpEvents',
    erase: keep,
    held: 'XP earned and why.',
  },
  {
    table: 'xp_totals',
    column: 'person_id',
    key: 'person',
    section: 'engagement',
    name: 'xpTotals',
    erase: keep,
    held: 'XP totals per period and place (board figures).',
  },
  {
    table: 'learner_days',
    column: 'person_id',
    key: 'person',
    section: 'engagement',
    name: 'days',
    erase: keep,
    held: 'Learning time per day and daily goal met.',
  },
  {
    table: 'learner_badges',
    column: 'person_id',
    key: 'person',
    section: 'engagement',
    name: 'badges',
    erase: keep,
    held: 'Badges awarded.',
  },
  {
    table: 'league_members',
    column: 'person_id',
    key: 'person',
    section: 'engagement',
    name: 'leagues',
    erase: keep,
    held: 'Weekly league, tier and outcome.',
  },
  {
    table: 'notifications',
    column: 'person_id',
    key: 'person',
    section: 'notifications',
    name: 'notifications',
    erase: del,
    held: 'Messages sent to the person in the app.',
  },
  // ---- classes and the trainer network ----
  {
    table: 'class_members',
    column: 'person_id',
    key: 'person',
    section: 'classes',
    name: 'memberships',
    erase: keep,
    held: 'Classes joined, how, completion.',
  },
  {
    table: 'class_attendance',
    column: 'person_id',
    key: 'person',
    section: 'classes',
    name: 'attendance',
    erase: keep,
    held: 'Class sessions attended.',
  },
  {
    table: 'classes',
    column: 'trainer_id',
    key: 'person',
    section: 'classes',
    name: 'classesTaught',
    erase: keep,
    held: 'Classes the person teaches as a trainer.',
  },
  {
    table: 'trainers',
    column: 'person_id',
    key: 'person',
    section: 'network',
    name: 'trainer',
    erase: keep,
    held: 'Trainer register: tier, generation, where, trained by whom.',
  },
  {
    table: 'trainers',
    column: 'trained_by',
    key: 'person',
    section: 'network',
    name: 'trainersTrained',
    erase: keep,
    held: 'Trainers this person trained (the cascade lineage).',
  },
  {
    table: 'trainers',
    column: 'root_id',
    key: 'person',
    section: null,
    name: 'trainerLine',
    erase: keep,
    held: "Trainers whose line starts at this provincial trainer (the lineage; exported as the person's own trainer row).",
  },
  {
    table: 'support_persons',
    column: 'person_id',
    key: 'person',
    section: 'network',
    name: 'supportPerson',
    erase: keep,
    held: 'Appointment as support person for online public services.',
  },
  {
    table: 'community_team_members',
    column: 'person_id',
    key: 'person',
    section: 'network',
    name: 'communityTeams',
    erase: keep,
    held: 'Membership of community digital technology teams.',
  },
  {
    table: 'mentors',
    column: 'person_id',
    key: 'person',
    section: 'mentoring',
    name: 'mentor',
    // The record stays (the network's figures count active mentors); the invite link stops working.
    erase: { action: 'wipe', set: { invite_code: "'erased-' || gen_random_uuid()" } },
    held: 'Digital ambassador (mentor) profile: level, place, invite code.',
  },
  {
    table: 'mentorships',
    column: 'mentor_id',
    key: 'person',
    section: 'mentoring',
    name: 'asMentor',
    erase: keep,
    held: 'People the person mentors.',
  },
  {
    table: 'mentorships',
    column: 'mentee_id',
    key: 'person',
    section: 'mentoring',
    name: 'asMentee',
    erase: keep,
    held: "The person's mentors.",
  },
  // ---- campaigns ----
  {
    table: 'enrolments',
    column: 'person_id',
    key: 'person',
    section: 'campaigns',
    name: 'enrolments',
    erase: keep,
    held: 'Courses the person was enrolled in by an officer or an import.',
  },
  {
    table: 'kpi_subjects',
    column: 'subject_id',
    key: 'person',
    section: 'campaigns',
    name: 'targets',
    erase: keep,
    held: 'Campaign targets the person counts in and when they reached them.',
  },
  {
    table: 'kpi_dirty',
    column: 'person_id',
    key: 'person',
    section: null,
    name: 'kpiQueue',
    erase: keep,
    held: 'Work queue of the KPI refresher (an id and a time; emptied within minutes; not exported).',
  },
];

/**
 * Columns that name an officer who did something (created, approved, marked, audited). They
 * record the act, not data about the person acted on; erasure keeps them as bare ids, which the
 * deleted account no longer resolves to anyone.
 */
export const actorColumns: { table: string; column: string }[] = [
  { table: 'audit_log', column: 'actor_account_id' },
  { table: 'module_drafts', column: 'author_account_id' },
  { table: 'module_drafts', column: 'reviewer_account_id' },
  { table: 'erasure_requests', column: 'requested_by_account_id' },
  { table: 'erasure_requests', column: 'decided_by_account_id' },
];

/** The catalogue's entries for one export section, in catalogue order. */
export const entriesOf = (section: ExportSection) => privacyCatalog.filter((e) => e.section === section);
