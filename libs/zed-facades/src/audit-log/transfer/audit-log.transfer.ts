export interface LoginAttemptInput {
  /** `storefront`, `backend`, … */
  readonly application: string;
  /** What was typed as the user name (truncated to 254 characters when stored). */
  readonly username: string;
  /** The account's id when one was identified. */
  readonly userId: string | null;
  readonly success: boolean;
  /** Why it failed: `invalid_credentials`, `blocked`, `inactive`, …; null on success. */
  readonly reason: string | null;
  readonly ip: string;
  readonly userAgent: string | null;
}

export interface AuditLogTransfer {
  /** A bigint, as a decimal string. */
  readonly id: string;
  /** `login` */
  readonly event: string;
  readonly application: string;
  readonly username: string;
  readonly userId: string | null;
  readonly success: boolean;
  readonly reason: string | null;
  readonly ip: string;
  readonly userAgent: string | null;
  readonly createdAt: Date;
}

export interface AuditLogPageCriteria {
  readonly offset: number;
  readonly limit: number;
  /**
   * `userId` and `success` match exactly, `username` case-insensitively anywhere in the stored name;
   * `createdFrom` is inclusive, `createdUntil` exclusive.
   */
  readonly filter: {
    readonly userId?: string;
    readonly success?: boolean;
    readonly username?: string;
    readonly createdFrom?: Date;
    readonly createdUntil?: Date;
  };
  /** By createdAt, then id. */
  readonly direction: 'asc' | 'desc';
}

export interface AuditLogPage {
  readonly items: readonly AuditLogTransfer[];
  readonly total: number;
}
