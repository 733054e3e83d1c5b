import { isValidOn } from '../domain/agency-validity';
import { AgencyLevel } from '../domain/agency-enums';
import { checkPlacement } from '../domain/agency-placement';
import { buildHanoiSeed } from './hanoi-seed';
import { seedAgencyId, uuidV5 } from './seed-id';

const seed = buildHanoiSeed();
const byId = new Map(seed.agencies.map((a) => [a.id, a]));
const inForce = (day: string) => seed.agencies.filter((a) => isValidOn(a, day));

describe('the Hà Nội seed (DOMAIN.md Product decision 7, §0.1)', () => {
  it('has 30 district-level units on 30/6/2025 and none on 1/7/2025', () => {
    const districts = (day: string) => inForce(day).filter((a) => a.level === AgencyLevel.District);
    expect(districts('2025-06-30')).toHaveLength(30);
    expect(districts('2025-07-01')).toHaveLength(0);
  });

  it('has 126 commune-level units from 1/7/2025: 51 phường and 75 xã', () => {
    const communes = inForce('2025-07-01').filter((a) => a.level === AgencyLevel.Commune);
    expect(communes).toHaveLength(126);
    expect(communes.filter((a) => a.code.startsWith('HN-P-'))).toHaveLength(51);
    expect(communes.filter((a) => a.code.startsWith('HN-X-'))).toHaveLength(75);
  });

  it('had Huyện Từ Liêm until 31/3/2014, split into Nam and Bắc Từ Liêm', () => {
    expect(inForce('2014-03-31').map((a) => a.code)).toContain('HN-H-TULIEM');
    expect(inForce('2014-04-01').map((a) => a.code)).not.toContain('HN-H-TULIEM');
    const split = seed.successions.filter((s) => s.predecessorId === seedAgencyId('HN-H-TULIEM'));
    expect(split.map((s) => byId.get(s.successorId)?.code).sort()).toEqual([
      'HN-Q-BACTULIEM',
      'HN-Q-NAMTULIEM',
    ]);
  });

  it('uses unique, well-formed codes and names with Vietnamese diacritics', () => {
    const codes = seed.agencies.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
    expect(byId.get(seedAgencyId('HN-Q-BADINH'))?.name).toBe('Ủy ban nhân dân quận Ba Đình');
    expect(byId.get(seedAgencyId('HN-TX-SONTAY'))?.name).toBe('Ủy ban nhân dân thị xã Sơn Tây');
  });

  it('places every unit validly under its parent (parents first)', () => {
    const seen = new Set<string>();
    for (const unit of seed.agencies) {
      const parent = unit.parentId === null ? null : (byId.get(unit.parentId) ?? null);
      if (unit.parentId !== null) expect(seen.has(unit.parentId)).toBe(true);
      expect(checkPlacement(unit, parent)).toBeNull();
      seen.add(unit.id);
    }
  });

  it('links every district of 30/6/2025 to at least one new unit, each new unit once', () => {
    const twoTier = seed.successions.filter((s) => s.effectiveOn === '2025-07-01');
    const predecessors = new Set(twoTier.map((s) => s.predecessorId));
    expect(predecessors.size).toBe(30);
    expect(new Set(twoTier.map((s) => s.successorId)).size).toBe(126);
    for (const s of twoTier) {
      expect(byId.get(s.predecessorId)?.validTo).toBe('2025-06-30');
      expect(byId.get(s.successorId)?.validFrom).toBe('2025-07-01');
    }
  });

  it('derives the same RFC 9562 version-5 ids on every run', () => {
    // The RFC 9562 test vector: v5 of "www.example.com" in the DNS namespace.
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(buildHanoiSeed()).toEqual(seed);
  });
});
