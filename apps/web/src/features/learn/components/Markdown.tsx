import type { ReactNode } from 'react';

// A small, safe Markdown subset for lesson text, rendered straight to React elements: headings,
// paragraphs, bullet and numbered lists, quotes, rules, **bold**, *italic*, `code` and links.
// Nothing is ever injected as HTML: tags an author writes show as plain text.

type MdBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
  | { kind: 'quote'; text: string }
  | { kind: 'rule' };

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,3})[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MdBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (!line.trim()) {
      flush();
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1] as string).length, text: heading[2] as string });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      flush();
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      flush();
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] as string)) {
        quoted.push((QUOTE.exec(lines[i] as string) as RegExpExecArray)[1] as string);
        i++;
      }
      blocks.push({ kind: 'quote', text: quoted.join('\n') });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (bullet || numbered) {
      flush();
      const ordered = !bullet;
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      const start = numbered ? Number(numbered[1]) : 1;
      while (i < lines.length) {
        const current = lines[i] as string;
        const match = pattern.exec(current);
        if (match) {
          items.push((ordered ? match[2] : match[1]) as string);
        } else if (items.length && /^\s{2,}\S/.test(current)) {
          items[items.length - 1] += `\n${current.trim()}`; // continuation of the item above
        } else {
          break;
        }
        i++;
      }
      blocks.push({ kind: 'list', ordered, start, items });
      continue;
    }
    paragraph.push(line.trim());
    i++;
  }
  flush();
  return blocks;
}

/**
 * Renders lesson Markdown. Headings start at h2 (the page's h1 is the module title), so "#" and
 * "##" both become h2, "###" h3 and so on.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={className ? `prose ${className}` : 'prose'}>{renderBlocks(source)}</div>;
}

function renderBlocks(source: string): ReactNode[] {
  const out: ReactNode[] = [];
  let key = 0;
  for (const block of parseMarkdown(source)) {
    key++;
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(4, Math.max(2, block.level));
        const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
        out.push(<Tag key={key}>{renderInline(block.text)}</Tag>);
        break;
      }
      case 'paragraph':
        out.push(<p key={key}>{renderInline(block.text)}</p>);
        break;
      case 'quote':
        out.push(<blockquote key={key}>{renderBlocks(block.text)}</blockquote>);
        break;
      case 'rule':
        out.push(<hr key={key} />);
        break;
      case 'list': {
        const items: ReactNode[] = [];
        let itemKey = 0;
        for (const item of block.items) items.push(<li key={itemKey++}>{renderInline(item)}</li>);
        out.push(
          block.ordered ? (
            <ol key={key} start={block.start === 1 ? undefined : block.start}>
              {items}
            </ol>
          ) : (
            <ul key={key}>{items}</ul>
          ),
        );
        break;
      }
    }
  }
  return out;
}

// code | bold | link | italic with * | italic with _ (not inside words, so "___" blanks and
// snake_case stay as typed) | a hard line break inside a paragraph or list item.
const INLINE =
  /(`[^`\n]+`)|(\*\*(?=\S)[\s\S]*?\S\*\*|__(?=\S)[\s\S]*?\S__)|(\[[^\]\n]+\]\([^)\s]+\))|(\*(?=[^\s*])[^*\n]*?[^\s*]\*|\*[^\s*]\*)|((?<![\p{L}\p{N}_])_(?=[^\s_])[^_\n]*?[^\s_]_(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])_[^\s_]_(?![\p{L}\p{N}_]))|(\n)/gu;

/** Renders inline Markdown (bold, italic, code, links) of one paragraph, list item or label. */
export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    const [token, code, bold, link, starItalic, underscoreItalic] = match;
    key++;
    if (code) {
      out.push(<code key={key}>{code.slice(1, -1)}</code>);
    } else if (bold) {
      out.push(<strong key={key}>{renderInline(bold.slice(2, -2))}</strong>);
    } else if (link) {
      out.push(renderLink(link, key));
    } else if (starItalic || underscoreItalic) {
      out.push(<em key={key}>{renderInline(token.slice(1, -1))}</em>);
    } else {
      out.push(<br key={key} />);
    }
    last = index + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function renderLink(token: string, key: number): ReactNode {
  const split = token.indexOf('](');
  const label = token.slice(1, split);
  const href = token.slice(split + 2, -1);
  const external = /^https?:\/\/[^\s]/i.test(href);
  // "//host" and "/\host" leave the site (browsers read "\" as "/"): not local paths.
  const local = href.startsWith('/') && !/^\/[/\\]/.test(href);
  // javascript:, data:, vbscript:, entity-encoded "javascript&#58;…" (no scheme match) stay text.
  if (!external && !local && !/^mailto:[^\s:]+$/i.test(href)) return label;
  return (
    <a key={key} href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {renderInline(label)}
    </a>
  );
}
