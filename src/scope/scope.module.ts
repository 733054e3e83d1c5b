import { Global, Module } from '@nestjs/common';

import { AgenciesModule } from '../agencies/agencies.module';
import { AccessScopeService } from './access-scope.service';

@Global()
@Module({
  imports: [AgenciesModule],
  providers: [AccessScopeService],
  exports: [AccessScopeService],
})
export class ScopeModule {}
