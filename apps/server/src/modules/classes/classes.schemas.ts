// Classes (F5) as data: the request and reply shapes of /api/classes (the contract the web pages
// use: /tmp/brief/classes-api.md, mirrored in docs/classes.md).
import { z } from 'zod';
import { TargetGroup, Vulnerability } from '../people/people.schemas.ts';
import { UnitId, UnitIdParam } from '../units/units.schemas.ts';

const isoDay = z.iso.date('Ngày phải có dạng YYYY-MM-DD|The date must be YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, message: 'Thời điểm không hợp lệ|Not a valid time' });

export const ClassKind = z.enum(['standard', 'tot']);
export const ClassMode = z.enum(['online', 'in_person', 'blended']);
export const VenueKind = z.enum(['school', 'cultural_house', 'digital_centre', 'office', 'other']);
export const ClassStatus = z.enum(['open', 'finished', 'cancelled']);
export const MemberStatus = z.enum(['pending', 'active', 'removed']);
export const JoinVia = z.enum(['code', 'link', 'qr']);

const courseId = z
  .string()
  .regex(
    /^[a-z0-9-]+\/[a-z0-9-]+$/,
    'Khóa học ghi dạng chương-trình/khóa-học|Write a course as programme/course',
  );

export const SessionInput = z
  .object({
    startsAt: instant,
    minutes: z.number().int().min(15).max(600).default(90),
    topic: z.string().trim().max(200).optional(),
    inPerson: z.boolean().default(true),
  })
  .strict();
export type SessionInputT = z.infer<typeof SessionInput>;

const classFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(4000).optional(),
  kind: ClassKind.default('standard'),
  courseIds: z.array(courseId).min(1).max(20),
  mode: ClassMode,
  targetGroups: z.array(TargetGroup).max(10).default([]),
  vulnerabilities: z.array(Vulnerability).max(10).default([]),
  unitId: UnitId,
  organisationId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  venueKind: VenueKind.optional(),
  venue: z.string().trim().max(300).optional(),
  capacity: z.number().int().min(1).max(10_000).optional(),
  closed: z.boolean().default(false),
  startsOn: isoDay,
  endsOn: isoDay.optional(),
  trainerPersonId: z.uuid().optional(),
};

const endsAfterStart = (b: { startsOn?: string; endsOn?: string | null }) =>
  !b.startsOn || !b.endsOn || b.endsOn >= b.startsOn;
const endsMessage = {
  message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi|The end date must be on or after the start date',
  path: ['endsOn'],
};

export const CreateClassBody = z
  .object({ ...classFields, sessions: z.array(SessionInput).max(60).default([]) })
  .strict()
  .refine(endsAfterStart, endsMessage);
export type CreateClassBodyT = z.infer<typeof CreateClassBody>;

export const UpdateClassBody = z
  .object({
    title: classFields.title.optional(),
    description: z.string().trim().max(4000).nullable().optional(),
    kind: ClassKind.optional(),
    courseIds: classFields.courseIds.optional(),
    mode: ClassMode.optional(),
    targetGroups: z.array(TargetGroup).max(10).optional(),
    vulnerabilities: z.array(Vulnerability).max(10).optional(),
    unitId: classFields.unitId.optional(),
    organisationId: z.uuid().nullable().optional(),
    teamId: z.uuid().nullable().optional(),
    venueKind: VenueKind.nullable().optional(),
    venue: z.string().trim().max(300).nullable().optional(),
    capacity: z.number().int().min(1).max(10_000).nullable().optional(),
    closed: z.boolean().optional(),
    startsOn: isoDay.optional(),
    endsOn: isoDay.nullable().optional(),
    trainerPersonId: z.uuid().optional(),
    status: ClassStatus.optional(),
  })
  .strict()
  .refine(endsAfterStart, endsMessage);
export type UpdateClassBodyT = z.infer<typeof UpdateClassBody>;

const NextSession = z.object({
  id: z.string(),
  startsAt: z.string(),
  minutes: z.number(),
  topic: z.string().nullable(),
});

export const ClassView = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  kind: ClassKind,
  courseIds: z.array(z.string()),
  courses: z.array(z.object({ id: z.string(), title: z.string() })),
  mode: ClassMode,
  targetGroups: z.array(z.string()),
  vulnerabilities: z.array(z.string()),
  unitId: z.number(),
  unitName: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  teamId: z.string().nullable(),
  venueKind: z.string().nullable(),
  venue: z.string().nullable(),
  capacity: z.number().nullable(),
  closed: z.boolean(),
  trainer: z.object({ personId: z.string(), name: z.string() }),
  generation: z.number().nullable(),
  status: ClassStatus,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  membersCount: z.number(),
  completedCount: z.number(),
  pendingCount: z.number(),
  nextSession: NextSession.nullable(),
  joinUrl: z.string(),
  canManage: z.boolean(),
});
export type ClassViewT = z.infer<typeof ClassView>;

