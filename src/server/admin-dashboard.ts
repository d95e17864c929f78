import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Agenda } from 'agenda';
import { createExpressMiddleware } from 'agendash';
import express from 'express';
import type { Authenticator } from './authenticate.js';

export const ADMIN_JOBS_PATH = '/admin/jobs';
const TOKEN_COOKIE = 'questline_admin_token';

/**
 * The Agenda dashboard (agendash) at /admin/jobs, for admins only. Browsers
 * cannot add an Authorization header to a page load, so besides the header a
 * token may be given once as `?token=…`: it is moved into an HttpOnly cookie
 * scoped to the dashboard and the address is cleaned of it.
 */
export function createAdminDashboard(agenda: Agenda, authenticate: Authenticator) {
  const app = express();
  app.disable('x-powered-by');
  app.use(ADMIN_JOBS_PATH, async (req, res, next) => {
    const queryToken = typeof req.query.token === 'string' ? req.query.token : undefined;
    const token = queryToken ?? bearer(req.headers.authorization) ?? cookie(req.headers.cookie, TOKEN_COOKIE);
    try {
      const viewer = await authenticate(token ? `Bearer ${token}` : undefined);
      if (!viewer.isAdmin) return void res.status(403).json({ error: 'admins only' });
    } catch {
      return void res.status(401).json({ error: 'an admin token is required (Authorization: Bearer … or ?token=…)' });
    }
    if (queryToken) {
      const https = req.secure || req.headers['x-forwarded-proto'] === 'https';
      res.cookie(TOKEN_COOKIE, queryToken, {
        httpOnly: true,
        secure: https,
        sameSite: 'strict',
        path: ADMIN_JOBS_PATH,
      });
      return void res.redirect(302, `${ADMIN_JOBS_PATH}/`);
    }
    next();
  });
  app.use(ADMIN_JOBS_PATH, createExpressMiddleware(agenda));
  return (req: IncomingMessage, res: ServerResponse) => app(req, res);
}

function bearer(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
