/** Back-office authorization: the scopes backend routes require and the roles that grant them. */
export * from './back-office-scope.js';
