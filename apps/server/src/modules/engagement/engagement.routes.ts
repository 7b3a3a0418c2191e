// HTTP for engagement: my progress (XP, today's goal, streak, badges, league), leaderboards of my
// commune, organisation and province, my league's table, how I appear on boards, notifications;
// officers' boards of the places in their scope.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses } from '../../lib/http.ts';
import { requireActor } from '../../plugins/auth.ts';
import { authorize } from '../access/access.policy.ts';
import { addDays, vnDay, weekOf } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import { getUnit } from '../units/units.repository.ts';
import { UnitIdParam } from '../units/units.schemas.ts';
import { refreshEngagement } from './engagement.refresh.ts';
import {
  type BoardPlace,
  classBoard,
  classOfLearner,
  periodKey,
  rankOnBoard,
  shortName,
  topOfBoard,
} from './leaderboard.ts';
import { leagueStandings } from './leagues.ts';
import { listNotifications, markRead } from './notifications.ts';
import { computeStreak } from './streak.ts';
import { engagementConfig, placesOf } from './xp.ts';

const Period = z.enum(['week', 'month', 'all']);
/** A learner's boards: also their class's (the latest they joined, or the one asked for). */
const LearnerPlace = z.enum(['class', 'commune', 'organisation', 'province']);
const Entry = z.object({
  personId: z.string(),
  name: z.string(),
  xp: z.number().int(),
  rank: z.number().int(),
  me: z.boolean(),
});

const MeReply = z.object({
  xp: z.number().int(),
  today: z.object({
    day: z.string(),
    minutes: z.number(),
    goalMinutes: z.number().int(),
    goalMet: z.boolean(),
  }),
  streak: z.object({
    days: z.number().int(),
    best: z.number().int(),
    freezes: z.number().int(),
    freezesUsed: z.number().int(),
    atRisk: z.boolean(),
  }),
  week: z.array(z.object({ day: z.string(), minutes: z.number(), goalMet: z.boolean() })),
  badges: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleEn: z.string().nullable(),
      description: z.string(),
      artworkUrl: z.string(),
      earnedAt: z.string().nullable(),
    }),
  ),
  league: z
    .object({
      week: z.string(),
      endsOn: z.string(),
      tier: z.number().int(),
      tierTitle: z.string(),
      tierTitleEn: z.string().nullable(),
      rank: z.number().int(),
      members: z.number().int(),
      promote: z.number().int(),
      demote: z.number().int(),
    })
    .nullable(),
  unreadNotifications: z.number().int(),
  profile: z.object({ displayName: z.string().nullable(), public: z.boolean(), shownAs: z.string() }),
});

const run = async <T>(db: AppContext['db'], q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q));

