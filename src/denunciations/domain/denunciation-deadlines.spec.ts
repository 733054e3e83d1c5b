import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { DEFAULT_LEGAL_RULES } from '../../legal/domain/legal-rules-tc2011.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import {
  assessDenunciationTimeliness,
  computeAcceptanceNoticeDeadline,
  computeConclusionNoticeDeadline,
  computeDenunciationResolutionDeadline,
  computeHandlingDeadline,
  computePrelimCheckDeadline,
  computeTransferDeadline,
} from './denunciation-deadlines';
import { DenunciationComplexity as Complexity } from './denunciation-enums';

const source = {
  rules: DEFAULT_LEGAL_RULES,
  calendar: buildWorkingCalendar([2017, 2018, 2026].flatMap(defaultCalendarForYear)),
};

describe('resolution deadline D14: 30 days, +30 per extension, at most two (Luật Tố cáo 2018 Điều 30)', () => {
  it.each([
    // Mon 02/03/2026 + 30 = Wed 01/04
    [0, Complexity.Normal, '2026-04-01', 30],
    // + 60 = Fri 01/05 (holiday), weekend → Mon 04/05
    [1, Complexity.Complex, '2026-05-04', 60],
    // + 90 = Sun 31/05 → Mon 01/06
    [2, Complexity.EspeciallyComplex, '2026-06-01', 90],
  ])(
    '%i extension(s), %s → due %s (%i days from acceptance)',
    (extensions, complexity, due, total) => {
      const d = computeDenunciationResolutionDeadline({
        ...source,
        acceptedOn: '2026-03-02',
        extensions,
        complexity,
      });
      expect(d).toMatchObject({ dueOn: due, totalDays: total });
      expect(d.explanation.filter((s) => s.kind === 'extension')).toHaveLength(extensions);
    },
  );

  it.each([
    [1, Complexity.Normal],
    [2, Complexity.Complex],
    [-1, Complexity.Normal],
  ])('refuses %i extension(s) for a %s case (400)', (extensions, complexity) => {
    const input = { ...source, acceptedOn: '2026-03-02', extensions, complexity };
    expect(() => computeDenunciationResolutionDeadline(input)).toThrow(
      expect.objectContaining({ httpStatus: 400, code: 'DENUNCIATION_INPUT_INVALID' }),
    );
  });

  it('moves by suspended days: 02/03 + 30 = 01/04, suspended 10/03 → 17/03 (7 days) → Wed 08/04', () => {
    const suspensions = [{ from: '2026-03-10', to: '2026-03-17' }];
    const input = { ...source, acceptedOn: '2026-03-02', suspensions };
    expect(computeDenunciationResolutionDeadline(input).dueOn).toBe('2026-04-08');
  });

  it('a denunciation accepted in 2018 follows Luật Tố cáo 2011: 60 days, one extension', () => {
    // Fri 01/06/2018 + 60 = Tue 31/07/2018; + 30 (one extension) = Thu 30/08/2018
    const base = { ...source, acceptedOn: '2018-06-01' };
    expect(computeDenunciationResolutionDeadline(base)).toMatchObject({
      dueOn: '2018-07-31',
      rule: { key: 'D14', version: 1 },
    });
    expect(computeDenunciationResolutionDeadline({ ...base, extensions: 1 }).dueOn).toBe(
      '2018-08-30',
    );
    expect(() => computeDenunciationResolutionDeadline({ ...base, extensions: 2 })).toThrow(
      expect.objectContaining({ code: 'DEADLINE_INVALID_INPUT' }),
    );
  });
});

describe('timeliness of the conclusion (03/KQGQ "Chấp hành thời hạn giải quyết")', () => {
  const twoExtensions = {
    ...source,
    acceptedOn: '2026-03-02',
    extensions: 2,
    complexity: Complexity.EspeciallyComplex,
  };

  it.each([
    ['2026-06-01', 'on_time'],
    ['2026-06-02', 'late'],
  ])('two extensions, due Mon 01/06/2026, concluded %s → %s', (concludedOn, timeliness) => {
    expect(assessDenunciationTimeliness({ ...twoExtensions, concludedOn }).timeliness).toBe(
      timeliness,
    );
  });

  it('refuses a conclusion while a suspension is open (400)', () => {
    const suspensions = [{ from: '2026-03-10', to: null }];
    expect(() =>
      assessDenunciationTimeliness({ ...twoExtensions, suspensions, concludedOn: '2026-04-01' }),
    ).toThrow(expect.objectContaining({ httpStatus: 400, code: 'DENUNCIATION_INPUT_INVALID' }));
  });
});

