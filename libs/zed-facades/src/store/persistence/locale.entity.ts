import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'locale' })
export class LocaleEntity {
  @PrimaryGeneratedColumn({ name: 'id_locale', type: 'integer' })
  idLocale!: number;

  @Column({ name: 'locale_name', type: 'varchar', length: 10 })
  localeName!: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;
}
