import { DataSource } from 'typeorm';
import {
  faultCauses,
  organizations,
  parts,
  productModels,
  regions,
  suppliers,
  users,
} from '../../demo/catalog';

/** Inserts rows that are not there yet, so loading the demo data twice changes nothing. */
async function insertMissing(
  db: DataSource,
  table: string,
  key: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const values = rows.map((row) => {
    const placeholders = row.map((value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  await db.query(
    `INSERT INTO master_data.${table} (${columns.join(', ')}) VALUES ${values.join(', ')}
     ON CONFLICT (${key}) DO NOTHING`,
    params,
  );
}

/** Loads the synthetic demo organisations, users and catalogs. */
export async function seedMasterData(db: DataSource): Promise<void> {
  const byParentFirst = [...organizations].sort(
    (a, b) => Number(a.centerCode !== null) - Number(b.centerCode !== null),
  );
  await insertMissing(
    db,
    'organization',
    'code',
    [
      'code',
      'name',
      'type',
      'center_code',
      'can_handle_defective_units',
      'province',
      'city',
      'area_code',
    ],
    byParentFirst.map((o) => [
      o.code,
      o.name,
      o.type,
      o.centerCode,
      o.canHandleDefectiveUnits,
      o.province,
      o.city,
      o.areaCode,
    ]),
  );
  await insertMissing(
    db,
    'app_user',
    'id',
    ['id', 'name', 'organization_code', 'roles'],
    users.map((u) => [u.id, u.name, u.organizationCode, u.roles]),
  );
  await insertMissing(
    db,
    'product_model',
    'material_code',
    ['material_code', 'brand', 'category', 'unit_kind', 'model', 'whole_unit_model'],
    productModels.map((m) => [
      m.materialCode,
      m.brand,
      m.category,
      m.unitKind,
      m.model,
      m.wholeUnitModel,
    ]),
  );
  const causesByLevel = [...faultCauses].sort((a, b) => a.code.length - b.code.length);
  await insertMissing(
    db,
    'fault_cause',
    'code',
    ['code', 'description', 'level', 'parent_code'],
    causesByLevel.map((c) => [
      c.code,
      c.description,
      c.code.length / 2,
      c.code.length > 2 ? c.code.slice(0, c.code.length - 2) : null,
    ]),
  );
  await insertMissing(
    db,
    'supplier',
    'code',
    ['code', 'name'],
    suppliers.map((s) => [s.code, s.name]),
  );
  await insertMissing(
    db,
    'part',
    'code',
    ['code', 'name', 'model', 'supplier_code'],
    parts.map((p) => [p.code, p.name, p.model, p.supplierCode]),
  );
  const regionsByLevel = [...regions].sort((a, b) => a.level - b.level);
  await insertMissing(
    db,
    'region',
    'code',
    ['code', 'name', 'parent_code', 'level', 'area_code'],
    regionsByLevel.map((r) => [r.code, r.name, r.parentCode, r.level, r.areaCode]),
  );
}
