import { ApiError, apiErrorOf } from '../api/client';

const BASE = '/api/v1';

/** Who is logged in, and the token that every change must carry (cross-site request forgery). */
export interface StaffSession {
  user: { id: string; email: string; displayName: string; isAdmin: boolean; mustChangePassword: boolean };
  csrfToken: string;
}

/**
 * A request of the staff tools: JSON in and out, the session cookie, and the CSRF token on every
 * change. Refusals become `ApiError` with the API's stable code and details.
 */
export async function staffRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: { body?: unknown; csrfToken?: string; raw?: { data: Blob | ArrayBuffer; contentType: string } } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.csrfToken) headers['x-csrf-token'] = options.csrfToken;
  let body: BodyInit | undefined;
  if (options.raw) {
    headers['content-type'] = options.raw.contentType;
    body = options.raw.data;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(BASE + path, { method, credentials: 'same-origin', headers, body });
  } catch {
    throw new ApiError(0, 'network_error');
  }
  if (response.status === 204) return null as T;
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, json);
  return json as T;
}

export const conversationPath = (slug: string) => `/conversations/${encodeURIComponent(slug)}`;
