import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CreateIdentityAccessRequestDto } from './dto/create-identity-access-request.dto';
import { CreatePersonDto } from './dto/create-person.dto';
import { IdentityAccessRequestResponseDto } from './dto/identity-access-request.response.dto';
import { PersonRefDto, PersonSearchResponseDto } from './dto/person-ref.response.dto';
import { RecordContextQueryDto } from './dto/record-context.query.dto';
import { SearchPersonsQueryDto } from './dto/search-persons.query.dto';
import { IdentityAccessService } from './identity-access.service';
import { PersonDeskService } from './person-desk.service';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('persons')
export class PersonsController {
  constructor(
    private readonly desk: PersonDeskService,
    private readonly access: IdentityAccessService,
  ) {}

  @Post()
  @RequirePermission(Permission.PersonCreate)
  @ApiCreatedResponse({ type: PersonRefDto, description: 'Pseudonym only, never the identity' })
  create(@Action() ctx: ActionContext, @Body() dto: CreatePersonDto) {
    return this.desk.create(ctx, dto);
  }

  @Get('search')
  @RequirePermission(Permission.PersonRead)
  @ApiOkResponse({ type: PersonSearchResponseDto, description: 'Identity only where allowed' })
  search(@Action() ctx: ActionContext, @Query() query: SearchPersonsQueryDto) {
    return this.desk.search(ctx, query.idNumber, query);
  }

  @Get(':id')
  @RequirePermission(Permission.PersonRead)
  @ApiOkResponse({ type: PersonRefDto, description: 'Identity only where allowed (audited)' })
  get(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Query() context: RecordContextQueryDto,
  ) {
    return this.desk.get(ctx, id, context);
  }

  @Post(':id/identity-access-requests')
  @RequirePermission(Permission.IdentityRequest)
  @ApiCreatedResponse({ type: IdentityAccessRequestResponseDto })
  requestAccess(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: CreateIdentityAccessRequestDto,
  ) {
    return this.access.request(ctx, id, dto);
  }
}
