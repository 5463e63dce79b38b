/**
 * Frees a typed array's memory now, by detaching its buffer (transferring its contents to a zero-length
 * one). Garbage collection would free it only at its next full collection, which small allocations
 * seldom trigger: column-sized arrays dropped one after another would pile up until then. The array (and
 * every view of its buffer) reads as empty afterwards; an already detached buffer is left as it is.
 */
export function freeMemory(array: ArrayBufferView): void {
  const buffer = array.buffer as ArrayBuffer & { detached: boolean; transfer(length: number): ArrayBuffer };
  if (!buffer.detached) buffer.transfer(0);
}
