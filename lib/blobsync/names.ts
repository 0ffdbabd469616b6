/**
 * File names on the store. Every id is random (base32, lower case, so a case-insensitive file
 * system or a desktop sync client cannot fold two names together); nothing about a case (docket
 * number, party, court) is visible. One flat folder:
 *   <ring>.r                   a user's key ring (the ring key, wrapped with the user's passphrase)
 *   <space>.<writer>.k<n>      a case key file: the case's content keys, wrapped for a ring or a passphrase
 *   <space>.<writer>.s<seq>    a change segment (immutable; seq counts up from 1 per writer and space)
 *   <space>.<writer>.c<n>      a compacted snapshot of the case, with the version vector it covers
 * A space is one case's set of files; a writer is one device. Each device writes only names that
 * carry its own writer id.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const SPACE_ID_LENGTH = 20;
export const WRITER_ID_LENGTH = 12;
export const RING_ID_LENGTH = 12;

/** `length` random base32 characters (5 bits each). */
export function randomId(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** Base32 of the first `length` × 5 bits of `bytes` (a keyed hash, for space ids). */
export function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  if (out.length < length) throw new Error('not enough bytes for the id');
  return out;
}

export type SpaceFileKind = 'key' | 'segment' | 'snapshot';

export type ParsedName =
  | { kind: 'ring'; name: string; ring: string }
  | { kind: SpaceFileKind; name: string; space: string; writer: string; n: number };

const SPACE_FILE = /^([a-z2-7]{20})\.([a-z2-7]{12})\.([kcs])([1-9]\d{0,8})$/;
const RING_FILE = /^([a-z2-7]{12})\.r$/;
const KIND: Record<string, SpaceFileKind> = { k: 'key', s: 'segment', c: 'snapshot' };
const LETTER: Record<SpaceFileKind, string> = { key: 'k', segment: 's', snapshot: 'c' };

/** What a name on the store is, or null for anything we did not write (conflict copies, stray files). */
export function parseName(name: string): ParsedName | null {
  const r = RING_FILE.exec(name);
  if (r) return { kind: 'ring', name, ring: r[1]! };
  const m = SPACE_FILE.exec(name);
  if (!m) return null;
  return { kind: KIND[m[3]!]!, name, space: m[1]!, writer: m[2]!, n: Number(m[4]) };
}

export function spaceFileName(kind: SpaceFileKind, space: string, writer: string, n: number): string {
  return `${space}.${writer}.${LETTER[kind]}${n}`;
}

export function ringFileName(ring: string): string {
  return `${ring}.r`;
}
