import {
  type AgencyLink,
  directSuperiorOf,
  resolvingBodyOf,
  secondRoundAgencyViolation,
} from './complaint-round-agency';

// Hà Nội as seeded: the city committee (HN) with its inspectorate (TTTP) and reception board,
// districts until 30/6/2025, communes and wards from 1/7/2025, all directly under the city.
const city: AgencyLink = { id: 'HN', kind: 'people_committee', validTo: null };
const inspectorate: AgencyLink = { id: 'TTTP', kind: 'inspectorate', validTo: null };
const district: AgencyLink = { id: 'Q-BADINH', kind: 'people_committee', validTo: '2025-06-30' };
const ward: AgencyLink = { id: 'P-BADINH', kind: 'people_committee', validTo: null };
const oldCommune: AgencyLink = { id: 'X-CU', kind: 'people_committee', validTo: '2025-06-30' };
const districtInspectorate: AgencyLink = { id: 'TT-Q', kind: 'inspectorate', validTo: null };

const chains = {
  city: [city],
  inspectorate: [inspectorate, city],
  ward: [ward, city],
  district: [district, city],
  districtInspectorate: [districtInspectorate, district, city],
  oldCommune: [oldCommune, district, city],
};

describe('the resolver of a proceeding: an inspectorate works for its committee (Luật KN 2011 Điều 25; DOMAIN §1.1)', () => {
  it.each([
    ['city', 'HN'],
    ['inspectorate', 'HN'],
    ['ward', 'P-BADINH'],
    ['districtInspectorate', 'Q-BADINH'],
  ] as const)('%s → %s', (unit, body) => {
    expect(resolvingBodyOf(chains[unit])).toBe(body);
  });
});

describe('round 2 goes to the directly superior body of the round-1 resolver (Luật KN 2011 Điều 33; Điều 18, 21)', () => {
  it.each([
    ['ward', 'city', '2026-03-25'],
    ['ward', 'inspectorate', '2026-03-25'],
    ['district', 'city', '2025-03-01'],
    ['districtInspectorate', 'city', '2025-03-01'],
    ['oldCommune', 'district', '2025-03-01'],
    ['oldCommune', 'city', '2025-07-01'],
  ] as const)('round 1 at %s, round 2 at %s on %s: allowed', (first, second, on) => {
    expect(secondRoundAgencyViolation(chains[first], chains[second], on)).toBeNull();
  });

  it.each([
    ['ward', 'ward', '2026-03-25'],
    ['inspectorate', 'city', '2026-03-25'],
    ['city', 'city', '2026-03-25'],
    ['oldCommune', 'city', '2025-03-01'],
    ['districtInspectorate', 'district', '2025-03-01'],
  ] as const)('round 1 at %s, round 2 at %s on %s: 409', (first, second, on) => {
    expect(secondRoundAgencyViolation(chains[first], chains[second], on)).toEqual({
      code: 'COMPLAINT_SECOND_ROUND_WRONG_AGENCY',
      field: 'firstRoundId',
      rule: 'secondRoundWrongAgency',
    });
  });

  it('passes over a superior no longer in force: a commune of a closed district goes to the city (two-tier model from 1/7/2025)', () => {
    expect(directSuperiorOf(chains.oldCommune, '2025-06-30')).toBe('Q-BADINH');
    expect(directSuperiorOf(chains.oldCommune, '2025-07-01')).toBe('HN');
  });

  it('has no superior in the tree above the city (round 2 at a ministry or the Government)', () => {
    expect(directSuperiorOf(chains.inspectorate, '2026-03-25')).toBeNull();
  });
});
