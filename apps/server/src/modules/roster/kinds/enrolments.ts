// The enrolments roster: people (found by national ID, else by phone) enrolled in courses of the
// content catalogue — the class of a campaign target. An enrolment that exists is left alone.

import { foldLabel } from '../../../lib/labels.ts';
import { foldVietnamese } from '../../../lib/text.ts';
import { Invalid, parseNationalId, parsePhone, RowReader } from '../roster.cells.ts';
import { scopes } from '../roster.places.ts';
import type { ColumnSpec, Importer, ImportPlan, Problems, SourceRow } from '../roster.types.ts';
import { catalogueCourses, existingEnrolments, insertEnrolments } from './enrolments.repository.ts';
import { type PersonRef, peopleByNationalIdHash, peopleByPhone } from './people.repository.ts';

const columns: ColumnSpec[] = [
  {
    key: 'nationalId',
    header: 'Số CCCD',
    aliases: ['CCCD', 'Số căn cước', 'Số căn cước công dân', 'Số định danh cá nhân', 'Số CMND', 'CCCD/CMND'],
    help: 'Người học được tìm theo Số CCCD; nếu không có thì theo Số điện thoại. Cần ít nhất một trong hai.',
    example: '019168001234',
    width: 15,
    text: true,
  },
  {
    key: 'phone',
    header: 'Số điện thoại',
    aliases: ['Điện thoại', 'SĐT', 'Số ĐT', 'Di động'],
    help: 'Dùng khi không có Số CCCD.',
    example: '0912345678',
    width: 15,
    text: true,
  },
  {
    key: 'fullName',
    header: 'Họ và tên',
    aliases: ['Họ tên'],
    help: 'Không bắt buộc; nếu ghi thì phải khớp với người tìm được (để tránh ghi danh nhầm người).',
    example: 'Nguyễn Thị Hồng Nhung',
    width: 28,
  },
  {
    key: 'courseId',
    header: 'Mã khóa học',
    aliases: ['Khóa học', 'Mã khoá học'],
    required: true,
    help: 'Mã của khóa học trong danh mục học liệu (ví dụ an-toan-tren-mang), hoặc đúng tên khóa học.',
    example: 'an-toan-tren-mang',
    width: 24,
  },
];

interface Target {
  line: number;
  person: PersonRef;
  courseId: string;
  /** The column the person was found by. */
  by: 'nationalId' | 'phone';
}

type Pair = { personId: string; courseId: string };

/** Finds each row's person and course; rows that cannot be resolved get their problems. */
async function targetsOf(
  rows: SourceRow[],
  problems: Problems,
  lookups: {
    byHash: Map<string, PersonRef>;
    byPhone: Map<string, PersonRef[]>;
    courses: Map<string, string>;
    hash: (s: string) => string;
  },
): Promise<Target[]> {
  const out: Target[] = [];
  for (const row of rows) {
    const r = new RowReader(row, problems);
    const nationalId = r.get('nationalId', parseNationalId);
    const phone = r.get('phone', parsePhone);
    const courseId = r.get(
      'courseId',
      (s) =>
        lookups.courses.get(foldLabel(s)) ??
        new Invalid(`Không có khóa học "${s}" trong danh mục|No course "${s}" in the catalogue`),
      true,
    );
    if (!r.raw('nationalId') && !r.raw('phone'))
      r.fail(
        'nationalId',
        'Cần Số CCCD hoặc Số điện thoại để tìm người học|A national ID or a phone is needed',
      );
    if (!r.ok || !courseId) continue;
    const byPhone = phone ? (lookups.byPhone.get(phone) ?? []) : [];
    const person = nationalId
      ? lookups.byHash.get(lookups.hash(nationalId))
      : byPhone.length === 1
        ? byPhone[0]
        : undefined;
    const key = nationalId ? 'nationalId' : 'phone';
    if (!person) {
      r.fail(
        key,
        byPhone.length > 1
          ? 'Nhiều người dùng chung số điện thoại này: hãy ghi Số CCCD|Several people share this phone: use the national ID'
          : 'Không tìm thấy người này trong danh sách người dân (hãy nhập danh sách người dân trước)|No such person (import people first)',
      );
      continue;
    }
    const name = r.raw('fullName');
    if (name && foldVietnamese(name) !== person.searchText)
      r.fail(
        'fullName',
        `Không khớp với người có ${nationalId ? 'Số CCCD' : 'số điện thoại'} này|Does not match the person found`,
      );
    if (r.ok) out.push({ line: row.line, person, courseId, by: key });
  }
  return out;
}

export const enrolmentsImporter: Importer<Pair> = {
  kind: 'enrolments',
  permission: 'people.update',
  columns,
  notes: [
    'Mỗi dòng ghi danh một người vào một khóa học. Người học phải có sẵn trong danh sách người dân và trong phạm vi quản lý của bạn.',
    'Ghi danh đã có được giữ nguyên; nhập lại cùng một tệp không thay đổi gì.',
  ],
  async plan(env, rows, problems): Promise<ImportPlan<Pair>> {
    const db = env.ctx.db;
    const hash = env.ctx.secrets.keyedHash;
    const ids = rows.flatMap((r) => {
      const v = r.cells.nationalId ? parseNationalId(r.cells.nationalId) : null;
      return typeof v === 'string' ? [hash(v)] : [];
    });
    const phones = rows.flatMap((r) => {
      const v = r.cells.phone ? parsePhone(r.cells.phone) : null;
      return typeof v === 'string' ? [v] : [];
    });
    const byHash = new Map(
      (await peopleByNationalIdHash(db, ids)).map((p) => [p.nationalIdHash as string, p]),
    );
    const byPhone = new Map<string, PersonRef[]>();
    for (const p of await peopleByPhone(db, phones))
      byPhone.set(p.phone as string, [...(byPhone.get(p.phone as string) ?? []), p]);
    const courses = new Map<string, string>();
    for (const c of await catalogueCourses(db)) {
      courses.set(foldLabel(c.id), c.id);
      courses.set(foldLabel(c.title), c.id);
    }
    const targets = await targetsOf(rows, problems, { byHash, byPhone, courses, hash });
    const can = scopes(env.actor);
    const first = new Map<string, number>();
    const wanted: (Pair & { line: number })[] = [];
    for (const t of targets) {
      const key = `${t.person.id}|${t.courseId}`;
      const twin = first.get(key);
      if (twin) problems.add(t.line, 'courseId', `Trùng với dòng ${twin}|Same enrolment as row ${twin}`);
      else if (
        !can('people.update', {
          unitPaths: [t.person.unitPath, t.person.organisationUnitPath],
          organisationPath: t.person.organisationPath,
        })
      )
        problems.add(
          t.line,
          t.by,
          'Người này ngoài phạm vi quản lý của bạn|This person is outside your scope',
        );
      else wanted.push({ line: t.line, personId: t.person.id, courseId: t.courseId });
      first.set(key, twin ?? t.line);
    }
    const stored = new Set((await existingEnrolments(db, wanted)).map((e) => `${e.personId}|${e.courseId}`));
    const writes = wanted.filter((w) => !stored.has(`${w.personId}|${w.courseId}`));
    return {
      writes: writes.map((w) => ({
        line: w.line,
        op: 'create',
        data: { personId: w.personId, courseId: w.courseId },
      })),
      unchanged: wanted.length - writes.length,
    };
  },
  async write(db, env, chunk) {
    await insertEnrolments(
      db,
      chunk.map((w) => w.data),
      env.actor.accountId,
    );
  },
};
