// Deterministic, plausible Vietnamese demo people (no real persons).
import type { CreatePersonInput } from '../people/people.schemas.ts';

const familyNames = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Ma',
  'Triệu',
  'Nông',
];
const middleMale = ['Văn', 'Đức', 'Quang', 'Minh', 'Hữu', 'Công'];
const middleFemale = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Minh'];
const givenMale = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thắng',
  'Tùng',
  'Việt',
];
const givenFemale = [
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Nhung',
  'Thảo',
  'Yến',
];

/** Small deterministic PRNG so every demo database looks the same. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const out: DemoPerson[] = [];
  for (let i = 0; i < n; i++) {
    const female = rnd() < 0.5;
    const birthYear = 1950 + Math.floor(rnd() * 60);
    const age = 2026 - birthYear;
    const fullName = `${pick(familyNames)} ${pick(female ? middleFemale : middleMale)} ${pick(female ? givenFemale : givenMale)}`;
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
