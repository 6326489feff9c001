export interface AvailabilityTransfer {
  readonly isAvailable: boolean;
  readonly quantity: number;
  readonly isNeverOutOfStock: boolean;
}
