/**
 * Reading a file named on the command line without trusting it: only regular
 * files, at most `cap` bytes. A FIFO or a terminal would block a plain read
 * forever and a directory would throw, so each is refused in plain words first.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { resolve, sep } from 'node:path';

export type Read = { ok: true; bytes: Buffer } | { ok: false; message: string };

function kind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Device and process trees: /dev/stdin and friends stand for streams, not files. */
const SPECIAL_TREES = ['/dev', '/proc', '/sys'];

export function readCapped(file: string, cap: number): Read {
  const absolute = resolve(file);
  if (SPECIAL_TREES.some((tree) => absolute === tree || absolute.startsWith(tree + sep))) {
    return { ok: false, message: `${absolute} is a device or system path, not a scenario file; refused` };
  }
  let info: Stats;
  try {
    info = statSync(absolute);
  } catch {
    return { ok: false, message: 'cannot read the file (does it exist?)' };
  }
  if (!info.isFile()) return { ok: false, message: `this is ${kind(info)}, not a file; refused without reading it` };
  if (info.size > cap) return { ok: false, message: `the file is ${info.size} bytes, larger than ${cap} bytes (1 MiB); refused without reading it` };
  let fd: number;
  try {
    // Non-blocking: if the path was swapped for a FIFO since the stat, opening must not hang.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return { ok: false, message: 'cannot open the file for reading' };
  }
  try {
    if (!fstatSync(fd).isFile()) return { ok: false, message: 'this is not a regular file; refused without reading it' };
    // One byte more than the cap tells a file that grew since the stat from one that fits.
    const bytes = Buffer.alloc(cap + 1);
    let length = 0;
    for (let n; length < bytes.length && (n = readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) length += n;
    if (length > cap) return { ok: false, message: `the file is larger than ${cap} bytes (1 MiB); refused` };
    return { ok: true, bytes: bytes.subarray(0, length) };
  } catch {
    return { ok: false, message: 'cannot read the file' };
  } finally {
    closeSync(fd);
  }
}
