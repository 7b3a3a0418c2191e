// Campaign templates (campaigns.yaml) and engagement (engagement.yaml) of a pack: every course,
// programme, module, certificate and artwork they name must exist in the pack, ids are unique.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EngagementConfigT } from '../engagement/engagement.schemas.ts';
import {
  type CampaignTemplateT,
  type PersonAchievementT,
  TemplateTarget,
} from '../monitoring/targets.schemas.ts';
import type { CertificateTemplateT, ProgrammesT } from './pack.schemas.ts';
import type { YamlSource } from './yaml-source.ts';

type Path = (string | number)[];

export function checkCampaigns(
  campaigns: CampaignTemplateT[],
  programmes: ProgrammesT,
  moduleIds: Set<string>,
  certificates: CertificateTemplateT[],
  src: YamlSource,
) {
  const certificateIds = new Set(certificates.map((c) => c.id));
  const hasCourse = (ref: string) => {
    const [pid, cid] = ref.split('/');
    return !!programmes.programmes.find((p) => p.id === pid)?.courses.some((c) => c.id === cid);
  };
  const hasProgramme = (id: string) => programmes.programmes.some((p) => p.id === id);

  const checkAchievement = (a: PersonAchievementT, at: Path) => {
    switch (a.kind) {
      case 'course':
        if (!hasCourse(a.course)) src.problem([...at, 'course'], `không có khóa học "${a.course}"`);
        break;
      case 'programme':
        if (!hasProgramme(a.programme))
          src.problem([...at, 'programme'], `không có chương trình "${a.programme}"`);
        break;
      case 'certificate':
        a.templates.forEach((t, i) => {
          if (!certificateIds.has(t)) src.problem([...at, 'templates', i], `không có mẫu chứng nhận "${t}"`);
        });
        break;
      case 'modules':
        if (a.of?.course && !hasCourse(a.of.course))
          src.problem([...at, 'of', 'course'], `không có khóa học "${a.of.course}"`);
        if (a.of?.programme && !hasProgramme(a.of.programme))
          src.problem([...at, 'of', 'programme'], `không có chương trình "${a.of.programme}"`);
        a.of?.modules?.forEach((m, i) => {
          if (!moduleIds.has(m)) src.problem([...at, 'of', 'modules', i], `không có học phần "${m}"`);
        });
        break;
      case 'any':
      case 'all':
        a.of.forEach((x, i) => {
          checkAchievement(x, [...at, 'of', i]);
        });
        break;
    }
  };

  const ids = new Set<string>();
  campaigns.forEach((c, ci) => {
    if (ids.has(c.id)) src.problem(['campaigns', ci, 'id'], `mã chiến dịch "${c.id}" bị trùng`);
    ids.add(c.id);
    if (c.ends < c.starts) src.problem(['campaigns', ci, 'ends'], 'ngày kết thúc trước ngày bắt đầu');
    const codes = new Set<string>();
    c.targets.forEach((t, ti) => {
      const at: Path = ['campaigns', ci, 'targets', ti];
      if (codes.has(t.code)) src.problem([...at, 'code'], `mã chỉ tiêu "${t.code}" bị trùng`);
      codes.add(t.code);
      if (t.subject === 'person') checkAchievement(t.achievement, [...at, 'achievement']);
      if (t.subject === 'household') checkAchievement(t.achievement.member, [...at, 'achievement', 'member']);
      if (t.subject === 'person' && t.population.ageMin !== undefined && t.population.ageMax !== undefined) {
        if (t.population.ageMax < t.population.ageMin)
          src.problem([...at, 'population', 'age_max'], 'tuổi tối đa nhỏ hơn tuổi tối thiểu');
      }
    });
  });
}

/** Re-validates a target read back from the database (jsonb) into its typed form. */
export const parseTarget = (value: unknown) => TemplateTarget.parse(value);

export function checkEngagement(
  dir: string,
  config: EngagementConfigT,
  programmes: ProgrammesT,
  certificates: CertificateTemplateT[],
  src: YamlSource,
) {
  const ruleIds = new Set<string>();
  config.xpRules.forEach((r, i) => {
    if (ruleIds.has(r.id)) src.problem(['xp_rules', i, 'id'], `quy tắc "${r.id}" bị trùng`);
    ruleIds.add(r.id);
  });
  const ids = new Set<string>();
  config.badges.forEach((b, i) => {
    if (ids.has(b.id)) src.problem(['badges', i, 'id'], `huy hiệu "${b.id}" bị trùng`);
    ids.add(b.id);
    if (!existsSync(path.join(dir, b.artwork)))
      src.problem(['badges', i, 'artwork'], `không có tệp "${b.artwork}"`);
    const c = b.criteria;
    if (c.kind === 'course') {
      const [pid, cid] = c.course.split('/');
      if (!programmes.programmes.find((p) => p.id === pid)?.courses.some((x) => x.id === cid))
        src.problem(['badges', i, 'criteria', 'course'], `không có khóa học "${c.course}"`);
    }
    if (c.kind === 'certificate' && !certificates.some((x) => x.id === c.template))
      src.problem(['badges', i, 'criteria', 'template'], `không có mẫu chứng nhận "${c.template}"`);
  });
  if (config.leagues.promote + config.leagues.demote >= config.leagues.size)
    src.problem(['leagues', 'size'], 'số người lên hạng và xuống hạng phải ít hơn số người của giải');
}
