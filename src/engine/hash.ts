/**
 * A stable short hash of any JSON value: FNV-1a 64 over canonical JSON (keys
 * sorted at every level), computed in 16-bit limbs so it needs no BigInt and
 * gives the same 16 hex digits in every engine.
 */

/** JSON with object keys sorted, so equal states give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    if (obj[key] === undefined) continue; // as JSON.stringify drops it
    parts.push(`${JSON.stringify(key)}:${canonicalJson(obj[key])}`);
  }
  return `{${parts.join(',')}}`;
}

/** FNV-1a 64 over the string's UTF-16LE bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, lowest 16-bit limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length * 2; i++) {
    const unit = text.charCodeAt(i >> 1);
    h0 ^= i & 1 ? unit >>> 8 : unit & 0xff;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

export function hashState(state: unknown): string {
  return fnv1a64(canonicalJson(state));
}
