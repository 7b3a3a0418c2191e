// HTTP for roster imports: templates to download, the file upload (answered 202 at once; the job
// runs in the background), my recent imports, one import's progress and problems, its error report.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { offsetOf } from '../../lib/paging.ts';
import { requireActor } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';
import { importers } from './kinds/index.ts';
import { presentImport, presentImportSummary } from './roster.presenter.ts';
import { ImportRunner } from './roster.runner.ts';
import {
  ErrorReportQuery,
  ImportJobReply,
  ImportParams,
  ImportsQuery,
  ImportsReply,
  TemplateParams,
  TemplateQuery,
  UploadQuery,
} from './roster.schemas.ts';
import * as service from './roster.service.ts';
import {
  attachment,
  errorReportCsv,
  errorReportXlsx,
  kindTitles,
  templateCsv,
  templateXlsx,
} from './roster.spreadsheets.ts';
import { acceptFileBodies, checkBeforeBody, MAX_UPLOAD_BYTES, UPLOAD_TYPES } from './roster.upload.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['imports'];

export function rosterRoutes(app: FastifyInstance, ctx: AppContext) {
  const runner = new ImportRunner();
  app.addHook('onReady', async () => {
    await service.failAbandoned(ctx, runner);
  });
  app.addHook('onClose', async () => {
    await runner.close();
  });
  // Its own plugin scope: only here are file bodies accepted instead of JSON.
  app.register(async (scope) => {
    acceptFileBodies(scope);
    routes(scope, ctx, runner);
  });
}

function routes(app: FastifyInstance, ctx: AppContext, runner: ImportRunner) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/imports/templates/:kind',
    {
      schema: {
        tags,
        summary: 'Download the template of a kind of roster (XLSX with a guide sheet, or CSV)',
        params: TemplateParams,
        querystring: TemplateQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      service.requireKindPermission(actor, req.params.kind);
      const importer = importers[req.params.kind];
      const name = `mau-nhap-${kindTitles[importer.kind].slug}`;
      if (req.query.format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', attachment(`${name}.csv`))
          .send(templateCsv(importer));
      return reply
        .type(XLSX)
        .header('content-disposition', attachment(`${name}.xlsx`))
        .send(await templateXlsx(importer));
    },
  );

  r.post(
    '/api/imports',
    {
      schema: {
        tags,
        summary: `Upload a roster file (raw body: ${UPLOAD_TYPES.join(', ')}; at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB); answers 202 with the job`,
        querystring: UploadQuery,
        response: { 202: ImportJobReply, ...errorResponses },
      },
      // Who may send a file is settled before a byte of it is read.
      onRequest: async (req) => {
        await checkBeforeBody(req);
        const kind = (req.query as { kind?: string }).kind;
        if (kind && kind in importers) service.requireKindPermission(requireActor(req), kind as never);
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw errors.importFileType();
      const job = await service.startImport(
        ctx,
        runner,
        requireActor(req),
        { kind: req.query.kind, fileName: req.query.fileName, file: req.body },
        requestMeta(req),
        req.log,
      );
      return reply.status(202).send(presentImport(job, requestLang(req)));
    },
  );

  r.get(
    '/api/imports',
    {
      schema: {
        tags,
        summary: 'My recent imports, newest first',
        querystring: ImportsQuery,
        response: { 200: ImportsReply, ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const { items, total } = await service.listMyImports(ctx, runner, requireActor(req), {
        limit: q.pageSize,
        offset: offsetOf(q),
      });
      const lang = requestLang(req);
      return {
        items: items.map((j) => presentImportSummary(j, lang)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary:
          'An import: progress, counts and the first 200 problems (its creator and system administrators)',
        params: ImportParams,
        response: { 200: ImportJobReply, ...errorResponses },
      },
    },
    async (req) =>
      presentImport(await service.loadImport(ctx, requireActor(req), req.params.id), requestLang(req)),
  );

  r.get(
    '/api/imports/:id/errors',
    {
      schema: {
        tags,
        summary:
          'The error report of an import: every rejected row with its column and problem (CSV or XLSX)',
        params: ImportParams,
        querystring: ErrorReportQuery,
      },
    },
    async (req, reply) => {
      const { job, problems } = await service.importProblems(ctx, requireActor(req), req.params.id);
      const lang = requestLang(req);
      const base = `loi-nhap-${job.fileName.replace(/\.[^.]+$/, '')}`;
      if (req.query.format === 'xlsx')
        return reply
          .type(XLSX)
          .header('content-disposition', attachment(`${base}.xlsx`))
          .send(await errorReportXlsx(problems, lang));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(`${base}.csv`))
        .send(errorReportCsv(problems, lang));
    },
  );
}
