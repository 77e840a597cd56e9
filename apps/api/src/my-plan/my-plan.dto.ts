import {
  type DecideProposalRequest,
  MY_PLAN_LIMITS,
  type MyAgreeRequest,
  type MyCommentRequest,
  type MyDisagreeRequest,
  type MyGoalRequest,
  type MyGoalWordingRequest,
  type MyStepDoneRequest,
  type MyStepRequest,
  type MyStepWordingRequest,
  type MyWishRequest,
  PLAN_LIMITS,
  PROPOSAL_REPLY_MAX,
  PROPOSAL_FILTERS,
  type ProposalFilter,
  type ProposalStatus,
  type StaffGoalCommentRequest,
} from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VersionDto } from '../cases/cases.dto';
import { PageQueryDto } from '../platform/database/page-query.dto';

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

export class MyStepDto implements MyStepRequest {
  @ApiProperty({ description: 'Wat je gaat doen, in je eigen woorden' }) @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Schrijf op wat je gaat doen.' } }) @MaxLength(PLAN_LIMITS.stepText)
  text!: string;
}

export class MyStepWordingDto extends VersionDto implements MyStepWordingRequest {
  // Same limit as a new step and as staff's step text, so a reworded step stays editable by staff.
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty({ context: { message: 'Schrijf op wat je gaat doen.' } }) @MaxLength(PLAN_LIMITS.stepText)
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
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class DecideProposalDto extends VersionDto implements DecideProposalRequest {
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS, { message: 'Kies "overgenomen" of "besproken".' })
  status!: Exclude<ProposalStatus, 'open'>;

  @ApiPropertyOptional({ description: 'Alleen bij "besproken": wat u de jongere terugschrijft', nullable: true })
  @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(PROPOSAL_REPLY_MAX)
  reply?: string | null;
}

export class CaseGoalParamDto {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  goalId!: string;
}

export class StaffGoalCommentDto implements StaffGoalCommentRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty({ message: 'Schrijf een reactie.' }) @MaxLength(MY_PLAN_LIMITS.text)
  text!: string;
}

/** `?status=open|besproken|overgenomen|wachtend&cursor&limit` on the proposal lists (no status: all). */
export class ProposalPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PROPOSAL_FILTERS })
  @IsOptional() @IsIn(PROPOSAL_FILTERS, { message: 'Kies "open", "besproken", "overgenomen" of "wachtend".' })
  status?: ProposalFilter;
}

/** A goal's comment thread is by lineage: it follows the goal across plan versions. */
export class LineageIdParamDto {
  @IsUUID()
  lineageId!: string;
}

export class CaseLineageParamDto extends LineageIdParamDto {
  @IsUUID()
  caseId!: string;
}
