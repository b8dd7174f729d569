// HSDS 3.0 read API (to be completed): /api/hsds/, /services, /services/{id}.
import type { FastifyPluginAsync } from 'fastify';

export const hsdsApi: FastifyPluginAsync = async () => {};