export function engagementRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/engagement/me',
    {
      schema: {
        tags: ['engagement'],
        summary: 'My XP, daily goal, streak, badges and league',
        response: { 200: MeReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const now = new Date();
      const today = vnDay(now);
      // Current to the minute: what the refresher would do, for me alone.
      await refreshEngagement(ctx.db, [actor.personId], now);
      const config = await engagementConfig(ctx.db);
      const [stats] = await run<Record<string, unknown>>(
        ctx.db,
        sql`select s.*, p.full_name, coalesce(lp.daily_goal_minutes, 15) as goal
          from people p left join learner_stats s on s.person_id = p.id left join learner_profiles lp on lp.person_id = p.id
          where p.id = ${actor.personId}`,
      );
      const days = await run<{ day: string; seconds: number; goal_minutes: number }>(
        ctx.db,
        sql`select day::text as day, seconds, goal_minutes from learner_days where person_id = ${actor.personId} order by day`,
      );
      const streak = computeStreak(
        days.map((d) => ({ day: d.day, seconds: Number(d.seconds), goalMinutes: Number(d.goal_minutes) })),
        today,
        config?.streak ?? { freezeEvery: 7, maxFreezes: 2 },
      );
      const goal = Number(stats?.goal ?? 15);
      const byDay = new Map(days.map((d) => [d.day, Number(d.seconds)]));
      const week = Array.from({ length: 7 }, (_, i) => addDays(today, i - 6)).map((day) => ({
        day,
        minutes: Math.floor((byDay.get(day) ?? 0) / 60),
        goalMet: (byDay.get(day) ?? 0) >= goal * 60,
      }));
      const badges = await run<Record<string, unknown>>(
        ctx.db,
        sql`select b.id, b.title, b.title_en, b.description, b.artwork, lb.awarded_at
          from badges b left join learner_badges lb on lb.badge_id = b.id and lb.person_id = ${actor.personId}
          order by b.position`,
      );
      const [member] = await run<{ tier: number; league: number }>(
        ctx.db,
        sql`select tier, league from league_members where week = ${weekOf(today)}::date and person_id = ${actor.personId}`,
      );
      let league: z.infer<typeof MeReply>['league'] = null;
      if (member && config) {
        const table = await leagueStandings(
          ctx.db,
          weekOf(today),
          Number(member.tier),
          Number(member.league),
        );
        const tier = config.leagues.tiers[Number(member.tier)];
        league = {
          week: weekOf(today),
          endsOn: addDays(weekOf(today), 6),
          tier: Number(member.tier),
          tierTitle: tier?.title ?? '',
          tierTitleEn: tier?.titleEn ?? null,
          rank: table.findIndex((m) => m.person_id === actor.personId) + 1,
          members: table.length,
          promote: config.leagues.promote,
          demote: config.leagues.demote,
        };
      }
      const [unread] = await run<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from notifications where person_id = ${actor.personId} and read_at is null`,
      );
      const displayName = (stats?.display_name as string | null) ?? null;
      return {
        xp: Number(stats?.xp ?? 0),
        today: {
          day: today,
          minutes: Math.floor((byDay.get(today) ?? 0) / 60),
          goalMinutes: goal,
          goalMet: streak.goalMetToday,
        },
        streak: {
          days: streak.streak,
          best: Math.max(streak.best, Number(stats?.streak_best ?? 0)),
          freezes: streak.freezes,
          freezesUsed: streak.freezesUsed,
          atRisk: streak.atRisk,
        },
        week,
        badges: badges.map((b) => ({
          id: String(b.id),
          title: String(b.title),
          titleEn: (b.title_en as string | null) ?? null,
          description: String(b.description),
          artworkUrl: `/packs/${String(b.artwork)}`,
          earnedAt: b.awarded_at ? new Date(b.awarded_at as string).toISOString() : null,
        })),
        league,
        unreadNotifications: Number(unread?.n ?? 0),
        profile: {
          displayName,
          public: stats?.public === undefined || stats?.public === null ? true : Boolean(stats.public),
          shownAs: displayName ?? shortName(String(stats?.full_name ?? '')),
        },
      };
    },
  );

  r.get(
    '/api/engagement/leaderboard',
    {
      schema: {
        tags: ['engagement'],
        summary: 'The top learners of my class, commune, organisation or province, and my rank',
        querystring: z
          .object({
            place: LearnerPlace.default('commune'),
            period: Period.default('week'),
            classId: z.uuid().optional(),
          })
          .strict(),
        response: {
          200: z.object({
            place: LearnerPlace,
            /** Null when I have no commune (or organisation) yet: an empty board. */
            placeName: z.string().nullable(),
            period: Period,
            top: z.array(Entry),
            me: z.object({ xp: z.number().int(), rank: z.number().int(), of: z.number().int() }).nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const q = req.query;
      const period = periodKey(q.period);
      if (q.place === 'class') {
        const own = await classOfLearner(ctx.db, actor.personId, q.classId);
        if (!own) return { place: q.place, placeName: null, period: q.period, top: [], me: null };
        const board = await classBoard(ctx.db, period, own.id, actor.personId, 50);
        return {
          place: q.place,
          placeName: own.title,
          period: q.period,
          top: board.top.map((e) => ({ ...e, me: e.personId === actor.personId })),
          me: board.me,
        };
      }
      const places = await placesOf(ctx.db, actor.personId);
      const id =
        q.place === 'commune'
          ? places.unitId
          : q.place === 'organisation'
            ? places.organisationId
            : places.provinceId;
      if (id === null) return { place: q.place, placeName: null, period: q.period, top: [], me: null };
      const name =
        q.place === 'organisation'
          ? ((await getOrganisation(ctx.db, String(id)))?.name ?? '')
          : ((await getUnit(ctx.db, Number(id)))?.name ?? '');
      const [top, me] = await Promise.all([
        topOfBoard(ctx.db, period, q.place, id, 50, 'public'),
        rankOnBoard(ctx.db, period, q.place, id, actor.personId),
      ]);
      return {
        place: q.place,
        placeName: name,
        period: q.period,
        top: top.map((e) => ({ ...e, me: e.personId === actor.personId })),
        me,
      };
    },
  );

  r.get(
    '/api/engagement/league',
    {
      schema: {
        tags: ['engagement'],
        summary: "My league's table this week",
        response: {
          200: z.object({ week: z.string(), tier: z.number().int(), members: z.array(Entry) }).nullable(),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const week = weekOf(vnDay(new Date()));
      const [member] = await run<{ tier: number; league: number }>(
        ctx.db,
        sql`select tier, league from league_members where week = ${week}::date and person_id = ${actor.personId}`,
      );
      if (!member) return null;
      const table = await leagueStandings(ctx.db, week, Number(member.tier), Number(member.league));
      return {
        week,
        tier: Number(member.tier),
        members: table.map((m, i) => ({
          personId: m.person_id,
          // In a league everyone is shown, by display name (or initials when they opted out of boards).
          name:
            m.display_name ??
            (m.public === false ? `${shortName(m.full_name).split(' ')[0]} …` : shortName(m.full_name)),
          xp: Number(m.xp),
          rank: i + 1,
          me: m.person_id === actor.personId,
        })),
      };
    },
  );

  r.patch(
    '/api/engagement/profile',
    {
      schema: {
        tags: ['engagement'],
        summary: 'How I appear on public boards: a display name, or not at all',
        body: z
          .object({
            displayName: z.string().trim().min(2).max(40).nullable().optional(),
            public: z.boolean().optional(),
          })
          .strict(),
        response: {
          200: z.object({ displayName: z.string().nullable(), public: z.boolean() }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const b = req.body;
      const [row] = await run<{ display_name: string | null; public: boolean }>(
        ctx.db,
        sql`insert into learner_stats (person_id, display_name, public)
          values (${actor.personId}, ${b.displayName ?? null}, ${b.public ?? true})
          on conflict (person_id) do update set
            display_name = case when ${b.displayName === undefined} then learner_stats.display_name else excluded.display_name end,
            public = coalesce(${b.public ?? null}::boolean, learner_stats.public), updated_at = now()
          returning display_name, public`,
      );
      return { displayName: row?.display_name ?? null, public: row?.public ?? true };
    },
  );

  r.get(
    '/api/engagement/notifications',
    {
      schema: {
        tags: ['engagement'],
        summary: 'My notifications, newest first',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                kind: z.string(),
                payload: z.record(z.string(), z.unknown()),
                createdAt: z.string(),
                read: z.boolean(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const items = await listNotifications(ctx.db, actor.personId);
      return {
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          payload: n.payload,
          createdAt: new Date(n.created_at).toISOString(),
          read: n.read_at !== null,
        })),
      };
    },
  );

  r.post(
    '/api/engagement/notifications/read',
    {
      schema: {
        tags: ['engagement'],
        summary: 'Mark my notifications read (some, or all)',
        body: z.object({ ids: z.array(z.uuid()).max(100).optional() }).strict(),
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await markRead(ctx.db, actor.personId, req.body.ids ?? 'all');
      return { ok: true as const };
    },
  );

  r.get(
    '/api/engagement/boards',
    {
      schema: {
        tags: ['engagement'],
        summary: "An officer's board of a unit or organisation in scope (full names)",
        querystring: z
          .object({
            unitId: UnitIdParam.optional(),
            organisationId: z.uuid().optional(),
            period: Period.default('month'),
          })
          .strict()
          .refine((q) => !!q.unitId !== !!q.organisationId, {
            message: 'unitId hoặc organisationId|unitId or organisationId',
          }),
        response: {
          200: z.object({ placeName: z.string(), period: Period, top: z.array(Entry.omit({ me: true })) }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const q = req.query;
      let place: BoardPlace;
      let id: string | number;
      let name: string;
      if (q.organisationId) {
        const org = await getOrganisation(ctx.db, q.organisationId);
        if (!org) throw errors.notFound('ORGANISATION_NOT_FOUND');
        authorize(actor, 'people.read', { unitPaths: [org.unitPath], organisationPath: org.path });
        place = 'organisation';
        id = org.id;
        name = org.name;
      } else {
        const unit = await getUnit(ctx.db, q.unitId as number);
        if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
        authorize(actor, 'people.read', { unitPaths: [unit.path] });
        place = unit.parentId === null ? 'province' : 'commune';
        id = unit.id;
        name = unit.name;
      }
      const top = await topOfBoard(ctx.db, periodKey(q.period), place, id, 100, 'officer');
      return { placeName: name, period: q.period, top };
    },
  );
}
