export { Ping } from './ping.js';
