/** Backend resource `users`: back-office users and their roles. */
export { UsersBackendApiModule } from './users-backend-api.module.js';
