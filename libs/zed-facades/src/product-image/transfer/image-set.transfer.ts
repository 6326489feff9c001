export interface ImageTransfer {
  readonly externalUrlLarge: string;
  readonly externalUrlSmall: string;
}

export interface ImageSetTransfer {
  readonly name: string;
  /** Ordered by sort order. */
  readonly images: readonly ImageTransfer[];
}
