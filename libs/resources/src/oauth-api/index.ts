export { OauthApiModule } from './oauth-api.module.js';
