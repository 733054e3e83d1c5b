import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import { PersonEntity } from './person.entity';

/**
 * The identity vault (DESIGN.md §7, research A.5.1): one sealed blob per person, AES-256-GCM with
 * a key held outside the database, and a keyed blind index of the ID number. Read only through
 * IdentityVault, which audits every read in the same transaction.
 */
@Entity('person_identity')
@Check('ck_person_identity__key_version', `"key_version" >= 1`)
export class PersonIdentityEntity {
  @PrimaryColumn('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** base64url(iv ‖ tag ‖ ciphertext) of the padded JSON in domain/person-identity.ts. */
  @Column('text')
  identitySealed!: string;

  /** HMAC-SHA256 (hex) of the normalised ID number; null when the person showed no document. */
  @Index('ix_person_identity__id_number_hash')
  @Column('char', { length: 64, nullable: true })
  idNumberHash!: string | null;

  /** Which identity key sealed the blob and computed the index (rotation: docs/security.md). */
  @Column('integer')
  keyVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
