/** The English name when the interface is in English and one exists; the Vietnamese one otherwise. */
export function localizedName(name: string, nameEn: string | null | undefined, language: string): string {
  return language === 'en' && nameEn ? nameEn : name;
}

/** Lower-cased, without Vietnamese diacritics: "Mật khẩu" and "mat khau" match. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
