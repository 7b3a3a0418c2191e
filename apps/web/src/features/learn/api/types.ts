// Wire shapes of /api/learning/*. Questions arrive without their answer keys; the right answer and
// the explanation come back only in the reply to an answer.

import type { TargetGroup } from '../../../lib/types';

export interface LearningProfile {
  targetGroup: TargetGroup;
  dailyGoalMinutes: number;
  unitId: number | null;
  /** "<framework>:<area>" → suggested starting level, once the placement check was taken. */
  placement: Record<string, number> | null;
  placedAt: string | null;
}

export interface ProfileInput {
  targetGroup: TargetGroup;
  unitId: number;
  dailyGoalMinutes: number;
}

export interface PlacementArea {
  area: string;
  name: string;
  levels: { level: number; statement: string }[];
}

export interface PlacementCheck {
  framework: string;
  areas: PlacementArea[];
}

export interface PlacementAnswer {
  area: string;
  level: number;
  canDo: boolean;
}

export type PlanReason = 'continue' | 'next' | 'review';

export interface PlanItem {
  moduleId: string;
  title: string;
  minutes: number;
  reason: PlanReason;
  score: number;
  blockIndex: number;
  mastered: boolean;
}

export interface TodayPlan {
  goalMinutes: number;
  track: { id: string; title: string } | null;
  items: PlanItem[];
  minutes: number;
  placed: boolean;
  minutesToday: number;
}

export interface Mastery {
  framework: string;
  areas: { area: string; name: string; score: number }[];
}

export interface Localized {
  vi: string;
  en: string;
}

interface QuestionBase {
  id: string;
  prompt: string;
  hint?: string;
}

export type Question =
  | (QuestionBase & { type: 'single'; options: string[] })
  | (QuestionBase & { type: 'multiple'; options: string[] })
  | (QuestionBase & { type: 'true_false' })
  | (QuestionBase & { type: 'ordering'; items: { index: number; text: string }[] })
  | (QuestionBase & { type: 'matching'; left: string[]; right: { index: number; text: string }[] })
  | (QuestionBase & { type: 'fill_in' })
  | (QuestionBase & { type: 'numeric'; unit?: string });

export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export interface PracticeCriterion {
  id: string;
  label: string;
}

export type Block =
  | { type: 'text'; id: string; markdown: string }
  | { type: 'steps'; id: string; title: string | null; steps: string[] }
  | { type: 'image'; id: string; src: string; alt: string; caption?: string }
  | { type: 'video'; id: string; url: string; title: string; minutes?: number; caption?: string }
  | { type: 'quiz'; id: string; questions: Question[] }
  | {
      type: 'practice';
      id: string;
      prompt: string;
      submit: 'text' | 'image' | 'file';
      example?: string;
      criteria: PracticeCriterion[];
    };

export type BlockType = Block['type'];

export interface CriterionGrade {
  id: string;
  label: string;
  /** 0..1 */
  score: number;
  weight: number;
  feedback: Localized;
}

export interface PracticeGrade {
  score: number;
  passed: boolean;
  grader: string;
  criteria: CriterionGrade[];
}

export interface QuestionProgress {
  questionId: string;
  bestScore: number;
  lastScore: number;
  attempts: number;
}

export interface PlayerModule {
  id: string;
  /** The content pack the module comes from (its pictures live under /packs/<packId>/). */
  packId: string;
  title: string;
  summary: string | null;
  minutes: number;
  level: string;
  version: number;
  competences: string[];
  masteryThreshold: number;
  blocks: Block[];
  progress: {
    blockIndex: number;
    score: number;
    mastered: boolean;
    questions: QuestionProgress[];
    practice: { blockId: string; grade: unknown }[];
  };
}

export interface AnswerResult {
  id: string;
  questionId: string;
  correct: boolean;
  score: number;
  expected: Localized;
  explanation: string;
  moduleScore: number;
  mastered: boolean;
  duplicate: boolean;
  /** Certificates this answer earned (issued at once by the server). */
  certificates?: { id: string; serial: string; title: string }[];
}

export interface PracticeResult {
  duplicate: boolean;
  grade: PracticeGrade;
}
