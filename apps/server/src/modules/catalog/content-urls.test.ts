// Addresses in lesson content: hostile links, pictures and videos are refused by line, however
// they are disguised; ordinary web addresses and pack files still pass.
import { describe, expect, it } from 'vitest';
import { linkProblems, normaliseAddress, refusedLinkScheme, schemeOf } from './content-urls.ts';
import { parseModuleMarkdown } from './module-markdown.ts';
import { bundledContentDir, packDirs } from './pack.sync.ts';
import { loadPack } from './pack.ts';

const header = `---
id: thu
title: Bài thử
minutes: 5
level: 1
competences: [six-pillars:4.1]
---
`;
const parse = (body: string) => parseModuleMarkdown('thu.md', `${header}\n${body}`);
const lineOf = (body: string, needle: string) =>
  `${header}\n${body}`.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('address normalisation', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['\u0001\tjava\nscript:alert(1)', 'javascript'],
    ['javascript&#58;alert(1)', 'javascript'],
    ['javascript&#x3A;alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['DATA:image/svg+xml;base64,PHN2Zz4=', 'data'],
    ['file:///etc/passwd', 'file'],
  ])('%j is refused as a %s: link', (raw, scheme) => {
    expect(schemeOf(raw)).toBe(scheme);
    expect(refusedLinkScheme(raw)).toBe(scheme);
  });

  it.each([
    'https://dichvucong.gov.vn',
    'HTTP://example.vn/a',
    'mailto:hotro@lantoa.vn',
    '/learn',
    'images/a.png',
    '#phan-2',
  ])('%j is a fine link', (raw) => {
    expect(refusedLinkScheme(raw)).toBeNull();
  });

  it('decodes what a browser would decode', () => {
    expect(normaliseAddress(' Java&#x09;Script&#58;x')).toBe('javascript:x');
  });

  it('finds every hostile link of a piece of Markdown, with or without spaces', () => {
    const md = '[a](javascript:x) [ok](https://a.vn) [c]( javascript:x) ![i](data:image/png;base64,AA)';
    expect(linkProblems(md).map((p) => p.index)).toEqual([0, md.indexOf('[c]'), md.indexOf('![i]')]);
  });
});

describe('module validation refuses hostile addresses by line', () => {
  it('in text and steps blocks', () => {
    const body = [
      '::: text',
      'Đọc [hướng dẫn](https://dichvucong.gov.vn) và [mục này](/learn).',
      '[a](javascript:window.__pwned=1)',
      '[b](JaVaScRiPt:window.__pwned=1) <script>vẫn chỉ là chữ</script>',
      '[d](javascript&#58;window.__pwned=1)',
      ':::',
      '',
      '::: steps',
      '1. Mở [trang](data:text/html,<b>x</b>)',
      '2. Xong',
      ':::',
    ].join('\n');
    const { module, problems } = parse(body);
    expect(module).toBeDefined(); // text blocks are kept; the problems stop the save or import
    expect(problems.map((p) => [p.line, p.message.slice(0, 26)])).toEqual([
      [lineOf(body, '[a]('), 'liên kết "javascript:" khô'],
      [lineOf(body, '[b]('), 'liên kết "javascript:" khô'],
      [lineOf(body, '[d]('), 'liên kết "javascript:" khô'],
      [lineOf(body, '1. Mở'), 'liên kết "data:" không đượ'],
    ]);
  });

  it('in captions, quiz prompts, options, explanations and practice prompts', () => {
    const body = [
      '::: quiz',
      'questions:',
      '  - id: q1',
      '    type: single',
      '    prompt: "Chọn [một](vbscript:msgbox(1))"',
      "    options: ['Có', '[Không]( javascript:x)']",
      '    answer: 0',
      '    explanation: Xem [đây](https://a.vn).',
      ':::',
      '',
      '::: image',
      'src: images/anh.png',
      'alt: Ảnh minh họa',
      'caption: "[c](javascript:x)"',
      ':::',
    ].join('\n');
    const { problems } = parse(body);
    expect(problems.map((p) => [p.line, p.message.replace(/: liên kết.*/, '')])).toEqual([
      [lineOf(body, 'prompt: "Chọn'), 'questions.0.prompt'],
      [lineOf(body, 'options:'), 'questions.0.options.1'],
      [lineOf(body, 'caption:'), 'caption'],
    ]);
  });

  it.each([
    ['image', 'src', 'javascript:alert(1)'],
    ['image', 'src', ' JaVaScRiPt:alert(1)'],
    ['image', 'src', 'data:image/svg+xml,<svg onload=alert(1)>'],
    ['image', 'src', 'images/../../api/me.png'],
    ['image', 'src', '//evil.example/a.png'],
    ['image', 'src', 'http://example.vn/a.png'],
    ['video', 'url', 'javascript:alert(1)'],
    ['video', 'url', 'data:text/html,x'],
    ['video', 'url', 'ftp://example.vn/a.mp4'],
    ['video', 'url', 'videos/../x.mp4'],
  ])('a %s whose %s is %j', (type, field, value) => {
    const extra = type === 'image' ? 'alt: Ảnh minh họa' : 'title: Video';
    const body = [`::: ${type}`, `${field}: ${JSON.stringify(value)}`, extra, ':::'].join('\n');
    const { problems } = parse(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(lineOf(body, `${field}:`));
    expect(problems[0]?.message).toMatch(new RegExp(`^${field}: .*không dùng javascript:, data:`));
  });

  it.each([
    ['image', 'src', 'images/anh-man-hinh.png'],
    ['image', 'src', 'https://dichvucong.gov.vn/anh.jpg'],
    ['video', 'url', 'videos/thanh-toan.mp4'],
    ['video', 'url', 'https://www.youtube.com/watch?v=abc'],
  ])('a %s whose %s is %j passes', (type, field, value) => {
    const extra = type === 'image' ? 'alt: Ảnh minh họa' : 'title: Video';
    const { problems } = parse([`::: ${type}`, `${field}: ${value}`, extra, ':::'].join('\n'));
    expect(problems).toEqual([]);
  });

  it('every bundled pack still passes', () => {
    for (const dir of packDirs(bundledContentDir)) expect(loadPack(dir).problems).toEqual([]);
  });
});
