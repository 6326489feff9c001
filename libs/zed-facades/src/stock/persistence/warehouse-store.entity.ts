import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'warehouse_store' })
export class WarehouseStoreEntity {
  @PrimaryGeneratedColumn({ name: 'id_warehouse_store', type: 'integer' })
  idWarehouseStore!: number;

  @Column({ name: 'fk_warehouse', type: 'integer' })
  fkWarehouse!: number;

  @Column({ name: 'fk_store', type: 'integer' })
  fkStore!: number;
}
