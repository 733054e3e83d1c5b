import { AgenciesService } from '../../src/agencies/agencies.service';
import { seedAgencyId } from '../../src/agencies/seed/seed-id';
import { DocumentIssuerService } from '../../src/reception/document-issuer.service';
import { createTestApp, type TestApp } from '../support/test-app';

// The issuer block of every issued document comes from the unit and the units above it, read in
// one query (it was one query per level, and three statements per level).

describe('agency ancestry for document issuers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the unit first, then its parents, up to the levels asked', async () => {
    const agencies = t.app.get(AgenciesService);
    const chain = await agencies.ancestry(seedAgencyId('HN-TTTP'), 4);
    expect(chain.map((a) => a.code)).toEqual(['HN-TTTP', 'HN']);
    expect(chain[1]).toEqual({
      id: seedAgencyId('HN'),
      code: 'HN',
      name: 'Ủy ban nhân dân thành phố Hà Nội',
      kind: expect.any(String),
      validTo: null,
    });
    expect((await agencies.ancestry(seedAgencyId('HN-TTTP'), 1)).map((a) => a.code)).toEqual([
      'HN-TTTP',
    ]);
  });

  it('gives the chains of several units in one call; an unknown unit has none', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const chains = await t.app
      .get(AgenciesService)
      .ancestries([seedAgencyId('HN-TTTP'), seedAgencyId('HN'), unknown], 4);
    expect(chains.get(seedAgencyId('HN-TTTP'))?.map((a) => a.code)).toEqual(['HN-TTTP', 'HN']);
    expect(chains.get(seedAgencyId('HN'))?.map((a) => a.code)).toEqual(['HN']);
    expect(chains.has(unknown)).toBe(false);
  });

  it('answers 404 for an unknown unit', async () => {
    await expect(
      t.app.get(AgenciesService).ancestry('00000000-0000-4000-8000-000000000000', 4),
    ).rejects.toMatchObject({ httpStatus: 404, code: 'AGENCY_NOT_FOUND' });
  });

  it('gives the issuer block of a district unit under the city (NĐ 30/2020)', async () => {
    const { issuer, agencyName } = await t.app
      .get(DocumentIssuerService)
      .issuerFor(seedAgencyId('HN-Q-BADINH'));
    expect(agencyName).toBe('Ủy ban nhân dân quận Ba Đình');
    expect(issuer).toEqual({
      parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      name: 'ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
      nameInText: 'Ủy ban nhân dân quận Ba Đình',
      abbreviation: 'UBND',
      // dated from its own locality (NĐ 30/2020 Phụ lục I; DOMAIN §8.2), not the city's
      place: 'Ba Đình',
    });
  });
});
