// Deterministic, plausible Vietnamese demo people (no real persons).
import { pick, rng, weighted } from '../../lib/random.ts';
import { familyNames, givenFemale, givenMale, middleFemale, middleMale } from '../../lib/vietnamese-names.ts';
import type { CreatePersonInput } from '../people/people.schemas.ts';

export interface DemoPerson {
  fullName: string;
  birthYear: number;
  gender: 'male' | 'female';
  unitIndex: number;
  orgIndex: number | null;
  targetGroups: CreatePersonInput['targetGroups'];
  vulnerabilities: CreatePersonInput['vulnerabilities'];
}

export function demoPeople(n: number, seed = 19): DemoPerson[] {
  const rnd = rng(seed);
  const out: DemoPerson[] = [];
  for (let i = 0; i < n; i++) {
    const female = rnd() < 0.5;
    const birthYear = 1950 + Math.floor(rnd() * 60);
    const age = 2026 - birthYear;
    const fullName = `${weighted(rnd, familyNames)} ${pick(rnd, female ? middleFemale : middleMale)} ${pick(rnd, female ? givenFemale : givenMale)}`;
    const roll = rnd();
    const orgIndex = roll < 0.45 ? Math.floor(rnd() * 7) : null;
    const targetGroups: DemoPerson['targetGroups'] =
      age < 19
        ? ['pupil']
        : age < 23
          ? ['student']
          : orgIndex === 3
            ? ['enterprise_worker']
            : orgIndex !== null && orgIndex < 3
              ? ['official']
              : roll < 0.7
                ? ['freelancer']
                : ['citizen'];
    const vulnerabilities: DemoPerson['vulnerabilities'] = [];
    if (age >= 60) vulnerabilities.push('elderly');
    if (rnd() < 0.12) vulnerabilities.push('ethnic_minority');
    if (rnd() < 0.05) vulnerabilities.push('poor_household');
    if (rnd() < 0.02) vulnerabilities.push('disabled');
    out.push({
      fullName,
      birthYear,
      gender: female ? 'female' : 'male',
      unitIndex: i % 3,
      orgIndex,
      targetGroups,
      vulnerabilities,
    });
  }
  return out;
}
