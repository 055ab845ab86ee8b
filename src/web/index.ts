/** The public interface of the dashboard module: other modules import only this file. */
export { createWebApp, type WebDeps } from './http/create-web-app.js';
