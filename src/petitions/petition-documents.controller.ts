import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { PetitionDocumentsService } from './documents/petition-documents.service';
import { PetitionDocumentParamsDto } from './dto/petition-document.params.dto';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions/:id/documents')
export class PetitionDocumentsController {
  constructor(private readonly documents: PetitionDocumentsService) {}

  @Get(':kind')
  @ApiProduces('application/pdf')
  @RequirePermission(Permission.PetitionRead)
  document(@Action() ctx: ActionContext, @Param() params: PetitionDocumentParamsDto) {
    return this.documents.render(ctx, params.id, params.kind);
  }
}
