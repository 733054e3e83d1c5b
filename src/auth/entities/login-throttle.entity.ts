import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Consecutive failed logins per username, whether or not the account exists (so lockout does not
 * reveal which usernames exist). Checked before any password hashing.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn('varchar', { length: 64 })
  username!: string;

  @Column('integer')
  consecutiveFailures!: number;

  @Column('timestamptz')
  lastFailureAt!: Date;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;
}
