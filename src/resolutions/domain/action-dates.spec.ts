import { actionDateProblem, checkActionDates } from './action-dates';

describe('the legal date of an action: recorded, so never in the future, never before its trigger', () => {
  const today = '2026-03-12';

  it('accepts today and earlier days after the trigger', () => {
    expect(actionDateProblem({ field: 'acceptedOn', date: today, today })).toBeNull();
    const notBefore = { date: '2026-03-10', rule: 'dateBeforeReceipt' as const };
    expect(
      actionDateProblem({ field: 'acceptedOn', date: '2026-03-10', today, notBefore }),
    ).toBeNull();
  });

  it('names the field of a future date and of a date before the receipt', () => {
    expect(actionDateProblem({ field: 'acceptedOn', date: '2026-03-13', today })).toMatchObject({
      field: 'acceptedOn',
      code: 'dateInFuture',
    });
    const notBefore = { date: '2026-03-10', rule: 'dateBeforeReceipt' as const };
    expect(actionDateProblem({ field: 'x', date: '2026-03-09', today, notBefore })).toMatchObject({
      field: 'x',
      code: 'dateBeforeReceipt',
    });
  });

  it('throws one 400 naming every bad date', () => {
    try {
      checkActionDates(
        { field: 'a', date: '2026-03-13', today },
        { field: 'b', date: '2026-03-14', today },
      );
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toMatchObject({ httpStatus: 400, code: 'VALIDATION_FAILED' });
      expect((e as { errors: { field: string }[] }).errors.map((x) => x.field)).toEqual(['a', 'b']);
    }
  });
});
