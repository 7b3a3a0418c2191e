// HTTP for the network (F5): the trainer register and ToT certification, the cascade summary,
// support people for online public services, community digital technology teams. Holders of
// network.manage act inside their scope; a class's own trainer may certify its members.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, originOf, requestMeta } from '../../lib/http.ts';
import { sendTable, type TableColumn } from '../../lib/table-export.ts';
import { requireActor } from '../../plugins/auth.ts';
import { cascadeSummary } from './cascade.service.ts';
import {
  AppointSupportBody,
  AppointTrainerBody,
  CascadeQuery,
  CascadeReply,
  CertifyBody,
  CertifyReply,
  Ok,
  PersonParams,
  SupportParams,
  SupportReply,
  TrainersQuery,
  TrainersReply,
  TrainerTier,
  UnitQuery,
  UpdateTrainerBody,
} from './network.schemas.ts';
import { appointSupport, listSupport, removeSupport } from './support.service.ts';
import { teamRoutes } from './teams.routes.ts';
import {
  appointTrainer,
  certifyTrainer,
  listTrainersFor,
  removeTrainer,
  updateTrainerRecord,
} from './trainers.service.ts';

const tierNames = {
  provincial: 'Giảng viên nguồn',
  core: 'Giảng viên nòng cốt',
  community: 'Giảng viên cộng đồng',
};
const coreNames = { met: 'Đạt (≥ 2 lớp)', one: 'Mới 1 lớp', none: 'Chưa mở lớp' };

const trainerColumns: TableColumn[] = [
  { key: 'stt', header: 'STT', type: 'number', width: 6 },
  { key: 'name', header: 'Họ và tên', width: 28 },
  { key: 'tierName', header: 'Cấp giảng viên', width: 22 },
  { key: 'generation', header: 'Thế hệ', type: 'number' },
  { key: 'unitName', header: 'Đơn vị', width: 28 },
  { key: 'teamName', header: 'Tổ công nghệ số', width: 28 },
  { key: 'trainedByName', header: 'Người đào tạo', width: 26 },
  { key: 'classesOpened', header: 'Số lớp đã mở', type: 'number' },
  { key: 'learnersReached', header: 'Số học viên', type: 'number' },
  { key: 'completed', header: 'Số hoàn thành', type: 'number' },
  { key: 'coreStatusName', header: 'Mở 2–3 lớp', width: 16 },
];

const communeColumns: TableColumn[] = [
  { key: 'stt', header: 'STT', type: 'number', width: 6 },
  { key: 'name', header: 'Xã/phường', width: 30 },
  { key: 'trainers', header: 'Giảng viên', type: 'number' },
  { key: 'classes', header: 'Số lớp', type: 'number' },
  { key: 'learners', header: 'Số học viên', type: 'number' },
  { key: 'completed', header: 'Số hoàn thành', type: 'number' },
  { key: 'completionRate', header: 'Tỷ lệ hoàn thành', type: 'percent' },
  { key: 'supportPersons', header: 'Người hỗ trợ DVC', type: 'number' },
  { key: 'teams', header: 'Tổ CNS cộng đồng', type: 'number' },
];

const Appointed = z.object({ personId: z.string(), tier: TrainerTier, generation: z.number().int() });

export function networkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['network'];

  r.get(
    '/api/network/trainers',
    {
      schema: {
        tags,
        summary: 'The trainer register of my scope, with classes opened and learners reached (csv/xlsx)',
        querystring: TrainersQuery,
        response: { 200: TrainersReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const exporting = q.format !== 'json';
      const res = await listTrainersFor(ctx.db, requireActor(req), q, exporting);
      if (!exporting) return res;
      const rows = res.items.map((t, i) => ({
        ...t,
        stt: i + 1,
        tierName: tierNames[t.tier],
        coreStatusName: t.coreStatus ? coreNames[t.coreStatus] : '',
      }));
      return sendTable(reply, q.format as 'csv' | 'xlsx', 'Sổ giảng viên', trainerColumns, rows);
    },
  );

  r.post(
    '/api/network/trainers',
    {
      schema: {
        tags,
        summary: 'Appoint a person of my scope as a trainer (grants the role trainer; audited)',
        body: AppointTrainerBody,
        response: { 201: Appointed, ...errorResponses },
      },
    },
    async (req, reply) => {
      const res = await appointTrainer(ctx, requireActor(req), req.body, requestMeta(req));
      return reply.status(201).send(res);
    },
  );

  r.post(
    '/api/network/trainers/certify',
    {
      schema: {
        tags,
        summary:
          "Certify an eligible member of a ToT class as a trainer of the next generation (the class's trainer or an officer)",
        body: CertifyBody,
        response: { 201: CertifyReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const res = await certifyTrainer(
        ctx,
        requireActor(req),
        req.body,
        requestMeta(req),
        originOf(ctx, req),
      );
      return reply.status(201).send(res);
    },
  );

  r.patch(
    '/api/network/trainers/:personId',
    {
      schema: {
        tags,
        summary: "Change a trainer's tier, unit or team (audited)",
        params: PersonParams,
        body: UpdateTrainerBody,
        response: { 200: Appointed, ...errorResponses },
      },
    },
    async (req) =>
      updateTrainerRecord(ctx, requireActor(req), req.params.personId, req.body, requestMeta(req)),
  );

  r.delete(
    '/api/network/trainers/:personId',
    {
      schema: {
        tags,
        summary: 'Take a trainer off the register (and the trainer role at their unit; audited)',
        params: PersonParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await removeTrainer(ctx, requireActor(req), req.params.personId, requestMeta(req));
      return { ok: true as const };
    },
  );

  r.get(
    '/api/network/cascade',
    {
      schema: {
        tags,
        summary:
          'The cascade of a unit in my scope: by generation, by commune (csv/xlsx), core status, teams, tree',
        querystring: CascadeQuery,
        response: { 200: CascadeReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const res = await cascadeSummary(ctx.db, requireActor(req), req.query.unitId);
      if (req.query.format === 'json') return res;
      const rows = res.communes.map((c, i) => ({
        ...c,
        stt: i + 1,
        completionRate: c.learners > 0 ? c.completed / c.learners : 0,
      }));
      return sendTable(reply, req.query.format, `Mô hình lan tỏa - ${res.unit.name}`, communeColumns, rows);
    },
  );

  r.get(
    '/api/network/support',
    {
      schema: {
        tags,
        summary: 'Support people for online public services per commune, and the communes without one',
        querystring: UnitQuery,
        response: { 200: SupportReply, ...errorResponses },
      },
    },
    async (req) => listSupport(ctx.db, requireActor(req), req.query.unitId),
  );

  r.post(
    '/api/network/support',
    {
      schema: {
        tags,
        summary: 'Name a person of a commune as its support person for online public services (audited)',
        body: AppointSupportBody,
        response: { 201: z.object({ unitId: z.number().int(), personId: z.string() }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const res = await appointSupport(ctx.db, requireActor(req), req.body, requestMeta(req));
      return reply.status(201).send(res);
    },
  );

  r.delete(
    '/api/network/support/:unitId/:personId',
    {
      schema: {
        tags,
        summary: "Remove a commune's support person (audited)",
        params: SupportParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await removeSupport(
        ctx.db,
        requireActor(req),
        req.params.unitId,
        req.params.personId,
        requestMeta(req),
      );
      return { ok: true as const };
    },
  );

  teamRoutes(app, ctx);
}
