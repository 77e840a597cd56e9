import {
  AGREEMENT_KINDS,
  AGREEMENT_PARTIES,
  type AgreePlanRequest,
  type AgreementKind,
  type AgreementParty,
  type ChangeGoalStatusRequest,
  type CreateAgreementRequest,
  type CreateGoalRequest,
  type CreateStepRequest,
  type DeletePlanItemQuery,
  GOAL_STATUSES,
  type GoalStatus,
  type MarkStepDoneRequest,
  PLAN_ENTITY_TYPES,
  PLAN_LIMITS,
  type PlanDiffQuery,
  type PlanEntityType,
  type PlanPdfQuery,
  type PlanRevisionQuery,
  type ProposePlanRequest,
  type RecordEvaluationRequest,
  STEP_OWNER_KINDS,
  type StepOwnerKind,
  type UpdateAgreementRequest,
  type UpdateGoalRequest,
  type UpdatePlanVersionRequest,
  type UpdateStepRequest,
  YOUTH_AGREED_VIA,
  type YouthAgreedVia,
} from '@koers/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { CaseIdParamDto, VersionDto } from '../cases/cases.dto';
import { PageQueryDto } from '../platform/database/page-query.dto';

/** Trims text; for fields that may be cleared, blank text means "empty" (null). */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** Present in the request (a value or null), as opposed to left out. */
const given = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { context: { message: 'Vul een geldige datum in (JJJJ-MM-DD).' } };
const PRIORITY_LIMIT = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Path and query parameters
// ---------------------------------------------------------------------------------------------

export class PlanVersionIdParamDto {
  @IsUUID()
  id!: string;
}

export class GoalIdParamDto {
  @IsUUID()
  goalId!: string;
}

export class StepIdParamDto {
  @IsUUID()
  stepId!: string;
}

export class AgreementIdParamDto {
  @IsUUID()
  id!: string;
}

export class CaseObstacleParamDto extends CaseIdParamDto {
  @IsUUID()
  obstacleId!: string;
}

export class CaseVersionNumberParamDto extends CaseIdParamDto {
  @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  number!: number;
}

export class VersionQueryDto implements DeletePlanItemQuery {
  @ApiProperty({ description: 'De versie van het onderdeel zoals u die zag' }) @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  version!: number;
}

export class PlanDiffQueryDto implements PlanDiffQuery {
  @ApiProperty({ description: 'Nummer van de oudere versie' }) @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  from!: number;

  @ApiProperty({ description: 'Nummer van de nieuwere versie' }) @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  to!: number;
}

