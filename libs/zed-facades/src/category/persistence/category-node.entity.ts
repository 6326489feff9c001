import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'category_node' })
export class CategoryNodeEntity {
  @PrimaryGeneratedColumn({ name: 'id_category_node', type: 'integer' })
  idCategoryNode!: number;

  @Column({ name: 'fk_category', type: 'integer' })
  fkCategory!: number;

  @Column({ name: 'fk_parent_category_node', type: 'integer', nullable: true })
  fkParentCategoryNode!: number | null;

  @Column({ name: 'is_root', type: 'boolean', default: false })
  isRoot!: boolean;

  @Column({ name: 'node_order', type: 'integer', default: 0 })
  nodeOrder!: number;
}
