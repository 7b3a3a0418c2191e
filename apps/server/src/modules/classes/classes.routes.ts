// HTTP for classes (F5): placeholder until the classes module lands.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';

export function classRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
