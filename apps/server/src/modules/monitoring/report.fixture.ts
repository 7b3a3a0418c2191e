// A realistic quarterly report for tests and layout checks: Thái Nguyên, Quý IV năm 2026, targets
// taken from the province's plans (Decision 2025 on digital capability, the "Bình dân học vụ số"
// plan), previous-quarter figures, and the 92 communes and wards of the official unit list.

import { readFileSync } from 'node:fs';
import { rng } from '../../lib/random.ts';
import type { ReportBreakdownRow, ReportFigures, ReportIndicator, TargetStatus } from './report.types.ts';

interface IndicatorSeed {
  code: string;
  title: string;
  subjectLabel: string;
  targetShare: number;
  populationSource: ReportIndicator['populationSource'];
  population: number;
  share: number;
  previousShare: number | null;
  status: TargetStatus;
  notes: string | null;
}

const seeds: IndicatorSeed[] = [
  {
    code: 'CBCCVC',
    title: 'Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số',
    subjectLabel: 'người',
    targetShare: 1,
    populationSource: 'official',
    population: 38_412,
    share: 0.8124,
    previousShare: 0.6521,
    status: 'on_track',
    notes: 'Sở Nội vụ chủ trì',
  },
  {
    code: 'LAODONG',
    title: 'Tỷ lệ người trong độ tuổi lao động được phổ cập kỹ năng số cơ bản',
    subjectLabel: 'người',
    targetShare: 0.8,
    populationSource: 'official',
    population: 1_012_345,
    share: 0.4567,
    previousShare: 0.2988,
    status: 'at_risk',
    notes: null,
  },
  {
    code: 'GIADINH',
    title: 'Tỷ lệ hộ gia đình có ít nhất 1 thành viên được tập huấn (Gia đình số)',
    subjectLabel: 'hộ gia đình',
    targetShare: 0.7,
    populationSource: 'roster',
    population: 412_560,
    share: 0.4799,
    previousShare: 0.3512,
    status: 'on_track',
    notes: 'Theo danh sách hộ do UBND cấp xã cập nhật',
  },
  {
    code: 'DN-KCN',
    title: 'Tỷ lệ doanh nghiệp KCN tổ chức đào tạo ≥ 1 giờ/tuần',
    subjectLabel: 'tổ chức',
    targetShare: 1,
    populationSource: 'roster',
    population: 286,
    share: 0.5979,
    previousShare: 0.6014,
    status: 'behind',
    notes: '2 doanh nghiệp tạm dừng đào tạo',
  },
  {
    code: 'THPT',
    title: 'Tỷ lệ học sinh trung học phổ thông được trang bị kiến thức, kỹ năng số',
    subjectLabel: 'người',
    targetShare: 1,
    populationSource: 'official',
    population: 58_930,
    share: 0.9353,
    previousShare: 0.8811,
    status: 'on_track',
    notes: null,
  },
  {
    code: 'LD-DN',
    title: 'Tỷ lệ người lao động trong doanh nghiệp, hợp tác xã có kỹ năng số cơ bản',
    subjectLabel: 'người',
    targetShare: 0.8,
    populationSource: 'roster',
    population: 145_220,
    share: 0.4261,
    previousShare: 0.3902,
    status: 'at_risk',
    notes: null,
  },
  {
    code: 'VNEID',
    title: 'Tỷ lệ người dân trưởng thành được xác nhận phổ cập kỹ năng số trên VNeID',
    subjectLabel: 'người',
    targetShare: 1,
    populationSource: 'official',
    population: 1_203_118,
    share: 0.2114,
    previousShare: 0.1542,
    status: 'behind',
    notes: 'Công an tỉnh chủ trì',
  },
  {
    code: 'YEUTHE',
    title: 'Tỷ lệ người dân tộc thiểu số, hộ nghèo, người khuyết tật tham gia đào tạo kỹ năng số',
    subjectLabel: 'người',
    targetShare: 0.5,
    populationSource: 'roster',
    population: 96_402,
    share: 0.5218,
    previousShare: 0.4409,
    status: 'met',
    notes: null,
  },
  {
    code: 'AI',
    title: 'Tỷ lệ người dân trưởng thành hoàn thành chương trình "Bình dân học AI"',
    subjectLabel: 'người',
    targetShare: 0.3,
    populationSource: 'official',
    population: 1_203_118,
    share: 0.0412,
    previousShare: null,
    status: 'on_track',
    notes: 'Chỉ tiêu mới từ Quý IV',
  },
  {
    code: 'SV-GDNN',
    title: 'Tỷ lệ sinh viên các cơ sở giáo dục nghề nghiệp được trang bị kỹ năng số',
    subjectLabel: 'người',
    targetShare: 1,
    populationSource: 'roster',
    population: 21_874,
    share: 0.7702,
    previousShare: 0.6415,
    status: 'on_track',
    notes: null,
  },
  {
    code: 'TCDS',
    title: 'Tỷ lệ thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động',
    subjectLabel: 'tổ chức',
    targetShare: 1,
    populationSource: 'official',
    population: 2_631,
    share: 0.9878,
    previousShare: 0.9521,
    status: 'on_track',
    notes: null,
  },
  {
    code: 'LD-TUDO',
    title: 'Tỷ lệ lao động tự do tham gia đào tạo kỹ năng số',
    subjectLabel: 'người',
    targetShare: 0.5,
    populationSource: 'roster',
    population: 0,
    share: 0,
    previousShare: null,
    status: 'behind',
    notes: 'Chưa có danh sách',
  },
];

