import { AgencyLevel } from './agency-enums';
import { AgencyErrorCode } from './agency-errors';
import { checkPlacement } from './agency-placement';

const city = { level: AgencyLevel.Province, validFrom: '2008-08-01', validTo: null };
const district = { level: AgencyLevel.District, validFrom: '2008-08-01', validTo: '2025-06-30' };

describe('where a unit may sit in the tree (DOMAIN.md §1.2)', () => {
  it('accepts a district under the city, ending by 30/6/2025', () => {
    expect(checkPlacement(district, city)).toBeNull();
  });

  it('accepts a commune under a district or directly under the city', () => {
    const commune = { level: AgencyLevel.Commune, validFrom: '2010-01-01', validTo: '2025-06-30' };
    expect(checkPlacement(commune, district)).toBeNull();
    expect(checkPlacement({ ...commune, validFrom: '2025-07-01', validTo: null }, city)).toBeNull();
  });

  it('refuses a root that is not a province, naming parentId', () => {
    const v = checkPlacement({ ...district }, null);
    expect(v).toMatchObject({ code: AgencyErrorCode.InvalidParent, field: 'parentId' });
  });

  it('refuses a unit above its parent’s level, naming level', () => {
    const v = checkPlacement({ ...city, validTo: '2025-06-30' }, district);
    expect(v).toMatchObject({ code: AgencyErrorCode.InvalidParent, field: 'level' });
  });

  it('refuses a unit outside its parent’s validity', () => {
    const commune = { level: AgencyLevel.Commune, validFrom: '2008-01-01', validTo: null };
    expect(checkPlacement(commune, city)).toMatchObject({
      code: AgencyErrorCode.OutsideParentValidity,
      field: 'validFrom',
    });
  });
});

describe('two-tier local government from 1/7/2025: no district level (DOMAIN.md §0.1)', () => {
  it('refuses a district-level unit still in force on 1/7/2025, naming validTo', () => {
    const open = { ...district, validTo: null };
    expect(checkPlacement(open, city)).toMatchObject({
      code: AgencyErrorCode.LevelAbolished,
      field: 'validTo',
    });
    expect(checkPlacement({ ...district, validTo: '2025-07-01' }, city)).toMatchObject({
      code: AgencyErrorCode.LevelAbolished,
    });
  });

  it('refuses a district-level unit starting after 30/6/2025, naming level', () => {
    const late = { ...district, validFrom: '2025-07-01', validTo: '2025-12-31' };
    expect(checkPlacement(late, city)).toMatchObject({ field: 'level' });
  });

  it('checks the interval itself first', () => {
    const backwards = { ...district, validFrom: '2020-01-01', validTo: '2019-01-01' };
    expect(checkPlacement(backwards, city)?.code).toBe(AgencyErrorCode.InvalidValidity);
  });
});
