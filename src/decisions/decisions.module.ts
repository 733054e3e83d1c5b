import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DecisionMeasureEntity } from './decision-measure.entity';
import { DecisionEntity } from './decision.entity';
import { DecisionsRepository } from './decisions.repository';
import { DecisionsService } from './decisions.service';

/**
 * Decisions and conclusions of the resolution proceedings (DESIGN §2, §3: uses nothing else).
 * Exports DecisionsService; the enforcement module will read the measures through it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DecisionEntity, DecisionMeasureEntity])],
  providers: [DecisionsRepository, DecisionsService],
  exports: [DecisionsService],
})
export class DecisionsModule {}
