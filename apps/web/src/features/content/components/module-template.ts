import type { TFunction } from 'i18next';

// The starting text of a new module, following docs/content-authoring.md: a header, one text
// block and one quiz block. The competence must exist in the catalogue or the draft is refused,
// so it points at a competence of the official framework (Thông tư 02/2025) that every
// installation imports with the core pack; the author changes it.

/** Module ids are stable for ever (progress is kept by id): lower-case letters, digits, dashes. */
export const MODULE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MODULE_ID_MAX = 100;

/** Quotes a value for YAML when it could be misread (colons, leading symbols, quotes). */
function yamlText(value: string): string {
  return /^[\p{L}\p{N}][^:#'"\n]*$/u.test(value) && !/\s$/.test(value)
    ? value
    : `'${value.replace(/'/g, "''")}'`;
}

export function newModuleTemplate(id: string, t: TFunction, language: string): string {
  const text = (key: string) => yamlText(t(`content:template.${key}`));
  return [
    '---',
    `id: ${id}`,
    `title: ${text('title')}`,
    'minutes: 15',
    'level: 1',
    'competences: [tt02-2025:1.1]',
    'target_groups: [citizen]',
    `language: ${language === 'en' ? 'en' : 'vi'}`,
    `summary: ${text('summary')}`,
    '---',
    '',
    '::: text',
    t('content:template.heading'),
    '',
    t('content:template.body'),
    ':::',
    '',
    '::: quiz',
    'questions:',
    '  - id: q1',
    '    type: single',
    `    prompt: ${text('prompt')}`,
    '    options:',
    `      - ${text('option1')}`,
    `      - ${text('option2')}`,
    `      - ${text('option3')}`,
    '    answer: 0',
    `    explanation: ${text('explanation')}`,
    ':::',
    '',
  ].join('\n');
}
