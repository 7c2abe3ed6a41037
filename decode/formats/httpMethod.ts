/**
 * Whether a request's method is POST (or GET), any case. Every format's claimsByHead asks it of
 * each exchange in turn (registry.ts): `toUpperCase` made a string each time, about 20 ns, most of
 * what recognising a head cost. The method as browsers send it (`POST`) is answered by one
 * comparison; anything else is uppercased as before (`post`, and `poﬆ`, whose ligature uppercases
 * to `ST`, alike).
 */
export const isPost = (method: string): boolean => method === 'POST' || method.toUpperCase() === 'POST';

export const isGet = (method: string): boolean => method === 'GET' || method.toUpperCase() === 'GET';
