// HTTP client for /api/v1. The access token lives only in this module's memory. The refresh token never reaches
// scripts: the server keeps it in an HttpOnly, SameSite=Strict cookie limited to /api/v1/auth (cookie mode), and
// every tab refreshes under one Web Lock, so two tabs never present the same (rotating) token twice.

const BASE = '/api/v1';
let accessToken = null;
let expiresAt = 0;
let refreshing = null;
let signedOutHandler = () => {};

const WORDS = {
  invalid_credentials: 'Wrong username, e-mail or password.',
  email_taken: 'An account already uses this e-mail address.',
  username_taken: 'This username is taken.',
  blocked: 'You cannot reach this person.',
  privacy_restricted: 'Their privacy settings do not allow that.',
  callee_busy: 'They are in another call.',
};

export class ApiError extends Error {
  constructor(status, body) {
    const error = body?.error || {};
    const detail = Array.isArray(error.details) && error.details.length
      ? `: ${error.details.map((d) => `${d.field.replaceAll('_', ' ')} ${d.message}`).join(', ')}` : '';
    const text = WORDS[error.code] || (error.message || `request failed (${status})`) + detail;
    super(text.charAt(0).toUpperCase() + text.slice(1));
    this.status = status;
    this.code = error.code || 'unknown';
  }
}

export function onSignedOut(handler) {
  signedOutHandler = handler;
}

export function signedIn() {
  return accessToken !== null;
}

export function bearer() {
  return accessToken;
}

function remember(tokens) {
  accessToken = tokens.access_token;
  expiresAt = Date.now() + (tokens.expires_in - 30) * 1000;
}

/** Asks for a new access token with the refresh cookie; false when there is no session (anymore). */
export function refresh() {
  refreshing ??= withLock(async () => {
    const response = await fetch(`${BASE}/auth/refresh`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
      body: JSON.stringify({ refresh_cookie: true }),
    });
    if (!response.ok) {
      accessToken = null;
      return false;
    }
    remember((await response.json()).tokens);
    return true;
  }).finally(() => { refreshing = null; });
  return refreshing;
}

function withLock(task) {
  return navigator.locks ? navigator.locks.request('parley-refresh', task) : task();
}

async function send(method, path, body, auth) {
  const headers = {};
  if (auth && accessToken) headers.Authorization = `Bearer ${accessToken}`;
  let payload;
  if (body instanceof Blob) {
    payload = body;
    headers['Content-Type'] = body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  return fetch(BASE + path, { method, headers, body: payload, credentials: 'same-origin' });
}

/** Calls the API; resolves to the parsed body (null for 204) or throws an ApiError with the contract's code. */
export async function api(method, path, body, { auth = true } = {}) {
  if (auth && (!accessToken || Date.now() > expiresAt)) await refresh();
  let response = await send(method, path, body, auth);
  if (auth && response.status === 401) {
    if (await refresh()) response = await send(method, path, body, auth);
    if (response.status === 401) {
      signedOutHandler();
      throw new ApiError(401, await response.json().catch(() => null));
    }
  }
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, parsed);
    if (response.status === 429) error.message = `Slow down a little: ${error.message}`;
    throw error;
  }
  return parsed;
}

export async function signIn(path, credentials) {
  const result = await api('POST', path, { ...credentials, refresh_cookie: true }, { auth: false });
  remember(result.tokens);
  return result.user;
}

export async function signOut() {
  try {
    await api('POST', '/auth/logout');
  } finally {
    accessToken = null;
  }
}

/** Uploads one file as a raw body (its type and name travel in the header and the query). */
export function upload(file) {
  return api('POST', `/files?name=${encodeURIComponent(file.name)}`, file);
}

/** Fetches a protected picture (a thumbnail) and returns an object URL for an <img>. */
export async function pictureUrl(path) {
  if (!accessToken || Date.now() > expiresAt) await refresh();
  const response = await fetch(BASE + path, { headers: { Authorization: `Bearer ${accessToken}` } });
  if (!response.ok) throw new ApiError(response.status, null);
  return URL.createObjectURL(await response.blob());
}
