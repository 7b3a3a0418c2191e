import { describe, expect, it } from 'vitest';
import { parseModuleMarkdown } from './module-markdown.ts';
import { bundledContentDir, packDirs } from './pack.sync.ts';
import { loadPack } from './pack.ts';
import { formatProblem } from './yaml-source.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

describe('content pack validation', () => {
  it('accepts a well-formed pack and parses every block type it uses', () => {
    const { pack, problems } = loadPack(fixture('mini'));
    expect(problems).toEqual([]);
    const m = pack?.modules.find((x) => x.header.id === 'mat-khau');
    expect(m?.blocks.map((b) => b.type)).toEqual(['text', 'steps', 'quiz', 'practice']);
    const steps = m?.blocks[1];
    expect(steps).toMatchObject({ type: 'steps', title: 'Đổi mật khẩu Zalo' });
    expect(m?.questionCount).toBe(3);
  });

  it('reports every problem of a broken pack as file:line: message', () => {
    const { pack, problems } = loadPack(fixture('broken'));
    expect(pack).toBeUndefined();
    const lines = problems.map((p) => formatProblem(p).replace(/^.*fixtures\/broken\//, ''));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^frameworks\/f\.yaml:10: areas\.0\.status: /),
        'modules/sai-ma.md:2: mã "ma-khac" phải trùng tên tệp "sai-ma"',
        'modules/sai-ma.md:6: năng lực "f:9.9" không có trong các khung của gói',
        expect.stringMatching(/^modules\/sai-ma\.md:15: questions\.0\.answer: /),
        'modules/sai-ma.md:19: loại khối không hợp lệ "bang"; dùng: text, steps, image, video, quiz, practice',
        'modules/sai-ma.md:23: khối "text" chưa được đóng bằng dòng ":::"',
        expect.stringMatching(/^modules\/yaml-hong\.md:2: YAML: /),
        'programmes.yaml:5: không có học phần "khong-co"',
        'certificates.yaml:8: không có khóa học "khong/co-khoa"',
        'certificates.yaml:9: năng lực "f:9.9" không có trong gói',
        'certificates.yaml:10: mã chứng nhận "khoa-hoc" bị trùng',
        'certificates.yaml:16: không có học phần "khong-co"',
      ]),
    );
    expect(lines).toHaveLength(12);
  });

  it('rejects a module without front matter or with stray text', () => {
    expect(parseModuleMarkdown('m.md', '# hello').problems[0]).toMatchObject({ line: 1 });
    const stray = parseModuleMarkdown(
      'm.md',
      '---\nid: m\ntitle: Tiêu đề\nminutes: 5\nlevel: 1\ncompetences: [a:1]\n---\nchữ lạc\n::: text\nok\n:::\n',
    );
    expect(stray.problems).toEqual([expect.objectContaining({ line: 8 })]);
  });

  it('ships packs that pass the check', () => {
    const dirs = packDirs(bundledContentDir);
    expect(dirs.length).toBeGreaterThan(0);
    for (const dir of dirs) {
      const { problems } = loadPack(dir);
      expect(problems.map(formatProblem)).toEqual([]);
    }
  });
});

describe('content catalogue', () => {
  it('lists modules and shows which competences have no module yet', async () => {
    const { renderCatalogue } = await import('./catalogue.ts');
    const { pack } = loadPack(fixture('mini'));
    if (!pack) throw new Error('fixture invalid');
    const md = renderCatalogue([pack]);
    expect(md).toContain('**2 học phần**, tổng 25 phút; 4 câu hỏi tự chấm; 1 học phần có bài thực hành');
    expect(md).toContain('| `mat-khau` | Mật khẩu mạnh | 1 | 15 | 3 | có | six-pillars:4.1 | chưa rà soát |');
    expect(md).toContain('— 2/2 năng lực có học phần');
  });

  it('is up to date with the shipped packs (regenerate with `npx lantoa content catalogue content/core`)', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderCatalogue } = await import('./catalogue.ts');
    const packs = packDirs(bundledContentDir).map((d) => loadPack(d).pack);
    if (packs.some((p) => !p)) throw new Error('a shipped pack is invalid');
    const committed = readFileSync(
      new URL('../../../../../docs/content-catalogue.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(renderCatalogue(packs as NonNullable<(typeof packs)[number]>[]));
  });
});
