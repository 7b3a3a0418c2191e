// Synthetic people of a province: names, ages (15–60 and older), target groups, vulnerable flags,
// households and workplaces, in proportions a campaign office would recognise.

import { pick, type Rng, weighted } from '../../lib/random.ts';
import { foldVietnamese } from '../../lib/text.ts';
import {
  familyNames as family,
  givenFemale as givenF,
  givenMale as givenM,
  middleFemale as middleF,
  middleMale as middleM,
} from '../../lib/vietnamese-names.ts';

export interface SynthPerson {
  fullName: string;
  searchText: string;
  birthYear: number;
  gender: 'male' | 'female';
  unitIndex: number;
  workplace: 'agency' | 'enterprise' | 'cooperative' | 'school' | 'university' | null;
  targetGroups: string[];
  vulnerabilities: string[];
  phone: string;
}

const YEAR = 2026;

export function synthPerson(r: Rng, index: number, communes: number): SynthPerson {
  const female = r() < 0.5;
  const age = weighted(r, [
    [15 + Math.floor(r() * 8), 14],
    [23 + Math.floor(r() * 22), 48],
    [45 + Math.floor(r() * 16), 26],
    [61 + Math.floor(r() * 20), 12],
  ] as const);
  const fullName = `${weighted(r, family)} ${pick(r, female ? middleF : middleM)} ${pick(r, female ? givenF : givenM)}`;
  let workplace: SynthPerson['workplace'] = null;
  let group: string;
  if (age < 18) {
    group = 'pupil';
    workplace = 'school';
  } else if (age < 23 && r() < 0.45) {
    group = 'student';
    workplace = r() < 0.6 ? 'university' : null;
  } else if (age < 61) {
    group = weighted(r, [
      ['official', 8],
      ['enterprise_worker', 30],
      ['freelancer', 27],
      ['citizen', 35],
    ] as const);
    workplace =
      group === 'official'
        ? 'agency'
        : group === 'enterprise_worker'
          ? 'enterprise'
          : r() < 0.1
            ? 'cooperative'
            : null;
  } else group = 'citizen';
  const vulnerabilities: string[] = [];
  if (age >= 60) vulnerabilities.push('elderly');
  if (r() < 0.18) vulnerabilities.push('ethnic_minority');
  if (r() < 0.04) vulnerabilities.push('poor_household');
  if (r() < 0.02) vulnerabilities.push('disabled');
  if (r() < 0.01) vulnerabilities.push('meritorious');
  // Communes differ in size: a few wards are large, many communes small.
  const unitIndex = Math.min(communes - 1, Math.floor(communes * r() ** 1.6));
  return {
    fullName,
    searchText: foldVietnamese(fullName),
    birthYear: YEAR - age,
    gender: female ? 'female' : 'male',
    unitIndex,
    workplace,
    targetGroups: [group],
    vulnerabilities,
    phone: `09${String(10_000_000 + index).slice(-8)}`,
  };
}
