import { type Ctx, dayOf, next } from './statistics.factory';

// Enforcement decisions, items and progress of the random statistics dataset (statistics.factory).

const ITEM_TYPES = [
  'recover_money',
  'recover_land',
  'return_money_org',
  'return_land_org',
  'return_money_person',
  'return_land_person',
  'discipline_org',
  'discipline_person',
  'refer_investigation',
  'other',
] as const;

export async function insertEnforcement(c: Ctx, agencyId: string) {
  const effective = dayOf(c.start, c.r.int(-100, c.days));
  const kind = c.r.pick([
    'complaint_first_round',
    'complaint_second_round',
    'denunciation_conclusion',
  ]);
  const done = c.r.chance(0.5) ? dayOf(effective, c.r.int(-20, 200)) : null;
  const [d] = await c.t.dataSource.query<{ id: string }[]>(
    `INSERT INTO enforcement_decision (agency_id, kind, source, number_symbol, issued_on,
       legal_effect_on, enforcement_started_on, completed_on)
     VALUES ($1, $2, 'import', $3, $4, $4, $4, $5) RETURNING id`,
    [agencyId, kind, `${next()}/QĐ-TH`, effective, done],
  );
  const items = c.r.int(1, 3);
  for (let position = 0; position < items; position += 1) {
    const type = c.r.pick(ITEM_TYPES);
    const land = type.includes('land');
    const quantity = type.includes('money') || land;
    const [i] = await c.t.dataSource.query<{ id: string }[]>(
      `INSERT INTO enforcement_item (enforcement_decision_id, agency_id, position, type, amount,
         area, collectives, persons)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        d!.id,
        agencyId,
        position,
        type,
        quantity && !land ? String(c.r.int(1, 900) * 1_000_000) : null,
        land ? `${c.r.int(1, 900)}.${c.r.int(0, 99)}` : null,
        type === 'discipline_org' ? c.r.int(1, 3) : null,
        type.startsWith('discipline') || type === 'refer_investigation' ? c.r.int(1, 4) : null,
      ],
    );
    for (let e = c.r.int(0, 3); e > 0; e -= 1) {
      await c.t.dataSource.query(
        `INSERT INTO enforcement_progress (item_id, "on", amount, area, unit, document_ref,
           collectives, persons, cases)
         VALUES ($1, $2, $3, $4, $5, 'BB-ST', $6, $7, $8)`,
        [
          i!.id,
          dayOf(effective, c.r.int(-30, 250)),
          quantity && !land ? String(c.r.int(1, 300) * 1_000_000) : null,
          land ? `${c.r.int(1, 300)}.5` : null,
          quantity ? (land ? 'm2' : 'VND') : null,
          type.startsWith('discipline') ? c.r.int(0, 2) : null,
          type.startsWith('discipline') || type === 'refer_investigation' ? c.r.int(0, 3) : null,
          type === 'refer_investigation' ? c.r.int(0, 2) : null,
        ],
      );
    }
  }
}
