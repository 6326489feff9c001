import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Rating and popularity of an abstract product, as search ranks and filters by them (filled in bulk). */
@Entity({ name: 'product_abstract_metrics' })
export class ProductAbstractMetricsEntity {
  @PrimaryColumn({ name: 'fk_product_abstract', type: 'integer' })
  fkProductAbstract!: number;

  /** Average rating 0–5; null while the product has no review. numeric arrives as a string from pg. */
  @Column({ name: 'rating', type: 'numeric', precision: 3, scale: 2, nullable: true })
  rating!: string | null;

  @Column({ name: 'review_count', type: 'integer', default: 0 })
  reviewCount!: number;

  @Column({ name: 'popularity', type: 'integer', default: 0 })
  popularity!: number;
}
