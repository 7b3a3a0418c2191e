// KPI targets as data (F8): whose progress a target counts (its population) and what each of them
// must achieve. Shared by the campaign templates of the content packs (campaigns.yaml) and the API.
import { z } from 'zod';
import { OrganisationType } from '../organisations/organisations.schemas.ts';
import { TargetGroup, Vulnerability } from '../people/people.schemas.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'chữ thường không dấu, số và dấu gạch ngang');
/** Key of official population figures: "working_age", "officials", "households"… */
export const populationKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'chữ thường không dấu, số và dấu gạch dưới (ví dụ working_age)');
const courseRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'dạng "<chương trình>/<khóa học>"');

/** Which people a target counts: all conditions must hold (a list matches any of its values). */
export const PersonPopulation = z
  .object({
    targetGroups: z.array(TargetGroup).min(1).optional(),
    vulnerabilities: z.array(Vulnerability).min(1).optional(),
    /** Age in whole years this year (birth year), inclusive. */
    ageMin: z.number().int().min(0).max(120).optional(),
    ageMax: z.number().int().min(0).max(120).optional(),
    /** The person works for an organisation of one of these types. */
    organisationTypes: z.array(OrganisationType).min(1).optional(),
    /** The person is in the cascade's register as a trainer of one of these tiers (F5). */
    trainerTiers: z
      .array(z.enum(['provincial', 'core', 'community']))
      .min(1)
      .optional(),
    /** The person is an active "Đại sứ số" mentor (F5). */
    mentors: z.literal(true).optional(),
  })
  .strict();

export const OrganisationPopulation = z
  .object({
    types: z.array(OrganisationType).min(1).optional(),
    /** Only enterprises located in an industrial zone. */
    industrialZone: z.boolean().optional(),
  })
  .strict();

export const HouseholdPopulation = z.object({}).strict();

/** Modules counted by a `modules` achievement: of a course, of a programme, or listed. */
const ModuleSet = z
  .object({
    course: courseRef.optional(),
    programme: slug.optional(),
    modules: z.array(slug).min(1).optional(),
  })
  .strict();

type PersonAchievementT =
  | { kind: 'registered' }
  | { kind: 'identity_verified' }
  | { kind: 'attainment' }
  | { kind: 'certificate'; templates: string[] }
  | { kind: 'course'; course: string }
  | { kind: 'programme'; programme: string }
  | { kind: 'modules'; of?: z.infer<typeof ModuleSet>; min: number; state: 'started' | 'mastered' }
  | { kind: 'weekly_minutes'; minutes: number }
  | { kind: 'classes_opened'; min: number }
  | { kind: 'mentees'; min: number; passed: boolean }
  | { kind: 'any'; of: PersonAchievementT[] }
  | { kind: 'all'; of: PersonAchievementT[] };

/**
 * What a person must have done. `weekly_minutes` looks at the last complete week (Monday–Sunday,
 * Vietnam time); every other kind holds from the moment it is reached (a revoked certificate no
 * longer counts).
 */
export const PersonAchievement: z.ZodType<PersonAchievementT> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('registered') }).strict(),
    z.object({ kind: z.literal('identity_verified') }).strict(),
    z.object({ kind: z.literal('attainment') }).strict(),
    z.object({ kind: z.literal('certificate'), templates: z.array(slug).min(1) }).strict(),
    z.object({ kind: z.literal('course'), course: courseRef }).strict(),
    z.object({ kind: z.literal('programme'), programme: slug }).strict(),
    z
      .object({
        kind: z.literal('modules'),
        of: ModuleSet.optional(),
        min: z.number().int().min(1).max(500),
        state: z.enum(['started', 'mastered']).default('mastered'),
      })
      .strict(),
    z.object({ kind: z.literal('weekly_minutes'), minutes: z.number().int().min(1).max(10_080) }).strict(),
    // A trainer opened at least `min` classes (not cancelled, ToT classes included) — "mỗi học viên
    // nòng cốt mở 2-3 lớp".
    z.object({ kind: z.literal('classes_opened'), min: z.number().int().min(1).max(100) }).strict(),
    // A mentor guides at least `min` mentees (or, with `passed`, saw that many reach the level) —
    // "mỗi mentor hướng dẫn ít nhất 05 mentee".
    z
      .object({
        kind: z.literal('mentees'),
        min: z.number().int().min(1).max(100),
        passed: z.boolean().default(false),
      })
      .strict(),
    z.object({ kind: z.literal('any'), of: z.array(PersonAchievement).min(2) }).strict(),
    z.object({ kind: z.literal('all'), of: z.array(PersonAchievement).min(2) }).strict(),
  ]),
);

/** A household meets it when at least one member meets `member` ("Gia đình số"). */
export const HouseholdAchievement = z
  .object({ kind: z.literal('member'), member: PersonAchievement })
  .strict();

/** An organisation meets it when ≥ `share` of its workers trained ≥ `minutes` in the last complete week. */
export const OrganisationAchievement = z
  .object({
    kind: z.literal('workers_weekly_training'),
    minutes: z.number().int().min(1).max(10_080),
    share: z.number().min(0).max(1),
  })
  .strict();

const common = {
  code: z.string().regex(/^[\w.-]{1,20}$/, 'mã chỉ tiêu: chữ, số, ".", "-" (tối đa 20 ký tự)'),
  title: z.string().min(5).max(300),
  titleEn: z.string().min(5).max(300).optional(),
  /** 0–1: the share of the population that must achieve it. */
  share: z.number().min(0).max(1),
  /** ISO date. */
  due: z.iso.date(),
  /** Official population figures to divide by (population_figures.key); else the roster count. */
  denominator: populationKey.optional(),
  notes: z.string().max(1000).optional(),
};

export const TemplateTarget = z.discriminatedUnion('subject', [
  z
    .object({
      ...common,
      subject: z.literal('person'),
      population: PersonPopulation.default({}),
      achievement: PersonAchievement,
    })
    .strict(),
  z
    .object({
      ...common,
      subject: z.literal('household'),
      population: HouseholdPopulation.default({}),
      achievement: HouseholdAchievement,
    })
    .strict(),
  z
    .object({
      ...common,
      subject: z.literal('organisation'),
      population: OrganisationPopulation.default({}),
      achievement: OrganisationAchievement,
    })
    .strict(),
]);

export const CampaignTemplate = z
  .object({
    id: slug,
    name: z.string().min(5),
    nameEn: z.string().min(5).optional(),
    reference: z.string().min(5),
    issuingBody: z.string().min(3).optional(),
    starts: z.iso.date(),
    ends: z.iso.date(),
    targets: z.array(TemplateTarget).min(1),
  })
  .strict();

export const CampaignTemplates = z.object({ campaigns: z.array(CampaignTemplate).default([]) }).strict();

export type PersonPopulationT = z.infer<typeof PersonPopulation>;
export type OrganisationPopulationT = z.infer<typeof OrganisationPopulation>;
export type { PersonAchievementT };
export type HouseholdAchievementT = z.infer<typeof HouseholdAchievement>;
export type OrganisationAchievementT = z.infer<typeof OrganisationAchievement>;
export type TemplateTargetT = z.infer<typeof TemplateTarget>;
export type CampaignTemplateT = z.infer<typeof CampaignTemplate>;
