// HTTP for mentors ("Đại sứ số"): placeholder until the mentoring module lands.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';

export function mentoringRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