export const ListClassesQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    status: ClassStatus.optional(),
    unitId: UnitIdParam.optional(),
    mode: ClassMode.optional(),
    kind: ClassKind.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListClassesQueryT = z.infer<typeof ListClassesQuery>;
export const ListClassesReply = z.object({ items: z.array(ClassView), total: z.number() });

export const OptionsQuery = z.object({ q: z.string().trim().max(100).optional() }).strict();
export const OptionsReply = z.object({
  courses: z.array(z.object({ id: z.string(), title: z.string(), programmeTitle: z.string() })),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  teams: z.array(z.object({ id: z.string(), name: z.string(), unitId: z.number() })),
});

export const ClassParams = z.object({ id: z.uuid() }).strict();
export const MemberParams = z.object({ id: z.uuid(), personId: z.uuid() }).strict();
export const SessionParams = z.object({ id: z.uuid(), sessionId: z.uuid() }).strict();
export const CodeParams = z.object({ code: z.string().trim().min(4).max(12) }).strict();

export const ByCodeReply = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  trainerName: z.string(),
  unitName: z.string(),
  mode: ClassMode,
  venue: z.string().nullable(),
  startsOn: z.string(),
  nextSession: NextSession.nullable(),
  closed: z.boolean(),
  full: z.boolean(),
  myStatus: z.enum(['none', 'pending', 'active', 'removed']),
});

export const JoinBody = z
  .object({ code: z.string().trim().min(4).max(12), via: JoinVia.default('code') })
  .strict();
export const JoinReply = z.object({ classId: z.string(), status: z.enum(['active', 'pending']) });

export const Announcement = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  authorName: z.string(),
});

export const MineReply = z.object({
  items: z.array(
    z.object({
      class: ClassView,
      status: MemberStatus,
      modulesDone: z.number(),
      modulesTotal: z.number(),
      completedAt: z.string().nullable(),
      attended: z.number(),
      sessionsHeld: z.number(),
      announcements: z.array(Announcement),
    }),
  ),
});

export const MembersQuery = z
  .object({
    status: MemberStatus.optional(),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  })
  .strict();
export const MemberItem = z.object({
  personId: z.string(),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  hasAccount: z.boolean(),
  status: MemberStatus,
  source: z.string(),
  joinedAt: z.string(),
  modulesDone: z.number(),
  modulesTotal: z.number(),
  completedAt: z.string().nullable(),
  lastActiveAt: z.string().nullable(),
  attended: z.number(),
});
export type MemberItemT = z.infer<typeof MemberItem>;
export const MembersReply = z.object({ items: z.array(MemberItem) });

export const EnrolBody = z.object({ personIds: z.array(z.uuid()).min(1).max(500) }).strict();
export const EnrolReply = z.object({ added: z.number(), already: z.number() });

export const CandidatesQuery = z.object({ q: z.string().trim().max(100).default('') }).strict();
export const CandidatesReply = z.object({
  items: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      birthYear: z.number().nullable(),
      phoneMasked: z.string().nullable(),
      inClass: z.boolean(),
    }),
  ),
});

export const SessionItem = z.object({
  id: z.string(),
  startsAt: z.string(),
  minutes: z.number(),
  topic: z.string().nullable(),
  inPerson: z.boolean(),
  attended: z.number(),
  checkinUrl: z.string().nullable(),
});
export const SessionsReply = z.object({ items: z.array(SessionItem) });

export const AttendanceReply = z.object({
  items: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      hasAccount: z.boolean(),
      present: z.boolean(),
      method: z.enum(['qr', 'trainer']).nullable(),
    }),
  ),
});
export const TickBody = z.object({ personId: z.uuid(), present: z.boolean() }).strict();

export const CheckinBody = z.object({ token: z.string().trim().min(10).max(200) }).strict();
export const CheckinReply = z.object({
  classId: z.string(),
  classTitle: z.string(),
  sessionId: z.string(),
  startsAt: z.string(),
  status: z.literal('present'),
  already: z.boolean(),
});

export const MemberFlag = z.enum(['stuck', 'inactive', 'completed']);
export const DashboardReply = z.object({
  class: ClassView,
  summary: z.object({
    members: z.number(),
    active7d: z.number(),
    completed: z.number(),
    stuck: z.number(),
    inactive: z.number(),
    pending: z.number(),
    averageProgress: z.number(),
  }),
  members: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      modulesDone: z.number(),
      modulesTotal: z.number(),
      completedAt: z.string().nullable(),
      lastActiveAt: z.string().nullable(),
      attended: z.number(),
      sessionsHeld: z.number(),
      flags: z.array(MemberFlag),
      certifiedTrainer: z.boolean(),
      eligibleForTrainer: z.boolean(),
    }),
  ),
  questions: z.array(
    z.object({
      moduleId: z.string(),
      moduleTitle: z.string(),
      questionId: z.string(),
      prompt: z.string(),
      attempts: z.number(),
      rightFirstTime: z.number(),
    }),
  ),
  announcements: z.array(Announcement),
});

export const AnnouncementBody = z.object({ body: z.string().trim().min(1).max(2000) }).strict();
