// HTTP for the cascade and the mentor network (F5): placeholder until the network module lands.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';

export function networkRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
