import {
  PetitionErrorCode as E,
  petitionError,
  throwIfViolated,
  violation,
} from './petition-errors';

describe('petition errors: the status, the code and the field at fault', () => {
  it.each([
    [E.Invalid, 400],
    [E.AttachmentInvalid, 400],
    [E.InvalidTransition, 409],
    [E.TypeMismatch, 409],
    [E.OutcomeNotAllowed, 409],
    [E.DocumentNotApplicable, 409],
  ])('%s → %i', (code, status) => {
    const error = petitionError(violation(code, 'action', 'outcomeNotForType'));
    expect({ status: error.httpStatus, code: error.code }).toEqual({ status, code });
    expect(error.errors).toEqual([
      { field: 'action', code: 'outcomeNotForType', message: error.message },
    ]);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('throws the first violation only', () => {
    expect(() => throwIfViolated(null, violation(E.Invalid, 'field', 'fieldNotForType'))).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'field' })] }),
    );
    expect(() => throwIfViolated(null, null)).not.toThrow();
  });
});
