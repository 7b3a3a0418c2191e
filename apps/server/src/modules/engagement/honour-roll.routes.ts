// HTTP for the honour roll (vinh danh): a month's top learners and places of a unit or organisation
// in the officer's scope, as JSON or as the CSV / XLSX an official commendation is drafted from.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { errorResponses } from '../../lib/http.ts';
import { sendTable, type TableColumn } from '../../lib/table-export.ts';
import { requireActor } from '../../plugins/auth.ts';
import { HonourRollQuery, HonourRollReply } from './honour-roll.schemas.ts';
import { GOAL_DAYS, honourRoll } from './honour-roll.service.ts';

const learnerColumns: TableColumn[] = [
  { key: 'stt', header: 'STT', type: 'number', width: 6 },
  { key: 'rank', header: 'Hạng', type: 'number', width: 6 },
  { key: 'name', header: 'Họ và tên', width: 30 },
  { key: 'unitName', header: 'Xã/phường', width: 26 },
  { key: 'organisationName', header: 'Cơ quan/tổ chức', width: 32 },
  { key: 'xp', header: 'Điểm tháng', type: 'number' },
  { key: 'goalDays', header: 'Số ngày đạt mục tiêu', type: 'number' },
  { key: 'badges', header: 'Huy hiệu trong tháng', width: 40 },
  { key: 'public', header: 'Đồng ý công khai', width: 12 },
];

const placeColumns = (kind: 'unit' | 'organisation'): TableColumn[] => [
  { key: 'stt', header: 'STT', type: 'number', width: 6 },
  { key: 'rank', header: 'Hạng', type: 'number', width: 6 },
  { key: 'name', header: kind === 'unit' ? 'Xã/phường' : 'Cơ quan/tổ chức', width: 32 },
  { key: 'activeLearners', header: 'Số người học tích cực', type: 'number' },
  { key: 'meanXp', header: 'Điểm tháng trung bình', type: 'number' },
  { key: 'totalXp', header: 'Tổng điểm tháng', type: 'number' },
  { key: 'goalLearners', header: `Số người đạt mục tiêu từ ${GOAL_DAYS} ngày`, type: 'number' },
];

const mentorColumns: TableColumn[] = [
  { key: 'stt', header: 'STT', type: 'number', width: 6 },
  { key: 'rank', header: 'Hạng', type: 'number', width: 6 },
  { key: 'name', header: 'Họ và tên', width: 30 },
  { key: 'unitName', header: 'Xã/phường', width: 26 },
  { key: 'organisationName', header: 'Cơ quan/tổ chức', width: 32 },
  { key: 'passed', header: 'Số người hướng dẫn đạt trong tháng', type: 'number' },
  { key: 'passedTotal', header: 'Tổng số người hướng dẫn đạt', type: 'number' },
  { key: 'public', header: 'Đồng ý công khai', width: 12 },
];

export function honourRollRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/engagement/honour-roll',
    {
      schema: {
        tags: ['engagement'],
        summary: "A month's honour roll of a unit or organisation in my scope (csv/xlsx to export)",
        querystring: HonourRollQuery,
        response: { 200: HonourRollReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const roll = await honourRoll(ctx.db, requireActor(req), q);
      if (q.format === 'json') return roll;
      const [y, m] = roll.month.split('-');
      const name = `Vinh danh tháng ${m}-${y} ${roll.place.name}`;
      if (q.table === 'places') {
        const rows = (roll.places?.items ?? []).map((p, i) => ({ ...p, stt: i + 1 }));
        const kind = roll.places?.kind ?? roll.place.kind;
        return sendTable(
          reply,
          q.format,
          `${name} - ${kind === 'unit' ? 'đơn vị' : 'tổ chức'}`,
          placeColumns(kind),
          rows,
        );
      }
      if (q.table === 'mentors') {
        const rows = roll.mentors.map((m, i) => ({ ...m, stt: i + 1, public: m.public ? 'Có' : 'Không' }));
        return sendTable(reply, q.format, `${name} - Đại sứ số`, mentorColumns, rows);
      }
      const rows = roll.learners.map((l, i) => ({
        ...l,
        stt: i + 1,
        badges: l.badges.join(', '),
        public: l.public ? 'Có' : 'Không',
      }));
      return sendTable(reply, q.format, name, learnerColumns, rows);
    },
  );
}
