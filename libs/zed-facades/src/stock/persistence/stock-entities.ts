import { StockProductEntity } from './stock-product.entity.js';
import { WarehouseStoreEntity } from './warehouse-store.entity.js';
import { WarehouseEntity } from './warehouse.entity.js';

export const STOCK_ENTITIES = [StockProductEntity, WarehouseEntity, WarehouseStoreEntity] as const;
