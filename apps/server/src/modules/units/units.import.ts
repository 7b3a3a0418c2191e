// Imports the official unit list (provinces and their communes/wards) idempotently: a unit is
// keyed by (code, valid_from), so re-running the import updates names instead of duplicating.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import { foldVietnamese } from '../../lib/text.ts';

export const bundledUnitsFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../reference/vn-admin-units/units-2026-07-25.json',
);

/** The date the two-level structure (province → commune/ward) took effect. */
export const REFORM_DATE = '2025-07-01';

const RawUnit = z.object({
  Code: z.string().regex(/^\d{2,5}$/),
  Name: z.string().min(1),
  NameEn: z.string().nullish(),
  FullName: z.string().min(1),
  AdministrativeUnitShortName: z.string(),
});
const RawFile = z.array(RawUnit.extend({ Wards: z.array(RawUnit) }));

type UnitType = (typeof units.$inferInsert)['type'];
const typeByShortName: Record<string, UnitType> = {
  Tỉnh: 'province',
  'Thành phố': 'city',
  Huyện: 'district',
  Quận: 'district',
  'Thị xã': 'district',
  Xã: 'commune',
  Phường: 'ward',
  'Thị trấn': 'commune',
  'Đặc khu': 'special_zone',
};

function typeOf(shortName: string, fallback: UnitType): UnitType {
  return typeByShortName[shortName.normalize('NFC')] ?? fallback;
}

export interface ImportUnitsResult {
  provinces: number;
  communes: number;
}

export async function importUnits(
  db: Db,
  file = bundledUnitsFile,
  validFrom = REFORM_DATE,
): Promise<ImportUnitsResult> {
  const data = RawFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  let communes = 0;
  await db.transaction(async (tx) => {
    for (const p of data) {
      const [prov] = await tx
        .insert(units)
        .values(row(p, typeOf(p.AdministrativeUnitShortName, 'province'), null, 1, validFrom))
        .onConflictDoUpdate({ target: [units.code, units.validFrom], set: updatable() })
        .returning({ id: units.id });
      if (!prov) throw new Error(`province ${p.Code} not stored`);
      await tx.execute(sql`update units set path = '/' || id || '/' where id = ${prov.id}`);
      if (p.Wards.length) {
        await tx
          .insert(units)
          .values(
            p.Wards.map((w) =>
              row(w, typeOf(w.AdministrativeUnitShortName, 'commune'), prov.id, 2, validFrom),
            ),
          )
          .onConflictDoUpdate({ target: [units.code, units.validFrom], set: updatable() });
      }
      communes += p.Wards.length;
    }
    await tx.execute(
      sql`update units c set path = p.path || c.id || '/' from units p where c.parent_id = p.id and c.depth = 2`,
    );
  });
  return { provinces: data.length, communes };
}

function row(
  u: z.infer<typeof RawUnit>,
  type: UnitType,
  parentId: number | null,
  depth: number,
  validFrom: string,
) {
  return {
    code: u.Code,
    name: u.Name,
    nameEn: u.NameEn ?? null,
    fullName: u.FullName,
    type,
    parentId,
    path: '',
    depth,
    searchText: foldVietnamese(`${u.FullName} ${u.Code}`),
    validFrom,
  };
}

function updatable() {
  return {
    name: sql`excluded.name`,
    nameEn: sql`excluded.name_en`,
    fullName: sql`excluded.full_name`,
    type: sql`excluded.type`,
    parentId: sql`excluded.parent_id`,
    depth: sql`excluded.depth`,
    searchText: sql`excluded.search_text`,
  };
}