describe('notices and handling in working days (Luật TC 2018 Điều 29 khoản 3, 35, 36)', () => {
  it('D13: accepted Mon 02/03 → notify by Mon 09/03/2026 (5 working days)', () => {
    expect(computeAcceptanceNoticeDeadline({ ...source, acceptedOn: '2026-03-02' })?.dueOn).toBe(
      '2026-03-09',
    );
  });

  // Fri 24/04: Mon 27/04 nghỉ bù Giỗ Tổ, 28–29 (2), 30/04–01/05 holidays, weekend, 04–06/05 (5)
  it('D15: concluded Fri 24/04 → send by Wed 06/05/2026', () => {
    const d = computeConclusionNoticeDeadline({ ...source, concludedOn: '2026-04-24' });
    expect(d?.dueOn).toBe('2026-05-06');
    expect(d?.explanation.map((s) => s.text).join('\n')).toContain('Nghỉ bù Giỗ Tổ Hùng Vương');
  });

  it('D16: concluded Fri 24/04 → handle by Fri 08/05/2026 (7 working days)', () => {
    expect(computeHandlingDeadline({ ...source, concludedOn: '2026-04-24' })?.dueOn).toBe(
      '2026-05-08',
    );
  });
});

describe('before 1/1/2019: the deadlines of Luật Tố cáo 2011 (Điều 20, 21)', () => {
  it('D11: received Mon 06/11/2017 → decide on acceptance by Thu 16/11 (10 days, Đ20 k1 a)', () => {
    const d = computePrelimCheckDeadline({ ...source, receivedOn: '2017-11-06' });
    expect(d.dueOn).toBe('2017-11-16');
    expect(d.rule).toMatchObject({ key: 'D11', unit: 'calendar_days', normalDays: 10 });
    expect(d.rule.legalBasis).toContain('Luật Tố cáo 2011, Điều 20');
  });

  it('D11 extended (several places to check): at most 15 days → Tue 21/11/2017', () => {
    const d = computePrelimCheckDeadline({ ...source, receivedOn: '2017-11-06', extended: true });
    expect(d.dueOn).toBe('2017-11-21');
  });

  it('D12: received Fri 10/11/2017 → forward by Fri 17/11 (05 working days, Đ20 k1 b)', () => {
    const d = computeTransferDeadline({ ...source, receivedOn: '2017-11-10' });
    expect(d.dueOn).toBe('2017-11-17');
    expect(d.rule.unit).toBe('working_days');
  });

  it('D14: accepted 01/09/2017 → 60 days, Tue 31/10/2017; complex 90 days, Thu 30/11 (Đ21)', () => {
    const at = { ...source, acceptedOn: '2017-09-01' };
    expect(computeDenunciationResolutionDeadline(at).dueOn).toBe('2017-10-31');
    const complex = { ...at, complexity: Complexity.Complex };
    expect(computeDenunciationResolutionDeadline(complex).dueOn).toBe('2017-11-30');
  });

  it('D13, D15, D16: the 2011 law sets no own term, so no due date (not an error)', () => {
    expect(computeAcceptanceNoticeDeadline({ ...source, acceptedOn: '2017-09-01' })).toBeNull();
    expect(computeConclusionNoticeDeadline({ ...source, concludedOn: '2017-10-20' })).toBeNull();
    expect(computeHandlingDeadline({ ...source, concludedOn: '2017-10-20' })).toBeNull();
  });

  it('the switch is on 1/1/2019: accepted 31/12/2018 has no D13, accepted 02/01/2019 has one', () => {
    expect(computeAcceptanceNoticeDeadline({ ...source, acceptedOn: '2018-12-31' })).toBeNull();
    const d = computeAcceptanceNoticeDeadline({ ...source, acceptedOn: '2019-01-02' });
    expect(d?.rule.legalBasis).toBe('Luật Tố cáo 2018, Điều 29');
  });
});
