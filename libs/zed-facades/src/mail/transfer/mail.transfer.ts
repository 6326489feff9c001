/** What a mail's template fills in: flat values only (names, references, keys, links). */
export type MailPayload = Readonly<Record<string, string | number | boolean | null>>;

/** A mail to send: which one, to whom, and what its template fills in. */
export interface MailInput {
  /** The template (`customer-registration-confirmation`, …). */
  readonly type: string;
  readonly recipient: string;
  readonly payload: MailPayload;
}

export interface MailTransfer extends MailInput {
  /** A bigint, as a decimal string. */
  readonly id: string;
  readonly createdAt: Date;
}
