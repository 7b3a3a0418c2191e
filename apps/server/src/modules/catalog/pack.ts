// Loads a content pack folder and validates all of it — every file, then the references between
// files — before anything is written. Problems come back as `file:line: message`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EngagementConfig, type EngagementConfigT } from '../engagement/engagement.schemas.ts';
import { CampaignTemplates, type CampaignTemplateT } from '../monitoring/targets.schemas.ts';
import { type Block, type ParsedModule, parseModuleMarkdown } from './module-markdown.ts';
import { checkCampaigns, checkEngagement } from './pack.campaigns.ts';
import {
  Certificates,
  type CertificateTemplateT,
  Framework,
  type FrameworkT,
  PackManifest,
  type PackManifestT,
  Programmes,
  type ProgrammesT,
} from './pack.schemas.ts';
import { type Problem, YamlSource } from './yaml-source.ts';

export interface LoadedModule extends ParsedModule {
  file: string;
  source: string;
  checksum: string;
  questionCount: number;
}

export interface LoadedPack {
  dir: string;
  manifest: PackManifestT;
  frameworks: FrameworkT[];
  programmes: ProgrammesT;
  modules: LoadedModule[];
  certificates: CertificateTemplateT[];
  campaigns: CampaignTemplateT[];
  /** engagement.yaml, when the pack has one. */
  engagement: EngagementConfigT | null;
  checksum: string;
}

const rel = (dir: string, f: string) => path.relative(process.cwd(), path.join(dir, f)) || f;

function readYaml(dir: string, name: string, problems: Problem[]) {
  const file = path.join(dir, name);
  if (!existsSync(file)) return undefined;
  const src = new YamlSource(rel(dir, name), readFileSync(file, 'utf8'));
  return { src, push: () => problems.push(...src.problems) };
}

export function loadPack(dir: string): { pack?: LoadedPack; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { problems: [{ file: dir, line: 1, message: 'không tìm thấy thư mục gói nội dung' }] };
  }
  const m = readYaml(dir, 'pack.yaml', problems);
  if (!m) problems.push({ file: rel(dir, 'pack.yaml'), line: 1, message: 'thiếu tệp pack.yaml' });
  const manifest = m?.src.parse(PackManifest);
  if (manifest && manifest.id !== path.basename(path.resolve(dir))) {
    m?.src.problem(
      ['id'],
      `mã gói "${manifest.id}" phải trùng tên thư mục "${path.basename(path.resolve(dir))}"`,
    );
  }
  m?.push();

  const frameworks: FrameworkT[] = [];
  const fwDir = path.join(dir, 'frameworks');
  const fwSources = new Map<string, YamlSource>();
  for (const f of existsSync(fwDir)
    ? readdirSync(fwDir)
        .filter((x) => /\.ya?ml$/.test(x))
        .sort()
    : []) {
    const y = readYaml(dir, path.join('frameworks', f), problems);
    const fw = y?.src.parse(Framework);
    y?.push();
    if (fw && y) {
      if (fwSources.has(fw.id)) y.src.problem(['id'], `khung "${fw.id}" đã được khai báo ở tệp khác`);
      fwSources.set(fw.id, y.src);
      frameworks.push(fw);
      checkFramework(fw, y.src);
      problems.push(...y.src.problems.filter((p) => !problems.includes(p)));
    }
  }

  const p = readYaml(dir, 'programmes.yaml', problems);
  const programmes = p?.src.parse(Programmes) ?? { programmes: [], tracks: [] };
  p?.push();

  const modules: LoadedModule[] = [];
  const modDir = path.join(dir, 'modules');
  if (!existsSync(modDir))
    problems.push({ file: rel(dir, 'modules'), line: 1, message: 'thiếu thư mục modules/' });
  for (const f of existsSync(modDir)
    ? readdirSync(modDir)
        .filter((x) => x.endsWith('.md'))
        .sort()
    : []) {
    const file = rel(dir, path.join('modules', f));
    const text = readFileSync(path.join(modDir, f), 'utf8');
    const r = parseModuleMarkdown(file, text);
    problems.push(...r.problems);
    if (!r.module) continue;
    const expected = f.replace(/\.md$/, '');
    if (r.module.header.id !== expected)
      r.module.headerSource.problem(['id'], `mã "${r.module.header.id}" phải trùng tên tệp "${expected}"`);
    modules.push({
      ...r.module,
      file,
      source: text,
      checksum: createHash('sha256')
        .update(JSON.stringify([r.module.header, r.module.blocks]))
        .digest('hex'),
      questionCount: r.module.blocks.reduce((n, b) => n + (b.type === 'quiz' ? b.questions.length : 0), 0),
    });
  }

  crossCheck(dir, frameworks, programmes, modules, p?.src, problems, fwSources);
  for (const src of fwSources.values()) problems.push(...src.problems);

  const c = readYaml(dir, 'certificates.yaml', problems);
  const certificates = c?.src.parse(Certificates)?.certificates ?? [];
  if (c) checkCertificates(certificates, frameworks, programmes, modules, c.src);
  c?.push();

  const k = readYaml(dir, 'campaigns.yaml', problems);
  const campaigns = k?.src.parse(CampaignTemplates)?.campaigns ?? [];
  if (k && programmes)
    checkCampaigns(campaigns, programmes, new Set(modules.map((m) => m.header.id)), certificates, k.src);
  k?.push();

  const g = readYaml(dir, 'engagement.yaml', problems);
  const engagement = g?.src.parse(EngagementConfig) ?? null;
  if (g && engagement) checkEngagement(dir, engagement, programmes, certificates, g.src);
  g?.push();

  const checksum = createHash('sha256')
    .update(
      JSON.stringify([
        manifest,
        frameworks,
        programmes,
        modules.map((x) => x.checksum),
        certificates,
        campaigns,
      ]),
    )
    .digest('hex');
  if (problems.length || !manifest) return { problems: dedupe(problems) };
  return {
    pack: { dir, manifest, frameworks, programmes, modules, certificates, campaigns, engagement, checksum },
    problems: [],
  };
}

