import { completedOn } from './decision-completion';
import { enforcementPeriodFigures } from './enforcement-period';
import {
  disciplineEntry,
  EnforcementType as T,
  grouped,
  landEntry,
  landItem,
  sampleItem,
  tracked,
} from './enforcement-samples';
import { FORM_02_KQGQ_COLUMNS, FORM_04_KQGQ_COLUMNS, formRow } from './kqgq-forms';

describe('columns of 02/KQGQ and 04/KQGQ (DOMAIN §7.2)', () => {
  it.each([
    ['02/KQGQ', FORM_02_KQGQ_COLUMNS, 19],
    ['04/KQGQ', FORM_04_KQGQ_COLUMNS, 24],
  ])('%s has figure columns 1–%#… numbered without gaps, each figure once', (_code, columns, n) => {
    expect(columns.map((c) => c.col)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(new Set(columns.map((c) => c.field)).size).toBe(n);
  });

  it('04/KQGQ: a denunciation conclusion with land returned and collectives and persons disciplined', () => {
    const items = [
      tracked(landItem(T.ReturnLandOrg, '840', 2), [landEntry('2025-04-01', '840')]),
      tracked(sampleItem({ type: T.DisciplineOrg, collectives: 1 }), [
        {
          id: 'd1',
          on: '2025-05-02',
          documentRef: '12/QĐ-UBND',
          measure: 'Kiểm điểm',
          collectives: 1,
        },
      ]),
      tracked(sampleItem({ type: T.DisciplinePerson, persons: 3 }), [
        disciplineEntry('2025-05-03', 3, 2),
      ]),
    ];
    const conclusion = { legalEffectOn: '2025-03-20', completedOn: completedOn(items), items };
    const figures = enforcementPeriodFigures([conclusion], {
      from: '2025-03-15',
      to: '2025-06-14',
    });
    // cols 1–2 | 3–6 thu hồi | 7–12 phải trả (7–8 số tổ chức, cá nhân) | 13–18 đã trả | 19–21 | 22–24
    expect(grouped(formRow(figures, FORM_04_KQGQ_COLUMNS), [2, 4, 6, 6, 3, 3])).toBe(
      '1 1 | 0 0 0 0 | 2 0 0 840 0 0 | 2 0 0 840 0 0 | 1 3 2 | 0 0 0',
    );
  });
});
