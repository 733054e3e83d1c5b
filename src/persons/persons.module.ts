import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { IdentityAccessRequestEntity } from './identity-access-request.entity';
import { IdentityAccessRequestsController } from './identity-access-requests.controller';
import { IdentityAccessRequestsRepository } from './identity-access-requests.repository';
import { IdentityAccessService } from './identity-access.service';
import { IdentityCipher } from './identity-cipher';
import { IdentityVault } from './identity-vault';
import { IdentityService } from './identity.service';
import { PersonDeskService } from './person-desk.service';
import { PersonImportService } from './person-import.service';
import { PersonIdentityEntity } from './person-identity.entity';
import { PersonRecordLinkEntity } from './person-record-link.entity';
import { PersonEntity } from './person.entity';
import { PersonsController } from './persons.controller';
import { PersonsRepository } from './persons.repository';
import { PersonsService } from './persons.service';

/**
 * Persons and the identity vault (DESIGN.md §3, §7). Exports PersonsService (register, find by ID
 * number, link — inside the caller's transaction) and IdentityService (audited reads).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PersonEntity,
      PersonIdentityEntity,
      PersonRecordLinkEntity,
      IdentityAccessRequestEntity,
    ]),
    AuditModule,
  ],
  controllers: [PersonsController, IdentityAccessRequestsController],
  providers: [
    IdentityCipher,
    IdentityVault,
    PersonsRepository,
    IdentityAccessRequestsRepository,
    PersonsService,
    PersonImportService,
    IdentityService,
    PersonDeskService,
    IdentityAccessService,
  ],
  exports: [PersonsService, PersonImportService, IdentityService],
})
export class PersonsModule {}
