export interface AvailabilityTransfer {
  readonly isAvailable: boolean;
  readonly quantity: number;
  readonly isNeverOutOfStock: boolean;
}

export interface StockTransfer {
  readonly warehouse: string;
  readonly quantity: number;
  readonly isNeverOutOfStock: boolean;
}
