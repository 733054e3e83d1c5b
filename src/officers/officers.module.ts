import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { PasswordHasher } from '../common/crypto/password-hasher';
import { OfficerAccountService } from './officer-account.service';
import { OfficerEntity } from './officer.entity';
import { OfficersController } from './officers.controller';
import { OfficersRepository } from './officers.repository';
import { OfficersService } from './officers.service';

@Module({
  imports: [TypeOrmModule.forFeature([OfficerEntity]), AuditModule],
  controllers: [OfficersController],
  providers: [OfficersRepository, OfficersService, OfficerAccountService, PasswordHasher],
  exports: [OfficersService, PasswordHasher],
})
export class OfficersModule {}
