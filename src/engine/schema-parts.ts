/**
 * The scenario format's smallest parts (ids, text, links, sources), shared by
 * schema.ts and the negotiation model's schema, so neither imports the other.
 */
import { z } from 'zod';

// The site's Content-Security-Policy forbids `new Function`; zod must not try it.
// Set here, in the first schema module to load, before any schema exists.
z.config({ jitless: true });

/** Ids are short, lowercase, and safe as object keys (no `__proto__` and friends). */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty']);
export const Id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be 1–40 characters: lowercase letters, digits and "-", starting with a letter')
  .refine((id) => !RESERVED_IDS.has(id), 'is a reserved word and cannot be an id');

/** Player-facing text: one line or a short paragraph. */
export const Text = z.string().trim().min(1, 'must not be empty').max(1200, 'is longer than 1,200 characters');
export const ShortText = z.string().trim().min(1, 'must not be empty').max(160, 'is longer than 160 characters');
export const Url = z
  .string()
  .max(500)
  .regex(/^https?:\/\/[^\s"'<>]+$/, 'must be an http(s) link');

/** A source for a historical claim: a link and what it is. Listed once, in the scenario's `sources` table. */
export const Source = z.strictObject({ label: ShortText, url: Url });

/** A reference to an entry of the scenario's `sources` table, by its id. */
export const SourceRef = Id;