export class PlanPdfQueryDto implements PlanPdfQuery {
  @ApiPropertyOptional({ description: 'Versienummer; standaard de vastgestelde versie, anders de huidige' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  number?: number;
}

export class PlanRevisionQueryDto extends PageQueryDto implements PlanRevisionQuery {
  @ApiProperty({ enum: PLAN_ENTITY_TYPES }) @IsIn(PLAN_ENTITY_TYPES)
  entityType!: PlanEntityType;

  @ApiProperty() @IsUUID()
  entityId!: string;
}

// ---------------------------------------------------------------------------------------------
// Plan version and sign-off
// ---------------------------------------------------------------------------------------------

export class UpdatePlanVersionDto extends VersionDto implements UpdatePlanVersionRequest {
  @ApiPropertyOptional({ example: '2027-03-12', nullable: true, description: 'Datum van de volgende evaluatie' })
  @IsOptional() @IsISO8601({ strict: true }, DATE_MESSAGE) @Matches(DATE, DATE_MESSAGE)
  evaluationDate?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Wat er gebeurt als verplichtingen niet worden nagekomen, in gewone woorden' })
  @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(PLAN_LIMITS.consequences)
  consequences?: string | null;
}

export class ProposePlanDto extends VersionDto implements ProposePlanRequest {}

export class AgreePlanDto extends VersionDto implements AgreePlanRequest {
  @ApiProperty({ enum: AGREEMENT_PARTIES }) @IsIn(AGREEMENT_PARTIES)
  party!: AgreementParty;

  @ApiPropertyOptional({ enum: YOUTH_AGREED_VIA, description: "Voor party 'jongere': 'gesprek' (ingestemd in een gesprek)" })
  @IsOptional() @IsIn(YOUTH_AGREED_VIA)
  via?: YouthAgreedVia;
}

export class RecordEvaluationDto implements RecordEvaluationRequest {
  @ApiProperty({ description: 'Wat ging goed' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.evaluationText)
  wentWell!: string;

  @ApiProperty({ description: 'Wat was moeilijk' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.evaluationText)
  wasHard!: string;

  @ApiProperty({ description: 'Wat verandert er in het plan' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.evaluationText)
  changes!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Hoe de jongere het ziet, in eigen woorden' })
  @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(PLAN_LIMITS.evaluationText)
  youthView?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Goals
// ---------------------------------------------------------------------------------------------

export class CreateGoalDto implements CreateGoalRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.goalTitle)
  title!: string;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(PLAN_LIMITS.goalText)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'De woorden van de jongere zelf' })
  @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(PLAN_LIMITS.goalText)
  youthWords?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Wens of behoefte uit de intake' }) @IsOptional() @IsUUID()
  wishId?: string | null;

  @ApiPropertyOptional({ description: 'Lager komt eerst' }) @IsOptional() @IsInt() @Min(-PRIORITY_LIMIT) @Max(PRIORITY_LIMIT)
  priority?: number;

  @ApiPropertyOptional({ nullable: true, example: '2027-03-12' }) @IsOptional() @IsISO8601({ strict: true }, DATE_MESSAGE) @Matches(DATE, DATE_MESSAGE)
  targetDate?: string | null;
}

export class UpdateGoalDto extends VersionDto implements UpdateGoalRequest {
  @ApiPropertyOptional() @given('title') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.goalTitle)
  title?: string;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(PLAN_LIMITS.goalText)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(PLAN_LIMITS.goalText)
  youthWords?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID()
  wishId?: string | null;

  @ApiPropertyOptional() @given('priority') @IsInt() @Min(-PRIORITY_LIMIT) @Max(PRIORITY_LIMIT)
  priority?: number;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }, DATE_MESSAGE) @Matches(DATE, DATE_MESSAGE)
  targetDate?: string | null;
}

export class ChangeGoalStatusDto extends VersionDto implements ChangeGoalStatusRequest {
  @ApiProperty({ enum: GOAL_STATUSES }) @IsIn(GOAL_STATUSES)
  status!: GoalStatus;

  @ApiPropertyOptional({ description: "Verplicht bij 'losgelaten'" }) @IsOptional() @Transform(trimToNull) @IsString() @MaxLength(PLAN_LIMITS.letGoReason)
  letGoReason?: string;
}

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

export class CreateStepDto implements CreateStepRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.stepText)
  text!: string;

  @ApiProperty({ enum: STEP_OWNER_KINDS }) @IsIn(STEP_OWNER_KINDS)
  ownerKind!: StepOwnerKind;

  @ApiPropertyOptional({ nullable: true, description: "Verplicht bij 'netwerk'" }) @IsOptional() @IsUUID()
  ownerNetworkMemberId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2027-03-12' }) @IsOptional() @IsISO8601({ strict: true }, DATE_MESSAGE) @Matches(DATE, DATE_MESSAGE)
  dueDate?: string | null;
}

export class UpdateStepDto extends VersionDto implements UpdateStepRequest {
  @ApiPropertyOptional() @given('text') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.stepText)
  text?: string;

  @ApiPropertyOptional({ enum: STEP_OWNER_KINDS }) @given('ownerKind') @IsIn(STEP_OWNER_KINDS)
  ownerKind?: StepOwnerKind;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID()
  ownerNetworkMemberId?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }, DATE_MESSAGE) @Matches(DATE, DATE_MESSAGE)
  dueDate?: string | null;
}

export class MarkStepDoneDto extends VersionDto implements MarkStepDoneRequest {
  @ApiProperty() @IsBoolean()
  done!: boolean;
}

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

export class CreateAgreementDto implements CreateAgreementRequest {
  @ApiProperty({ enum: AGREEMENT_KINDS }) @IsIn(AGREEMENT_KINDS)
  kind!: AgreementKind;

  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.agreementText)
  text!: string;
}

export class UpdateAgreementDto extends VersionDto implements UpdateAgreementRequest {
  @ApiPropertyOptional({ enum: AGREEMENT_KINDS }) @given('kind') @IsIn(AGREEMENT_KINDS)
  kind?: AgreementKind;

  @ApiPropertyOptional() @given('text') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PLAN_LIMITS.agreementText)
  text?: string;
}
