import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ReviewDecision } from '../../../platform/graphql/common-types';
import { DateTimeScalar } from '../../../platform/scalars';
import { ReviewStage } from '../graphql/enums';

/** One decision of a review step on a report: center review, HQ approval or result review. */
@ObjectType({ description: 'A review decision with its reviewer, organisation, time and comment.' })
@Entity('return_review')
export class ReturnReview {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Field(() => ReviewStage)
  @Column({ type: 'text' })
  stage: ReviewStage;

  @Field(() => ReviewDecision)
  @Column({ type: 'text' })
  decision: ReviewDecision;

  @Field(() => Boolean, { nullable: true, description: 'Recorded by the center review only.' })
  @Column({ name: 'has_production_record', type: 'boolean', nullable: true })
  hasProductionRecord: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Recorded by the center review only.' })
  @Column({ name: 'is_common_quality_issue', type: 'boolean', nullable: true })
  isCommonQualityIssue: boolean | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'reviewer_id' })
  reviewerId: string;

  @Column({ name: 'organization_code', type: 'char', length: 6 })
  organizationCode: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;
}