function checkFramework(fw: FrameworkT, src: YamlSource) {
  const areaCodes = new Set<string>();
  const compCodes = new Set<string>();
  fw.areas.forEach((a, ai) => {
    if (areaCodes.has(a.code)) src.problem(['areas', ai, 'code'], `mã lĩnh vực "${a.code}" bị trùng`);
    areaCodes.add(a.code);
    a.competences.forEach((c, ci) => {
      if (compCodes.has(c.code))
        src.problem(['areas', ai, 'competences', ci, 'code'], `mã năng lực "${c.code}" bị trùng`);
      compCodes.add(c.code);
      const levelCodes = new Set(fw.levels.map((l) => l.code));
      for (const lv of Object.keys(c.levels ?? {})) {
        if (!levelCodes.has(lv))
          src.problem(
            ['areas', ai, 'competences', ci, 'levels', lv],
            `bậc "${lv}" không có trong danh sách levels`,
          );
      }
    });
  });
  const levelCodes = new Set(fw.levels.map((l) => l.code));
  (fw.placement ?? []).forEach((p, i) => {
    if (!areaCodes.has(p.area))
      src.problem(['placement', i, 'area'], `lĩnh vực "${p.area}" không có trong khung`);
    for (const lv of Object.keys(p.statements)) {
      if (!levelCodes.has(lv))
        src.problem(['placement', i, 'statements', lv], `bậc "${lv}" không có trong danh sách levels`);
    }
  });
  (fw.attainment ?? []).forEach((a, i) => {
    a.competences.forEach((c, j) => {
      if (!c.includes(':') && !compCodes.has(c))
        src.problem(['attainment', i, 'competences', j], `năng lực "${c}" không có trong khung`);
    });
  });
}

