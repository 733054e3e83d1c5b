import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { ReceptionBookQueryDto } from './dto/reception-book.query.dto';
import { VisitDocumentParamsDto } from './dto/visit-document.params.dto';
import { ReceptionBookService } from './reception-book.service';
import { ReceptionDocumentsService } from './reception-documents.service';

@ApiTags('reception')
@ApiBearerAuth()
@Controller('reception')
export class ReceptionDocumentsController {
  constructor(
    private readonly documents: ReceptionDocumentsService,
    private readonly books: ReceptionBookService,
  ) {}

  @Get('visits/:id/documents/:kind')
  @ApiProduces('application/pdf')
  @RequirePermission(Permission.ReceptionRead)
  document(@Action() ctx: ActionContext, @Param() params: VisitDocumentParamsDto) {
    return this.documents.render(ctx, params.id, params.kind);
  }

  @Get('book')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @RequirePermission(Permission.ReceptionRead)
  book(@Action() ctx: ActionContext, @Query() query: ReceptionBookQueryDto) {
    return this.books.book(ctx, query);
  }
}
