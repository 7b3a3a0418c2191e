// Schemas of the files in a content pack (after snake_case → camelCase). See docs/content-authoring.md.
import { z } from 'zod';
import { ImageAddress, VideoAddress, WebAddress } from './content-urls.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang');
const code = z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(20));
const status = z.enum(['verified', 'draft']);
export const targetGroup = z.enum([
  'official',
  'pupil',
  'student',
  'enterprise_worker',
  'freelancer',
  'citizen',
]);

export const PackManifest = z
  .object({
    id: slug,
    title: z.string().min(2),
    version: z.number().int().positive(),
    language: z.string().min(2).max(10),
    licence: z.string().optional(),
    authors: z.array(z.string()).optional(),
    description: z.string().optional(),
  })
  .strict();

const LevelDescriptor = z
  .object({ outcomes: z.array(z.string()).default([]), status: status.default('draft') })
  .strict();

export const Competence = z
  .object({
    code,
    name: z.string().min(2),
    nameEn: z.string().optional(),
    status,
    description: z.string().optional(),
    knowledge: z.array(z.string()).optional(),
    skills: z.array(z.string()).optional(),
    attitudes: z.array(z.string()).optional(),
    levels: z.record(z.string(), LevelDescriptor).optional(),
    equivalents: z.array(z.string().regex(/^[a-z0-9.-]+:[\w.]+$/, 'dạng "<khung>:<mã>"')).optional(),
  })
  .strict();

export const Framework = z
  .object({
    id: slug.or(z.string().regex(/^[a-z0-9.-]+$/)),
    version: code,
    name: z.string().min(2),
    nameEn: z.string().optional(),
    kind: z.enum(['official', 'programme', 'reference']),
    source: z
      .object({
        title: z.string().optional(),
        number: z.string().optional(),
        issuer: z.string().optional(),
        date: z
          .union([z.string(), z.date()])
          .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
          .optional(),
        url: WebAddress.optional(),
        verified: z.boolean(),
        note: z.string().optional(),
      })
      .strict(),
    levels: z
      .array(
        z
          .object({ code, name: z.string(), tier: z.string().optional(), description: z.string().optional() })
          .strict(),
      )
      .default([]),
    areas: z
      .array(
        z
          .object({
            code,
            name: z.string().min(2),
            nameEn: z.string().optional(),
            status,
            description: z.string().optional(),
            competences: z.array(Competence).default([]),
          })
          .strict(),
      )
      .min(1),
    placement: z
      .array(z.object({ area: code, statements: z.record(z.string(), z.string().min(5)) }).strict())
      .optional(),
    attainment: z
      .array(
        z
          .object({
            targetGroup,
            /** Codes of this framework, or "<framework>:<code>" of another one in the pack. */
            competences: z.array(code).min(1),
            questions: z.number().int().min(1).max(200),
            passScore: z.number().min(0).max(1),
            status,
            note: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const Programmes = z
  .object({
    programmes: z
      .array(
        z
          .object({
            id: slug,
            title: z.string().min(2),
            description: z.string().optional(),
            courses: z
              .array(
                z
                  .object({
                    id: slug,
                    title: z.string().min(2),
                    description: z.string().optional(),
                    modules: z.array(slug).min(1),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .default([]),
    tracks: z
      .array(
        z
          .object({
            id: slug,
            title: z.string().min(2),
            description: z.string().optional(),
            targetGroups: z.array(z.string()).min(1),
            modules: z.array(slug).min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const ModuleHeader = z
  .object({
    id: slug,
    title: z.string().min(2),
    minutes: z.number().int().min(1).max(60),
    level: code,
    competences: z
      .array(z.string().regex(/^[a-z0-9.-]+:[\w.]+$/, 'dạng "<khung>:<mã>", ví dụ six-pillars:4.1'))
      .min(1),
    targetGroups: z.array(targetGroup).default([]),
    language: z.string().min(2).max(10).default('vi'),
    summary: z.string().optional(),
    masteryThreshold: z.number().min(0.1).max(1).default(0.8),
    authors: z.array(z.string()).optional(),
    review: z
      .object({
        author: z.string().min(2),
        reviewer: z.string().min(2).nullable().default(null),
        reviewedOn: z
          .union([z.string(), z.date()])
          .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
          .nullable()
          .default(null),
        checklist: z
          .object({
            accuracy: z.boolean(),
            clarity: z.boolean(),
            accessibility: z.boolean(),
            answerKey: z.boolean(),
          })
          .strict(),
        notes: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ImageBlock = z
  .object({
    /** A web address, or a picture in the pack: images/<name>.png (never javascript:, data:…). */
    src: ImageAddress,
    alt: z.string().min(3, 'cần mô tả ảnh (alt) cho người khiếm thị'),
    caption: z.string().optional(),
  })
  .strict();
export const VideoBlock = z
  .object({
    /** A web address, or a video file in the pack: videos/<name>.mp4 (H.264/AAC) or .webm. */
    url: VideoAddress,
    title: z.string().min(2),
    minutes: z.number().min(0).max(60).optional(),
    caption: z.string().optional(),
  })
  .strict();

/** certificates.yaml: what a pack certifies and the rule that issues each certificate. */
export const CertificateRule = z
  .object({
    /** "<programme>/<course>": every module of the course. */
    course: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'dạng "<chương trình>/<khóa học>"')
      .optional(),
    /** Every module of every course of the programme. */
    programme: slug.optional(),
    modules: z.array(slug).min(1).optional(),
    /** Score each required module must reach (0–1); without it, the module's own mastery rule. */
    minScore: z.number().min(0).max(1).optional(),
    competences: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9.-]+:[\w.]+$/, 'dạng "<khung>:<mã>"'),
            minScore: z.number().min(0).max(1),
          })
          .strict(),
      )
      .optional(),
    /** "Đạt phổ cập" recorded for one of these target groups (any, when empty). */
    attainment: z
      .object({ targetGroups: z.array(targetGroup).default([]) })
      .strict()
      .optional(),
    /** Granted by an officer after in-person sessions or an in-person assessment, never automatically. */
    inPerson: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.course || r.programme || r.modules || r.competences || r.attainment || r.inPerson, {
    message: 'cần ít nhất một điều kiện: course, programme, modules, competences, attainment hoặc in_person',
  });

export const CertificateTemplate = z
  .object({
    id: slug,
    kind: z.enum(['level', 'course', 'programme', 'trainer', 'attainment']),
    title: z.string().min(5),
    titleEn: z.string().min(5).optional(),
    description: z.string().optional(),
    /** What the holder showed, in words (printed, and the credential's criteria.narrative). */
    criteria: z.string().min(10),
    serialPrefix: z.string().regex(/^[A-Z0-9]{2,8}$/, 'chữ in hoa không dấu và số, 2–8 ký tự'),
    issuer: z.string().min(5).optional(),
    validMonths: z.number().int().min(1).max(240).optional(),
    rule: CertificateRule,
  })
  .strict();

export const Certificates = z.object({ certificates: z.array(CertificateTemplate).default([]) }).strict();

export type PackManifestT = z.infer<typeof PackManifest>;
export type FrameworkT = z.infer<typeof Framework>;
export type ProgrammesT = z.infer<typeof Programmes>;
export type CertificateTemplateT = z.infer<typeof CertificateTemplate>;
export type CertificateRuleT = z.infer<typeof CertificateRule>;
export type ModuleHeaderT = z.infer<typeof ModuleHeader>;