function crossCheck(
  dir: string,
  frameworks: FrameworkT[],
  programmes: ProgrammesT,
  modules: LoadedModule[],
  progSrc: YamlSource | undefined,
  problems: Problem[],
  fwSources: Map<string, YamlSource>,
) {
  const competenceIds = new Set(
    frameworks.flatMap((f) => f.areas.flatMap((a) => a.competences.map((c) => `${f.id}:${c.code}`))),
  );
  const moduleIds = new Set<string>();
  for (const fw of frameworks) {
    for (const [i, a] of (fw.attainment ?? []).entries()) {
      a.competences.forEach((c, j) => {
        if (c.includes(':') && !competenceIds.has(c)) {
          fwSources
            .get(fw.id)
            ?.problem(['attainment', i, 'competences', j], `năng lực "${c}" không có trong gói`);
        }
      });
    }
  }
  for (const m of modules) {
    if (moduleIds.has(m.header.id)) m.headerSource.problem(['id'], `mã học phần "${m.header.id}" bị trùng`);
    moduleIds.add(m.header.id);
    m.header.competences.forEach((c, i) => {
      if (!competenceIds.has(c))
        m.headerSource.problem(['competences', i], `năng lực "${c}" không có trong các khung của gói`);
    });
    m.blocks.forEach((b: Block, n) => {
      if (b.type === 'video' && !/^https?:\/\//.test(b.url) && !existsSync(path.join(dir, b.url))) {
        problems.push({
          file: m.file,
          line: (m.blockLines[n] ?? 0) + 1,
          message: `không tìm thấy video "${b.url}" trong gói`,
        });
      }
      if (b.type === 'image' && !/^https?:\/\//.test(b.src) && !existsSync(path.join(dir, b.src))) {
        problems.push({
          file: m.file,
          line: (m.blockLines[n] ?? 0) + 1,
          message: `không tìm thấy ảnh "${b.src}" trong gói`,
        });
      }
    });
    problems.push(...m.headerSource.problems.filter((p) => !problems.includes(p)));
  }
  if (!progSrc) return;
  for (const [pi, p] of programmes.programmes.entries()) {
    for (const [ci, c] of p.courses.entries()) {
      for (const [mi, id] of c.modules.entries()) {
        if (!moduleIds.has(id))
          progSrc.problem(['programmes', pi, 'courses', ci, 'modules', mi], `không có học phần "${id}"`);
      }
    }
  }
  for (const [ti, t] of programmes.tracks.entries()) {
    for (const [mi, id] of t.modules.entries()) {
      if (!moduleIds.has(id)) progSrc.problem(['tracks', ti, 'modules', mi], `không có học phần "${id}"`);
    }
  }
  problems.push(...progSrc.problems.filter((p) => !problems.includes(p)));
}

function checkCertificates(
  templates: CertificateTemplateT[],
  frameworks: FrameworkT[],
  programmes: ProgrammesT,
  modules: LoadedModule[],
  src: YamlSource,
) {
  const moduleIds = new Set(modules.map((m) => m.header.id));
  const competenceIds = new Set(
    frameworks.flatMap((f) => f.areas.flatMap((a) => a.competences.map((c) => `${f.id}:${c.code}`))),
  );
  const ids = new Set<string>();
  templates.forEach((t, i) => {
    if (ids.has(t.id)) src.problem(['certificates', i, 'id'], `mã chứng nhận "${t.id}" bị trùng`);
    ids.add(t.id);
    const r = t.rule;
    if (r.course) {
      const [pid, cid] = r.course.split('/');
      const course = programmes.programmes.find((p) => p.id === pid)?.courses.find((x) => x.id === cid);
      if (!course) src.problem(['certificates', i, 'rule', 'course'], `không có khóa học "${r.course}"`);
    }
    if (r.programme && !programmes.programmes.some((p) => p.id === r.programme))
      src.problem(['certificates', i, 'rule', 'programme'], `không có chương trình "${r.programme}"`);
    r.modules?.forEach((m, j) => {
      if (!moduleIds.has(m))
        src.problem(['certificates', i, 'rule', 'modules', j], `không có học phần "${m}"`);
    });
    r.competences?.forEach((c, j) => {
      if (!competenceIds.has(c.id))
        src.problem(
          ['certificates', i, 'rule', 'competences', j, 'id'],
          `năng lực "${c.id}" không có trong gói`,
        );
    });
  });
}

function dedupe(problems: Problem[]) {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const k = `${p.file}:${p.line}:${p.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
