// The one way the console talks to the server: same-origin fetch with the session cookie, the
// session's CSRF token on every change, and problem+json turned into an ApiError.

let csrfToken = null;
let onSignedOut = () => {};

export function useSession(session) {
  csrfToken = session ? session.csrfToken : null;
}

export function whenSignedOut(callback) {
  onSignedOut = callback;
}

/** A failed request; problem is the server's problem+json body (title, detail, errors). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** Field errors as a map: field → [messages]. */
  fieldErrors() {
    const byField = new Map();
    for (const e of this.problem.errors ?? []) {
      const list = byField.get(e.field) ?? [];
      list.push(e.message);
      byField.set(e.field, list);
    }
    return byField;
  }
}

const SAFE = new Set(['GET', 'HEAD']);

export async function api(method, path, body) {
  const headers = { 'X-Requested-With': 'AssetBridgeConsole', Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (offline) {
    throw new ApiError(0, { detail: 'The server cannot be reached; check that it is running and try again.' });
  }
  const text = response.status === 204 ? '' : await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (notJson) {
    data = { detail: `The server answered ${response.status} with something that is not JSON.` };
  }
  if (!response.ok) {
    if (response.status === 401 && path !== 'api/session') onSignedOut();
    throw new ApiError(response.status, data);
  }
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);

/** A list endpoint's page, whether the server answers {total,page,size,items} or (older) a bare array. */
export function asPage(data) {
  return Array.isArray(data) ? { total: data.length, page: 0, size: data.length, items: data } : data;
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
