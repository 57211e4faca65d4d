/**
 * Bit-level packing for replay codes: fields take only the bits they need
 * (a choice among 3 options takes 2 bits), most significant bit first.
 */
import { ReplayError } from './errors.ts';

export class BitWriter {
  private readonly bytes: number[] = [];
  private bitCount = 0;

  /** Writes the low `width` bits of `value` (0 ≤ width ≤ 32). */
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) {
      const bit = (value >>> i) & 1; // `>>>` reads the value as uint32, so seeds ≥ 2^31 survive
      const at = this.bitCount >> 3;
      if (at === this.bytes.length) this.bytes.push(0);
      if (bit) this.bytes[at]! |= 0x80 >> (this.bitCount & 7);
      this.bitCount += 1;
    }
  }

  /** The bytes written, the last one padded with zero bits. */
  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class BitReader {
  private bitPos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** Reads `width` bits (≤ 32) as an unsigned number; running off the end means the code is cut short. */
  read(width: number): number {
    if (this.bitPos + width > this.bytes.length * 8) throw new ReplayError('malformed');
    let value = 0;
    for (let i = 0; i < width; i++) {
      const byte = this.bytes[this.bitPos >> 3]!;
      value = value * 2 + ((byte >> (7 - (this.bitPos & 7))) & 1);
      this.bitPos += 1;
    }
    return value;
  }

  /**
   * True when only zero padding (less than a byte) is left. Anything else means
   * the code has extra content, so each game has exactly one spelling.
   */
  atCleanEnd(): boolean {
    const total = this.bytes.length * 8;
    if (total - this.bitPos >= 8) return false;
    while (this.bitPos < total) {
      if (this.read(1) !== 0) return false;
    }
    return true;
  }
}

/** Bits needed to store an index below `count` (0 when there is only one choice). */
export function widthFor(count: number): number {
  return count <= 1 ? 0 : 32 - Math.clz32(count - 1);
}
