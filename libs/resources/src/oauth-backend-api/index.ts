export { OauthBackendApiModule } from './oauth-backend-api.module.js';
