import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditChainLink } from './audit-chain-link.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditSealer } from './audit-sealer';
import { AuditVerifier } from './audit-verifier';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/**
 * The hash-chained audit trail. Other modules import it and call AuditService.record; the
 * AuditSealer links committed rows into the chain in the background.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent, AuditChainLink])],
  controllers: [AuditController],
  providers: [AuditRepository, AuditSealer, AuditService, AuditVerifier],
  exports: [AuditService],
})
export class AuditModule {}
