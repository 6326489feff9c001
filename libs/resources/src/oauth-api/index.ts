export { OAuthApiModule } from './oauth-api.module.js';
