import { randomBytes } from 'node:crypto';

import type { INestApplicationContext } from '@nestjs/common';
import { generateSync } from 'otplib';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Role } from '../auth/role';
import { TotpService } from '../auth/totp.service';
import type { Clock } from '../common/time/clock';
import { OfficersService } from '../officers/officers.service';
import type { DemoUnit } from './demo-units';

/** The officers acting at one unit: the desk (reception and petition handling), leader, investigator. */
export interface UnitTeam {
  desk: AuthenticatedOfficer;
  leader: AuthenticatedOfficer;
  investigator: AuthenticatedOfficer;
}

/** An account printed for the newcomer (the password is shared by every demo account). */
export interface DemoLogin {
  username: string;
  roles: Role[];
  agencyCode: string;
  totpSecret: string | null;
  officer: AuthenticatedOfficer;
}

const actor = (o: { id: string; username: string; agencyId: string; roles: Role[] }) => ({
  id: o.id,
  username: o.username,
  agencyId: o.agencyId,
  roles: o.roles,
  sessionId: '00000000-0000-4000-8000-000000000000',
  assurance: 'full' as const,
});

export function demoPassword(): string {
  return `Demo-${randomBytes(6).toString('base64url')}`;
}

const slug = (code: string) => code.toLowerCase().replace(/[^a-z0-9]+/g, '.');

/** Creates the accounts through OfficersService (argon2id hashes; a few in parallel). */
export async function createDemoOfficers(
  app: INestApplicationContext,
  units: readonly DemoUnit[],
  password: string,
): Promise<UnitTeam[]> {
  const officers = app.get(OfficersService);
  const ctx = { actor: null, requestId: null };
  const make = async (unit: DemoUnit, role: string, roles: Role[], fullName: string) => {
    const dto = {
      username: `demo.${role}.${slug(unit.code)}`,
      password,
      roles,
      agencyId: unit.id,
      fullName,
    };
    return actor(await officers.create(ctx, dto));
  };
  const teams: UnitTeam[] = [];
  for (const unit of units) {
    const [desk, leader, investigator] = await Promise.all([
      make(
        unit,
        'desk',
        [Role.ReceptionOfficer, Role.PetitionHandler],
        'Cán bộ tiếp dân, xử lý đơn',
      ),
      make(unit, 'leader', [Role.Leader], 'Lãnh đạo đơn vị'),
      make(unit, 'investigator', [Role.Investigator], 'Cán bộ xác minh'),
    ]);
    teams.push({ desk, leader, investigator });
  }
  return teams;
}

/**
 * The city accounts a newcomer logs in with: admin and oversight at HN, and the inspectorate's
 * leader; admin and leader get a TOTP second factor enrolled now (the secret is printed).
 */
export async function createCityLogins(
  app: INestApplicationContext,
  cityId: string,
  password: string,
  clock: Clock,
): Promise<DemoLogin[]> {
  const officers = app.get(OfficersService);
  const totp = app.get(TotpService);
  const ctx = { actor: null, requestId: null };
  const accounts: [string, Role[]][] = [
    ['demo.admin', [Role.Admin]],
    ['demo.oversight', [Role.Oversight]],
    ['demo.city.leader', [Role.Leader]],
  ];
  const logins: DemoLogin[] = [];
  for (const [username, roles] of accounts) {
    const dto = { username, password, roles, agencyId: cityId, fullName: 'Tài khoản trình diễn' };
    const officer = actor(await officers.create(ctx, dto));
    let totpSecret: string | null = null;
    if (roles.includes(Role.Admin) || roles.includes(Role.Leader)) {
      totpSecret = (await totp.enrol(officer)).secret;
      const epoch = Math.floor(clock.now().getTime() / 1000);
      await totp.confirm(
        { actor: officer, requestId: null },
        generateSync({ secret: totpSecret, epoch }),
      );
    }
    logins.push({ username, roles, agencyCode: 'HN', totpSecret, officer });
  }
  return logins;
}
