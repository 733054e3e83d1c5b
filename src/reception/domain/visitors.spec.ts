import { VisitorRole } from './reception-enums';
import { checkDistinctVisitors, checkVisitorRefs, visitorRoles } from './visitors';

const ref = (personId: boolean, idNumber: boolean, identity: boolean) => ({
  hasPersonId: personId,
  hasIdNumber: idNumber,
  hasIdentity: identity,
});

describe('listed visitors (DOMAIN.md §2.2 column 3: name, address, ID of the persons)', () => {
  it('names each visitor in exactly one way, pointing at the entry at fault', () => {
    expect(checkVisitorRefs([ref(true, false, false), ref(false, false, true)])).toBeNull();
    expect(checkVisitorRefs([ref(true, false, false), ref(false, true, true)])).toMatchObject({
      field: 'visitors.1',
      rule: 'visitorRefAmbiguous',
    });
    expect(checkVisitorRefs([ref(false, false, false)])?.field).toBe('visitors.0');
  });

  it('lists a person once, naming the second entry', () => {
    expect(checkDistinctVisitors(['a', 'b'])).toBeNull();
    expect(checkDistinctVisitors(['a', 'b', 'a'])).toMatchObject({
      field: 'visitors.2',
      rule: 'visitorDuplicate',
    });
  });

  it('gives representatives and members in a group that sent representatives', () => {
    expect(visitorRoles(3, [1])).toEqual([
      VisitorRole.Member,
      VisitorRole.Representative,
      VisitorRole.Member,
    ]);
    expect(visitorRoles(2, [])).toEqual([VisitorRole.Visitor, VisitorRole.Visitor]);
  });
});
