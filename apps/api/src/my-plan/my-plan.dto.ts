import {
  type DecideProposalRequest,
  MY_PLAN_LIMITS,
  type MyAgreeRequest,
  type MyCommentRequest,
  type MyDisagreeRequest,
  type MyGoalRequest,
  type MyGoalWordingRequest,
  type MyStepDoneRequest,
  type MyStepWordingRequest,
  type MyWishRequest,
  type ProposalStatus,
} from '@koers/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { VersionDto } from '../cases/cases.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const EMPTY = { context: { message: 'Schrijf hier iets op.' } };

export class MyGoalDto implements MyGoalRequest {
  @ApiProperty({ description: 'Het doel in je eigen woorden' }) @Transform(trim) @IsString() @IsNotEmpty(EMPTY) @MaxLength(MY_PLAN_LIMITS.title)
  title!: string;
}

export class MyGoalWordingDto extends VersionDto implements MyGoalWordingRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty(EMPTY) @MaxLength(MY_PLAN_LIMITS.title)
  title!: string;
}

export class MyStepWordingDto extends VersionDto implements MyStepWordingRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty(EMPTY) @MaxLength(MY_PLAN_LIMITS.text)
  text!: string;
}

export class MyStepDoneDto extends VersionDto implements MyStepDoneRequest {
  @ApiProperty() @IsBoolean()
  done!: boolean;
}

export class MyTextDto implements MyCommentRequest, MyWishRequest, MyDisagreeRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty(EMPTY) @MaxLength(MY_PLAN_LIMITS.text)
  text!: string;
}

export class MyAgreeDto extends VersionDto implements MyAgreeRequest {}

export class ProposalIdParamDto {
  @IsUUID()
  id!: string;
}

const DECISIONS = ['overgenomen', 'besproken'] as const;

export class DecideProposalDto implements DecideProposalRequest {
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS)
  status!: Exclude<ProposalStatus, 'open'>;
}
