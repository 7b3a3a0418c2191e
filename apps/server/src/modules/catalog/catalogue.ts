// Generates docs/content-catalogue.md from the packs: programmes, tracks and modules with their
// minutes and competences, review status, and the coverage of every competence of every
// framework (which competences still have no module).
import type { LoadedPack } from './pack.ts';

const esc = (s: string) => s.replace(/\|/g, '\\|');
const minutesText = (n: number) => `${n} phút`;

export function renderCatalogue(packs: LoadedPack[]): string {
  const out: string[] = [];
  const modules = packs.flatMap((p) => p.modules);
  const byId = new Map(modules.map((m) => [m.header.id, m]));
  const totalMinutes = modules.reduce((n, m) => n + m.header.minutes, 0);
  const questions = modules.reduce((n, m) => n + m.questionCount, 0);
  const practice = modules.filter((m) => m.blocks.some((b) => b.type === 'practice')).length;
  const reviewed = modules.filter((m) => m.header.review?.reviewer).length;

  out.push('# Danh mục học liệu (content catalogue)', '');
  out.push(
    '> Tệp này được sinh tự động bằng `npx lantoa content catalogue content/<gói> …`; đừng sửa tay.',
    '',
  );
  out.push(
    `**${modules.length} học phần**, tổng ${totalMinutes} phút; ${questions} câu hỏi tự chấm; ${practice} học phần có bài thực hành; ${reviewed}/${modules.length} học phần đã có người rà soát.`,
    '',
  );

  for (const pack of packs) {
    out.push(`## Gói \`${pack.manifest.id}\` — ${pack.manifest.title}`, '');
    out.push('### Chương trình', '');
    for (const p of pack.programmes.programmes) {
      out.push(`#### ${p.title}`, '');
      for (const c of p.courses) {
        const mins = c.modules.reduce((n, id) => n + (byId.get(id)?.header.minutes ?? 0), 0);
        out.push(
          `- **${c.title}** (${c.modules.length} học phần, ${minutesText(mins)}): ${c.modules.map((id) => byId.get(id)?.header.title ?? id).join('; ')}`,
        );
      }
      out.push('');
    }
    out.push('### Lộ trình theo nhóm đối tượng', '');
    out.push('| lộ trình | nhóm | số học phần | thời lượng |', '|---|---|---|---|');
    for (const t of pack.programmes.tracks) {
      const mins = t.modules.reduce((n, id) => n + (byId.get(id)?.header.minutes ?? 0), 0);
      out.push(
        `| ${esc(t.title)} | ${t.targetGroups.join(', ')} | ${t.modules.length} | ${minutesText(mins)} |`,
      );
    }
    out.push('');
    out.push('### Học phần', '');
    out.push(
      '| mã | tên | bậc | thời lượng | câu hỏi | thực hành | năng lực | rà soát |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const m of [...pack.modules].sort((a, b) => a.header.id.localeCompare(b.header.id))) {
      const h = m.header;
      const review = h.review?.reviewer
        ? `${esc(h.review.reviewer)}${Object.values(h.review.checklist).every(Boolean) ? ' ✓' : ' (chưa đủ mục)'}`
        : 'chưa rà soát';
      out.push(
        `| \`${h.id}\` | ${esc(h.title)} | ${h.level} | ${h.minutes} | ${m.questionCount} | ${m.blocks.some((b) => b.type === 'practice') ? 'có' : '—'} | ${h.competences.join(', ')} | ${review} |`,
      );
    }
    out.push('');
  }

  out.push('## Độ phủ khung năng lực', '');
  out.push(
    'Mỗi năng lực và số học phần gắn với nó (trực tiếp, hoặc qua năng lực tương đương của khung khác). **Năng lực chưa có học phần nào được in đậm.**',
    '',
  );
  for (const pack of packs) {
    // Competences of other frameworks that declare this one as an equivalent.
    const mappedFrom = new Map<string, string[]>();
    for (const other of pack.frameworks) {
      for (const c of other.areas.flatMap((a) => a.competences)) {
        for (const eq of c.equivalents ?? [])
          mappedFrom.set(eq, [...(mappedFrom.get(eq) ?? []), `${other.id}:${c.code}`]);
      }
    }
    for (const fw of pack.frameworks) {
      const direct = (code: string) =>
        modules.filter((m) => m.header.competences.includes(`${fw.id}:${code}`)).length;
      const viaEquivalents = (code: string) =>
        modules.filter((m) =>
          (mappedFrom.get(`${fw.id}:${code}`) ?? []).some((id) => m.header.competences.includes(id)),
        ).length;
      const count = (code: string) => direct(code) || viaEquivalents(code);
      const all = fw.areas.flatMap((a) => a.competences);
      const covered = all.filter((c) => count(c.code) > 0).length;
      out.push(`### ${fw.name} (\`${fw.id}\`) — ${covered}/${all.length} năng lực có học phần`, '');
      for (const a of fw.areas) {
        out.push(`- **${a.code}. ${a.name}**`);
        for (const c of a.competences) {
          const n = count(c.code);
          const label = `${c.code} ${c.name}${c.status === 'draft' ? ' _(bản nháp)_' : ''}`;
          const via = direct(c.code) === 0 && n > 0 ? ' (qua năng lực tương đương)' : '';
          out.push(n > 0 ? `  - ${label}: ${n} học phần${via}` : `  - **${label}: chưa có học phần**`);
        }
      }
      const missing = all.filter((c) => count(c.code) === 0).map((c) => c.code);
      out.push(
        '',
        missing.length
          ? `Chưa có học phần: ${missing.join(', ')}.`
          : 'Mọi năng lực đều có ít nhất một học phần.',
        '',
      );
    }
  }
  return `${out.join('\n')}\n`;
}
