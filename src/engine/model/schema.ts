/**
 * The negotiation model's part of the scenario format: the computer's
 * temperament, package items and each side's interests. See
 * docs/scenario-format.md ("Interests and the package", "The computer's temperament").
 */
import { z } from 'zod';
import { Id, ShortText, SourceRef, Text } from '../schema-parts.ts';

/** A drawn quantity: a whole number between min and max, both included. */
const Span = z
  .strictObject({ min: z.number().int().min(-20).max(100), max: z.number().int().min(-20).max(100) })
  .refine((r) => r.min <= r.max, 'min must not be above max');
const TemperValues = z.strictObject({
  insist: z.number().int().min(-10).max(10),
  reciprocity: z.number().int().min(0).max(20),
  patience: z.number().int().min(0).max(10),
  walkAway: z.number().int().min(0).max(100),
  noise: z.number().int().min(0).max(20),
});
export type TemperValues = z.infer<typeof TemperValues>;
/**
 * The computer's temperament: how much it insists on linkage (added to the
 * policy's `linkage`), how strongly it answers the other side's last move, how
 * many refusals it bears before it hardens, the trust at or below which it walks
 * away in the last round, and its noise. Ranges for a drawn game, and fixed
 * values a teacher can choose.
 */
export const Temperament = z.strictObject({
  /** The measure (usually trust) whose value at or below `walkAway` makes it walk away in the last round. */
  walkMeasure: Id,
  insist: Span,
  reciprocity: Span,
  patience: Span,
  walkAway: Span,
  noise: Span,
  presets: z.strictObject({ 'hard-line': TemperValues, pragmatic: TemperValues, history: TemperValues }),
});
export type Temperament = z.infer<typeof Temperament>;

/** Something the talks can agree. Items of an issue count only if that issue is linked at the end. */
export const PackageItem = z.strictObject({ id: Id, label: ShortText, issue: Id.optional(), help: Text });
/** What one side wants (or must not give up), with its weight and what it said. */
export const Interest = z.strictObject({
  item: Id,
  /** true: wants it agreed; false: wants it kept out of the package. */
  want: z.boolean(),
  weight: z.number().int().min(1).max(10),
  label: ShortText,
  source: SourceRef,
});
export type Interest = z.infer<typeof Interest>;
export const Package = z.strictObject({
  items: z.array(PackageItem).min(1).max(24),
  interests: z.strictObject({ us: z.array(Interest).min(1), china: z.array(Interest).min(1) }),
  /** Measures that shocks on unlinked issues cannot move (separation shields them). */
  shielded: z.array(Id),
});
export type Package = z.infer<typeof Package>;
export type PackageItem = z.infer<typeof PackageItem>;