/** Split a total into integer parts proportional to the weights (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

interface UnitsFile {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string }[];
}

/** The communes and wards of Thái Nguyên (code 19) from the official list shipped with the server. */
export function thaiNguyenCommunes(): { id: number; name: string }[] {
  const file = new URL('../../../reference/vn-admin-units/units-2026-07-25.json', import.meta.url);
  const provinces = JSON.parse(readFileSync(file, 'utf8')) as UnitsFile[];
  const province = provinces.find((p) => p.Code === '19');
  if (!province) throw new Error('Thái Nguyên is missing from the unit list');
  return province.Wards.map((w) => ({ id: Number(w.Code), name: w.FullName }));
}

const shareOf = (achieved: number, population: number) => (population === 0 ? null : achieved / population);

export interface ReportFixtureOptions {
  /** How many indicators (8 by default, up to 12). */
  indicators?: number;
  /** Child units in the breakdown (the 92 communes by default; 0 for a commune's own report). */
  communes?: number;
  issuingBody?: string | null;
}

export function buildReportFigures(options: ReportFixtureOptions = {}): ReportFigures {
  const picked = seeds.slice(0, options.indicators ?? 8);
  const indicators: ReportIndicator[] = picked.map((s) => {
    const achieved = Math.round(s.population * s.share);
    const previousPopulation = Math.round(s.population * 0.994);
    const previousAchieved = s.previousShare === null ? 0 : Math.round(previousPopulation * s.previousShare);
    return {
      code: s.code,
      title: s.title,
      subjectLabel: s.subjectLabel,
      targetShare: s.targetShare,
      dueOn: '2026-12-31',
      population: s.population,
      populationSource: s.populationSource,
      achieved,
      share: shareOf(achieved, s.population),
      previous:
        s.previousShare === null
          ? null
          : {
              achieved: previousAchieved,
              population: previousPopulation,
              share: shareOf(previousAchieved, previousPopulation),
            },
      status: s.status,
      notes: s.notes,
    };
  });

  const communes = thaiNguyenCommunes().slice(0, options.communes ?? 92);
  const rand = rng(19);
  const size = communes.map(() => 0.4 + rand() * 2.2);
  const progress = communes.map(() => 0.55 + rand() * 0.9);
  const columns = indicators.map((indicator) => {
    const populations = apportion(indicator.population, size);
    const achieved = apportion(
      indicator.achieved,
      populations.map((p, i) => p * (progress[i] ?? 1)),
    ).map((a, i) => Math.min(a, populations[i] ?? 0));
    // Clamping loses a few; share them out by the room left so the rows add up to the total.
    const missing = indicator.achieved - achieved.reduce((a, b) => a + b, 0);
    const room = populations.map((p, i) => p - (achieved[i] ?? 0));
    if (missing > 0) {
      apportion(missing, room).forEach((add, i) => {
        achieved[i] = (achieved[i] ?? 0) + add;
      });
    }
    return { populations, achieved };
  });
  const breakdown: ReportBreakdownRow[] = communes.map((unit, u) => ({
    unitId: unit.id,
    unitName: unit.name,
    values: indicators.map((indicator, i) => {
      const population = columns[i]?.populations[u] ?? 0;
      const achieved = columns[i]?.achieved[u] ?? 0;
      return { code: indicator.code, achieved, population, share: shareOf(achieved, population) };
    }),
  }));

  return {
    campaign: {
      id: 'tn-bdhvs',
      name: 'Phong trào "Bình dân học vụ số" trên địa bàn tỉnh Thái Nguyên',
      issuingBody:
        options.issuingBody === undefined
          ? 'UBND tỉnh Thái Nguyên\nBan Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số'
          : options.issuingBody,
    },
    unit: { id: 19, code: '19', name: 'Tỉnh Thái Nguyên' },
    period: {
      key: '2026-Q4',
      kind: 'quarter',
      start: '2026-10-01',
      end: '2026-12-31',
      dueOn: '2026-12-15',
      label: 'Quý IV năm 2026',
    },
    previousPeriod: { key: '2026-Q3', label: 'Quý III năm 2026' },
    generatedAt: '2026-12-14T02:30:00.000Z',
    indicators,
    breakdown,
    notes:
      'Một số xã vùng cao (Thượng Quan, Nghiên Loan, Cốc Đán cũ) còn thiếu thiết bị và đường truyền; đề nghị Sở Khoa học và Công nghệ phối hợp các doanh nghiệp viễn thông hỗ trợ trong Quý I năm 2027.\nChỉ tiêu "Bình dân học AI" được bổ sung từ Quý IV nên chưa có số liệu kỳ trước.',
  };
}
