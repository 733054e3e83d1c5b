import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

import { RecordContextQueryDto } from './record-context.query.dto';

/** `GET /persons/search?idNumber=`: exact match on the ID number, however it is spaced. */
export class SearchPersonsQueryDto extends RecordContextQueryDto {
  @ApiProperty({ example: '0010 8900 1234' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @Matches(/^[0-9A-Za-z .-]+$/)
  idNumber!: string;
}
