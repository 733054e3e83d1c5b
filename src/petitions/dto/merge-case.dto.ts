import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Min } from 'class-validator';

/** POST /cases/:id/merge: this case (the duplicate) is merged into `intoCaseId`. */
export class MergeCaseDto {
  @ApiProperty({ description: 'The case that remains' })
  @IsUUID()
  intoCaseId!: string;

  @ApiProperty({ description: 'The version of the merged case as read' })
  @IsInt()
  @Min(1)
  version!: number;
}
