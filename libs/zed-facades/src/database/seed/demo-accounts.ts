/** The accounts the demo seed creates, for the start script to print. Demo data only: never in production. */
export const DEMO_ACCOUNTS = {
  backOffice: { email: 'admin@example.com', password: 'change123' },
  customer: { email: 'sonia@example.com', password: 'change123' },
} as const;
