// The Vietnamese words for the platform's enums (target groups, vulnerabilities, genders,
// organisation types, yes/no): what roster files may say (matched without case or diacritics) and
// what exports and reports print.
import { foldVietnamese } from './text.ts';

export type LabelMap<T extends string> = Record<T, { label: string; aliases?: string[] }>;

export const targetGroupLabels: LabelMap<
  'official' | 'pupil' | 'student' | 'enterprise_worker' | 'freelancer' | 'citizen'
> = {
  official: {
    label: 'Cán bộ, công chức, viên chức',
    aliases: ['CBCCVC', 'Cán bộ', 'Công chức', 'Viên chức', 'Cán bộ công chức viên chức'],
  },
  pupil: { label: 'Học sinh' },
  student: { label: 'Sinh viên' },
  enterprise_worker: {
    label: 'Người lao động trong doanh nghiệp',
    aliases: ['Người lao động doanh nghiệp', 'Lao động doanh nghiệp', 'Công nhân'],
  },
  freelancer: { label: 'Lao động tự do', aliases: ['Tự do'] },
  citizen: { label: 'Người dân', aliases: ['Dân cư'] },
};

export const vulnerabilityLabels: LabelMap<
  'elderly' | 'disabled' | 'ethnic_minority' | 'poor_household' | 'meritorious'
> = {
  elderly: { label: 'Người cao tuổi' },
  disabled: { label: 'Người khuyết tật' },
  ethnic_minority: { label: 'Người dân tộc thiểu số', aliases: ['Dân tộc thiểu số', 'DTTS'] },
  poor_household: { label: 'Hộ nghèo', aliases: ['Thuộc hộ nghèo'] },
  meritorious: { label: 'Người có công', aliases: ['Gia đình chính sách'] },
};

export const genderLabels: LabelMap<'male' | 'female' | 'other'> = {
  male: { label: 'Nam', aliases: ['Nam giới', 'M'] },
  female: { label: 'Nữ', aliases: ['Nữ giới', 'F'] },
  other: { label: 'Khác' },
};

export const organisationTypeLabels: LabelMap<
  | 'state_agency'
  | 'enterprise'
  | 'cooperative'
  | 'household_business'
  | 'school'
  | 'university'
  | 'vocational_school'
  | 'community_team'
> = {
  state_agency: { label: 'Cơ quan nhà nước', aliases: ['Cơ quan', 'Cơ quan hành chính', 'Đơn vị sự nghiệp'] },
  enterprise: { label: 'Doanh nghiệp', aliases: ['Công ty'] },
  cooperative: { label: 'Hợp tác xã', aliases: ['HTX'] },
  household_business: { label: 'Hộ kinh doanh' },
  school: { label: 'Trường phổ thông', aliases: ['Trường học'] },
  university: { label: 'Trường đại học', aliases: ['Đại học', 'Cao đẳng'] },
  vocational_school: { label: 'Trường nghề', aliases: ['Trường dạy nghề', 'Trung tâm giáo dục nghề nghiệp'] },
  community_team: { label: 'Tổ công nghệ số cộng đồng', aliases: ['Tổ CNSCĐ', 'Tổ công nghệ số'] },
};

export const yesWords = ['Có', 'x', 'Đã xác thực', 'Rồi', 'yes', 'true', '1'];
export const noWords = ['Không', 'Chưa', 'Chưa xác thực', 'no', 'false', '0'];

/** Folds a label for matching: no case, no diacritics, no punctuation, single spaces. */
export const foldLabel = (s: string) =>
  foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** label/alias/code (folded) → enum value. */
export function labelIndex<T extends string>(labels: LabelMap<T>): Map<string, T> {
  const index = new Map<string, T>();
  for (const [value, { label, aliases = [] }] of Object.entries(labels) as [T, LabelMap<T>[T]][]) {
    for (const word of [value, label, ...aliases]) index.set(foldLabel(word), value);
  }
  return index;
}

export const allowedLabels = <T extends string>(labels: LabelMap<T>) =>
  Object.values<{ label: string }>(labels).map((l) => l.label);
