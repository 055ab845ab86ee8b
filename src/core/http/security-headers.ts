/**
 * Security headers on every response (helmet): a Content-Security-Policy that allows only this origin's scripts,
 * styles and images (the dashboard has no inline script or style; htmx is served from /assets and told not to
 * inject its indicator <style>), frame-ancestors 'none' plus X-Frame-Options DENY against clickjacking, and
 * X-Content-Type-Options nosniff. Two helmet defaults are off on purpose: `upgrade-insecure-requests` (a plain
 * http:// self-hosted install would have every stylesheet and script upgraded to https and broken) and HSTS
 * (whether the host is HTTPS-only is the TLS proxy's decision, not this process's).
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export const securityHeaders = (): RequestHandler => helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'script-src-attr': ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  strictTransportSecurity: false,
});
