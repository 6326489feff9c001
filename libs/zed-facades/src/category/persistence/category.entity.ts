import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'category' })
export class CategoryEntity {
  @PrimaryGeneratedColumn({ name: 'id_category', type: 'integer' })
  idCategory!: number;

  @Column({ name: 'category_key', type: 'varchar', length: 255 })
  categoryKey!: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;
}
