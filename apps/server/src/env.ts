// Configuration: parsed once at boot with zod. Nothing else reads process.env.
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LANTOA_DATA_DIR: z.string().min(1).default('./data'),
  LANTOA_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LANTOA_DEMO: z.enum(['true', 'false']).optional(),
  LANTOA_DEMO_PROVINCE: z
    .string()
    .regex(/^\d{2}$/)
    .default('19'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(15),
  KPI_REFRESH_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LANTOA_CONTENT_DIR: z.string().min(1).optional(),
  LANTOA_PUBLIC_URL: z
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  LANTOA_ISSUER_NAME: z.string().min(3).max(200).default('Ban Chỉ đạo phong trào "Bình dân học vụ số"'),
  LANTOA_ISSUER_KEY_FILE: z.string().min(1).optional(),
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(20_000),
});

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Key material for encrypting national ID numbers and keyed hashes. */
  secret: string | undefined;
  demo: boolean;
  demoProvinceCode: string;
  logLevel: string;
  sessionTtlHours: number;
  /** How long a signed-in actor may be served from memory (other servers see revocations within it). */
  sessionCacheSeconds: number;
  /** How often the KPI refresher drains the queue of changed people. */
  kpiRefreshSeconds: number;
  cookieSecure: 'true' | 'false' | 'auto';
  trustProxy: boolean;
  /** Folder of content packs imported at start when changed; 'none' disables. */
  contentDir: string | undefined;
  /** Public address of the platform (QR codes, credential ids); the request's own address when absent. */
  publicUrl: string | undefined;
  /** Issuing body printed on certificates and named in credentials (a template may name its own). */
  issuerName: string;
  /** JWKS file with the Ed25519 issuer keys (production secret); else <data dir>/issuer-keys.json. */
  issuerKeyFile: string | undefined;
  /** OpenAI-compatible endpoint for the practice-task judge; rubric grading when absent. */
  llm: { baseUrl: string; apiKey?: string; model: string; timeoutMs: number } | null;
};

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  if (e.NODE_ENV === 'production' && !e.LANTOA_SECRET) {
    throw new EnvError('Invalid configuration:\n  LANTOA_SECRET: required when NODE_ENV=production');
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.LANTOA_DATA_DIR),
    secret: e.LANTOA_SECRET,
    demo: e.LANTOA_DEMO ? e.LANTOA_DEMO === 'true' : e.NODE_ENV !== 'production',
    demoProvinceCode: e.LANTOA_DEMO_PROVINCE,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
    kpiRefreshSeconds: e.KPI_REFRESH_SECONDS,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY === 'true',
    contentDir: e.LANTOA_CONTENT_DIR,
    publicUrl: e.LANTOA_PUBLIC_URL,
    issuerName: e.LANTOA_ISSUER_NAME,
    issuerKeyFile: e.LANTOA_ISSUER_KEY_FILE,
    llm: e.LLM_BASE_URL
      ? { baseUrl: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY, model: e.LLM_MODEL, timeoutMs: e.LLM_TIMEOUT_MS }
      : null,
  };
}
