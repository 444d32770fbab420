import { accessToken } from '../../auth/session';
import { apiErrorOf } from '../../lib/api-error';

/** The types intake takes as evidence (it also checks the first bytes): PDF scans and photographs. */
export const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * PUTs a file as the request body with the bearer token, reporting progress (0–100) as it goes:
 * XMLHttpRequest, because fetch reports no upload progress. Resolves with the service's JSON answer;
 * a refusal (413 too large, 415 wrong type, 409 not editable now…) rejects as an ApiError.
 */
export function putFile<T>(url: string, file: Blob, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    const token = accessToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(100);
        resolve(request.response as T);
      } else reject(apiErrorOf(request.status, request.response));
    };
    request.onerror = () => reject(new Error('network'));
    request.send(file);
  });
}

const EXTENSIONS: Record<string, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' };

/** Fetches a document with the bearer token and hands it to the browser as a download. */
export async function download(url: string, filename: string): Promise<void> {
  const token = accessToken();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw apiErrorOf(response.status, await response.json().catch(() => undefined));
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  // A stored file's name says nothing of its type: take the extension from what the service sent.
  link.download = filename.includes('.') ? filename : `${filename}${EXTENSIONS[blob.type.split(';')[0] ?? ''] ?? ''}`;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time the click returns; a little later is safe for every browser.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
