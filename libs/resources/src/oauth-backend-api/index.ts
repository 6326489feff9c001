export { OAuthBackendApiModule } from './oauth-backend-api.module.js';
