export interface AvailabilityTransfer {
  readonly isAvailable: boolean;
  readonly quantity: number;
  readonly isNeverOutOfStock: boolean;
}

/** The stock of one concrete product in one warehouse, as the back office manages it. */
export interface StockProductTransfer {
  readonly warehouseName: string;
  readonly isWarehouseActive: boolean;
  readonly quantity: number;
  readonly isNeverOutOfStock: boolean;
}

/** A concrete product's stock to set in one warehouse. */
export interface StockInput {
  readonly concreteSku: string;
  readonly warehouseName: string;
  readonly quantity: number;
  /** Default false. */
  readonly isNeverOutOfStock?: boolean;
}
